import type { BusEvent, EventBus } from './bus/port';
import { createMemoryBus } from './bus/memory';
import { silentLogger } from './logger';
import { createOutbox, recordEvents, type OutboxDoc } from './outbox';
import { createMemoryStore } from './store/memory';
import type { BaseDocument, DocumentStore } from './store/port';

/**
 * The transactional outbox: an event recorded with its change survives a publish that fails (the
 * process "crashes" between the write and the publish) and is delivered once by the next relay;
 * a change that is not written records no event; two relays never publish an entry twice; the
 * writer's own delivery is not repeated by the relay; a pointer is enriched at publish time.
 */
const T0 = Date.parse('2026-11-30T10:00:00.000Z');
const AT = new Date(T0).toISOString();
const COLLECTION = 'test_outbox';
const TOPIC = 'orders.order.placed';

/** A bus whose publish always fails, as if the process died right after the write. */
function deadBus(inner: EventBus): EventBus {
  return {
    ...inner,
    engine: inner.engine,
    publish: () => Promise.reject(new Error('crashed before publishing')),
  } as EventBus;
}

async function setup() {
  const store = createMemoryStore();
  const bus = createMemoryBus();
  const seen: BusEvent<{ orderId: string; eventId: string; state?: string }>[] = [];
  await bus.subscribe<{ orderId: string; eventId: string }>(TOPIC, (e) => {
    seen.push(e);
  });
  let clock = T0;
  const outboxOf = (b: EventBus, extra: Partial<Parameters<typeof createOutbox>[0]> = {}) =>
    createOutbox({ collection: COLLECTION, store, bus: b, logger: silentLogger, now: () => new Date(clock), ...extra });
  const close = async () => {
    await bus.close();
    await store.close();
  };
  return { store, bus, seen, outboxOf, advance: (ms: number) => (clock += ms), close };
}

const entryOf = (store: DocumentStore, id: string) => store.collection<OutboxDoc>(COLLECTION).findById(id);

it('an event whose publish failed is delivered once after a restart', async () => {
  const { store, bus, seen, outboxOf, advance, close } = await setup();
  const recorded = recordEvents(COLLECTION, [{ topic: TOPIC, payload: { orderId: 'ord_1', eventId: 'evt_1' } }], AT);
  const write = await store.atomic([
    { kind: 'insert', collection: 'orders', doc: { _id: 'ord_1', status: 'CONFIRMED' } as BaseDocument },
    recorded.op,
  ]);
  expect(write.ok).toBe(true);
  // The first process publishes after its write and dies doing it.
  const crashed = outboxOf(deadBus(bus));
  expect(await crashed.deliver(recorded)).toBe(false);
  expect(await crashed.relay()).toBe(0);
  expect(seen).toEqual([]);
  expect(await store.collection('orders').findById('ord_1')).toMatchObject({ status: 'CONFIRMED' });
  expect(await entryOf(store, recorded.id)).toMatchObject({ publishedAt: null });

  // After the restart (the crashed relay's lease ran out), the relay delivers it: once, with its event id.
  advance(60_000);
  const restarted = outboxOf(bus);
  expect(await restarted.relay()).toBe(1);
  expect(await restarted.relay()).toBe(0);
  expect(seen.map((e) => e.payload)).toEqual([{ orderId: 'ord_1', eventId: 'evt_1' }]);
  await close();
});

it('a change that is not written records no event', async () => {
  const { store, bus, seen, outboxOf, close } = await setup();
  await store.collection<BaseDocument & { status: string }>('orders').insertOne({ _id: 'ord_2', status: 'CONFIRMED' });
  const recorded = recordEvents(COLLECTION, [{ topic: TOPIC, payload: { orderId: 'ord_2' } }], AT);
  const refused = await store.atomic([
    {
      kind: 'update',
      collection: 'orders',
      filter: { _id: 'ord_2', status: 'PENDING' },
      update: { $set: { status: 'X' } },
    },
    recorded.op,
  ]);
  expect(refused.ok).toBe(false);
  expect(await entryOf(store, recorded.id)).toBeNull();
  expect(await outboxOf(bus).relay()).toBe(0);
  expect(seen).toEqual([]);
  await close();
});

it('relays on two instances publish each entry once', async () => {
  const { store, bus, seen, outboxOf, close } = await setup();
  for (let i = 0; i < 50; i++) {
    await store.atomic([recordEvents(COLLECTION, [{ topic: TOPIC, payload: { orderId: `ord_${i}` } }], AT).op]);
  }
  const [na, nb] = await Promise.all([outboxOf(bus).relay(), outboxOf(bus).relay()]);
  expect(na + nb).toBe(50);
  expect(new Set(seen.map((e) => e.payload.eventId)).size).toBe(50);
  expect(seen).toHaveLength(50);
  await close();
});

it("the writer's own delivery is final: the timer's relay leaves fresh entries to it and never repeats a delivered one", async () => {
  const { store, bus, seen, outboxOf, advance, close } = await setup();
  const outbox = outboxOf(bus, { graceMs: 5000 });
  const delivered = outbox.record([{ topic: TOPIC, payload: { orderId: 'ord_a' } }], AT);
  const pending = outbox.record([{ topic: TOPIC, payload: { orderId: 'ord_b' } }], AT);
  expect((await store.atomic([delivered.op, pending.op])).ok).toBe(true);
  expect(await outbox.deliver(delivered)).toBe(true);
  expect(seen.map((e) => e.payload.orderId)).toEqual(['ord_a']);
  expect(await entryOf(store, delivered.id)).toMatchObject({ publishedAt: AT });

  // Within the grace period the writer may still be publishing `pending`: the timer leaves it.
  await outbox.start();
  advance(1000);
  await new Promise((r) => setTimeout(r, 1100));
  expect(seen.map((e) => e.payload.orderId)).toEqual(['ord_a']);
  // Past it, the writer has evidently failed: the timer's relay publishes it, and only it.
  advance(10_000);
  await new Promise((r) => setTimeout(r, 1100));
  await outbox.stop();
  expect(seen.map((e) => e.payload.orderId)).toEqual(['ord_a', 'ord_b']);
  expect(seen[1]!.payload.eventId).toBe(pending.events[0]!.payload.eventId);
  await close();
});

it('a recorded pointer is enriched at publish time, and one enriched to nothing is dropped', async () => {
  const { store, bus, seen, outboxOf, close } = await setup();
  const state = new Map([['ord_c', 'SHIPPED']]);
  const outbox = outboxOf(bus, {
    enrich: async (e) => {
      const current = state.get(e.payload.orderId as string);
      return current ? { ...e.payload, state: current } : null;
    },
  });
  const recorded = outbox.record(
    [
      { topic: TOPIC, payload: { orderId: 'ord_c' } },
      { topic: TOPIC, payload: { orderId: 'ord_gone' } },
    ],
    AT,
  );
  expect((await store.atomic([recorded.op])).ok).toBe(true);
  expect(await outbox.relay()).toBe(1);
  expect(seen.map((e) => e.payload)).toEqual([
    { orderId: 'ord_c', state: 'SHIPPED', eventId: recorded.events[0]!.payload.eventId },
  ]);
  expect(await entryOf(store, recorded.id)).toMatchObject({ publishedAt: AT, leaseUntil: null, attempts: 1 });
  await close();
});

it('published entries are purged after the retention period; unpublished ones never are', async () => {
  const { store, bus, outboxOf, advance, close } = await setup();
  const outbox = outboxOf(bus, { retainMs: 60_000 });
  const published = outbox.record([{ topic: TOPIC, payload: { orderId: 'ord_p' } }], AT);
  const stuck = outboxOf(deadBus(bus)).record([{ topic: TOPIC, payload: { orderId: 'ord_s' } }], AT);
  expect((await store.atomic([published.op, stuck.op])).ok).toBe(true);
  expect(await outbox.deliver(published)).toBe(true);
  expect(await outbox.purge()).toBe(0); // not old enough yet
  advance(61_000);
  expect(await outbox.purge()).toBe(1);
  expect(await entryOf(store, published.id)).toBeNull();
  expect(await entryOf(store, stuck.id)).toMatchObject({ publishedAt: null });
  await close();
});

it('an entry holds 1 to 500 events', () => {
  expect(() => recordEvents(COLLECTION, [], AT)).toThrow(RangeError);
  const many = Array.from({ length: 501 }, (_, i) => ({ topic: TOPIC, payload: { orderId: `o${i}` } }));
  expect(() => recordEvents(COLLECTION, many, AT)).toThrow(RangeError);
});
