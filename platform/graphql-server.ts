import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import type { IncomingMessage, Server } from 'node:http';
import { maskError } from './errors';
import { createHttpApp, GRAPHQL_PATH, type HttpAppOptions } from './http';
import type { Logger } from './logger';

export interface GraphQLServerOptions<TContext extends BaseContext> {
  /** What is served: a subgraph schema or a gateway (Apollo's own options for either). */
  serve: Pick<ApolloServerOptions<TContext>, 'schema' | 'gateway'>;
  /** Builds the request context; throw a GraphQLError with `extensions.http.status` to refuse. */
  context: (req: IncomingMessage, requestId: string) => Promise<TContext>;
  readiness: () => Promise<{ ready: boolean; details?: Record<string, unknown> }>;
  logger: Logger;
  port: number;
  host: string;
  shutdownGraceMs: number;
  /** Introspection and "Did you mean" suggestions (off in production unless configured). */
  introspection: boolean;
  /** This app's mode (Apollo Server's landing page and defaults follow it, not the libraries' NODE_ENV). */
  nodeEnv?: string;
  /** Extra validation rules and plugins (the gateway's operation limits). */
  validationRules?: ApolloServerOptions<TContext>['validationRules'];
  plugins?: ApolloServerOptions<TContext>['plugins'];
  /** Apollo's persisted-query store (the gateway's serves the partner safelist too). */
  persistedQueries?: ApolloServerOptions<TContext>['persistedQueries'];
  /** Refuses an operation text before parsing (see `HttpAppOptions.checkSource`). */
  checkSource?: HttpAppOptions<TContext>['checkSource'];
  /** More paths served by their own handler (see `HttpAppOptions.routes`). */
  routes?: HttpAppOptions<TContext>['routes'];
  /** Runs around each GraphQL request (see `HttpAppOptions.around`). */
  around?: HttpAppOptions<TContext>['around'];
  /** See `HttpAppOptions.maxInFlight` (admission control) and `responseHeaders`. */
  maxInFlight?: number;
  responseHeaders?: Record<string, string>;
  /** More served on the same HTTP server (the gateway's WebSocket subscriptions); closed first on stop. */
  attach?: (server: Server) => { close(): Promise<void> };
}

/**
 * A request whose operation cannot be chosen (an unknown `operationName`, several operations and
 * none named) is the client's mistake: a 400 with OPERATION_RESOLUTION_FAILURE, not a server fault.
 */
function operationResolution<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (operation) return;
          const named = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
          const message = request.operationName
            ? `Unknown operation named "${request.operationName}".`
            : named > 1
              ? 'Must provide operation name if query contains multiple operations.'
              : 'No operation to run.';
          throw new GraphQLError(message, {
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
          });
        },
      };
    },
  };
}

export interface RunningGraphQLServer {
  url: string;
  port: number;
  /** Stops accepting, drains in-flight requests within the grace period, then stops Apollo. */
  stop(): Promise<void>;
  /** GraphQL requests being served now, and those refused for overload since start. */
  load(): { inFlight: number; refused: number };
}

/**
 * One Apollo Server over our node:http integration, configured the same way for the gateway and
 * every standalone subgraph: errors masked through the catalogue, no stack traces, and Apollo's
 * own signal handlers off, because shutdown is ours (`runUntilSignalled`): stop accepting, drain,
 * close stores, then exit.
 */
export async function startGraphQLServer<TContext extends BaseContext>(
  opts: GraphQLServerOptions<TContext>,
): Promise<RunningGraphQLServer> {
  const { logger } = opts;
  const apollo = new ApolloServer<TContext>({
    ...(opts.serve as ApolloServerOptions<TContext>),
    logger,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    introspection: opts.introspection,
    ...(opts.nodeEnv !== undefined ? { nodeEnv: opts.nodeEnv } : {}),
    hideSchemaDetailsFromClientErrors: !opts.introspection,
    validationRules: opts.validationRules,
    ...(opts.persistedQueries !== undefined ? { persistedQueries: opts.persistedQueries } : {}),
    plugins: [operationResolution<TContext>(), ...(opts.plugins ?? [])],
    formatError: (formatted) => maskError(formatted, (masked) => logger.error({ error: masked }, 'masked error')),
  } as ApolloServerOptions<TContext>);
  await apollo.start();
  const app = createHttpApp<TContext>({
    apollo,
    logger,
    context: opts.context,
    readiness: opts.readiness,
    checkSource: opts.checkSource,
    routes: opts.routes,
    around: opts.around,
    maxInFlight: opts.maxInFlight,
    responseHeaders: opts.responseHeaders,
  });
  const attached = opts.attach?.(app.server) ?? null;
  let address;
  try {
    address = await app.listen(opts.port, opts.host);
  } catch (err) {
    await attached?.close();
    await apollo.stop();
    throw err;
  }
  const host = opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : opts.host;
  let stopping: Promise<void> | null = null;
  return {
    url: `http://${host}:${address.port}${GRAPHQL_PATH}`,
    port: address.port,
    load: app.load,
    stop() {
      stopping ??= (async () => {
        await attached?.close();
        await app.close(opts.shutdownGraceMs);
        await apollo.stop();
      })();
      return stopping;
    },
  };
}
