import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors';

/**
 * Overload protection: a bounded semaphore with a bounded, time-limited wait queue, and the typed
 * error for work refused because of it. Written here rather than taken from a package: the only
 * limiter installed (`p-limit`, a transitive dependency of jest and ESLint) queues without bound
 * and cannot refuse, and refusing early is the point.
 */

/** Seconds a refused caller is told to wait before trying again (`Retry-After`). */
export const RETRY_AFTER_SECONDS = 1;

export interface LimiterOptions {
  /** Work allowed at once. */
  maxConcurrent: number;
  /** Callers that may wait for a slot; one more is refused at once. */
  maxQueue: number;
  /** Longest wait for a slot, in ms; past it the caller is refused. */
  maxWaitMs: number;
}

export interface LimiterStats {
  active: number;
  queued: number;
  /** Callers refused since start (queue full or waited too long). */
  refused: number;
}

export type Release = () => void;

export interface Limiter {
  /** A slot, or rejects with `OverloadedError` when the queue is full or the wait passes its bound. */
  acquire(): Promise<Release>;
  stats(): LimiterStats;
}

/** Refused for overload; `reason` says whether the queue was full or the wait timed out. */
export class OverloadedError extends Error {
  constructor(readonly reason: 'queue full' | 'waited too long') {
    super(`overloaded: ${reason}`);
    this.name = 'OverloadedError';
  }
}

interface Waiter {
  grant: (release: Release) => void;
  timer: NodeJS.Timeout;
}

export function createLimiter(options: LimiterOptions): Limiter {
  let active = 0;
  let refused = 0;
  const queue: Waiter[] = [];

  const releaser = (): Release => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = queue.shift();
      if (next) {
        // The slot passes straight to the next waiter: `active` is unchanged.
        clearTimeout(next.timer);
        next.grant(releaser());
      } else {
        active--;
      }
    };
  };

  return {
    acquire() {
      if (active < options.maxConcurrent) {
        active++;
        return Promise.resolve(releaser());
      }
      if (queue.length >= options.maxQueue) {
        refused++;
        return Promise.reject(new OverloadedError('queue full'));
      }
      return new Promise<Release>((resolve, reject) => {
        const waiter: Waiter = {
          grant: resolve,
          timer: setTimeout(() => {
            const at = queue.indexOf(waiter);
            if (at >= 0) queue.splice(at, 1);
            refused++;
            reject(new OverloadedError('waited too long'));
          }, options.maxWaitMs),
        };
        queue.push(waiter);
      });
    },
    stats: () => ({ active, queued: queue.length, refused }),
  };
}

/** A fetch to `serviceName` that got no slot in time: a partial error naming it. */
export function subgraphOverloaded(serviceName: string, reason: string): GraphQLError {
  return new GraphQLError(`subgraph "${serviceName}" is overloaded: ${reason}; retry later`, {
    extensions: { code: ErrorCode.OVERLOADED, serviceName, retryAfterSeconds: RETRY_AFTER_SECONDS },
  });
}

/** The answer to a whole request refused at the door (HTTP 503 with `Retry-After`). */
export function overloadedBody(): { errors: { message: string; extensions: Record<string, unknown> }[] } {
  return {
    errors: [
      {
        message: 'the gateway is overloaded; retry later',
        extensions: { code: ErrorCode.OVERLOADED, retryAfterSeconds: RETRY_AFTER_SECONDS },
      },
    ],
  };
}

/**
 * A request that produced no data (`data: null`, or every root field null) while a fetch was
 * refused for overload is answered like one refused at the door: 503 with `Retry-After` (the
 * refused fetch was never sent, so a retry is safe), never a 200 with nothing in it. With some
 * data, it stays a 200 with the partial error naming the subgraph.
 */
export function overloadPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.some((e) => e.extensions?.code === ErrorCode.OVERLOADED)) return;
          if (data != null && Object.values(data).some((field) => field !== null)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
