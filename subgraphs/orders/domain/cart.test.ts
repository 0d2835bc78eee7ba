import type { CartLineDoc } from '../model';
import { applyLineChanges, CART_LIMITS, lineIdOf, mergeLines, unitsOf } from './cart';

const line = (
  sku: string,
  quantity: number,
  method: CartLineDoc['deliveryMethod'] = 'SHIP',
  store: string | null = null,
) => ({
  id: lineIdOf(sku, method, store),
  sku,
  quantity,
  deliveryMethod: method,
  pickupLocationId: store,
});

describe('cart line changes', () => {
  it('set, replace and remove lines; one line per SKU, delivery method and store', () => {
    const first = applyLineChanges(
      [],
      [
        { sku: 'A', quantity: 2 },
        { sku: 'A', quantity: 1, deliveryMethod: 'PICKUP_IN_STORE', pickupLocationId: 's1' },
      ],
    );
    expect(first).toEqual({ ok: true, lines: [line('A', 2), line('A', 1, 'PICKUP_IN_STORE', 's1')] });
    if (!first.ok) return;
    const next = applyLineChanges(first.lines, [
      { sku: ' A ', quantity: 5 },
      { sku: 'A', quantity: 0, deliveryMethod: 'PICKUP_IN_STORE', pickupLocationId: 's1' },
    ]);
    expect(next).toEqual({ ok: true, lines: [line('A', 5)] });
    // Removing a line that is not there changes nothing.
    expect(applyLineChanges(first.lines, [{ sku: 'Z', quantity: 0 }])).toEqual(first);
  });

  it.each([
    [[], 'lines'],
    [[{ sku: '', quantity: 1 }], 'lines[0].sku'],
    [[{ sku: 'x'.repeat(65), quantity: 1 }], 'lines[0].sku'],
    [[{ sku: 'A', quantity: -1 }], 'lines[0].quantity'],
    [[{ sku: 'A', quantity: 1.5 }], 'lines[0].quantity'],
    [[{ sku: 'A', quantity: 1000 }], 'lines[0].quantity'],
    [[{ sku: 'A', quantity: 1, deliveryMethod: 'PICKUP_IN_STORE' as const }], 'lines[0].pickupLocationId'],
    [[{ sku: 'A', quantity: 1, pickupLocationId: 's1' }], 'lines[0].pickupLocationId'],
    [
      [
        { sku: 'A', quantity: 1 },
        { sku: 'B', quantity: 1, deliveryMethod: 'TELEPORT' as never },
      ],
      'lines[1].deliveryMethod',
    ],
  ])('%j is refused at %s', (changes, field) => {
    expect(applyLineChanges([line('K', 1)], changes)).toMatchObject({ ok: false, code: 'INVALID_CART_LINE', field });
  });

  it('a cart holds at most 50 lines and 5,000 units', () => {
    const full = Array.from({ length: CART_LIMITS.lines }, (_, i) => line(`S${i}`, 1));
    expect(applyLineChanges(full, [{ sku: 'ONE-MORE', quantity: 1 }])).toMatchObject({ ok: false, code: 'CART_FULL' });
    // Changing an existing line of a full cart is fine.
    expect(applyLineChanges(full, [{ sku: 'S0', quantity: 3 }])).toMatchObject({ ok: true });
    const heavy = Array.from({ length: 5 }, (_, i) => line(`H${i}`, 999));
    expect(applyLineChanges(heavy, [{ sku: 'H5', quantity: 6 }])).toMatchObject({ ok: false, code: 'CART_FULL' });
    expect(applyLineChanges(heavy, [{ sku: 'H5', quantity: 5 }])).toMatchObject({ ok: true });
  });
});

describe('merging an anonymous cart into a customer’s', () => {
  it('keeps every line of both; the same line takes the larger quantity, not the sum', () => {
    const mine = [line('A', 2), line('B', 1)];
    const anonymous = [line('A', 3), line('C', 1), line('B', 1, 'PICKUP_IN_STORE', 's1')];
    expect(mergeLines(mine, anonymous)).toEqual({
      lines: [line('A', 3), line('B', 1), line('C', 1), line('B', 1, 'PICKUP_IN_STORE', 's1')],
      dropped: [],
    });
    // Merging the same cart again changes nothing (idempotent).
    const once = mergeLines(mine, anonymous).lines;
    expect(mergeLines(once, anonymous).lines).toEqual(once);
  });

  it('what does not fit is reported, never silently lost', () => {
    const mine = Array.from({ length: CART_LIMITS.lines }, (_, i) => line(`S${i}`, 1));
    const { lines, dropped } = mergeLines(mine, [line('NEW', 1), line('S0', 4)]);
    expect(dropped).toEqual([line('NEW', 1)]);
    expect(lines).toHaveLength(CART_LIMITS.lines);
    expect(lines.find((l) => l.sku === 'S0')!.quantity).toBe(4);
    const heavy = Array.from({ length: 5 }, (_, i) => line(`H${i}`, 999));
    const over = mergeLines(heavy, [line('H0', 999), line('X', 10)]);
    expect(over.dropped).toEqual([line('X', 10)]);
    expect(unitsOf({ lines: over.lines })).toBeLessThanOrEqual(CART_LIMITS.units);
  });
});
