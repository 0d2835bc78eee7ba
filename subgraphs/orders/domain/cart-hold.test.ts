import type { CartDoc, CartHoldDoc, CartLineDoc } from '../model';
import { applyLineChanges } from './cart';
import { holdableLines, holdAfterLinesChange, holdKey, holdTtl, liveHold, shortCartLines } from './cart-hold';

const lines = (() => {
  const made = applyLineChanges(
    [],
    [
      { sku: 'A', quantity: 2, deliveryMethod: 'PICKUP_IN_STORE', pickupLocationId: 's1' },
      { sku: 'A', quantity: 1, deliveryMethod: 'CARRY_OUT', pickupLocationId: 's1' },
      { sku: 'B', quantity: 3 },
      { sku: 'C', quantity: 1, deliveryMethod: 'SHIP_TO_STORE', pickupLocationId: 's1' },
    ],
  );
  if (!made.ok) throw new Error(made.message);
  return made.lines;
})();
const HOLD: CartHoldDoc = {
  reservationId: 'res_1',
  expiresAt: '2026-11-30T10:15:00.000Z',
  lines: holdableLines(lines),
  createdAt: '2026-11-30T10:00:00.000Z',
};
const change = (c: Parameters<typeof applyLineChanges>[1]): CartLineDoc[] => {
  const next = applyLineChanges(lines, c);
  if (!next.ok) throw new Error(next.message);
  return next.lines;
};

describe('cart holds', () => {
  it('hold the pickup and carry-out lines at their store, never shipped or ship-to-store lines', () => {
    expect(
      holdableLines(lines)
        .map((l) => [l.sku, l.locationId, l.quantity])
        .sort(),
    ).toEqual([
      ['A', 's1', 1],
      ['A', 's1', 2],
    ]);
    // Two lines of one SKU at one store stay two lines (each its own cart line id).
    expect(new Set(holdableLines(lines).map((l) => l.lineId)).size).toBe(2);
  });

  it.each<[string, Parameters<typeof applyLineChanges>[1], boolean]>([
    [
      'another quantity of a held line',
      [{ sku: 'A', quantity: 5, deliveryMethod: 'PICKUP_IN_STORE', pickupLocationId: 's1' }],
      true,
    ],
    ['a held line removed', [{ sku: 'A', quantity: 0, deliveryMethod: 'CARRY_OUT', pickupLocationId: 's1' }], true],
    [
      'a pickup line added',
      [{ sku: 'D', quantity: 1, deliveryMethod: 'PICKUP_IN_STORE', pickupLocationId: 's2' }],
      true,
    ],
    ['a shipped line changed', [{ sku: 'B', quantity: 9 }], false],
    [
      'a ship-to-store line added',
      [{ sku: 'E', quantity: 1, deliveryMethod: 'SHIP_TO_STORE', pickupLocationId: 's1' }],
      false,
    ],
    [
      'a held line set to its own quantity',
      [{ sku: 'A', quantity: 2, deliveryMethod: 'PICKUP_IN_STORE', pickupLocationId: 's1' }],
      false,
    ],
  ])('%s: the hold is dropped = %s', (_, changes, dropped) => {
    expect(holdAfterLinesChange({ hold: HOLD, lines }, change(changes))).toEqual(dropped ? { hold: null } : {});
    // A cart without a hold has nothing to drop.
    expect(holdAfterLinesChange({ hold: null, lines }, change(changes))).toEqual({});
  });

  it.each<[number | null, number | string]>([
    [null, 900],
    [60, 60],
    [3600, 3600],
    [59, 'ttlSeconds'],
    [3601, 'ttlSeconds'],
    [90.5, 'ttlSeconds'],
  ])('ttlSeconds %s → %s', (ttl, expected) => {
    const out = holdTtl(ttl, 900);
    expect(out.ok ? out.ttlSeconds : out.field).toBe(expected);
  });

  it('a hold is live until it expires, and only on an open cart', () => {
    const cart = (over: Partial<CartDoc>) => ({ status: 'ACTIVE' as const, hold: HOLD, ...over });
    expect(liveHold(cart({}), '2026-11-30T10:14:59.999Z')).toBe(HOLD);
    expect(liveHold(cart({}), '2026-11-30T10:15:00.000Z')).toBeNull();
    expect(liveHold(cart({ status: 'CHECKED_OUT' }), '2026-11-30T10:01:00.000Z')).toBeNull();
    expect(liveHold(cart({ hold: null }), '2026-11-30T10:01:00.000Z')).toBeNull();
    expect(holdKey('cart_x', 3)).not.toBe(holdKey('cart_x', 4));
  });

  it('a short position names every cart line held there', () => {
    const short = shortCartLines(holdableLines(lines), [{ sku: 'A', locationId: 's1', available: 1 }]);
    expect(short.map((s) => [s.requested, s.available]).sort()).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(shortCartLines(holdableLines(lines), [{ sku: 'A', locationId: 's2', available: 1 }])).toEqual([]);
  });
});
