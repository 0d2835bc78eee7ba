import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { principalFromHeader, refuseCredentials } from '../platform/auth/headers';
import { PRINCIPAL_HEADER } from '../platform/auth/signing';
import type { Config, SubgraphName } from '../platform/config';
import { startGraphQLServer, type RunningGraphQLServer } from '../platform/graphql-server';
import { createLogger, type Logger } from '../platform/logger';
import type { Infrastructure } from '../platform/runtime';
import { startSubgraphs, type SubgraphHost } from './host';
import { attachSubgraphWebSockets } from './subscriptions';
import type { BaseContext, Subgraph } from './types';

export interface SubgraphServer {
  start(): Promise<{ url: string; port: number; subgraph: Subgraph }>;
  stop(): Promise<void>;
}

/**
 * One subgraph as its own HTTP server (distributed mode). It holds only its own collections, calls
 * other subgraphs' service interfaces over HTTP, and serves only requests carrying a principal
 * signed with the internal secret (the gateway's, or a service binding's): a request without one,
 * or with a forged or expired one, gets a 401. It never returns inline traces.
 */
export function createSubgraphServer(
  name: SubgraphName,
  config: Config,
  deps: { logger?: Logger; infrastructure?: Infrastructure } = {},
): SubgraphServer {
  const logger = deps.logger ?? createLogger(config.logLevel, { service: name });
  let host: SubgraphHost | null = null;
  let server: RunningGraphQLServer | null = null;
  let stopping: Promise<void> | null = null;

  return {
    async start() {
      host = await startSubgraphs([name], config, { logger, infrastructure: deps.infrastructure, bindings: 'remote' });
      const subgraph = host.subgraphs[name]!;
      const running = host;
      server = await startGraphQLServer<BaseContext>({
        serve: { schema: subgraph.schema },
        logger,
        context: async (req, requestId) => {
          // Only the gateway and other subgraphs' service bindings call a subgraph, and they always
          // sign the principal; an unsigned request is someone going around the gateway.
          if (req.headers[PRINCIPAL_HEADER] === undefined) {
            throw refuseCredentials(`${PRINCIPAL_HEADER} is required: call the gateway, not a subgraph`);
          }
          return subgraph.createContext({
            principal: principalFromHeader(req.headers[PRINCIPAL_HEADER], config.internalSecret),
            requestId,
          });
        },
        // Inline traces would show any caller the subgraph's resolver timings and paths.
        plugins: [ApolloServerPluginInlineTraceDisabled()],
        readiness: () => running.readiness({ subgraph: name }),
        port: config.subgraphPort ?? config.subgraphPorts[name],
        host: config.subgraphHost,
        shutdownGraceMs: config.shutdownGraceMs,
        introspection: config.introspection,
        nodeEnv: config.nodeEnv,
        // Its subscription root fields, for the gateway, over graphql-ws on the same port and path.
        attach: (http) => attachSubgraphWebSockets(http, subgraph, config.internalSecret, logger),
      });
      logger.info({ url: server.url }, 'subgraph ready');
      return { url: server.url, port: server.port, subgraph };
    },
    stop() {
      stopping ??= (async () => {
        await server?.stop();
        await host?.stop();
      })();
      return stopping;
    },
  };
}
