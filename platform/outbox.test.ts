import type { BusEvent, EventBus } from './bus/port';
import { createMemoryBus } from './bus/memory';
import { silentLogger } from './logger';
import { createOutboxRelay, outboxOp, OUTBOX } from './outbox';
import { createMemoryStore } from './store/memory';
import type { BaseDocument } from './store/port';

/**
 * The transactional outbox: an event recorded with its change survives a publish that fails (the
 * process "crashes" between the write and the publish) and is delivered once by the next relay;
 * a change that is not written records no event; two relays never publish an event twice.
 */
const AT = '2026-11-30T10:00:00.000Z';

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
  const seen: BusEvent<{ orderId: string; eventId: string }>[] = [];
  await bus.subscribe<{ orderId: string; eventId: string }>('orders.order.placed', (e) => {
    seen.push(e);
  });
  const close = async () => {
    await bus.close();
    await store.close();
  };
  return { store, bus, seen, close };
}

it('an event whose publish failed is delivered once after a restart', async () => {
  const { store, bus, seen, close } = await setup();
  const write = await store.atomic([
    { kind: 'insert', collection: 'orders', doc: { _id: 'ord_1', status: 'CONFIRMED' } as BaseDocument },
    outboxOp('orders.order.placed', { orderId: 'ord_1' }, AT, 'evt_1'),
  ]);
  expect(write.ok).toBe(true);
  // The first process publishes after its write and dies doing it.
  const crashed = createOutboxRelay({ store, bus: deadBus(bus), logger: silentLogger });
  expect(await crashed.relay()).toBe(0);
  expect(seen).toEqual([]);
  expect(await store.collection('orders').findById('ord_1')).toMatchObject({ status: 'CONFIRMED' });
  expect(await store.collection(OUTBOX).findById('evt_1')).toMatchObject({ publishedAt: null });

  // After the restart (its lease expired), the relay delivers it: once, with its event id.
  const later = () => new Date(Date.now() + 60_000);
  const restarted = createOutboxRelay({ store, bus, logger: silentLogger, now: later });
  expect(await restarted.relay()).toBe(1);
  expect(await restarted.relay()).toBe(0);
  expect(seen.map((e) => e.payload)).toEqual([{ orderId: 'ord_1', eventId: 'evt_1' }]);
  await close();
});

it('a change that is not written records no event', async () => {
  const { store, bus, seen, close } = await setup();
  await store.collection<BaseDocument & { status: string }>('orders').insertOne({ _id: 'ord_2', status: 'CONFIRMED' });
  const refused = await store.atomic([
    {
      kind: 'update',
      collection: 'orders',
      filter: { _id: 'ord_2', status: 'PENDING' },
      update: { $set: { status: 'X' } },
    },
    outboxOp('orders.order.placed', { orderId: 'ord_2' }, AT, 'evt_2'),
  ]);
  expect(refused.ok).toBe(false);
  expect(await store.collection(OUTBOX).findById('evt_2')).toBeNull();
  expect(await createOutboxRelay({ store, bus, logger: silentLogger }).relay()).toBe(0);
  expect(seen).toEqual([]);
  await close();
});

it('relays on two instances publish each event once', async () => {
  const { store, bus, seen, close } = await setup();
  for (let i = 0; i < 50; i++) {
    await store.atomic([outboxOp('orders.order.placed', { orderId: `ord_${i}` }, AT, `evt_${i}`)]);
  }
  const a = createOutboxRelay({ store, bus, logger: silentLogger });
  const b = createOutboxRelay({ store, bus, logger: silentLogger });
  const [na, nb] = await Promise.all([a.relay(), b.relay()]);
  expect(na + nb).toBe(50);
  expect(new Set(seen.map((e) => e.payload.eventId)).size).toBe(50);
  expect(seen).toHaveLength(50);
  await close();
});
