import type { BusEvent, ConsumeOptions, EventBus, Unsubscribe } from './port';
import {
  type BusLogger,
  type ResolvedConsumeOptions,
  type RetryPolicy,
  DEFAULT_RETRY,
  Sleeper,
  callLiveHandler,
  encodePayload,
  errorMessage,
  noopLogger,
  requireName,
  resolveConsumeOptions,
  retryDelay,
} from './internal';
import {
  type Group,
  type LogEntry,
  type Member,
  type Topic,
  MemoryBroker,
  createMemoryBroker,
  pickWork,
  toEvent,
  wakeAll,
} from './memory-broker';

export { MemoryBroker, createMemoryBroker } from './memory-broker';

/**
 * The in-process engine (embedded default and tests); see `memory-broker.ts` for the
 * log/group model. Payloads are JSON round-tripped like on Redis, live handlers run on a
 * microtask after `publish`, and `consume` members work one event at a time.
 */

export interface MemoryBusOptions {
  /** Share one broker between buses to simulate several processes; default: a private one. */
  broker?: MemoryBroker;
  retry?: RetryPolicy;
  logger?: BusLogger;
}

export function createMemoryBus(options: MemoryBusOptions = {}): EventBus {
  const broker = options.broker ?? createMemoryBroker();
  const retry = options.retry ?? DEFAULT_RETRY;
  const logger = options.logger ?? noopLogger;
  const liveSubs = new Set<() => void>();
  const stoppers = new Set<() => Promise<void>>();
  let closed = false;

  const assertOpen = (): void => {
    if (closed) throw new Error('event bus is closed');
  };

  async function runMember<T>(
    topic: Topic,
    group: Group,
    member: Member,
    opts: ResolvedConsumeOptions,
    handler: (event: BusEvent<T>) => Promise<void>,
    isRunning: () => boolean,
  ): Promise<void> {
    while (isRunning()) {
      const now = Date.now();
      const work = pickWork(topic, group, member.name, opts.claimAfterMs, now);
      if (typeof work !== 'object') {
        await member.sleeper.sleep(work);
        continue;
      }
      const pending = work;
      const { entry } = pending;
      Object.assign(pending, { owner: member.name, deliveredAt: now, inFlight: true });
      pending.attempts += 1;
      try {
        await handler(toEvent<T>(entry));
        if (group.pending.get(entry.id) === pending) group.pending.delete(entry.id);
      } catch (err) {
        if (group.pending.get(entry.id) !== pending || pending.owner !== member.name) continue; // acked or claimed
        pending.inFlight = false;
        if (pending.attempts >= opts.maxAttempts) {
          group.pending.delete(entry.id);
          group.dead.push(entry);
          logger.warn(
            { err, topic: entry.topic, group: opts.group, eventId: entry.id, attempts: pending.attempts },
            'event bus: handler exhausted maxAttempts; event dead-lettered',
          );
        } else {
          pending.deliveredAt = Date.now();
          pending.retryAt = pending.deliveredAt + retryDelay(pending.attempts, retry);
          logger.warn(
            {
              topic: entry.topic,
              group: opts.group,
              eventId: entry.id,
              attempts: pending.attempts,
              error: errorMessage(err),
            },
            'event bus: handler failed; will retry',
          );
        }
      }
    }
  }

  return {
    engine: 'memory',

    onReconnect: () => () => undefined,

    async publish<T>(topic: string, payload: T): Promise<BusEvent<T>> {
      assertOpen();
      requireName('topic', topic);
      const entry = broker.append(topic, encodePayload(payload));
      return { id: entry.id, topic, payload, publishedAt: entry.publishedAt };
    },

    async subscribe<T>(topic: string, handler: (event: BusEvent<T>) => void): Promise<Unsubscribe> {
      assertOpen();
      requireName('topic', topic);
      let active = true;
      // Delivered on a microtask: publish never runs handlers re-entrantly, order is kept.
      const listener = (entry: LogEntry): void =>
        queueMicrotask(() => {
          if (active) callLiveHandler(handler, toEvent<T>(entry), logger);
        });
      const stop = (): void => {
        active = false;
        broker.topic(topic).live.delete(listener);
        liveSubs.delete(stop);
      };
      broker.topic(topic).live.add(listener);
      liveSubs.add(stop);
      return async () => stop();
    },

    async consume<T>(
      topicName: string,
      options: ConsumeOptions,
      handler: (event: BusEvent<T>) => Promise<void>,
    ): Promise<Unsubscribe> {
      assertOpen();
      requireName('topic', topicName);
      const opts = resolveConsumeOptions(options);
      const topic = broker.topic(topicName);
      const group = broker.group(topicName, opts.group);
      const member: Member = { name: opts.consumer, sleeper: new Sleeper() };
      // A restarted member picks its own pending events up at once.
      for (const pending of group.pending.values()) if (pending.owner === member.name) pending.retryAt = 0;
      group.members.add(member);
      let running = true;
      const loop = runMember(topic, group, member, opts, handler, () => running).finally(() => {
        group.members.delete(member);
        wakeAll(group); // its pending events are now orphans others may take
      });
      const stop = async (): Promise<void> => {
        running = false;
        member.sleeper.wake();
        await loop;
        stoppers.delete(stop);
      };
      stoppers.add(stop);
      return stop;
    },

    async deadLetters(topic: string, group: string): Promise<BusEvent[]> {
      assertOpen();
      return (broker.findGroup(topic, group)?.dead ?? []).map((entry) => toEvent(entry));
    },

    async ping(): Promise<void> {
      assertOpen();
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      for (const stop of [...liveSubs]) stop();
      await Promise.all([...stoppers].map((stop) => stop()));
    },
  };
}
