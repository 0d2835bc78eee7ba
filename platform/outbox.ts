import { randomUUID } from 'node:crypto';
import type { EventBus } from './bus/port';
import type { Logger } from './logger';
import { periodic } from './periodic';
import type { BaseDocument, DocumentStore, WriteOp } from './store/port';

/**
 * A transactional outbox. A subgraph records the events of a change in the same atomic write as
 * the change (`outbox.record(...).op` in its `store.atomic` batch), so a change is never stored
 * without its events nor an event without its change. Then either:
 * - the use case publishes them itself right after the write (`deliver`, with the exact payloads
 *   the write produced, e.g. a position's new quantities) and marks the entry published; or
 * - it asks the relay to publish what is pending (`relay`).
 * A crash (or a failed publish) between the write and the mark loses nothing: the relay's timer,
 * on this instance or any other after a restart, publishes every entry left unpublished for longer
 * than `graceMs`, asking `enrich` first for the payload to publish when the recorded one is only a
 * pointer (catalog records which position changed; the state is read at publish time).
 *
 * Delivery is at least once: a crash between the publish and the mark publishes again, so every
 * payload carries its `eventId` for consumers to de-duplicate. Relays on several instances claim
 * entries with a compare-and-set (a lease), so the relay publishes each entry once; the grace
 * period keeps it off entries whose writer is publishing them at that moment.
 */

/** One event of an entry: its topic and payload (with the event's id). */
export interface OutboxEvent {
  topic: string;
  payload: Record<string, unknown> & { eventId: string };
}

export interface OutboxDoc extends BaseDocument {
  /** The events of one change, published in this order. */
  events: OutboxEvent[];
  createdAt: string;
  /** Null until published. */
  publishedAt: string | null;
  /** A relay holds it until then (a crashed relay's lease runs out). */
  leaseUntil: string | null;
  attempts: number;
}

/** A recorded entry: the op that writes it with the change, and its events (with their ids). */
export interface RecordedEvents {
  id: string;
  op: WriteOp;
  events: OutboxEvent[];
}

export const newEventId = (): string => `evt_${randomUUID()}`;

/** The most events one entry holds (a change touching more positions records several entries). */
export const MAX_EVENTS_PER_ENTRY = 500;

export interface OutboxOptions {
  /** The subgraph's own collection (each subgraph relays only its own events). */
  collection: string;
  store: DocumentStore;
  bus: EventBus;
  logger: Logger;
  now?: () => Date;
  /** How often the relay looks for unpublished entries (ms, default 1000). */
  intervalMs?: number;
  /** Entries per pass (default 200). */
  batch?: number;
  /** The timer leaves entries younger than this to their writer (ms, default 5000). */
  graceMs?: number;
  /** Published entries are deleted after this (ms, default one hour). */
  retainMs?: number;
  /** The payload to publish for a recorded event (null: nothing to publish any more). */
  enrich?: (event: OutboxEvent) => Promise<OutboxEvent['payload'] | null>;
}

let recordedHere = 0;
/**
 * Entry ids sort in the order entries were recorded: by `at`, then (within one process) by a
 * counter; the relay publishes in that order.
 */
function entryId(at: string): string {
  const ms = String(Date.parse(at) || 0).padStart(15, '0');
  recordedHere = (recordedHere + 1) % 1e9;
  return `obx_${ms}_${String(recordedHere).padStart(9, '0')}_${randomUUID().slice(0, 8)}`;
}

/**
 * The entry recording `events` (1..MAX_EVENTS_PER_ENTRY) in `collection`, to add to the change's
 * atomic batch. Each event gets a new id unless its payload has one.
 */
export function recordEvents(
  collection: string,
  events: readonly { topic: string; payload: object }[],
  at: string,
): RecordedEvents {
  if (events.length === 0 || events.length > MAX_EVENTS_PER_ENTRY) {
    throw new RangeError(`an outbox entry holds 1 to ${MAX_EVENTS_PER_ENTRY} events`);
  }
  const recorded = events.map(({ topic, payload }): OutboxEvent => {
    const p = payload as Record<string, unknown>;
    const eventId = typeof p.eventId === 'string' ? p.eventId : newEventId();
    return { topic, payload: { ...p, eventId } };
  });
  const doc: OutboxDoc = {
    _id: entryId(at),
    events: recorded,
    createdAt: at,
    publishedAt: null,
    leaseUntil: null,
    attempts: 0,
  };
  return { id: doc._id, op: { kind: 'insert', collection, doc }, events: recorded };
}

const LEASE_MS = 30_000;

export function createOutbox(options: OutboxOptions) {
  const { store, bus, logger, collection } = options;
  const now = options.now ?? (() => new Date());
  const entries = store.collection<OutboxDoc>(collection);
  const graceMs = options.graceMs ?? 5000;
  const retainMs = options.retainMs ?? 3_600_000;
  let running: Promise<number> | null = null;

  async function publishAll(events: readonly OutboxEvent[]): Promise<void> {
    for (const event of events) await bus.publish(event.topic, event.payload);
  }

  /** Publishes pending entries in the order they were recorded (only those older than `minAgeMs`); how many. */
  async function pass(minAgeMs: number): Promise<number> {
    const at = now();
    const due = await entries.findAll(
      { publishedAt: null, createdAt: { $lte: new Date(at.getTime() - minAgeMs).toISOString() } },
      { sort: { field: '_id', direction: 1 }, limit: options.batch ?? 200 },
    );
    let published = 0;
    for (const entry of due) {
      if (entry.leaseUntil && entry.leaseUntil > at.toISOString()) continue; // another relay has it
      const lease = new Date(at.getTime() + LEASE_MS).toISOString();
      const claimed = await entries.updateOne(
        { _id: entry._id, publishedAt: null, leaseUntil: entry.leaseUntil },
        { $set: { leaseUntil: lease }, $inc: { attempts: 1 } },
      );
      if (!claimed) continue;
      try {
        const ready: OutboxEvent[] = [];
        for (const event of entry.events) {
          const payload = options.enrich ? await options.enrich(event) : event.payload;
          if (payload) ready.push({ topic: event.topic, payload: { ...payload, eventId: event.payload.eventId } });
        }
        await publishAll(ready);
      } catch (err) {
        logger.warn({ entryId: entry._id, err }, 'outbox entry not published yet; will retry');
        continue; // the lease runs out and a later pass tries again
      }
      await entries.updateOne({ _id: entry._id }, { $set: { publishedAt: now().toISOString(), leaseUntil: null } });
      published++;
    }
    return published;
  }

  /** Deletes published entries older than `retainMs` (at most one batch per call). */
  async function purge(): Promise<number> {
    const before = new Date(now().getTime() - retainMs).toISOString();
    const old = await entries.findAll({ publishedAt: { $lt: before } }, { limit: options.batch ?? 200 });
    let purged = 0;
    for (const entry of old) if (await entries.deleteOne({ _id: entry._id, publishedAt: entry.publishedAt })) purged++;
    return purged;
  }

  /** One pass at a time per instance; a call during a pass waits for it and runs once more. */
  async function exclusive(minAgeMs: number): Promise<number> {
    while (running) await running.catch(() => 0);
    running = pass(minAgeMs);
    try {
      return await running;
    } finally {
      running = null;
    }
  }

  const timer = periodic(
    `${collection} relay`,
    async () => {
      await exclusive(graceMs);
      await purge();
    },
    options.intervalMs ?? 1000,
    logger,
  );

  return {
    collection,
    async init(): Promise<void> {
      await entries.createIndex({ fields: ['publishedAt', 'createdAt'] });
    },

    /** The entry recording `events`, to add to the change's atomic batch (`recordEvents`). */
    record: (events: readonly { topic: string; payload: object }[], at: string) => recordEvents(collection, events, at),

    /**
     * After the write: publishes `events` (default: those recorded) and marks the entry published.
     * A publish that fails is logged and left to the relay (the entry stays unpublished).
     */
    async deliver(entry: RecordedEvents, events: readonly OutboxEvent[] = entry.events): Promise<boolean> {
      try {
        await publishAll(events);
      } catch (err) {
        logger.warn({ entryId: entry.id, err }, 'outbox entry not published yet; the relay will');
        return false;
      }
      try {
        await entries.updateOne({ _id: entry.id, publishedAt: null }, { $set: { publishedAt: now().toISOString() } });
      } catch (err) {
        // Published but not marked: the relay publishes it again (consumers de-duplicate by event id).
        logger.warn({ entryId: entry.id, err }, 'outbox entry published but not marked');
      }
      return true;
    },

    /** Publishes every pending entry now, whatever its age; how many it published. */
    relay: () => exclusive(0),
    purge,
    start: () => timer.start(),
    stop: () => timer.stop(),
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
