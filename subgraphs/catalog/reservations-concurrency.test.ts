import { isConsistent } from './domain/level-ops';
import type { InventoryChangedEvent } from './events';
import type { InventoryLevelDoc, ReservationDoc } from './model';
import { useInventoryFixture } from '../../test/support/inventory';

const t = useInventoryFixture();
const { advance, level, allLevels, line, reserve, settle } = t;

describe('reservation concurrency (in-memory engine)', () => {
  it('1,000 concurrent reservers racing for 6 units: exactly 6 reserved, never oversold, no stray hold after release and expiry', async () => {
    const N = 1000;
    const sku = 'SKU-1-S';
    const loc = 'loc_store_01';
    const states: InventoryLevelDoc[] = [];
    const stop = await t.bus.subscribe<InventoryChangedEvent>('catalog.inventory.changed', () => undefined);
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
    const seqs = t.events.map((e) => e.payload.sequence);
    expect(seqs).toEqual(Array.from({ length: 6 }, (_, i) => 2 + i));
    // Release half, let the rest expire: the position returns exactly to where it started.
    const ids = winners.map((r) => (r.ok ? r.reservation._id : ''));
    await Promise.all(ids.slice(0, 3).map((id) => t.inv.release(id, 'abandoned')));
    advance(3600);
    await Promise.all([t.inv.sweepExpired(), t.inv.sweepExpired()]);
    expect(await level(sku, loc)).toMatchObject({ available: 6, reserved: 1, onHand: 10 });
    const active = await t.store.collection<ReservationDoc>('reservations').count({ status: 'ACTIVE' });
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
    const catalog = await t.catalogInstance({ sweepIntervalMs: 10 });
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
        status = (await t.store.collection<ReservationDoc>('reservations').findById(r.reservation._id))!.status;
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
    await t.inv.commit(committed.reservation._id);
    await t.inv.release(released.reservation._id, 'abandoned');
    const levelsBefore = await allLevels();
    advance(6 * 24 * 3600);
    expect(await t.inv.purgeFinished()).toBe(0);
    advance(2 * 24 * 3600);
    expect(await t.inv.purgeFinished()).toBe(1);
    const left = await t.store.collection<ReservationDoc>('reservations').findAll({});
    expect(left.map((r) => r.status).sort()).toEqual(['ACTIVE', 'COMMITTED']);
    expect(await allLevels()).toEqual(levelsBefore);
  });
});
