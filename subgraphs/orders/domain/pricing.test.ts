import fc from 'fast-check';
import {
  allocate,
  FREE_SHIPPING_FROM,
  priceOrder,
  SHIPPING_CHARGES,
  vatIn,
  type Discount,
  type PricedLine,
} from './pricing';

const line = (
  id: string,
  sku: string,
  quantity: number,
  unitPrice: number,
  deliveryMethod: PricedLine['deliveryMethod'] = 'SHIP',
) => ({
  id,
  sku,
  quantity,
  unitPrice,
  deliveryMethod,
});
const promo = (
  kind: Discount['kind'],
  value: number,
  sku: string | null = null,
  code: string | null = null,
): Discount => ({
  promotionId: `promo_${kind}_${value}`,
  code,
  kind,
  value,
  sku,
});

describe('order totals', () => {
  it('VAT is worked out of VAT-inclusive prices at the tax country’s rate', () => {
    // 2 × 12.00 € in France: 24.00 € of which 4.00 € VAT; shipping 4.95 € of which 0.83 € VAT.
    const t = priceOrder([line('l1', 'A', 2, 1200)], [], 'FR');
    expect(t).toMatchObject({
      subtotal: 2400,
      discountTotal: 0,
      shippingTotal: SHIPPING_CHARGES.SHIP,
      total: 2400 + 495,
    });
    expect(t.lines).toEqual([{ id: 'l1', lineTotal: 2400, discount: 0, tax: 400 }]);
    expect(t.taxTotal).toBe(400 + 83);
    // Germany's 19%: 2400 × 19/119 = 383.19…
    expect(priceOrder([line('l1', 'A', 2, 1200)], [], 'DE').lines[0]!.tax).toBe(383);
  });

  it('collected lines pay no shipping; orders from the threshold ship free', () => {
    expect(
      priceOrder([line('l1', 'A', 1, 1000, 'PICKUP_IN_STORE'), line('l2', 'B', 1, 500, 'CARRY_OUT')], [], 'FR')
        .shippingTotal,
    ).toBe(0);
    expect(priceOrder([line('l1', 'A', 1, FREE_SHIPPING_FROM)], [], 'FR').shippingTotal).toBe(0);
    expect(priceOrder([line('l1', 'A', 1, FREE_SHIPPING_FROM - 1)], [], 'FR').shippingTotal).toBe(495);
    // The threshold counts what is paid after discounts.
    expect(priceOrder([line('l1', 'A', 1, FREE_SHIPPING_FROM)], [promo('AMOUNT', 1)], 'FR').shippingTotal).toBe(495);
  });

  it('a SKU promotion takes off that SKU’s lines only; an order promotion spreads over every line', () => {
    const lines = [line('l1', 'A', 1, 3000), line('l2', 'B', 1, 1000)];
    const sku = priceOrder(lines, [promo('PERCENT', 1000, 'A')], 'FR');
    expect(sku.lines.map((l) => l.discount)).toEqual([300, 0]);
    const order = priceOrder(lines, [promo('AMOUNT', 1000)], 'FR');
    expect(order.lines.map((l) => l.discount)).toEqual([750, 250]);
    expect(order.applied).toEqual([{ promotionId: 'promo_AMOUNT_1000', code: null, amount: 1000 }]);
    // Never more than what is left: 50 € off a 40 € order takes 40 €.
    expect(priceOrder(lines, [promo('AMOUNT', 5000)], 'FR')).toMatchObject({
      discountTotal: 4000,
      applied: [{ amount: 4000 }],
    });
    // A promotion for a SKU the order does not hold takes nothing and is not listed.
    expect(priceOrder(lines, [promo('PERCENT', 5000, 'Z')], 'FR').applied).toEqual([]);
  });

  it('parts always sum to totals (property)', () => {
    const lineArb = fc.record({
      sku: fc.constantFrom('A', 'B', 'C'),
      quantity: fc.integer({ min: 1, max: 999 }),
      unitPrice: fc.integer({ min: 0, max: 100_000 }),
      deliveryMethod: fc.constantFrom('SHIP', 'PICKUP_IN_STORE', 'SHIP_TO_STORE', 'CARRY_OUT') as fc.Arbitrary<
        PricedLine['deliveryMethod']
      >,
    });
    const discountArb = fc.record({
      kind: fc.constantFrom('PERCENT', 'AMOUNT') as fc.Arbitrary<Discount['kind']>,
      value: fc.integer({ min: 0, max: 10_000 }),
      sku: fc.constantFrom(null, 'A', 'B'),
    });
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 8 }),
        fc.array(discountArb, { maxLength: 3 }),
        fc.constantFrom('FR', 'DE', 'XX'),
        (ls, ds, country) => {
          const lines = ls.map((l, i) => ({ ...l, id: `l${i}` }));
          const t = priceOrder(
            lines,
            ds.map((d, i) => ({ ...d, promotionId: `p${i}`, code: null })),
            country,
          );
          expect(t.subtotal).toBe(t.lines.reduce((s, l) => s + l.lineTotal, 0));
          expect(t.discountTotal).toBe(t.lines.reduce((s, l) => s + l.discount, 0));
          expect(t.discountTotal).toBe(t.applied.reduce((s, a) => s + a.amount, 0));
          expect(t.total).toBe(t.subtotal - t.discountTotal + t.shippingTotal);
          for (const l of t.lines) {
            expect(l.discount).toBeGreaterThanOrEqual(0);
            expect(l.discount).toBeLessThanOrEqual(l.lineTotal);
            expect(l.tax).toBeLessThanOrEqual(l.lineTotal - l.discount);
          }
          expect(t.total).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('allocation is exact and proportional', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(0, [5, 5])).toEqual([0, 0]);
    expect(allocate(7, [0, 0])).toEqual([0, 0]);
    expect(vatIn(120, 2000)).toBe(20);
  });
});
