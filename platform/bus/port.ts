/**
 * The event-bus port. Two delivery kinds, because clients and domain reactions need
 * different guarantees:
 *
 * - `subscribe` is live fan-out (at-most-once, every subscriber on every instance gets each
 *   event published after it subscribed). Feeds GraphQL subscriptions.
 * - `consume` is durable, at-least-once delivery to a named consumer group: each event is
 *   handled by one member of the group, is retried until its handler resolves, and survives
 *   a restart of the process (and, with the Redis engine, of Redis when it persists). The
 *   memory engine keeps its log in process memory: it survives members restarting only.
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
  /**
   * Name of this member of the group. Defaults to a name unique to this `consume` call
   * (host, pid, random). Pass a stable name to have a restarted process resume its own
   * unacknowledged events at once instead of after `claimAfterMs`.
   */
  consumer?: string;
  /**
   * How long an unacknowledged event stays with a member before another may claim it
   * (also bounds how long a crashed member's events wait). Default 30000.
   */
  claimAfterMs?: number;
  /**
   * Handler invocations (across all members) before the event is moved to the group's
   * dead-letter list. Failed attempts are retried with exponential backoff. Default 10.
   */
  maxAttempts?: number;
}

export interface EventBus {
  readonly engine: 'memory' | 'redis';
  /** Payloads travel as JSON: handlers receive `JSON.parse(JSON.stringify(payload))`. */
  publish<T>(topic: string, payload: T): Promise<BusEvent<T>>;
  /** Resolves once the subscription is active: events published afterwards reach `handler`. */
  subscribe<T>(topic: string, handler: (event: BusEvent<T>) => void): Promise<Unsubscribe>;
  /**
   * Joins `options.group` (creating it if needed). A new group starts at the END of the log:
   * it receives events published after its creation, not earlier ones (`XGROUP CREATE ... $`).
   * The group keeps its position while no member runs. Resolves once the member is
   * registered; the returned function stops it and awaits its in-flight handler.
   */
  consume<T>(
    topic: string,
    options: ConsumeOptions,
    handler: (event: BusEvent<T>) => Promise<void>,
  ): Promise<Unsubscribe>;
  /** Events that exhausted `maxAttempts` for a group, oldest first. */
  deadLetters(topic: string, group: string): Promise<BusEvent[]>;
  ping(): Promise<void>;
  /**
   * Calls `listener` each time live subscriptions are restored after the connection to the
   * broker was lost (events published meanwhile were not delivered to them); returns how to stop.
   * The in-process bus never loses its connection.
   */
  onReconnect(listener: () => void): () => void;
  /** Stops every subscription and member, awaits in-flight handlers, releases connections. Idempotent. */
  close(): Promise<void>;
}
