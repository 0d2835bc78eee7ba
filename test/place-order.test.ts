import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, errorCodes, postGraphQL } from './support/http';

/**
 * placeOrder through the gateway: priced by catalog, routed by fulfillment (stock held, one
 * fulfillment order per node), stored by orders; one order per caller's idempotency key; every
 * refusal typed and holding nothing.
 */
const SERVICE: Principal = { kind: 'service', service: 'storefront' };
const ALICE: Principal = { kind: 'customer', customerId: 'cus_000001' };
const BOB: Principal = { kind: 'customer', customerId: 'cus_000002' };
let gw: EmbeddedGateway;
let n = 0;

beforeAll(async () => {
  // Authorization is what refuses partners here; the safelist has its own test.
  gw = await startEmbeddedGateway({ partnerSafelist: false });
});
afterAll(() => gw.stop());

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
  __typename
  ... on PlacedOrder { replay order { id number status subtotal { amount } total { amount currencyCode } customer { id }
      lines { id quantity unitPrice { amount } lineTotal { amount } deliveryMethod }
      fulfillmentOrders { id status location { id } lines { orderLineId quantity } } } }
  ... on OrderPlacementError { code message field missingStock { lineId sku missing } } } }`;

type Placed = {
  placeOrder: {
    __typename: string;
    replay?: boolean;
    code?: string;
    field?: string;
    missingStock?: { sku: string; missing: number }[];
    order?: {
      id: string;
      number: string;
      status: string;
      subtotal: { amount: number };
      total: { amount: number; currencyCode: string };
      customer: { id: string } | null;
      lines: { id: string; quantity: number; unitPrice: { amount: number }; lineTotal: { amount: number } }[];
      fulfillmentOrders: {
        id: string;
        status: string;
        location: { id: string };
        lines: { orderLineId: string; quantity: number }[];
      }[];
    };
  } | null;
};

const PARIS = { lat: 48.8566, lng: 2.3522, countryCode: 'FR' };
const place = (input: Record<string, unknown>, who: Principal) =>
  postGraphQL<Placed>(
    gw.url,
    PLACE,
    { input: { channel: 'WEB', destination: PARIS, idempotencyKey: `k${++n}`, ...input } },
    bearer(who),
  );

async function networkStock(sku: string): Promise<number> {
  const res = await postGraphQL<{ availableStock: { available: number }[] }>(
    gw.url,
    'query($s: [String!]!) { availableStock(skus: $s, channel: WEB) { available } }',
    { s: [sku] },
  );
  return res.body.data!.availableStock.reduce((sum, p) => sum + p.available, 0);
}

async function skuInStock(units: number): Promise<string> {
  const res = await postGraphQL<{ products: { edges: { node: { variants: { sku: string }[] } }[] } }>(
    gw.url,
    '{ products(first: 20) { edges { node { variants { sku } } } } }',
  );
  for (const sku of res.body.data!.products.edges.flatMap((e) => e.node.variants.map((v) => v.sku))) {
    if ((await networkStock(sku)) >= units) return sku;
  }
  throw new Error('no SKU in stock');
}

describe('placeOrder', () => {
  it('a customer places an order: priced, routed, held, stored; parts sum to totals; they can read it', async () => {
    const sku = await skuInStock(5);
    const before = await networkStock(sku);
    const res = await place({ lines: [{ sku, quantity: 2 }] }, ALICE);
    const placed = res.body.data!.placeOrder!;
    expect(placed.__typename).toBe('PlacedOrder');
    const order = placed.order!;
    expect(order).toMatchObject({
      status: 'CONFIRMED',
      customer: { id: 'cus_000001' },
      total: { currencyCode: 'EUR' },
    });
    expect(order.number).toMatch(/^R2\d{5}$/);
    expect(order.lines.map((l) => l.lineTotal.amount)).toEqual(order.lines.map((l) => l.unitPrice.amount * l.quantity));
    expect(order.subtotal.amount).toBe(order.lines.reduce((s, l) => s + l.lineTotal.amount, 0));
    const routed = order.fulfillmentOrders.flatMap((f) => f.lines).reduce((s, l) => s + l.quantity, 0);
    expect(routed).toBe(2);
    expect(before - (await networkStock(sku))).toBe(2);
    const read = await postGraphQL<{ order: { number: string } }>(
      gw.url,
      `{ order(id: "${order.id}") { number } }`,
      undefined,
      bearer(ALICE),
    );
    expect(read.body.data?.order.number).toBe(order.number);
    // Another shopper sees it exactly like a missing order.
    const other = await postGraphQL(gw.url, `{ order(id: "${order.id}") { number } }`, undefined, bearer(BOB));
    expect(errorCodes(other)).toEqual(['NOT_FOUND']);
  });

  it('one order per key: a retry (even five at once) answers the same order and holds once', async () => {
    const sku = await skuInStock(3);
    const before = await networkStock(sku);
    const input = { lines: [{ sku, quantity: 1 }], idempotencyKey: `retry-${++n}` };
    const results = await Promise.all(Array.from({ length: 5 }, () => place(input, ALICE)));
    const ids = new Set(results.map((r) => r.body.data?.placeOrder?.order?.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.body.data?.placeOrder?.replay === false).length).toBeLessThanOrEqual(1);
    expect(before - (await networkStock(sku))).toBe(1);
    // The same key with another request changes nothing.
    const conflict = await place({ ...input, lines: [{ sku, quantity: 2 }] }, ALICE);
    expect(conflict.body.data?.placeOrder).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' });
    expect(before - (await networkStock(sku))).toBe(1);
    // Another caller's same key is their own order, not a replay of this one.
    const bobs = await place(input, BOB);
    expect(bobs.body.data?.placeOrder?.order?.id).not.toEqual([...ids][0]);
  });

  it.each<[string, Record<string, unknown>, string, string | null]>([
    ['an unknown SKU', { lines: [{ sku: 'SKU-NOPE', quantity: 1 }] }, 'UNKNOWN_SKU', 'lines.sku'],
    ['a zero quantity', { lines: [{ sku: 'SKU-0001-41-FOR', quantity: 0 }] }, 'INVALID_ORDER', 'lines[0].quantity'],
    [
      '51 lines',
      { lines: Array.from({ length: 51 }, () => ({ sku: 'SKU-0001-41-FOR', quantity: 1 })) },
      'INVALID_ORDER',
      'lines',
    ],
    [
      'a shipped line without destination',
      { destination: null, lines: [{ sku: 'SKU-0001-41-FOR', quantity: 1 }] },
      'INVALID_ORDER',
      'destination',
    ],
    ['more than the network holds', { lines: [{ sku: 'SKU-0001-41-FOR', quantity: 999 }] }, 'OUT_OF_STOCK', null],
  ])('%s is a typed refusal that holds and stores nothing', async (_case, input, code, field) => {
    const before = await networkStock('SKU-0001-41-FOR');
    const res = await place(input, ALICE);
    expect(res.body.data?.placeOrder).toMatchObject({ __typename: 'OrderPlacementError', code, field });
    if (code === 'OUT_OF_STOCK') expect(res.body.data?.placeOrder?.missingStock?.[0]?.missing).toBeGreaterThan(0);
    expect(await networkStock('SKU-0001-41-FOR')).toBe(before);
  });

  it.each<[string, Principal, Record<string, unknown>, string]>([
    ['anonymous', { kind: 'anonymous' }, {}, 'UNAUTHENTICATED'],
    ['a customer for another customer', ALICE, { customerId: 'cus_000002' }, 'FORBIDDEN'],
    [
      'staff at another store',
      { kind: 'associate', userId: 'e', locationId: 'loc_store_02' },
      { channel: 'POS', storeLocationId: 'loc_store_01' },
      'FORBIDDEN',
    ],
    [
      'staff on the web channel',
      { kind: 'associate', userId: 'e', locationId: 'loc_store_01' },
      { storeLocationId: 'loc_store_01' },
      'FORBIDDEN',
    ],
    [
      'a partner without orders:write',
      { kind: 'partner', partnerId: 'partner_marketplace_01', scopes: ['orders:read'] },
      { channel: 'MARKETPLACE' },
      'FORBIDDEN',
    ],
  ])('%s is refused and nothing is held', async (_case, who, over, code) => {
    const sku = 'SKU-0001-41-FOR';
    const before = await networkStock(sku);
    const res = await place({ lines: [{ sku, quantity: 1 }], ...over }, who);
    expect(res.body.data?.placeOrder).toBeNull();
    expect(errorCodes(res)).toEqual([code]);
    expect(await networkStock(sku)).toBe(before);
  });

  it('a marketplace partner with orders:write places on its channel; the order is its own', async () => {
    const sku = await skuInStock(2);
    const partner: Principal = {
      kind: 'partner',
      partnerId: 'partner_marketplace_01',
      scopes: ['orders:write', 'orders:read'],
    };
    const res = await place({ channel: 'MARKETPLACE', lines: [{ sku, quantity: 1 }] }, partner);
    const id = res.body.data?.placeOrder?.order?.id;
    expect(id).toBeDefined();
    const read = await postGraphQL<{ order: { channel: string } }>(
      gw.url,
      `{ order(id: "${id}") { channel } }`,
      undefined,
      bearer(partner),
    );
    expect(read.body.data?.order).toEqual({ channel: 'MARKETPLACE' });
  });

  it('an internal service places for any shopper', async () => {
    const sku = await skuInStock(2);
    const res = await place({ customerId: 'cus_000003', lines: [{ sku, quantity: 1 }] }, SERVICE);
    expect(res.body.data?.placeOrder?.order?.customer).toEqual({ id: 'cus_000003' });
  });

  it('a backorder: a marketplace order beyond the network waits PENDING, and is routed and confirmed when stock arrives', async () => {
    const partner: Principal = {
      kind: 'partner',
      partnerId: 'partner_marketplace_01',
      scopes: ['orders:write', 'orders:read'],
    };
    const sku = await skuInStock(1);
    const res = await place({ channel: 'MARKETPLACE', lines: [{ sku, quantity: 999 }] }, partner);
    const order = res.body.data?.placeOrder?.order;
    expect(order).toMatchObject({ status: 'PENDING', fulfillmentOrders: [] });
    const OPERATOR: Principal = { kind: 'operator', userId: 'ops_1' };
    const waiting = await postGraphQL<{
      backorders: { orderId: string; status: string; reason: string; shortLines: { missing: number }[] }[];
    }>(
      gw.url,
      '{ backorders(status: "WAITING") { orderId status reason shortLines { missing } } }',
      undefined,
      bearer(OPERATOR),
    );
    const mine = waiting.body.data!.backorders.find((b) => b.orderId === order!.id);
    expect(mine).toMatchObject({ status: 'WAITING', reason: 'OUT_OF_STOCK' });
    expect(mine!.shortLines[0]!.missing).toBeGreaterThan(0);
    const before = await networkStock(sku);

    // 1,000 units arrive at a distribution centre: the backorder is routed from there.
    await postGraphQL(
      gw.url,
      `mutation { receiveStock(input: { sku: "${sku}", locationId: "loc_dc_01", quantity: 1000, sourceEventId: "po-${n}" }) { __typename } }`,
      undefined,
      bearer(OPERATOR),
    );
    let status = 'PENDING';
    let fos: { location: { id: string }; lines: { quantity: number }[] }[] = [];
    for (let i = 0; i < 50 && status === 'PENDING'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const read = await postGraphQL<{ order: { status: string; fulfillmentOrders: typeof fos } }>(
        gw.url,
        `{ order(id: "${order!.id}") { status fulfillmentOrders { location { id } lines { quantity } } } }`,
        undefined,
        bearer(OPERATOR),
      );
      status = read.body.data!.order.status;
      fos = read.body.data!.order.fulfillmentOrders;
    }
    expect(status).toBe('CONFIRMED');
    expect(fos.flatMap((f) => f.lines).reduce((sum, l) => sum + l.quantity, 0)).toBe(999);
    // The 1,000 received units, less the 999 now held for the order.
    expect((await networkStock(sku)) - before).toBe(1000 - 999);
  });
});
