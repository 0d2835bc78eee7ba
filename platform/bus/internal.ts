import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { BusEvent, ConsumeOptions } from './port';

/**
 * Helpers shared by the bus engines. Not part of the port: import from `./index` instead.
 */

/** The slice of a pino logger the engines use (pino's `Logger` satisfies it). */
export interface BusLogger {
  warn(obj: unknown, msg?: string): void;
}

export const noopLogger: BusLogger = { warn: () => undefined };

export const DEFAULT_MAX_ATTEMPTS = 10;
export const DEFAULT_CLAIM_AFTER_MS = 30_000;
export const DEFAULT_MAX_LOG_LENGTH = 100_000;

/** Exponential backoff between attempts of a failed `consume` handler: base * 2^(n-1), capped. */
export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 100, maxMs: 10_000 };

/** Delay before the attempt that follows failed attempt number `attempt` (1-based). */
export function retryDelay(attempt: number, policy: RetryPolicy): number {
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
}

export interface ResolvedConsumeOptions {
  group: string;
  consumer: string;
  claimAfterMs: number;
  maxAttempts: number;
}

export function resolveConsumeOptions(options: ConsumeOptions): ResolvedConsumeOptions {
  requireName('group', options.group);
  if (options.consumer !== undefined) requireName('consumer', options.consumer);
  const claimAfterMs = options.claimAfterMs ?? DEFAULT_CLAIM_AFTER_MS;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isFinite(claimAfterMs) || claimAfterMs < 0) throw new RangeError('claimAfterMs must be >= 0');
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError('maxAttempts must be an integer >= 1');
  return { group: options.group, consumer: options.consumer ?? defaultConsumerName(), claimAfterMs, maxAttempts };
}

/** Unique per `consume` call: host, process and a random suffix. */
export function defaultConsumerName(): string {
  return `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

export function requireName(what: string, value: string): void {
  if (typeof value !== 'string' || value.length === 0) throw new TypeError(`${what} must be a non-empty string`);
}

/** Payloads travel as JSON on both engines, so handlers see the same shapes (`undefined` → `null`). */
export function encodePayload(payload: unknown): string {
  return JSON.stringify(payload) ?? 'null';
}

/** Calls a live handler; neither a throw nor a rejected promise escapes. */
export function callLiveHandler<T>(handler: (event: BusEvent<T>) => void, event: BusEvent<T>, logger: BusLogger): void {
  const report = (err: unknown): void =>
    logger.warn({ err, topic: event.topic, eventId: event.id }, 'event bus: live subscriber failed');
  try {
    const result: unknown = handler(event);
    if (result !== null && typeof result === 'object' && typeof (result as PromiseLike<unknown>).then === 'function') {
      (result as PromiseLike<unknown>).then(undefined, report);
    }
  } catch (err) {
    report(err);
  }
}

/**
 * An interruptible sleep for one loop. A `wake()` that arrives while the loop is busy is
 * remembered, so the next `sleep()` returns at once (no lost wake-ups).
 */
export class Sleeper {
  private resolve: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private woken = false;

  /** Sleeps up to `ms` (forever when undefined) or until `wake()`. */
  sleep(ms?: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      this.resolve = resolve;
      if (ms !== undefined) this.timer = setTimeout(() => this.wake(), Math.max(0, ms));
    });
  }

  wake(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const resolve = this.resolve;
    this.resolve = null;
    if (resolve) resolve();
    else this.woken = true;
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
