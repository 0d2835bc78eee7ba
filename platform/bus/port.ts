/**
 * The event-bus port. Two delivery kinds, because clients and domain reactions need
 * different guarantees:
 *
 * - `subscribe` is live fan-out (at-most-once, every subscriber on every instance gets each
 *   event published after it subscribed). Feeds GraphQL subscriptions.
 * - `consume` is durable, at-least-once delivery to a named consumer group: each event is
 *   handled by one member of the group, is retried until its handler resolves, and survives
 *   a restart of the process (and, with the Redis engine, of Redis when it persists).
 *   Handlers must be idempotent (they get the event id to de-duplicate).
 *
 * `publish` feeds both: every published event is delivered live and appended to the topic's
 * durable log.
 */

export interface BusEvent<T = unknown> {
  /** Unique per event (engine-assigned), stable across redeliveries. */
  id: string;
  topic: string;
  payload: T;
  /** ISO-8601 time of publication. */
  publishedAt: string;
}

export type Unsubscribe = () => Promise<void>;

export interface ConsumeOptions {
  /** Consumer group name, e.g. `attribution.order-placed`. */
  group: string;
  /** Name of this member of the group (defaults to a per-process unique name). */
  consumer?: string;
  /** How long an unacknowledged event stays with a member before another may claim it. */
  claimAfterMs?: number;
  /** Attempts before an event is moved to the topic's dead-letter list. Default 10. */
  maxAttempts?: number;
}

export interface EventBus {
  readonly engine: 'memory' | 'redis';
  publish<T>(topic: string, payload: T): Promise<BusEvent<T>>;
  subscribe<T>(topic: string, handler: (event: BusEvent<T>) => void): Promise<Unsubscribe>;
  consume<T>(
    topic: string,
    options: ConsumeOptions,
    handler: (event: BusEvent<T>) => Promise<void>,
  ): Promise<Unsubscribe>;
  /** Events that exhausted `maxAttempts` for a group, oldest first. */
  deadLetters(topic: string, group: string): Promise<BusEvent[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
