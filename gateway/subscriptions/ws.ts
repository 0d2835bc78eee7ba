import type { Server } from 'node:http';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { ErrorCode } from '../../platform/errors';
import { GRAPHQL_PATH } from '../../platform/http';
import type { Logger } from '../../platform/logger';
import type { GatewayContext } from '../context';
import type { SubscriptionEngine } from './engine';
import type { SubscriptionRunner } from './runner';
import type { DirectSink } from './shared';
import type { DocumentCache } from './documents';
import { serveGraphqlWs } from './socket';

export interface WebSocketOptions {
  engine: SubscriptionEngine;
  /** The principal of a connection, from the credential its `connection_init` carries. */
  authenticate: (authorization: string | undefined, meta: { clientAddress: string }) => Promise<GatewayContext>;
  /** The same operation limits as HTTP: validation rules, and the token count before parsing. */
  /** Parses and validates a text once per text (graphql-js's rules and HTTP's limits), shared with SSE. */
  prepare: DocumentCache;
  checkSource: (source: string) => { message: string } | null;
  /** The checks and engine each subscription runs through (shared with SSE). */
  runner: SubscriptionRunner;
  /** Subscriptions one connection may hold at once. */
  maxSubscriptionsPerConnection: number;
  /** How long a client has to send `connection_init` (ms). */
  connectionInitTimeoutMs: number;
  /**
   * The most bytes a socket may have waiting to be sent (a client that does not read): past it,
   * that socket alone is closed (1008) instead of its buffer growing.
   */
  maxBufferedBytes: number;
  /** How often a partner key's connection is authenticated again (ms): a revoked key's socket closes. */
  recheckIntervalMs?: number;
  logger: Logger;
}

interface ConnectionState {
  context?: GatewayContext;
  /** The credential it connected with (partner keys are checked again while it is open). */
  authorization?: string;
  socket?: WebSocket;
  open: Set<string>;
}

/** The close code of a socket whose partner key no longer authenticates (graphql-ws's Forbidden). */
const FORBIDDEN = 4403;
/** The close code of a client that does not read what it subscribed to (RFC 6455 policy violation). */
const POLICY_VIOLATION = 1008;
const RECHECK_INTERVAL_MS = 60_000;

/**
 * graphql-ws on the gateway's own port and path (`/graphql`, upgraded from HTTP). A connection
 * authenticates once, in `connection_init` (`{ "authorization": "Bearer <token or partner key>" }`,
 * the same credentials as HTTP; a bad one closes the socket with 4403); each subscription is
 * checked like an HTTP operation (token count, depth, aliases, directives, a partner key's field
 * contract) and runs through the federated subscription engine. Queries and mutations are served
 * over HTTP only.
 */
export function attachWebSockets(
  server: Server,
  options: WebSocketOptions,
): { close(): Promise<void>; recheckKey(keyId: string): Promise<number> } {
  const { engine, runner, logger } = options;
  const wss = new WebSocketServer({ server, path: GRAPHQL_PATH });
  const states = new WeakMap<object, ConnectionState>();
  const stateOf = (extra: object): ConnectionState => {
    let s = states.get(extra);
    if (!s) states.set(extra, (s = { open: new Set() }));
    return s;
  };
  const refuse = (message: string, code: string) => [new GraphQLError(message, { extensions: { code } })];
  /**
   * A slow client: what it has not read stays bounded, and only its own socket is closed. False
   * when the socket cannot take the message.
   */
  const canSend = (socket: WebSocket): boolean => {
    if (socket.readyState !== socket.OPEN) return false;
    if (socket.bufferedAmount <= options.maxBufferedBytes) return true;
    logger.warn({ buffered: socket.bufferedAmount }, 'websocket client too slow; closing it');
    socket.close(POLICY_VIOLATION, 'Slow consumer: messages were not read in time');
    return false;
  };
  /** Each subscription's direct sink (`DirectSink`), by the execution arguments graphql-ws passes to `subscribe`. */
  const sinks = new WeakMap<ExecutionArgs, DirectSink>();
  /** Frames a message's text as graphql-ws's `next` for subscription `id` and writes it to `socket`. */
  const sinkFor = (socket: WebSocket, id: string): DirectSink => {
    const head = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
    return (text) => {
      if (canSend(socket)) socket.send(`${head}${text}}`);
    };
  };
  // Open partner-key connections by key id, to close the ones whose key was revoked.
  const byKey = new Map<string, Set<ConnectionState>>();

  /** Authenticates the connections of `keyId` again; closes those whose key no longer does. */
  async function recheck(keyId: string): Promise<number> {
    let closed = 0;
    for (const state of [...(byKey.get(keyId) ?? [])]) {
      try {
        await options.authenticate(state.authorization, { clientAddress: 'recheck' });
      } catch (err) {
        if ((err as GraphQLError).extensions?.code === ErrorCode.SUBGRAPH_UNAVAILABLE) continue; // not a refusal
        state.socket?.close(FORBIDDEN, 'Forbidden: the API key is no longer valid');
        closed++;
      }
    }
    if (closed > 0) logger.info({ keyId, closed }, 'websocket connections of a revoked partner key closed');
    return closed;
  }
  const recheckAll = setInterval(() => {
    for (const keyId of [...byKey.keys()]) void recheck(keyId).catch(() => undefined);
  }, options.recheckIntervalMs ?? RECHECK_INTERVAL_MS);
  recheckAll.unref();

  const disposable = serveGraphqlWs(
    wss,
    {
      schema: engine.schema,
      connectionInitWaitTimeout: options.connectionInitTimeoutMs,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const raw = params.authorization ?? params.Authorization;
        if (raw !== undefined && typeof raw !== 'string') return false;
        try {
          const context = await options.authenticate(raw, {
            clientAddress: ctx.extra.clientAddress,
          });
          const state = stateOf(ctx.extra);
          state.context = context;
          // A partner key's connection (JWTs expire on their own; keys are revoked).
          const keyId = context.principal.kind === 'partner' ? context.principal.keyId : undefined;
          if (keyId) {
            state.authorization = raw;
            state.socket = ctx.extra.socket;
            let sockets = byKey.get(keyId);
            if (!sockets) byKey.set(keyId, (sockets = new Set()));
            sockets.add(state);
            ctx.extra.socket.once('close', () => {
              sockets.delete(state);
              if (sockets.size === 0 && byKey.get(keyId) === sockets) byKey.delete(keyId);
            });
          }
          return true;
        } catch (err) {
          logger.info({ err: (err as Error).message }, 'websocket connection refused');
          return false; // graphql-ws closes with 4403 Forbidden
        }
      },
      onSubscribe: (ctx, id, payload) => {
        const state = stateOf(ctx.extra);
        if (state.open.size >= options.maxSubscriptionsPerConnection) {
          return refuse(
            `at most ${options.maxSubscriptionsPerConnection} subscriptions per connection`,
            ErrorCode.LIMIT_EXCEEDED,
          );
        }
        const tooBig = options.checkSource(payload.query);
        if (tooBig) return refuse(tooBig.message, ErrorCode.LIMIT_EXCEEDED);
        const prepared = options.prepare(payload.query);
        if ('errors' in prepared) return prepared.errors;
        state.open.add(id);
        const args: ExecutionArgs = {
          schema: engine.schema,
          document: prepared.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: state.context,
        };
        sinks.set(args, sinkFor(ctx.extra.socket, id));
        return args;
      },
      onComplete: (ctx, id) => {
        stateOf(ctx.extra).open.delete(id);
      },
      // Messages graphql-ws sends itself (a subscriber's first, or ones queued while it was busy):
      // the same slow-client check; a shared message carries its JSON text, written once (socket.ts).
      onNext: (ctx, _id, _payload, _args, result) => {
        canSend(ctx.extra.socket);
        return result;
      },
      context: (ctx) => stateOf(ctx.extra).context!,
      execute: () => runner.refuseOperation(),
      subscribe: (args: ExecutionArgs) => runner.subscribe(args, sinks.get(args)),
    },
    logger,
  );

  return {
    /** A partner key changed (revoked, rotated): its open connections are checked again now. */
    recheckKey: recheck,
    async close() {
      clearInterval(recheckAll);
      // Closes every socket with 1001 (going away) and the server.
      await disposable.dispose();
    },
  };
}
