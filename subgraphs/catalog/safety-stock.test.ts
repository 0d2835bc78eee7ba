import { isConsistent, STOCK_STATES } from './domain/level-ops';
import type { InventoryLevelDoc, ReservationLineRequest, StockState } from './model';
import { useInventoryFixture } from '../../test/support/inventory';

/**
 * Holds that may take safety stock (`allowSafetyStock`): available first, then safety stock, given
 * back on release or expiry, gone when shipped; every position stays consistent, the ledger still
 * explains it, and racing holds never take more than available + safety stock.
 */
const t = useInventoryFixture();
const { level, snapshot, ledger, advance } = t;

// Fixture: every position onHand 10, committed 2, reserved 1, safetyStock 1 → available 6.
const SKU = 'SKU-1-S';
const LOC = 'loc_store_01';
const SEEDED = { onHand: 10, committed: 2, reserved: 1, safetyStock: 1, damaged: 0, qualityControl: 0 };
const lines = (quantity: number, lineKey = 'l1', locationId = LOC): ReservationLineRequest[] => [
  { lineKey, sku: SKU, locationId, quantity },
];
const hold = (
  key: string,
  quantity: number,
  allowSafetyStock: boolean | null = true,
  ttlSeconds: number | null = null,
) =>
  t.inv.reserve({
    kind: 'ORDER',
    ownerId: 'ord',
    idempotencyKey: key,
    lines: lines(quantity),
    ttlSeconds,
    allowSafetyStock,
  });

/** The ledger of a seeded position explains its change since the seed. */
async function ledgerExplains(current: InventoryLevelDoc) {
  const since = Object.fromEntries(STOCK_STATES.map((s) => [s, 0])) as Record<StockState, number>;
  for (const entry of await ledger().findAll({ sku: current.sku, 'effects.locationId': current.locationId })) {
    for (const fx of entry.effects.filter((e) => e.locationId === current.locationId)) {
      for (const s of STOCK_STATES) since[s] += fx.delta[s] ?? 0;
    }
  }
  expect(since).toEqual(Object.fromEntries(STOCK_STATES.map((s) => [s, current[s] - SEEDED[s]])));
}

describe('holds that may take safety stock', () => {
  it('take available first, then safety stock; a release gives each back where it came from', async () => {
    const held = await hold('h1', 7);
    expect(held).toMatchObject({
      ok: true,
      reservation: { lines: [{ lineKey: 'l1', quantity: 7, fromSafetyStock: 1 }] },
    });
    expect(await level(SKU, LOC)).toMatchObject({ available: 0, safetyStock: 0, reserved: 8, onHand: 10 });
    const [entry] = await ledger().findAll({ type: 'RESERVE', sku: SKU, locationId: LOC });
    expect(entry!.effects).toEqual([{ locationId: LOC, delta: { reserved: 7, safetyStock: -1 } }]);

    await t.inv.release(held.ok ? held.reservation._id : '', 'cancelled');
    const after = await level(SKU, LOC);
    expect(after).toMatchObject({ available: 6, safetyStock: 1, reserved: 1 });
    await ledgerExplains(after);
  });

  it('a hold within available takes no safety stock, flag or not', async () => {
    const held = await hold('h1', 6);
    expect(held.ok && held.reservation.lines[0]!.fromSafetyStock).toBeUndefined();
    expect(await level(SKU, LOC)).toMatchObject({ available: 0, safetyStock: 1 });
  });

  it('expiry gives the safety units back; a shipped line’s are gone', async () => {
    const expiring = await hold('cart', 7, true, 60);
    if (!expiring.ok) throw new Error(expiring.code);
    advance(61);
    expect(await t.inv.sweepExpired()).toBe(1);
    expect(await level(SKU, LOC)).toMatchObject({ available: 6, safetyStock: 1, reserved: 1 });

    const shipped = await hold('order', 7);
    if (!shipped.ok) throw new Error(shipped.code);
    await t.inv.commit(shipped.reservation._id);
    expect(await level(SKU, LOC)).toMatchObject({ available: 0, safetyStock: 0, committed: 9 });
    await t.inv.ship(shipped.reservation._id);
    const after = await level(SKU, LOC);
    expect(after).toMatchObject({ onHand: 3, available: 0, safetyStock: 0, committed: 2, reserved: 1 });
    expect(isConsistent(after)).toBe(true);
    await ledgerExplains(after);
  });

  it('without the flag safety stock is kept; short either way reports what the hold could take', async () => {
    const before = await snapshot();
    expect(await hold('plain', 7, false)).toMatchObject({
      ok: false,
      code: 'INSUFFICIENT_STOCK',
      shortfalls: [{ sku: SKU, locationId: LOC, requested: 7, available: 6 }],
    });
    expect(await hold('too-many', 8)).toMatchObject({
      ok: false,
      code: 'INSUFFICIENT_STOCK',
      shortfalls: [{ sku: SKU, locationId: LOC, requested: 8, available: 7 }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('is idempotent by key: a retry replays, the same lines without the flag conflict', async () => {
    const first = await hold('h1', 7);
    const after = await snapshot();
    expect(await hold('h1', 7)).toMatchObject({
      ok: true,
      replay: true,
      reservation: first.ok ? first.reservation : {},
    });
    expect(await hold('h1', 7, null)).toMatchObject({ ok: false, code: 'IDEMPOTENCY_CONFLICT' });
    expect(await snapshot()).toEqual(after);
  });

  it('re-routes: new lines may take safety stock, counting what the releases free first', async () => {
    const held = await hold('h1', 2);
    if (!held.ok) throw new Error(held.code);
    const id = held.reservation._id;
    const add = [{ lineKey: 'l2', sku: SKU, locationId: LOC, quantity: 9 }];
    const before = await snapshot();
    expect(await t.inv.reroute({ reservationId: id, release: ['l1'], add, idempotencyKey: 'r0' })).toMatchObject({
      ok: false,
      shortfalls: [{ requested: 9, available: 6 }], // 4 available + the 2 released
    });
    expect(
      await t.inv.reroute({ reservationId: id, release: ['l1'], add, allowSafetyStock: true, idempotencyKey: 'r1' }),
    ).toMatchObject({ ok: false, shortfalls: [{ requested: 9, available: 7 }] });
    expect(await snapshot()).toEqual(before);
    const add7 = [{ ...add[0]!, quantity: 7 }];
    const moved = await t.inv.reroute({
      reservationId: id,
      release: ['l1'],
      add: add7,
      allowSafetyStock: true,
      idempotencyKey: 'r2',
    });
    expect(moved.ok && moved.reservation.lines.map((l) => [l.lineKey, l.status, l.fromSafetyStock])).toEqual([
      ['l1', 'RELEASED', undefined],
      ['l2', 'ACTIVE', 1],
    ]);
    expect(await level(SKU, LOC)).toMatchObject({ available: 0, safetyStock: 0, reserved: 8 });
    // A later re-route that releases l2 gives its safety unit back.
    await t.inv.reroute({ reservationId: id, release: ['l2'], idempotencyKey: 'r3' });
    const after = await level(SKU, LOC);
    expect(after).toMatchObject({ available: 6, safetyStock: 1, reserved: 1 });
    await ledgerExplains(after);
  });
});

describe('racing holds that may take safety stock (in-memory engine)', () => {
  it('never take more than available + safety stock, and the flagless ones never take safety stock', async () => {
    const N = 300;
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        t.inv.reserve({
          kind: 'CART',
          ownerId: `c${i}`,
          idempotencyKey: `race-${i}`,
          lines: lines(1 + (i % 3)),
          ttlSeconds: 600,
          allowSafetyStock: i % 2 === 0,
        }),
      ),
    );
    const won = results.flatMap((r) => (r.ok ? r.reservation.lines : []));
    const taken = won.reduce((n, l) => n + l.quantity, 0);
    const fromSafety = won.reduce((n, l) => n + (l.fromSafetyStock ?? 0), 0);
    expect(taken).toBeLessThanOrEqual(7);
    expect(taken).toBeGreaterThanOrEqual(6); // nothing stranded: at most one short of everything
    expect(fromSafety).toBeLessThanOrEqual(1);
    results.forEach((r, i) => {
      if (r.ok && i % 2 === 1) expect(r.reservation.lines[0]!.fromSafetyStock).toBeUndefined();
      if (!r.ok) expect(r).toMatchObject({ code: 'INSUFFICIENT_STOCK' });
    });
    const current = await level(SKU, LOC);
    expect(isConsistent(current)).toBe(true);
    expect(current).toMatchObject({
      reserved: 1 + taken,
      safetyStock: 1 - fromSafety,
      available: 7 - taken - (1 - fromSafety),
    });
    await ledgerExplains(current);

    // Release every winner: the position is back where it started, safety stock included.
    await Promise.all(results.map((r) => (r.ok ? t.inv.release(r.reservation._id, 'abandoned') : null)));
    expect(await level(SKU, LOC)).toMatchObject({ available: 6, safetyStock: 1, reserved: 1, onHand: 10 });
  });

  it('racing receipts and holds: safety stock is only taken once available is used up', async () => {
    const receipts = Array.from({ length: 20 }, (_, i) =>
      t.inv.applyMovement({
        sourceEventId: `asn-${i}`,
        sku: SKU,
        locationId: LOC,
        reason: null,
        request: { type: 'RECEIPT', quantity: 1 },
      }),
    );
    const holds = Array.from({ length: 60 }, (_, i) =>
      t.inv.reserve({
        kind: 'CART',
        ownerId: `c${i}`,
        idempotencyKey: `mix-${i}`,
        lines: lines(1),
        ttlSeconds: 600,
        allowSafetyStock: true,
      }),
    );
    const results = await Promise.all(holds);
    await Promise.all(receipts);
    const won = results.flatMap((r) => (r.ok ? r.reservation.lines : []));
    const current = await level(SKU, LOC);
    expect(isConsistent(current)).toBe(true);
    expect(won.length).toBeLessThanOrEqual(27); // 6 available + 20 received + 1 safety
    // Every change of the position is an event with its states: whenever safety stock went down,
    // nothing was left available by that change.
    await t.settle();
    const changes = t.events
      .map((e) => e.payload)
      .filter((e) => e.sku === SKU && e.locationId === LOC)
      .sort((a, b) => a.sequence - b.sequence);
    expect(changes.map((e) => e.sequence)).toEqual(changes.map((_, i) => 2 + i));
    changes.forEach((e, i) => {
      if (e.safetyStock < (changes[i - 1]?.safetyStock ?? SEEDED.safetyStock)) expect(e.available).toBe(0);
    });
    await ledgerExplains(current);
  });
});
