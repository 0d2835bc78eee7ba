import type { Server } from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  specifiedRules,
  validate,
  type ExecutionArgs,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { fieldsOutsideContract } from '../../platform/auth/contract';
import { ErrorCode } from '../../platform/errors';
import { GRAPHQL_PATH } from '../../platform/http';
import type { Logger } from '../../platform/logger';
import type { GatewayContext } from '../context';
import type { SubscriptionEngine } from './engine';

export interface WebSocketOptions {
  engine: SubscriptionEngine;
  /** The principal of a connection, from the credential its `connection_init` carries. */
  authenticate: (authorization: string | undefined, meta: { clientAddress: string }) => Promise<GatewayContext>;
  /** The same operation limits as HTTP: validation rules, and the token count before parsing. */
  validationRules: readonly ValidationRule[];
  checkSource: (source: string) => { message: string } | null;
  /** Subscriptions one connection may hold at once. */
  maxSubscriptionsPerConnection: number;
  /** How long a client has to send `connection_init` (ms). */
  connectionInitTimeoutMs: number;
  logger: Logger;
}

interface ConnectionState {
  context?: GatewayContext;
  open: Set<string>;
}

/**
 * graphql-ws on the gateway's own port and path (`/graphql`, upgraded from HTTP). A connection
 * authenticates once, in `connection_init` (`{ "authorization": "Bearer <token or partner key>" }`,
 * the same credentials as HTTP; a bad one closes the socket with 4403); each subscription is
 * checked like an HTTP operation (token count, depth, aliases, directives, a partner key's field
 * contract) and runs through the federated subscription engine. Queries and mutations are served
 * over HTTP only.
 */
export function attachWebSockets(server: Server, options: WebSocketOptions): { close(): Promise<void> } {
  const { engine, logger } = options;
  const wss = new WebSocketServer({ server, path: GRAPHQL_PATH });
  const states = new WeakMap<object, ConnectionState>();
  const stateOf = (extra: object): ConnectionState => {
    let s = states.get(extra);
    if (!s) states.set(extra, (s = { open: new Set() }));
    return s;
  };
  const refuse = (message: string, code: string) => [new GraphQLError(message, { extensions: { code } })];

  const disposable = useServer<Record<string, unknown> | undefined, { state?: ConnectionState }>(
    {
      schema: engine.schema,
      connectionInitWaitTimeout: options.connectionInitTimeoutMs,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const raw = params.authorization ?? params.Authorization;
        if (raw !== undefined && typeof raw !== 'string') return false;
        try {
          const context = await options.authenticate(raw, {
            clientAddress: ctx.extra.request.socket.remoteAddress ?? 'unknown',
          });
          stateOf(ctx.extra).context = context;
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
        state.open.add(id);
        return undefined; // parsed and validated by graphql-ws with `validate` below
      },
      onComplete: (ctx, id) => {
        stateOf(ctx.extra).open.delete(id);
      },
      validate: (schema, document) => validate(schema, document, [...specifiedRules, ...options.validationRules]),
      context: (ctx) => stateOf(ctx.extra).context!,
      execute: () => ({
        errors: [
          new GraphQLError(
            'queries and mutations are served over HTTP (POST /graphql); use this socket for subscriptions',
            {
              extensions: { code: 'BAD_REQUEST' },
            },
          ),
        ],
      }),
      subscribe: async (args: ExecutionArgs) => {
        const context = args.contextValue as GatewayContext;
        const operation = getOperationAST(args.document, args.operationName);
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
          return { errors: refuse('not a subscription', 'BAD_REQUEST') };
        }
        if (context.contract) {
          const outside = fieldsOutsideContract(engine.schema, args.document, operation, context.contract);
          if (outside.length > 0) {
            return {
              errors: refuse(
                `the subscription selects field(s) outside your key's field contract: ${outside.slice(0, 5).join(', ')}`,
                ErrorCode.FIELD_NOT_IN_CONTRACT,
              ),
            };
          }
        }
        return engine.subscribe({
          document: args.document,
          operationName: args.operationName ?? undefined,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          context,
        });
      },
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
