import { isConsistent } from './domain/level-ops';
import { startCatalog } from '../../test/support/catalog';
import { lineStatuses, useInventoryFixture } from '../../test/support/inventory';

/**
 * Re-route: some lines released and new ones held in one atomic step, all or nothing, idempotent
 * by key, and racing the sweeper.
 */
const t = useInventoryFixture();
const { advance, level, allLevels } = t;

// Fixture: every position onHand 10, committed 2, reserved 1, safetyStock 1 → available 6.
const { snapshot, orderHold, reservations, ledger } = t;
const statuses = lineStatuses;

describe('re-route', () => {
  it('releases a line and holds its replacement elsewhere in one step, recorded in the ledger', async () => {
    const res = await orderHold();
    const out = await t.inv.reroute({
      reservationId: res._id,
      release: ['ol-2'],
      add: [{ lineKey: 'ol-2b', sku: 'SKU-1-S', locationId: 'loc_dc_01', quantity: 2 }],
      reason: 'store rejected',
      idempotencyKey: 'reroute-ol-2',
    });
    expect(out).toMatchObject({
      ok: true,
      changed: true,
      reservation: { status: 'ACTIVE', releaseReason: 'store rejected' },
    });
    expect(out.ok && statuses(out.reservation)).toEqual({
      'ol-1': 'ACTIVE',
      'ol-2': 'RELEASED',
      'ol-3': 'ACTIVE',
      'ol-2b': 'ACTIVE',
    });
    expect(await level('SKU-1-S', 'loc_store_01')).toMatchObject({ reserved: 2, available: 5 });
    expect(await level('SKU-1-S', 'loc_dc_01')).toMatchObject({ reserved: 3, available: 4 });
    const entries = await ledger().findAll({ reservationId: res._id, type: { $in: ['RELEASE', 'RESERVE'] } });
    expect(entries.filter((e) => e.createdAt === t.now().toISOString() && e.type === 'RELEASE')).toHaveLength(1);
    expect(entries.filter((e) => e.type === 'RESERVE').map((e) => e.locationId)).toContain('loc_dc_01');

    // The same re-route again (a retry): unchanged, nothing moved twice.
    const after = await snapshot();
    const again = await t.inv.reroute({
      reservationId: res._id,
      release: ['ol-2'],
      add: [{ lineKey: 'ol-2b', sku: 'SKU-1-S', locationId: 'loc_dc_01', quantity: 2 }],
      reason: 'store rejected',
      idempotencyKey: 'reroute-ol-2',
    });
    expect(again).toMatchObject({ ok: true, changed: false });
    expect(await snapshot()).toEqual(after);
  });

  it('a new line short of stock changes nothing and reports every shortfall', async () => {
    const res = await orderHold();
    const before = await snapshot();
    const out = await t.inv.reroute({
      reservationId: res._id,
      release: ['ol-1', 'ol-3'],
      add: [
        { lineKey: 'n1', sku: 'SKU-1-M', locationId: 'loc_store_02', quantity: 7 },
        { lineKey: 'n2', sku: 'SKU-2-M', locationId: 'loc_dc_01', quantity: 1 },
        { lineKey: 'n3', sku: 'SKU-2-S', locationId: 'loc_store_02', quantity: 9 },
      ],
      reason: 'rebalance',
      idempotencyKey: 'reroute-short',
    });
    expect(out).toMatchObject({
      ok: false,
      code: 'INSUFFICIENT_STOCK',
      shortfalls: [
        { sku: 'SKU-1-M', locationId: 'loc_store_02', requested: 7, available: 6 },
        { sku: 'SKU-2-S', locationId: 'loc_store_02', requested: 9, available: 6 },
      ],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('counts the units a release frees at the same position', async () => {
    const res = await orderHold();
    // ol-3 holds 3 of SKU-2-S at the DC, 3 more are available: 6 fit once ol-3 is released, 7 do not.
    const short = await t.inv.reroute({
      reservationId: res._id,
      release: ['ol-3'],
      add: [{ lineKey: 'ol-3b', sku: 'SKU-2-S', locationId: 'loc_dc_01', quantity: 7 }],
      idempotencyKey: 'grow-7',
    });
    expect(short).toMatchObject({ ok: false, shortfalls: [{ requested: 7, available: 6 }] });
    const grown = await t.inv.reroute({
      reservationId: res._id,
      release: ['ol-3'],
      add: [{ lineKey: 'ol-3b', sku: 'SKU-2-S', locationId: 'loc_dc_01', quantity: 6 }],
      idempotencyKey: 'grow-6',
    });
    expect(grown).toMatchObject({ ok: true, changed: true });
    expect(await level('SKU-2-S', 'loc_dc_01')).toMatchObject({ reserved: 7, available: 0 });
  });

  it('refusals (unknown line, taken key, unknown SKU, finished reservation) change nothing', async () => {
    const res = await orderHold();
    const before = await snapshot();
    const base = { reservationId: res._id, idempotencyKey: 'bad' };
    expect(await t.inv.reroute({ ...base, release: ['nope'] })).toMatchObject({ code: 'UNKNOWN_LINE_KEY' });
    expect(
      await t.inv.reroute({
        ...base,
        add: [{ lineKey: 'ol-1', sku: 'SKU-1-M', locationId: 'loc_dc_01', quantity: 1 }],
      }),
    ).toMatchObject({ code: 'DUPLICATE_LINE_KEY' });
    expect(
      await t.inv.reroute({
        ...base,
        release: ['ol-1'],
        add: [{ sku: 'SKU-NOPE', locationId: 'loc_dc_01', quantity: 1 }],
      }),
    ).toMatchObject({ code: 'UNKNOWN_SKU', sku: 'SKU-NOPE' });
    expect(await t.inv.reroute({ ...base, reservationId: 'res_missing', release: ['ol-1'] })).toMatchObject({
      code: 'RESERVATION_NOT_FOUND',
    });
    await expect(t.inv.reroute({ ...base, release: [], add: [] })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await snapshot()).toEqual(before);
    await t.inv.release(res._id, 'cancelled');
    expect(await t.inv.reroute({ ...base, release: ['ol-1'] })).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('re-route racing the sweeper on a due hold: exactly one wins each round, nothing is left held', async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < 12; round++) {
      const r = await t.reserve(`due-${round}`, [t.line('SKU-1-S', 'loc_dc_01', 1)], 60);
      if (!r.ok) throw new Error('reserve failed');
      const id = r.reservation._id;
      // The re-router's clock is just before the expiry, the sweeper's (another instance) just after.
      advance(59);
      const sweeperClock = new Date(t.now().getTime() + 2000);
      const sweeper = (await startCatalog({ store: t.store, bus: t.bus, now: () => sweeperClock })).inventory;
      const yields = async (n: number) => {
        for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
      };
      // Alternate which side starts a few event-loop turns late, so both orders happen.
      const [rerouted, swept] = await Promise.all([
        yields(round % 2 ? 0 : 4 + (round % 3)).then(() =>
          t.inv.reroute({
            reservationId: id,
            release: [r.reservation.lines[0]!.lineKey],
            add: [{ lineKey: 'moved', sku: 'SKU-1-M', locationId: 'loc_dc_01', quantity: 1 }],
            idempotencyKey: `race-${round}`,
          }),
        ),
        yields(round % 2 ? 1 + (round % 3) : 0).then(() => sweeper.sweepExpired()),
      ]);
      const stored = (await reservations().findById(id))!;
      if (rerouted.ok) {
        // The re-route went first; its new line shares the hold's expiry, so the sweeper took it.
        outcomes.add('rerouted, then expired');
        expect(statuses(stored)).toEqual({ 'SKU-1-S@loc_dc_01': 'RELEASED', moved: 'EXPIRED' });
      } else {
        outcomes.add('expired first');
        expect(rerouted).toMatchObject({ code: 'INVALID_TRANSITION' });
        expect(statuses(stored)).toEqual({ 'SKU-1-S@loc_dc_01': 'EXPIRED' });
      }
      expect(swept).toBe(1);
      advance(1);
    }
    expect(outcomes.size).toBe(2);
    // Every hold ended: the positions are back where they started.
    expect(await level('SKU-1-S', 'loc_dc_01')).toMatchObject({ reserved: 1, available: 6 });
    expect(await level('SKU-1-M', 'loc_dc_01')).toMatchObject({ reserved: 1, available: 6 });
    for (const l of await allLevels()) expect(isConsistent(l)).toBe(true);
  });
});
