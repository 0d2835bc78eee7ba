import { createMemoryBus } from '../../platform/bus/memory';
import type { BusEvent, EventBus } from '../../platform/bus/port';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import type { DocumentStore } from '../../platform/store/port';
import { inProcessBindings } from '../registry';
import { buildCatalogSubgraph } from './index';
import { isConsistent } from './domain/level-ops';
import type { InventoryChangedEvent } from './events';
import { fixtureScenario } from '../../demo/fixture';
import { seedScenario } from '../seed';
import type { InventoryLevelDoc, ReservationDoc } from './model';
import type { InventoryService } from './service';

let clock = new Date('2026-11-01T12:00:00.000Z');
const advance = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));

export async function catalogInstance(store: DocumentStore, bus: EventBus) {
  const subgraph = buildCatalogSubgraph({
    store,
    bus,
    logger: silentLogger,
    now: () => clock,
    ...inProcessBindings({ store, bus, logger: silentLogger }),
  });
  await subgraph.init();
  return subgraph.inventory;
}

let store: DocumentStore;
let bus: EventBus;
let inv: InventoryService;
let events: BusEvent<InventoryChangedEvent>[];

beforeEach(async () => {
  clock = new Date('2026-11-01T12:00:00.000Z');
  store = createMemoryStore();
  bus = createMemoryBus();
  await seedScenario(store, fixtureScenario({ products: 2, onHand: 10 }));
  inv = await catalogInstance(store, bus);
  events = [];
  await bus.subscribe<InventoryChangedEvent>('catalog.inventory.changed', (e) => events.push(e));
});
afterEach(async () => {
  await bus.close();
  await store.close();
});

const level = async (sku: string, loc: string) =>
  (await store.collection<InventoryLevelDoc>('inventory_levels').findById(`${sku}@${loc}`))!;
const allLevels = () => store.collection<InventoryLevelDoc>('inventory_levels').findAll({});
const line = (sku: string, locationId: string, quantity: number) => ({ sku, locationId, quantity });
const reserve = (key: string, lines: ReturnType<typeof line>[], ttlSeconds = 900) =>
  inv.reserve({ kind: 'CART', ownerId: 'cart_1', idempotencyKey: key, lines, ttlSeconds });
const settle = () => new Promise((r) => setTimeout(r, 0));

// Fixture: every position onHand 10, committed 2, reserved 1, safetyStock 1 → available 6.
describe('reservations', () => {
  it('reserves all lines or none, reporting every shortfall at once', async () => {
    const before = await allLevels();
    const short = await reserve('k1', [
      line('SKU-1-S', 'loc_dc_01', 2),
      line('SKU-1-M', 'loc_dc_01', 9),
      line('SKU-2-S', 'loc_store_01', 7),
    ]);
    expect(short).toMatchObject({
      ok: false,
      code: 'INSUFFICIENT_STOCK',
      shortfalls: [
        { sku: 'SKU-1-M', locationId: 'loc_dc_01', requested: 9, available: 6 },
        { sku: 'SKU-2-S', locationId: 'loc_store_01', requested: 7, available: 6 },
      ],
    });
    expect(await allLevels()).toEqual(before);
    expect(await store.collection('reservations').count()).toBe(0);

    const ok = await reserve('k2', [line('SKU-1-S', 'loc_dc_01', 2), line('SKU-1-M', 'loc_dc_01', 6)]);
    expect(ok.ok).toBe(true);
    expect(await level('SKU-1-M', 'loc_dc_01')).toMatchObject({ available: 0, reserved: 7 });
    await settle();
    expect(events.map((e) => e.payload.cause.type)).toEqual(['RESERVE', 'RESERVE']);
  });

  it('is idempotent by key: same request → same reservation; different request → conflict; nothing twice', async () => {
    const a = await reserve('same', [line('SKU-1-S', 'loc_dc_01', 2)]);
    const b = await reserve('same', [line('SKU-1-S', 'loc_dc_01', 2)]);
    const c = await reserve('same', [line('SKU-1-S', 'loc_dc_01', 3)]);
    expect(a.ok && b.ok && b.replay && a.reservation._id === b.reservation._id).toBe(true);
    expect(c).toMatchObject({ ok: false, code: 'IDEMPOTENCY_CONFLICT' });
    expect((await level('SKU-1-S', 'loc_dc_01')).reserved).toBe(3);
  });

  it.each([
    [[line('SKU-NOPE', 'loc_dc_01', 1)], 'UNKNOWN_POSITION'],
    [[line('SKU-1-S', 'loc_store_03', 1)], 'UNKNOWN_POSITION'],
    [[line('SKU-1-S', 'loc_dc_01', 0)], 'INVALID_QUANTITY'],
    [[], 'INVALID_QUANTITY'],
  ])('rejects %j with %s and changes nothing', async (lines, code) => {
    const before = await allLevels();
    expect(await reserve('bad', lines)).toMatchObject({ ok: false, code });
    expect(await allLevels()).toEqual(before);
  });

  it('rejects a TTL out of range', async () => {
    expect(await reserve('ttl', [line('SKU-1-S', 'loc_dc_01', 1)], 1)).toMatchObject({
      ok: false,
      code: 'INVALID_TTL',
    });
  });

  it('commit → ship moves reserved → committed → gone from onHand, recorded as SALE movements', async () => {
    const r = await reserve('life', [line('SKU-1-S', 'loc_dc_01', 3)]);
    if (!r.ok) throw new Error('reserve failed');
    const id = r.reservation._id;
    expect(await inv.commit(id)).toMatchObject({ ok: true, reservation: { status: 'COMMITTED' } });
    expect(await level('SKU-1-S', 'loc_dc_01')).toMatchObject({ onHand: 10, reserved: 1, committed: 5, available: 3 });
    expect(await inv.ship(id)).toMatchObject({ ok: true, reservation: { status: 'SHIPPED' } });
    expect(await level('SKU-1-S', 'loc_dc_01')).toMatchObject({ onHand: 7, reserved: 1, committed: 2, available: 3 });
    expect(await inv.ship(id)).toMatchObject({ ok: true, changed: false });
    const sales = await store.collection('inventory_movements').findAll({ type: 'SALE' });
    expect(sales).toHaveLength(1);
  });

  it('invalid transitions are typed errors and change nothing', async () => {
    const r = await reserve('bad-transitions', [line('SKU-1-S', 'loc_dc_01', 3)]);
    if (!r.ok) throw new Error('reserve failed');
    const before = await allLevels();
    expect(await inv.ship(r.reservation._id)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    await inv.release(r.reservation._id, 'cart abandoned');
    const released = await allLevels();
    expect(await inv.commit(r.reservation._id)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await inv.extend(r.reservation._id, 60)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await allLevels()).toEqual(released);
    expect(released).not.toEqual(before);
    expect(await inv.commit('res_missing')).toMatchObject({ ok: false, code: 'RESERVATION_NOT_FOUND' });
  });

  it('release of a committed reservation returns the units (order cancelled)', async () => {
    const r = await reserve('cancel', [line('SKU-2-M', 'loc_store_01', 4)]);
    if (!r.ok) throw new Error('reserve failed');
    await inv.commit(r.reservation._id);
    await inv.release(r.reservation._id, 'order cancelled');
    expect(await level('SKU-2-M', 'loc_store_01')).toMatchObject({
      onHand: 10,
      available: 6,
      committed: 2,
      reserved: 1,
    });
  });

  it('expires holds after their TTL (sweeper), extends them, and several sweepers expire each exactly once', async () => {
    const short = await reserve('short', [line('SKU-1-S', 'loc_dc_01', 2)], 60);
    const long = await reserve('long', [line('SKU-1-S', 'loc_dc_01', 2)], 60);
    if (!short.ok || !long.ok) throw new Error('reserve failed');
    expect(await inv.extend(long.reservation._id, 600)).toMatchObject({ ok: true });
    advance(61);
    const others = await Promise.all([
      catalogInstance(store, bus),
      catalogInstance(store, bus),
      catalogInstance(store, bus),
    ]);
    const expired = await Promise.all([inv, ...others].map((i) => i.sweepExpired()));
    expect(expired.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await store.collection<ReservationDoc>('reservations').findById(short.reservation._id))!.status).toBe(
      'EXPIRED',
    );
    expect(await level('SKU-1-S', 'loc_dc_01')).toMatchObject({ reserved: 3, available: 4 });
    advance(600);
    expect(await inv.sweepExpired()).toBe(1);
    expect(await level('SKU-1-S', 'loc_dc_01')).toMatchObject({ reserved: 1, available: 6 });
    expect(await inv.extend(long.reservation._id, 600)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });
});

describe('reservation concurrency (in-memory engine)', () => {
  it('1,000 concurrent reservers racing for 6 units: exactly 6 reserved, never oversold, no stray hold after release and expiry', async () => {
    const N = 1000;
    const sku = 'SKU-1-S';
    const loc = 'loc_store_01';
    const states: InventoryLevelDoc[] = [];
    const stop = await bus.subscribe<InventoryChangedEvent>('catalog.inventory.changed', () => undefined);
    const racers = Array.from({ length: N }, (_, i) =>
      reserve(`race-${i}`, [line(sku, loc, 1)], 30 + (i % 3) * 30).then(async (r) => {
        states.push(await level(sku, loc));
        return r;
      }),
    );
    const results = await Promise.all(racers);
    await stop();
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(6);
    expect(results.filter((r) => !r.ok && r.code === 'INSUFFICIENT_STOCK')).toHaveLength(N - 6);
    for (const s of states) {
      expect(s.available).toBeGreaterThanOrEqual(0);
      expect(isConsistent(s)).toBe(true);
    }
    expect(await level(sku, loc)).toMatchObject({ available: 0, reserved: 7, onHand: 10 });
    // Every published state is consistent and the sequence has no gaps.
    await settle();
    const seqs = events.map((e) => e.payload.sequence);
    expect(seqs).toEqual(Array.from({ length: 6 }, (_, i) => 2 + i));
    // Release half, let the rest expire: the position returns exactly to where it started.
    const ids = winners.map((r) => (r.ok ? r.reservation._id : ''));
    await Promise.all(ids.slice(0, 3).map((id) => inv.release(id, 'abandoned')));
    advance(3600);
    await Promise.all([inv.sweepExpired(), inv.sweepExpired()]);
    expect(await level(sku, loc)).toMatchObject({ available: 6, reserved: 1, onHand: 10 });
    const active = await store.collection<ReservationDoc>('reservations').count({ status: 'ACTIVE' });
    expect(active).toBe(0);
  });

  it('multi-line reservers racing over shared positions never oversell any of them', async () => {
    const positions = [
      line('SKU-1-S', 'loc_dc_01', 1),
      line('SKU-1-M', 'loc_dc_01', 1),
      line('SKU-2-S', 'loc_dc_01', 1),
    ];
    const results = await Promise.all(
      Array.from({ length: 600 }, (_, i) =>
        reserve(
          `multi-${i}`,
          [positions[i % 3]!, positions[(i + 1) % 3]!].map((p) => ({ ...p, quantity: 1 + (i % 2) })),
        ),
      ),
    );
    const reserved = new Map<string, number>();
    for (const r of results)
      if (r.ok) for (const l of r.reservation.lines) reserved.set(l.sku, (reserved.get(l.sku) ?? 0) + l.quantity);
    for (const p of positions) {
      const l = await level(p.sku, p.locationId);
      expect(isConsistent(l)).toBe(true);
      expect(l.reserved - 1).toBe(reserved.get(p.sku) ?? 0);
      expect(reserved.get(p.sku) ?? 0).toBeLessThanOrEqual(6);
    }
  });
});

describe('reservation sweeper', () => {
  it('runs on its own once started and releases expired holds', async () => {
    const catalog = buildCatalogSubgraph({
      store,
      bus,
      logger: silentLogger,
      now: () => clock,
      ...inProcessBindings({ store, bus, logger: silentLogger }),
      sweepIntervalMs: 10,
    });
    await catalog.init();
    const r = await catalog.inventory.reserve({
      kind: 'CART',
      ownerId: 'c',
      idempotencyKey: 'auto',
      lines: [line('SKU-1-S', 'loc_dc_01', 2)],
      ttlSeconds: 30,
    });
    if (!r.ok) throw new Error('reserve failed');
    await catalog.start!();
    try {
      advance(31);
      const deadline = Date.now() + 5000;
      let status = 'ACTIVE';
      while (status === 'ACTIVE' && Date.now() < deadline) {
        await new Promise((res) => setTimeout(res, 10));
        status = (await store.collection<ReservationDoc>('reservations').findById(r.reservation._id))!.status;
      }
      expect(status).toBe('EXPIRED');
      expect(await level('SKU-1-S', 'loc_dc_01')).toMatchObject({ reserved: 1, available: 6 });
    } finally {
      await catalog.stop!();
    }
  });
});

describe('reservation retention', () => {
  it('purges finished reservations after the retention period, never active or committed ones', async () => {
    const keep = await reserve('keep-active', [line('SKU-1-S', 'loc_dc_01', 1)], 7 * 24 * 3600);
    const committed = await reserve('keep-committed', [line('SKU-1-S', 'loc_dc_01', 1)]);
    const released = await reserve('purge-released', [line('SKU-1-S', 'loc_dc_01', 1)]);
    if (!keep.ok || !committed.ok || !released.ok) throw new Error('reserve failed');
    await inv.commit(committed.reservation._id);
    await inv.release(released.reservation._id, 'abandoned');
    const levelsBefore = await allLevels();
    advance(6 * 24 * 3600);
    expect(await inv.purgeFinished()).toBe(0);
    advance(2 * 24 * 3600);
    expect(await inv.purgeFinished()).toBe(1);
    const left = await store.collection<ReservationDoc>('reservations').findAll({});
    expect(left.map((r) => r.status).sort()).toEqual(['ACTIVE', 'COMMITTED']);
    expect(await allLevels()).toEqual(levelsBefore);
  });
});
