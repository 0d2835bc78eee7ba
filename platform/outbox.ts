import { randomUUID } from 'node:crypto';
import type { EventBus } from './bus/port';
import type { Logger } from './logger';
import { periodic } from './periodic';
import type { BaseDocument, DocumentStore, WriteOp } from './store/port';

/**
 * A transactional outbox. A subgraph records each event in the same atomic write as the change it
 * describes (`outboxOp` in its `store.atomic` batch), so a change is never stored without its
 * event nor an event without its change; the relay then publishes what is recorded and marks it
 * published. A crash between the write and the publish loses nothing: the next relay (this
 * instance's timer, or any instance after a restart) publishes it. Delivery is at least once: a
 * crash between the publish and the mark publishes again, so every payload carries its `eventId`
 * for consumers to de-duplicate. Relays on several instances claim events with a compare-and-set
 * (a lease), so each event is normally published once.
 */
export const OUTBOX = 'outbox';

export interface OutboxDoc extends BaseDocument {
  topic: string;
  payload: Record<string, unknown>;
  createdAt: string;
  /** Null until published. */
  publishedAt: string | null;
  /** A relay holds it until then (a crashed relay's lease runs out). */
  leaseUntil: string | null;
  attempts: number;
}

/** The payload as published: the recorded one plus its event id (consumers de-duplicate by it). */
export type WithEventId<T> = T & { eventId: string };

/** The insert that records `payload` on `topic` in an atomic batch (the event id is new unless given). */
export function outboxOp<T extends object>(
  topic: string,
  payload: T,
  at: string,
  eventId: string = `evt_${randomUUID()}`,
): WriteOp {
  const doc: OutboxDoc = {
    _id: eventId,
    topic,
    payload: { ...(payload as Record<string, unknown>), eventId },
    createdAt: at,
    publishedAt: null,
    leaseUntil: null,
    attempts: 0,
  };
  return { kind: 'insert', collection: OUTBOX, doc };
}

const LEASE_MS = 30_000;

export function createOutboxRelay(deps: {
  store: DocumentStore;
  bus: EventBus;
  logger: Logger;
  now?: () => Date;
  intervalMs?: number;
  /** Events published per pass. */
  batch?: number;
}) {
  const { store, bus, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const outbox = store.collection<OutboxDoc>(OUTBOX);
  let running: Promise<number> | null = null;

  /** Publishes what is recorded and not yet published, oldest first; how many it published. */
  async function pass(): Promise<number> {
    const at = now();
    const due = await outbox.findAll(
      { publishedAt: null },
      { sort: { field: 'createdAt', direction: 1 }, limit: deps.batch ?? 200 },
    );
    let published = 0;
    for (const event of due) {
      if (event.leaseUntil && event.leaseUntil > at.toISOString()) continue; // another relay has it
      const lease = new Date(at.getTime() + LEASE_MS).toISOString();
      const claimed = await outbox.updateOne(
        { _id: event._id, publishedAt: null, leaseUntil: event.leaseUntil },
        { $set: { leaseUntil: lease }, $inc: { attempts: 1 } },
      );
      if (!claimed) continue;
      try {
        await bus.publish(event.topic, event.payload);
      } catch (err) {
        logger.warn({ eventId: event._id, topic: event.topic, err }, 'outbox event not published yet; will retry');
        continue; // the lease runs out and a later pass tries again
      }
      await outbox.updateOne({ _id: event._id }, { $set: { publishedAt: now().toISOString(), leaseUntil: null } });
      published++;
    }
    return published;
  }

  /** One pass at a time per instance; a flush during a pass waits for it and runs once more. */
  async function relay(): Promise<number> {
    while (running) await running.catch(() => 0);
    running = pass();
    try {
      return await running;
    } finally {
      running = null;
    }
  }

  const timer = periodic('outbox relay', relay, deps.intervalMs ?? 1000, logger);
  return {
    async init(): Promise<void> {
      await outbox.createIndex({ fields: ['publishedAt', 'createdAt'] });
    },
    /** Publishes pending events now (after a write, so events go out without waiting for the timer). */
    relay,
    start: () => timer.start(),
    stop: () => timer.stop(),
  };
}

export type OutboxRelay = ReturnType<typeof createOutboxRelay>;
