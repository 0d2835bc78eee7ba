import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError, specifiedRules, validate, type ValidationRule } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/http';
import { ErrorCode } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import type { GatewayContext } from '../context';
import type { SubscriptionRunner } from './runner';
import type { SubscriptionEngine } from './engine';

/** Where the SSE transport is served (graphql-sse's convention). */
export const SSE_PATH = '/graphql/stream';

export interface SseOptions {
  engine: SubscriptionEngine;
  runner: SubscriptionRunner;
  /** The caller's context from its `Authorization` header (the same as an HTTP request's). */
  authenticate: (req: IncomingMessage) => Promise<GatewayContext>;
  validationRules: readonly ValidationRule[];
  checkSource: (source: string) => { message: string } | null;
  /** Past this many unsent bytes (a client that does not read), its response is ended. */
  maxBufferedBytes: number;
  logger: Logger;
}

/**
 * The same subscriptions over Server-Sent Events (the graphql-sse protocol, "distinct connections"
 * mode: one `POST /graphql/stream` with `Accept: text/event-stream` per subscription), for clients
 * that cannot hold a WebSocket. One implementation behind both transports: the same credentials,
 * limits, checks and engine (`SubscriptionRunner`).
 */
export function sseHandler(options: SseOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const contexts = new WeakMap<IncomingMessage, GatewayContext>();
  const handler = createHandler<GatewayContext & Record<PropertyKey, unknown>>({
    schema: options.engine.schema,
    validate: (schema, document) => validate(schema, document, [...specifiedRules, ...options.validationRules]),
    onSubscribe: async (req, params) => {
      const tooBig = options.checkSource(params.query ?? '');
      if (tooBig) {
        return [
          JSON.stringify({ errors: [{ message: tooBig.message, extensions: { code: ErrorCode.LIMIT_EXCEEDED } }] }),
          { status: 400, statusText: 'Bad Request' },
        ];
      }
      try {
        contexts.set(req.raw, await options.authenticate(req.raw));
      } catch (err) {
        const status = (err as GraphQLError).extensions?.http as { status?: number } | undefined;
        return [
          JSON.stringify({
            errors: [{ message: (err as Error).message, extensions: (err as GraphQLError).extensions }],
          }),
          { status: status?.status ?? 401, statusText: 'Unauthorized' },
        ];
      }
      return undefined;
    },
    context: (req) => contexts.get(req.raw)! as GatewayContext & Record<PropertyKey, unknown>,
    execute: () => options.runner.refuseOperation(),
    subscribe: (args) => options.runner.subscribe(args),
    // A slow client: what it has not read stays bounded, and only its own stream is ended.
    onNext: (_ctx, req) => {
      const res = req.context.res;
      if (res.writableLength > options.maxBufferedBytes && !res.writableEnded) {
        options.logger.warn({ buffered: res.writableLength }, 'SSE client too slow; ending its stream');
        res.end();
      }
      return undefined;
    },
  });
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (err) {
      options.logger.error({ err }, 'SSE subscription failed');
      if (!res.headersSent) res.writeHead(500).end();
      else res.end();
    }
  };
}
