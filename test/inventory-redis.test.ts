import { fixtureScenario } from '../demo/fixture';
import { createRedisBus } from '../platform/bus/redis';
import type { BusEvent, EventBus } from '../platform/bus/port';
import { createMemoryStore } from '../platform/store/memory';
import type { DocumentStore } from '../platform/store/port';
import { isConsistent } from '../subgraphs/catalog/domain/level-ops';
import type { InventoryChangedEvent, ReservationChangedEvent } from '../subgraphs/catalog/events';
import type { InventoryLevelDoc, ReservationDoc } from '../subgraphs/catalog/model';
import { seedScenario } from '../subgraphs/seed';
import { startCatalog } from './support/catalog';
import { describeWithRedis } from './support/redis';

/**
 * The inventory ledger with its Redis-backed parts on a real Redis: two catalog instances (as two
 * processes would be, each with its own Redis connections) race 1,000 reservers for a handful of
 * units; stock events fan out through Redis to a third observer.
 */
const SKU = 'SKU-1-S';
const LOC = 'loc_store_01';

let store: DocumentStore;
let buses: EventBus[] = [];
let clock = new Date('2026-11-01T12:00:00.000Z');

async function instance(bus: EventBus) {
  return (await startCatalog({ store, bus, now: () => clock })).inventory;
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for events');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describeWithRedis('inventory on Redis', (redis) => {
  beforeEach(async () => {
    clock = new Date('2026-11-01T12:00:00.000Z');
    store = createMemoryStore();
    await seedScenario(store, fixtureScenario({ products: 1, onHand: 10 }));
    buses = await Promise.all(
      [0, 1, 2].map(() => createRedisBus(redis.url, { keyPrefix: `test-inv:${process.pid}:` })),
    );
  });
  afterEach(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await store.close();
  });

  it('1,000 reservers on two instances race for 6 units: exactly 6 win, the event sequence has no gap, holds expire cleanly', async () => {
    const [a, b] = await Promise.all([instance(buses[0]!), instance(buses[1]!)]);
    const seen: BusEvent<InventoryChangedEvent>[] = [];
    const stop = await buses[2]!.subscribe<InventoryChangedEvent>('catalog.inventory.changed', (e) => {
      if (e.payload.sku === SKU && e.payload.locationId === LOC) seen.push(e);
    });
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        (i % 2 ? a : b).reserve({
          kind: 'CART',
          ownerId: `cart_${i}`,
          idempotencyKey: `redis-race-${i}`,
          lines: [{ sku: SKU, locationId: LOC, quantity: 1 }],
          ttlSeconds: 60,
        }),
      ),
    );
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(6);
    expect(results.filter((r) => !r.ok && r.code === 'INSUFFICIENT_STOCK')).toHaveLength(994);
    const level = (await store.collection<InventoryLevelDoc>('inventory_levels').findById(`${SKU}@${LOC}`))!;
    expect(level).toMatchObject({ onHand: 10, available: 0, reserved: 7 });
    expect(isConsistent(level)).toBe(true);

    await until(() => seen.some((e) => e.payload.sequence === level.sequence));
    // Two instances publish on two connections, so arrival order may interleave; `sequence` orders them.
    const sequences = seen.map((e) => e.payload.sequence).sort((x, y) => x - y);
    expect(sequences).toEqual(Array.from({ length: sequences.length }, (_, i) => sequences[0]! + i));
    for (const e of seen) {
      const p = e.payload;
      expect(p.available).toBeGreaterThanOrEqual(0);
      expect(p.onHand).toBe(p.available + p.committed + p.reserved + p.damaged + p.safetyStock + p.qualityControl);
    }

    // Both instances sweep at once after expiry: every hold is released exactly once.
    clock = new Date(clock.getTime() + 61_000);
    const expired = await Promise.all([a.sweepExpired(), b.sweepExpired(), a.sweepExpired()]);
    expect(expired.reduce((x, y) => x + y, 0)).toBe(6);
    const after = (await store.collection<InventoryLevelDoc>('inventory_levels').findById(`${SKU}@${LOC}`))!;
    expect(after).toMatchObject({ onHand: 10, available: 6, reserved: 1 });
    expect(await store.collection<ReservationDoc>('reservations').count({ status: 'ACTIVE' })).toBe(0);
    await until(() => seen.some((e) => e.payload.sequence === after.sequence));
    expect(seen.find((e) => e.payload.sequence === after.sequence)!.payload).toMatchObject({
      available: 6,
      reserved: 1,
    });
    await stop();
  });

  it('two instances move different lines of one order hold at once: both apply, and the events carry every line', async () => {
    const [a, b] = await Promise.all([instance(buses[0]!), instance(buses[1]!)]);
    const changes: ReservationChangedEvent[] = [];
    const stop = await buses[2]!.subscribe<ReservationChangedEvent>('catalog.reservation.changed', (e) => {
      changes.push(e.payload);
    });
    const held = await a.reserve({
      kind: 'ORDER',
      ownerId: 'ord_r1',
      idempotencyKey: 'redis-order-1',
      lines: [
        { lineKey: 'l1', sku: SKU, locationId: LOC, quantity: 1 },
        { lineKey: 'l2', sku: SKU, locationId: LOC, quantity: 2 },
        { lineKey: 'l3', sku: SKU, locationId: 'loc_dc_01', quantity: 1 },
      ],
    });
    if (!held.ok) throw new Error('reserve failed');
    const id = held.reservation._id;
    const [committed, rerouted] = await Promise.all([
      a.commit(id, { lineKeys: ['l1'], idempotencyKey: 'accept-l1' }),
      b.reroute({
        reservationId: id,
        release: ['l2'],
        add: [{ lineKey: 'l2b', sku: SKU, locationId: 'loc_dc_01', quantity: 2 }],
        idempotencyKey: 'reroute-l2',
      }),
    ]);
    expect(committed).toMatchObject({ ok: true, changed: true });
    expect(rerouted).toMatchObject({ ok: true, changed: true });
    const stored = (await store.collection<ReservationDoc>('reservations').findById(id))!;
    expect(stored.lines.map((l) => [l.lineKey, l.status])).toEqual([
      ['l1', 'COMMITTED'],
      ['l2', 'RELEASED'],
      ['l3', 'ACTIVE'],
      ['l2b', 'ACTIVE'],
    ]);
    const levels = store.collection<InventoryLevelDoc>('inventory_levels');
    expect(await levels.findById(`${SKU}@${LOC}`)).toMatchObject({ reserved: 1, committed: 3, available: 5 });
    expect(await levels.findById(`${SKU}@loc_dc_01`)).toMatchObject({ reserved: 4, available: 3 });
    await until(() => changes.length >= 3);
    const lineStatus = (key: string, status: string) =>
      changes.some((c) => c.lines.some((l) => l.lineKey === key && l.status === status));
    expect(changes.map((c) => c.status)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
    expect([lineStatus('l1', 'COMMITTED'), lineStatus('l2', 'RELEASED'), lineStatus('l2b', 'ACTIVE')]).toEqual([
      true,
      true,
      true,
    ]);
    await stop();
  });
});
