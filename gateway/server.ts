import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { SUBGRAPH_NAMES, type Config, type SubgraphName } from '../platform/config';
import { maskError } from '../platform/errors';
import { createLogger, type Logger } from '../platform/logger';
import { createInfrastructure, infrastructureReadiness, type Infrastructure } from '../platform/runtime';
import { buildSubgraph, inProcessBindings } from '../subgraphs/registry';
import { seedDemoIfEmpty } from '../subgraphs/seed';
import type { Subgraph } from '../subgraphs/types';
import { composeSupergraph } from './compose';
import { createGatewayContext, type GatewayContext } from './context';
import { EmbeddedSubgraphDataSource, RemoteSubgraphDataSource } from './data-sources';
import { createHttpApp, GRAPHQL_PATH, type HttpApp } from '../platform/http';

export interface GatewayDeps {
  logger?: Logger;
  /** Embedded mode: use this infrastructure instead of opening one from config (tests). */
  infrastructure?: Infrastructure;
}

export interface RunningGateway {
  url: string;
  port: number;
  /** Embedded mode: the in-process subgraphs (tests use their stores directly). */
  subgraphs: Partial<Record<SubgraphName, Subgraph>>;
  /** Embedded mode: the store and bus the subgraphs run on. */
  infrastructure: Infrastructure | null;
}

export interface Gateway {
  start(): Promise<RunningGateway>;
  stop(): Promise<void>;
}

/**
 * The gateway: composes the supergraph from the subgraph SDL files (composition errors stop
 * start-up), serves it over HTTP, and reaches the subgraphs in-process (embedded) or over HTTP
 * (distributed).
 */
export function createGateway(config: Config, deps: GatewayDeps = {}): Gateway {
  const logger = deps.logger ?? createLogger(config.logLevel, { service: 'gateway', mode: config.mode });
  let infra: Infrastructure | null = null;
  let ownsInfra = false;
  let app: HttpApp | null = null;
  let apollo: ApolloServer<GatewayContext> | null = null;
  let stopping: Promise<void> | null = null;
  let started: Subgraph[] = [];

  async function buildSources(): Promise<{
    sources: Record<SubgraphName, GraphQLDataSource>;
    subgraphs: Partial<Record<SubgraphName, Subgraph>>;
  }> {
    if (config.mode === 'distributed') {
      const sources = Object.fromEntries(
        SUBGRAPH_NAMES.map((name) => [
          name,
          new RemoteSubgraphDataSource(
            name,
            config.subgraphUrls[name],
            config.internalSecret,
            config.subgraphTimeoutMs,
          ),
        ]),
      ) as unknown as Record<SubgraphName, GraphQLDataSource>;
      return { sources, subgraphs: {} };
    }
    infra = deps.infrastructure ?? (await createInfrastructure(config, logger));
    ownsInfra = !deps.infrastructure;
    const { store, bus } = infra;
    const subgraphs = Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [
        name,
        buildSubgraph(name, { store, bus, logger: logger.child({ subgraph: name }) }, inProcessBindings(store), {
          sweepIntervalMs: config.reservationSweepMs,
        }),
      ]),
    ) as Record<SubgraphName, Subgraph>;
    await Promise.all(Object.values(subgraphs).map((s) => s.init()));
    await seedDemoIfEmpty(store, Object.values(subgraphs), config, logger);
    for (const s of Object.values(subgraphs)) await s.start?.();
    started = Object.values(subgraphs);
    const sources = Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [name, new EmbeddedSubgraphDataSource(subgraphs[name])]),
    ) as unknown as Record<SubgraphName, GraphQLDataSource>;
    return { sources, subgraphs };
  }

  return {
    async start() {
      const supergraphSdl = composeSupergraph();
      const { sources, subgraphs } = await buildSources();
      const gateway = new ApolloGateway({
        supergraphSdl,
        logger,
        buildService: ({ name }) => {
          const source = sources[name as SubgraphName];
          if (!source) throw new Error(`supergraph names unknown subgraph "${name}"`);
          return source;
        },
      });
      apollo = new ApolloServer<GatewayContext>({
        gateway,
        logger,
        includeStacktraceInErrorResponses: false,
        // Shutdown is ours (main.ts): stop accepting, drain, close stores, then exit.
        stopOnTerminationSignals: false,
        introspection: true,
        formatError: (formatted) => maskError(formatted, (masked) => logger.error({ error: masked }, 'masked error')),
      });
      await apollo.start();
      const server = apollo;
      app = createHttpApp<GatewayContext>({
        apollo: server,
        logger,
        context: async (req, requestId) => createGatewayContext(req, requestId, config.internalSecret),
        readiness: async () => {
          if (!infra) return { ready: true, details: { mode: config.mode } };
          return infrastructureReadiness(infra, { mode: config.mode });
        },
      });
      const address = await app.listen(config.port, config.host);
      const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
      const url = `http://${host}:${address.port}${GRAPHQL_PATH}`;
      logger.info({ url, mode: config.mode }, 'gateway ready');
      return { url, port: address.port, subgraphs, infrastructure: infra };
    },
    stop() {
      stopping ??= (async () => {
        if (app) await app.close(config.shutdownGraceMs);
        if (apollo) await apollo.stop();
        for (const s of started) await s.stop?.();
        if (infra && ownsInfra) await infra.close();
        logger.info('gateway stopped');
      })();
      return stopping;
    },
  };
}
