import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, PrincipalError } from '../platform/auth/principal';
import { PRINCIPAL_HEADER, verifyPrincipal } from '../platform/auth/signing';
import type { Config, SubgraphName } from '../platform/config';
import { ErrorCode, maskError } from '../platform/errors';
import { createHttpApp, GRAPHQL_PATH, type HttpApp } from '../platform/http';
import { createLogger, type Logger } from '../platform/logger';
import { createInfrastructure, infrastructureReadiness, type Infrastructure } from '../platform/runtime';
import { buildSubgraph, remoteBindings } from './registry';
import { seedDemoIfEmpty } from './seed';
import type { BaseContext, Subgraph } from './types';

export interface SubgraphServer {
  start(): Promise<{ url: string; port: number; subgraph: Subgraph }>;
  stop(): Promise<void>;
}

/**
 * One subgraph as its own HTTP server (distributed mode). It holds only its own collections,
 * and trusts only a principal signed by the gateway with the internal secret; a request with
 * no principal header is anonymous, one with a forged or expired header is refused (401).
 */
export function createSubgraphServer(
  name: SubgraphName,
  config: Config,
  deps: { logger?: Logger; infrastructure?: Infrastructure } = {},
): SubgraphServer {
  const logger = deps.logger ?? createLogger(config.logLevel, { service: name });
  let infra: Infrastructure | null = null;
  let apollo: ApolloServer<BaseContext> | null = null;
  let app: HttpApp | null = null;
  let stopping: Promise<void> | null = null;
  let running: Subgraph | null = null;

  return {
    async start() {
      infra = deps.infrastructure ?? (await createInfrastructure(config, logger));
      const subgraph = buildSubgraph(
        name,
        { store: infra.store, bus: infra.bus, logger },
        remoteBindings(config, name),
        {
          sweepIntervalMs: config.reservationSweepMs,
        },
      );
      await subgraph.init();
      await seedDemoIfEmpty(infra.store, [subgraph], config, logger);
      await subgraph.start?.();
      running = subgraph;
      apollo = new ApolloServer<BaseContext>({
        schema: subgraph.schema,
        logger,
        includeStacktraceInErrorResponses: false,
        // Shutdown is ours (main.ts): stop accepting, drain, close stores, then exit.
        stopOnTerminationSignals: false,
        introspection: true,
        formatError: (formatted) => maskError(formatted, (masked) => logger.error({ error: masked }, 'masked error')),
      });
      await apollo.start();
      const current = infra;
      app = createHttpApp<BaseContext>({
        apollo,
        logger,
        context: async (req, requestId) => {
          const header = req.headers[PRINCIPAL_HEADER];
          let principal = ANONYMOUS;
          if (typeof header === 'string') {
            try {
              principal = verifyPrincipal(header, config.internalSecret, 'subgraph');
            } catch (err) {
              if (!(err instanceof PrincipalError)) throw err;
              throw new GraphQLError(`invalid ${PRINCIPAL_HEADER}: ${err.message}`, {
                extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
              });
            }
          }
          return subgraph.createContext({ principal, requestId });
        },
        readiness: () => infrastructureReadiness(current, { subgraph: name }),
      });
      const port = config.subgraphPort ?? config.subgraphPorts[name];
      const address = await app.listen(port, config.host);
      const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
      const url = `http://${host}:${address.port}${GRAPHQL_PATH}`;
      logger.info({ url }, 'subgraph ready');
      return { url, port: address.port, subgraph };
    },
    stop() {
      stopping ??= (async () => {
        if (app) await app.close(config.shutdownGraceMs);
        if (apollo) await apollo.stop();
        await running?.stop?.();
        if (infra && !deps.infrastructure) await infra.close();
      })();
      return stopping;
    },
  };
}
