import type { Server } from 'node:http';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { verifyPrincipal } from '../platform/auth/signing';
import { PrincipalError, type Principal } from '../platform/auth/principal';
import { ErrorCode } from '../platform/errors';
import { GRAPHQL_PATH } from '../platform/http';
import type { Logger } from '../platform/logger';
import type { Subgraph } from './types';

/** Who may open a subgraph's socket, and how long it has to say so (ms). */
const CONNECTION_INIT_TIMEOUT_MS = 3000;

function verified(token: unknown, secret: string): Principal | null {
  if (typeof token !== 'string') return null;
  try {
    return verifyPrincipal(token, secret, 'subgraph');
  } catch (err) {
    if (err instanceof PrincipalError) return null;
    throw err;
  }
}

/**
 * Distributed mode: a subgraph's subscription root fields over graphql-ws on its own port and
 * path, for the gateway only. The connection proves it is the gateway with a principal signed
 * with the internal secret (`connection_init: { principal }`, else 4403); each subscription
 * carries the signed principal of the client it is for (`extensions.principal`), which the
 * subgraph's context and declared authorization use exactly as for an HTTP request.
 */
export function attachSubgraphWebSockets(
  server: Server,
  subgraph: Subgraph,
  secret: string,
  logger: Logger,
): { close(): Promise<void> } {
  const wss = new WebSocketServer({ server, path: GRAPHQL_PATH });
  const disposable = useServer<Record<string, unknown> | undefined>(
    {
      schema: subgraph.schema,
      connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
      onConnect: (ctx) => {
        const ok = verified(ctx.connectionParams?.principal, secret) !== null;
        if (!ok) logger.warn('subgraph websocket refused: no valid signed principal');
        return ok;
      },
      onSubscribe: (_ctx, _id, payload) => {
        if (verified(payload.extensions?.principal, secret)) return undefined;
        return [
          new GraphQLError('each subscription needs the signed principal it is for', {
            extensions: { code: ErrorCode.UNAUTHENTICATED },
          }),
        ];
      },
      context: (_ctx, id, payload) =>
        subgraph.createContext({
          principal: verified(payload.extensions?.principal, secret)!,
          requestId:
            typeof payload.extensions?.requestId === 'string' ? payload.extensions.requestId.slice(0, 64) : `ws-${id}`,
        }),
    },
    wss,
  );
  return {
    async close() {
      // Closes every socket with 1001 (going away) and the server.
      await disposable.dispose();
    },
  };
}
