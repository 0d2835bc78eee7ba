import type { BusLogger } from './internal';
import { createMemoryBus } from './memory';
import type { EventBus } from './port';
import { createRedisBus } from './redis';

export type { BusEvent, ConsumeOptions, EventBus, Unsubscribe } from './port';
export type { BusLogger, RetryPolicy } from './internal';
export { createMemoryBus, createMemoryBroker, MemoryBroker } from './memory';
export type { MemoryBusOptions } from './memory';
export { createRedisBus } from './redis';
export type { RedisBusOptions } from './redis';

export interface CreateEventBusOptions {
  /** Redis URL; null selects the in-memory engine (single process, not durable across restarts). */
  redisUrl: string | null;
  keyPrefix?: string;
  logger?: BusLogger;
}

/** The configured engine: Redis when a URL is set, else memory. */
export async function createEventBus(opts: CreateEventBusOptions): Promise<EventBus> {
  if (opts.redisUrl) {
    return createRedisBus(opts.redisUrl, {
      ...(opts.keyPrefix !== undefined ? { keyPrefix: opts.keyPrefix } : {}),
      ...(opts.logger ? { logger: opts.logger } : {}),
    });
  }
  return createMemoryBus(opts.logger ? { logger: opts.logger } : {});
}
