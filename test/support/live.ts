import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Principal } from '../../platform/auth/principal';
import { bearer } from './http';

/**
 * Subscription test clients: the real graphql-ws client (retries off) connecting as a principal to
 * the gateway at `url()`, each one disposed by `disposeAll()` (register it in `afterEach`).
 */
export function liveClients(url: () => string) {
  const clients: Client[] = [];
  return {
    client(who: Principal | null): Client {
      const c = createClient({
        url: url().replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
        connectionParams: who ? { authorization: bearer(who).authorization } : {},
      });
      clients.push(c);
      return c;
    },
    disposeAll: () => Promise.all(clients.splice(0).map((c) => c.dispose())),
  };
}

export interface Collected<T> {
  messages: FormattedExecutionResult<T>[];
  readonly failure: unknown;
  readonly completed: boolean;
  stop(): void;
  /** The first `n` messages, once they arrived (throws after `timeoutMs`). */
  next(n: number, timeoutMs?: number): Promise<FormattedExecutionResult<T>[]>;
}

/** Collects a subscription's messages as they arrive. */
export function collect<T>(c: Client, query: string, variables: Record<string, unknown> = {}): Collected<T> {
  const messages: FormattedExecutionResult<T>[] = [];
  let failure: unknown = null;
  let completed = false;
  let waiters: (() => void)[] = [];
  const wake = () => waiters.forEach((w) => w());
  const stop = c.subscribe<T>(
    { query, variables },
    {
      next: (m) => {
        messages.push(m as FormattedExecutionResult<T>);
        wake();
      },
      error: (e) => {
        failure = e;
        wake();
      },
      complete: () => {
        completed = true;
        wake();
      },
    },
  );
  return {
    messages,
    stop,
    get failure() {
      return failure;
    },
    get completed() {
      return completed;
    },
    async next(n: number, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < n && !failure) {
        if (Date.now() > deadline) {
          throw new Error(`only ${messages.length} of ${n} messages arrived: ${JSON.stringify(messages)}`);
        }
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
        waiters = [];
      }
      return messages.slice(0, n);
    },
  };
}

/** The error codes of a subscription's only message (a refusal), or its transport failure. */
export async function refusal(sub: Collected<unknown>): Promise<string[]> {
  await sub.next(1).catch(() => undefined);
  if (sub.failure) return [JSON.stringify(sub.failure)];
  return (sub.messages[0]?.errors ?? []).map((e) => String(e.extensions?.code));
}
