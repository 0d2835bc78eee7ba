import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { fulfillmentClient } from './support/fulfillment';
import { bearer, OPERATOR, postGraphQL } from './support/http';

/**
 * Server-side totals through the gateway: catalog's VAT-inclusive prices, the VAT worked out of
 * them, the shipping charge, and promotions (coupons within their usage limits, never used up by
 * an order that was not placed); unmet demand is published for the KPIs.
 */
let gw: EmbeddedGateway;
let n = 0;
const client = fulfillmentClient(() => gw.url);
const SHOPPER: Principal = { kind: 'customer', customerId: 'cus_000031' };
const PARIS = { lat: 48.8566, lng: 2.3522, countryCode: 'FR' };

beforeAll(async () => {
  gw = await startEmbeddedGateway();
});
afterAll(() => gw.stop());

type Totals = {
  subtotal: { amount: number };
  discountTotal: { amount: number };
  shippingTotal: { amount: number };
  taxTotal: { amount: number };
  total: { amount: number };
  promotions: { couponCode: string | null; amount: { amount: number } }[];
  lines: { lineTotal: { amount: number }; discount: { amount: number }; tax: { amount: number } }[];
};
const TOTALS = `subtotal { amount } discountTotal { amount } shippingTotal { amount } taxTotal { amount } total { amount }
  promotions { couponCode amount { amount } } lines { lineTotal { amount } discount { amount } tax { amount } }`;

async function place(sku: string, quantity: number, couponCodes: string[] = []) {
  const res = await postGraphQL<{ placeOrder: { __typename: string; code?: string; field?: string; order?: Totals } }>(
    gw.url,
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename
      ... on PlacedOrder { order { ${TOTALS} } } ... on OrderPlacementError { code message field } } }`,
    {
      input: {
        channel: 'WEB',
        destination: PARIS,
        idempotencyKey: `tot-${++n}`,
        lines: [{ sku, quantity }],
        couponCodes,
      },
    },
    bearer(SHOPPER),
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.placeOrder;
}

async function coupon(code: string, input: Record<string, unknown>, who: Principal = OPERATOR) {
  return postGraphQL<{ createPromotion: { __typename: string; code?: string; coupon?: string; used?: number } | null }>(
    gw.url,
    `mutation($input: CreatePromotionInput!) { createPromotion(input: $input) { __typename
      ... on Promotion { coupon: couponCode used } ... on PromotionError { code message field } } }`,
    { input: { couponCode: code, description: `${code} test`, ...input } },
    bearer(who),
  );
}

const vatIn = (gross: number) => Math.round((gross * 2000) / 12_000);

it('an order’s parts sum to its totals; VAT is worked out of the prices; a coupon takes its share', async () => {
  const [pos] = await client.distinct(2);
  expect((await coupon('TENOFF', { kind: 'PERCENT', value: 1000 })).body.data?.createPromotion).toMatchObject({
    __typename: 'Promotion',
    coupon: 'TENOFF',
  });
  const plain = (await place(pos!.sku, 1)).order!;
  const unit = plain.lines[0]!.lineTotal.amount;
  expect(plain).toMatchObject({ discountTotal: { amount: 0 }, promotions: [] });
  expect(plain.total.amount).toBe(plain.subtotal.amount + plain.shippingTotal.amount);
  expect(plain.lines[0]!.tax.amount).toBe(vatIn(unit));
  expect(plain.taxTotal.amount).toBe(vatIn(unit) + vatIn(plain.shippingTotal.amount));

  const off = (await place(pos!.sku, 1, ['tenoff'])).order!;
  expect(off.discountTotal.amount).toBe(Math.floor(unit / 10));
  expect(off.promotions).toEqual([{ couponCode: 'TENOFF', amount: { amount: Math.floor(unit / 10) } }]);
  expect(off.lines[0]!.discount.amount).toBe(off.discountTotal.amount);
  expect(off.total.amount).toBe(off.subtotal.amount - off.discountTotal.amount + off.shippingTotal.amount);
  expect(off.lines[0]!.tax.amount).toBe(vatIn(unit - off.discountTotal.amount));
});

it('coupons: unknown codes and used-up ones are refused, holding nothing; a failed order gives its use back', async () => {
  const [pos] = await client.distinct(3);
  expect(await place(pos!.sku, 1, ['NOPE'])).toMatchObject({ code: 'INVALID_COUPON', field: 'couponCodes[0]' });
  await coupon('ONCE', { kind: 'AMOUNT', value: 100, usageLimit: 1 });
  // An order that cannot be served does not use the coupon up.
  expect(await place(pos!.sku, 999, ['ONCE'])).toMatchObject({ code: 'OUT_OF_STOCK' });
  expect((await place(pos!.sku, 1, ['ONCE'])).order?.discountTotal.amount).toBe(100);
  const before = await client.level(pos!.sku, pos!.locationId);
  expect(await place(pos!.sku, 1, ['ONCE'])).toMatchObject({ code: 'COUPON_EXHAUSTED', field: 'couponCodes[0]' });
  expect(await client.level(pos!.sku, pos!.locationId)).toEqual(before);
});

it('ten shoppers racing for a coupon limited to three: three get it', async () => {
  const [pos] = await client.distinct(10);
  await coupon('THREE', { kind: 'AMOUNT', value: 50, usageLimit: 3 });
  const answers = await Promise.all(Array.from({ length: 10 }, () => place(pos!.sku, 1, ['THREE'])));
  expect(answers.filter((a) => a.__typename === 'PlacedOrder')).toHaveLength(3);
  expect(answers.filter((a) => a.code === 'COUPON_EXHAUSTED')).toHaveLength(7);
  const listed = await postGraphQL<{ promotions: { couponCode: string; used: number }[] }>(
    gw.url,
    '{ promotions { couponCode used } }',
    undefined,
    bearer(OPERATOR),
  );
  expect(listed.body.data!.promotions.find((p) => p.couponCode === 'THREE')).toEqual({ couponCode: 'THREE', used: 3 });
});

it('only operators and services manage promotions; bad input is typed', async () => {
  const denied = await coupon('MINE', { kind: 'PERCENT', value: 5000 }, SHOPPER);
  expect(denied.body.data?.createPromotion ?? null).toBeNull();
  expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  for (const [input, field] of [
    [{ kind: 'PERCENT', value: 10_001 }, 'value'],
    [{ kind: 'AMOUNT', value: 0 }, 'value'],
    [{ kind: 'AMOUNT', value: 5, startsAt: '2027-01-02T00:00:00Z', endsAt: '2027-01-01T00:00:00Z' }, 'endsAt'],
    [{ kind: 'AMOUNT', value: 5, usageLimit: 0 }, 'usageLimit'],
  ] as const) {
    const bad = await coupon('BADPROMO', input);
    expect(bad.body.data?.createPromotion).toMatchObject({ code: 'INVALID_PROMOTION', field });
  }
  expect((await coupon('x!', { kind: 'AMOUNT', value: 5 })).body.data?.createPromotion).toMatchObject({
    field: 'couponCode',
  });
  await coupon('TWICE', { kind: 'AMOUNT', value: 5 });
  expect((await coupon('twice', { kind: 'AMOUNT', value: 5 })).body.data?.createPromotion).toMatchObject({
    code: 'CODE_IN_USE',
  });
});

it('demand the network cannot meet is published for the KPIs', async () => {
  const [pos] = await client.distinct(1);
  const seen: { sku: string; channel: string; quantity: number }[] = [];
  const unsubscribe = await gw.infrastructure!.bus.subscribe<{ sku: string; channel: string; quantity: number }>(
    'orders.demand.unmet',
    ({ payload }) => {
      seen.push(payload);
    },
  );
  const total = (await client.stocked(1)).filter((p) => p.sku === pos!.sku).reduce((s, p) => s + p.available, 0);
  expect(await place(pos!.sku, total + 5)).toMatchObject({ code: 'OUT_OF_STOCK' });
  await new Promise((r) => setTimeout(r, 50));
  await unsubscribe();
  expect(seen).toContainEqual(expect.objectContaining({ sku: pos!.sku, channel: 'WEB' }));
  expect(seen.find((s) => s.sku === pos!.sku)!.quantity).toBeGreaterThanOrEqual(5);
});
