import { priceOrder } from './pricing';
import {
  buildOrder,
  checkPlacement,
  orderIdFor,
  placementHash,
  PLACEMENT_LIMITS,
  type PlaceOrderInput,
} from './placement';

const input = (over: Partial<PlaceOrderInput> = {}): PlaceOrderInput => ({
  channel: 'WEB',
  destination: { lat: 48.85, lng: 2.35, countryCode: 'FR' },
  lines: [{ sku: 'SKU-1', quantity: 2 }],
  idempotencyKey: 'k1',
  ...over,
});

describe('checkPlacement', () => {
  it('resolves each line: method from the line, else the order, else SHIP; pickup store likewise', () => {
    const check = checkPlacement(
      input({
        deliveryMethod: 'PICKUP_IN_STORE',
        pickupLocationId: 'loc_store_01',
        lines: [
          { sku: ' SKU-1 ', quantity: 1 },
          { sku: 'SKU-2', quantity: 3, deliveryMethod: 'SHIP' },
          { sku: 'SKU-3', quantity: 1, deliveryMethod: 'CARRY_OUT', pickupLocationId: 'loc_store_02' },
        ],
      }),
    );
    expect(check).toMatchObject({
      ok: true,
      orderId: orderIdFor('k1'),
      lines: [
        {
          id: `${orderIdFor('k1')}-1`,
          sku: 'SKU-1',
          deliveryMethod: 'PICKUP_IN_STORE',
          pickupLocationId: 'loc_store_01',
        },
        { sku: 'SKU-2', deliveryMethod: 'SHIP', pickupLocationId: null },
        { sku: 'SKU-3', deliveryMethod: 'CARRY_OUT', pickupLocationId: 'loc_store_02' },
      ],
    });
  });

  it.each<[string, Partial<PlaceOrderInput>, string]>([
    ['no line', { lines: [] }, 'lines'],
    [
      'too many lines',
      { lines: Array.from({ length: PLACEMENT_LIMITS.lines + 1 }, (_, i) => ({ sku: `S${i}`, quantity: 1 })) },
      'lines',
    ],
    ['a zero quantity', { lines: [{ sku: 'S', quantity: 0 }] }, 'lines[0].quantity'],
    ['a fractional quantity', { lines: [{ sku: 'S', quantity: 1.5 }] }, 'lines[0].quantity'],
    ['a huge quantity', { lines: [{ sku: 'S', quantity: 10_000 }] }, 'lines[0].quantity'],
    ['too many units', { lines: Array.from({ length: 6 }, (_, i) => ({ sku: `S${i}`, quantity: 999 })) }, 'lines'],
    ['a blank sku', { lines: [{ sku: '  ', quantity: 1 }] }, 'lines[0].sku'],
    [
      'a pickup without store',
      { lines: [{ sku: 'S', quantity: 1, deliveryMethod: 'PICKUP_IN_STORE' }] },
      'lines[0].pickupLocationId',
    ],
    [
      'a shipped line naming a store',
      { lines: [{ sku: 'S', quantity: 1, pickupLocationId: 'loc_store_01' }] },
      'lines[0].pickupLocationId',
    ],
    ['shipped lines without destination', { destination: null }, 'destination'],
    ['a latitude of 100', { destination: { lat: 100, lng: 0, countryCode: 'FR' } }, 'destination.lat'],
    ['a lower-case country', { destination: { lat: 1, lng: 1, countryCode: 'fr' } }, 'destination.countryCode'],
  ])('refuses %s', (_case, over, field) => {
    expect(checkPlacement(input(over))).toMatchObject({ ok: false, code: 'INVALID_ORDER', field });
  });

  it('a collected-only order needs no destination', () => {
    const check = checkPlacement(
      input({ destination: null, deliveryMethod: 'CARRY_OUT', pickupLocationId: 'loc_store_01' }),
    );
    expect(check.ok).toBe(true);
  });
});

describe('idempotency', () => {
  it('one id per key, whatever the content; the hash tells content apart, not keys', () => {
    expect(orderIdFor('k1')).toBe(orderIdFor('k1'));
    expect(orderIdFor('k1')).not.toBe(orderIdFor('k2'));
    expect(placementHash(input())).toBe(placementHash(input({ idempotencyKey: 'other' })));
    expect(placementHash(input())).not.toBe(placementHash(input({ lines: [{ sku: 'SKU-1', quantity: 3 }] })));
  });
});

describe('buildOrder', () => {
  it('line totals are price × quantity and the parts sum to the totals', () => {
    const placed = input({
      lines: [
        { sku: 'A', quantity: 2 },
        { sku: 'B', quantity: 3 },
      ],
    });
    const check = checkPlacement(placed);
    if (!check.ok) throw new Error(check.message);
    const order = buildOrder(
      placed,
      check,
      new Map([
        ['A', 1999],
        ['B', 500],
      ]),
      priceOrder(
        [
          { id: `${check.orderId}-1`, sku: 'A', quantity: 2, unitPrice: 1999, deliveryMethod: 'SHIP' },
          { id: `${check.orderId}-2`, sku: 'B', quantity: 3, unitPrice: 500, deliveryMethod: 'SHIP' },
        ],
        [],
        'FR',
      ),
      'EUR',
      'R200001',
      '2026-11-30T12:00:00.000Z',
    );
    expect(order.lines.map((l) => l.lineTotal)).toEqual([3998, 1500]);
    expect(order.subtotal).toBe(5498);
    expect(order.shippingTotal).toBe(495);
    expect(order.total).toBe(order.subtotal + order.shippingTotal);
    expect(order.taxTotal).toBe(order.lines.reduce((s, l) => s + l.tax!, 0) + 83);
    expect(order).toMatchObject({ _id: check.orderId, status: 'CONFIRMED', currencyCode: 'EUR', number: 'R200001' });
  });
});
