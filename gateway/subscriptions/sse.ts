import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError, specifiedRules, validate, type ValidationRule } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/http';
import { ErrorCode } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import type { GatewayContext } from '../context';
import type { SubscriptionRunner } from './runner';
import type { DocumentCache } from './documents';
import type { SubscriptionEngine } from './engine';

/** Where the SSE transport is served (graphql-sse's convention). */
export const SSE_PATH = '/graphql/stream';

export interface SseOptions {
  engine: SubscriptionEngine;
  runner: SubscriptionRunner;
  /** The caller's context from its `Authorization` header (the same as an HTTP request's). */
  authenticate: (req: IncomingMessage) => Promise<GatewayContext>;
  /** Parses and validates a text once per text, shared with WebSocket subscribers. */
  prepare: DocumentCache;
  /** The rules a text `prepare` refused is checked with again (graphql-sse then answers its errors). */
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
  // The response of each subscription's request (a context is made per request).
  const responses = new WeakMap<GatewayContext, ServerResponse>();
  const rules = [...specifiedRules, ...options.validationRules];
  // Documents from `prepare` are valid already; graphql-sse validates whatever it runs.
  const prepared = new WeakSet<object>();
  const handler = createHandler<GatewayContext & Record<PropertyKey, unknown>>({
    schema: options.engine.schema,
    validate: (schema, document) => (prepared.has(document) ? [] : validate(schema, document, rules)),
    onSubscribe: async (req, params) => {
      const tooBig = options.checkSource(params.query ?? '');
      if (tooBig) {
        return [
          JSON.stringify({ errors: [{ message: tooBig.message, extensions: { code: ErrorCode.LIMIT_EXCEEDED } }] }),
          { status: 400, statusText: 'Bad Request' },
        ];
      }
      let context: GatewayContext;
      try {
        context = await options.authenticate(req.raw);
        contexts.set(req.raw, context);
        responses.set(context, req.context.res);
      } catch (err) {
        const status = (err as GraphQLError).extensions?.http as { status?: number } | undefined;
        return [
          JSON.stringify({
            errors: [{ message: (err as Error).message, extensions: (err as GraphQLError).extensions }],
          }),
          { status: status?.status ?? 401, statusText: 'Unauthorized' },
        ];
      }
      const ready = options.prepare(params.query ?? '');
      if ('errors' in ready) return undefined; // graphql-sse parses it and answers its errors its own way
      prepared.add(ready.document);
      return {
        schema: options.engine.schema,
        document: ready.document,
        operationName: params.operationName,
        variableValues: params.variables,
        contextValue: context as GatewayContext & Record<PropertyKey, unknown>,
      };
    },
    context: (req) => contexts.get(req.raw)! as GatewayContext & Record<PropertyKey, unknown>,
    execute: () => options.runner.refuseOperation(),
    subscribe: async (args) => {
      const result = await options.runner.subscribe(args);
      const res = responses.get(args.contextValue as GatewayContext);
      if (!res || !(Symbol.asyncIterator in result)) return result;
      // A client that goes away ends its subscription at once. graphql-sse's own close handling
      // waits for the stream's next message, which a quiet stream may never send.
      const iterator = result[Symbol.asyncIterator]();
      const end = () => void iterator.return?.();
      if (res.closed) end();
      else res.once('close', end);
      return { [Symbol.asyncIterator]: () => iterator };
    },
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
