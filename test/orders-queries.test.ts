import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { fulfillmentClient, staffOf } from './support/fulfillment';
import { bearer, OPERATOR, postGraphQL } from './support/http';

/**
 * Order lists for store and operations views through the gateway: newest first, filtered by
 * channel, store, status and date, a page at a time; a store sees only its own orders.
 */
let gw: EmbeddedGateway;
const client = fulfillmentClient(() => gw.url);
const STORE = 'loc_store_01';

beforeAll(async () => {
  // Authorization is what refuses partners here; the safelist has its own test.
  gw = await startEmbeddedGateway({ partnerSafelist: false });
});
afterAll(() => gw.stop());

type Page = {
  edges: { cursor: string; node: { id: string; placedAt: string; channel: string } }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
};
const LIST = `query($filter: OrderFilter, $first: Int, $after: String) { orders(filter: $filter, first: $first, after: $after) {
  edges { cursor node { id placedAt channel } } pageInfo { endCursor hasNextPage } } }`;
const list = (variables: Record<string, unknown>, who: Principal) =>
  postGraphQL<{ orders: Page }>(gw.url, LIST, variables, bearer(who));

async function sellAtTill(n: number): Promise<string[]> {
  const [pos] = (await client.stocked(n, STORE)).filter((p) => p.locationId === STORE);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await postGraphQL<{ placeOrder: { order: { id: string } } }>(
      gw.url,
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { ... on PlacedOrder { order { id } } } }`,
      {
        input: {
          channel: 'POS',
          storeLocationId: STORE,
          idempotencyKey: `till-list-${i}`,
          lines: [{ sku: pos!.sku, quantity: 1, deliveryMethod: 'CARRY_OUT', pickupLocationId: STORE }],
        },
      },
      bearer(staffOf(STORE)),
    );
    ids.push(res.body.data!.placeOrder.order.id);
  }
  return ids;
}

it('a store lists its own orders newest first, a page at a time', async () => {
  const placed = await sellAtTill(3);
  const clerk = staffOf(STORE);
  const first = await list({ filter: { storeLocationId: STORE }, first: 2 }, clerk);
  expect(first.body.errors).toBeUndefined();
  const page1 = first.body.data!.orders;
  expect(page1.edges).toHaveLength(2);
  expect(page1.pageInfo.hasNextPage).toBe(true);
  const rest = await list({ filter: { storeLocationId: STORE }, first: 100, after: page1.pageInfo.endCursor }, clerk);
  const all = [...page1.edges, ...rest.body.data!.orders.edges].map((e) => e.node);
  // Newest first, no order twice, and the three just placed are the newest.
  const times = all.map((o) => o.placedAt);
  expect([...times].sort().reverse()).toEqual(times);
  expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
  expect(
    all
      .slice(0, 3)
      .map((o) => o.id)
      .sort(),
  ).toEqual([...placed].sort());
});

it('filters by channel, status and date; bad input is a typed error', async () => {
  const since = new Date(Date.now() - 60_000).toISOString();
  const res = await list({ filter: { channel: 'POS', status: 'CONFIRMED', placedFrom: since }, first: 50 }, OPERATOR);
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.orders.edges.every((e) => e.node.channel === 'POS' && e.node.placedAt >= since)).toBe(true);
  const none = await list({ filter: { placedTo: '2000-01-01T00:00:00Z' } }, OPERATOR);
  expect(none.body.data!.orders.edges).toEqual([]);
  for (const [variables, field] of [
    [{ filter: { placedFrom: 'yesterday' } }, 'filter.placedFrom'],
    [{ first: 101 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
  ] as const) {
    const bad = await list(variables, OPERATOR);
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
});

it('staff see only their own store’s orders; customers and partners use their own views', async () => {
  for (const [who, filter] of [
    [staffOf('loc_store_02'), { storeLocationId: STORE }],
    [staffOf(STORE), {}],
    [{ kind: 'customer', customerId: 'cus_000001' }, {}],
    [{ kind: 'partner', partnerId: 'ptn_x', scopes: ['orders:read'] }, { channel: 'MARKETPLACE' }],
  ] as [Principal, Record<string, unknown>][]) {
    const res = await list({ filter }, who);
    expect(res.body.data?.orders ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
});

it('a customer pages through their own order history; another customer sees none of it', async () => {
  const me: Principal = { kind: 'customer', customerId: 'cus_000051' };
  const [pos] = await client.distinct(3);
  const placed: string[] = [];
  for (let i = 0; i < 3; i++) {
    const res = await postGraphQL<{ placeOrder: { order: { id: string } } }>(
      gw.url,
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { ... on PlacedOrder { order { id } } } }`,
      {
        input: {
          channel: 'WEB',
          destination: { lat: 48.85, lng: 2.35, countryCode: 'FR' },
          idempotencyKey: `history-${i}`,
          lines: [{ sku: pos!.sku, quantity: 1 }],
        },
      },
      bearer(me),
    );
    placed.push(res.body.data!.placeOrder.order.id);
  }
  const HISTORY = `query($after: String) { customer(id: "cus_000051") { orderHistory(first: 2, after: $after) {
    edges { node { id placedAt } } pageInfo { endCursor hasNextPage } } } }`;
  type History = { customer: { orderHistory: Page | null } };
  const first = await postGraphQL<History>(gw.url, HISTORY, {}, bearer(me));
  const page1 = first.body.data!.customer.orderHistory!;
  expect(page1.edges).toHaveLength(2);
  expect(page1.pageInfo.hasNextPage).toBe(true);
  const second = await postGraphQL<History>(gw.url, HISTORY, { after: page1.pageInfo.endCursor }, bearer(me));
  const page2 = second.body.data!.customer.orderHistory!;
  const ids = [...page1.edges, ...page2.edges].map((e) => e.node.id);
  // Newest first (the three just placed, then any older ones), never one twice.
  expect(ids.slice(0, 3)).toEqual([...placed].reverse());
  expect(new Set(ids).size).toBe(ids.length);
  const other = await postGraphQL<History>(gw.url, HISTORY, {}, bearer({ kind: 'customer', customerId: 'cus_000052' }));
  expect(other.body.data?.customer?.orderHistory ?? null).toBeNull();
});
