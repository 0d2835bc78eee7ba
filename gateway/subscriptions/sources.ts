import { GraphQLError, parse, subscribe, validate, type DocumentNode, type ExecutionResult } from 'graphql';
import { ErrorCode } from '../../platform/errors';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { signPrincipal } from '../../platform/auth/signing';
import type { Logger } from '../../platform/logger';
import type { CacheObserver } from '../../platform/metrics';
import { LRUCache } from 'lru-cache';
import type { Subgraph } from '../../subgraphs/types';
import type { GatewayContext } from '../context';
import type { SubscriptionSource } from './engine';

/**
 * Embedded mode: a subgraph's subscription root field subscribed to in this process, with the
 * subgraph's own context for the caller's principal (exactly what a query's fetch gets), so the
 * subgraph's declared authorization decides at subscription time and again on every event.
 */
export function embeddedSubscriptionSource(subgraph: Subgraph, observe?: CacheObserver): SubscriptionSource {
  // The planner sends each subgraph the few subscription operations clients use, over and over.
  const documents = new LRUCache<string, DocumentNode>({ max: 200 });
  return {
    async subscribe({ query, variables }, context: GatewayContext) {
      let document = documents.get(query);
      observe?.(document !== undefined);
      if (!document) {
        document = parse(query);
        const errors = validate(subgraph.schema, document);
        if (errors.length > 0) return { errors };
        documents.set(query, document);
      }
      return subscribe({
        schema: subgraph.schema,
        document,
        variableValues: variables,
        contextValue: subgraph.createContext({ principal: context.principal, requestId: context.requestId }),
      });
    },
  };
}

/** How long the principal a subscription is opened for is valid when it reaches the subgraph (s). */
const PRINCIPAL_TTL_SECONDS = 60;

/**
 * Distributed mode: a subgraph's subscription root field over graphql-ws. One connection per
 * subgraph, shared by every subscription of this gateway, opened as `service:gateway` (signed
 * with the internal secret); each subscription names the client's principal, signed, in its
 * `extensions`. A dropped connection (the subgraph restarted) is retried with backoff and the
 * subscriptions still open are subscribed again: each starts over with a fresh snapshot. A
 * subscription whose first message (its snapshot) does not come within `firstMessageTimeoutMs`
 * (the subgraph is down or stuck) gets one `SUBGRAPH_UNAVAILABLE` error and ends, instead of waiting
 * in silence.
 */
export function remoteSubscriptionSource(
  name: string,
  httpUrl: string,
  secret: string,
  logger: Logger,
  firstMessageTimeoutMs: number,
): SubscriptionSource & { close(): Promise<void> } {
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: true,
    retryAttempts: Number.MAX_SAFE_INTEGER,
    shouldRetry: () => true,
    keepAlive: 10_000,
    connectionParams: () => ({
      principal: signPrincipal({ kind: 'service', service: 'gateway' }, secret, 'subgraph', PRINCIPAL_TTL_SECONDS),
    }),
    on: {
      closed: (event) =>
        logger.debug({ subgraph: name, code: (event as { code?: number }).code }, 'subgraph socket closed'),
    },
  });
  return {
    async subscribe({ query, variables }, context: GatewayContext) {
      const principal = signPrincipal(context.principal, secret, 'subgraph', PRINCIPAL_TTL_SECONDS);
      const stream = client.iterate({
        query,
        variables,
        extensions: { principal, requestId: context.requestId },
      }) as AsyncIterable<ExecutionResult>;
      return firstWithin(stream, firstMessageTimeoutMs, () => {
        logger.warn({ subgraph: name, timeoutMs: firstMessageTimeoutMs }, 'subgraph subscription got no first message');
        return {
          errors: [
            new GraphQLError(`${name} is unavailable: the subscription was not answered in time`, {
              extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, subgraph: name },
            }),
          ],
        };
      });
    },
    // A connection being retried (the subgraph is down) rejects its dispose: nothing is left to close.
    close: async () => {
      try {
        await client.dispose();
      } catch (err) {
        logger.debug({ subgraph: name, err: (err as Error)?.message }, 'subgraph socket closed while connecting');
      }
    },
  };
}

/**
 * `source` as is, unless its first message takes longer than `ms`: then `timedOut()` is its only
 * message and `source` is closed. (A hand-made iterator, not an async generator: closing it while it
 * waits must reach `source` at once.)
 */
export function firstWithin(
  source: AsyncIterable<ExecutionResult>,
  ms: number,
  timedOut: () => ExecutionResult,
): AsyncIterable<ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  let state: 'first' | 'flowing' | 'ended' = 'first';
  const finished = { done: true as const, value: undefined };
  const it: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      if (state === 'ended') return finished;
      if (state === 'flowing') return iterator.next();
      state = 'flowing';
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
      try {
        const first = await Promise.race([iterator.next(), late]);
        if (first !== 'late') return first;
        state = 'ended';
        void Promise.resolve(iterator.return?.()).catch(() => undefined);
        return { done: false, value: timedOut() };
      } finally {
        clearTimeout(timer);
      }
    },
    async return() {
      state = 'ended';
      await iterator.return?.();
      return finished;
    },
    [Symbol.asyncIterator]: () => it,
  };
  return it;
}
