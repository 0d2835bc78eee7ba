import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { fulfillmentClient, staffOf } from './support/fulfillment';
import { bearer, postGraphQL } from './support/http';

/**
 * Carts through the gateway: an anonymous cart (its id is its key), merged into the customer's
 * cart on sign-in, found again at a kiosk when the shopper is recognised by loyalty card, and
 * checked out at the till; one order per idempotency key however many callers race with it.
 */
let gw: EmbeddedGateway;
const client = fulfillmentClient(() => gw.url);
const stocked = (units: number, prefix?: string) => client.distinct(units, prefix);

beforeAll(async () => {
  // Authorization is what refuses partners here; the safelist has its own test.
  gw = await startEmbeddedGateway({ partnerSafelist: false });
});
afterAll(() => gw.stop());

type Cart = {
  id: string;
  status: string;
  revision: number;
  itemCount: number;
  subtotal: { amount: number };
  customer: { id: string } | null;
  lines: {
    id: string;
    quantity: number;
    deliveryMethod: string;
    unitPrice: { amount: number } | null;
    variant: { sku: string };
  }[];
};
const CART = `id status revision itemCount subtotal { amount } customer { id }
  lines { id quantity deliveryMethod unitPrice { amount } variant { sku } }`;
type Answer = { __typename: string; code?: string; field?: string } & Partial<Cart>;
const RESULT = `__typename ... on Cart { ${CART} } ... on CartError { code message field }`;

async function call(mutation: string, input: Record<string, unknown>, who?: Principal): Promise<Answer> {
  const res = await postGraphQL<Record<string, Answer>>(
    gw.url,
    `mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { r: ${mutation}(input: $input) { ${RESULT} } }`,
    { input },
    who ? bearer(who) : undefined,
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.r!;
}

/** A customer with a loyalty card, from identity's demo data. */
async function loyaltyCustomer(): Promise<{ id: string; card: string }> {
  const res = await postGraphQL<{ customer: { id: string; identifiers: { type: string; value: string }[] } }>(
    gw.url,
    '{ customer(id: "cus_000018") { id identifiers { type value } } }',
    undefined,
    bearer({ kind: 'operator', userId: 'ops_1' }),
  );
  const c = res.body.data!.customer;
  return { id: c.id, card: c.identifiers.find((i) => i.type === 'LOYALTY_CARD')!.value };
}

it('an anonymous cart: created without signing in, used by whoever holds its id, compare-and-set on its revision', async () => {
  const [a] = await stocked(1);
  const created = await call('createCart', { channel: 'WEB', lines: [{ sku: a!.sku, quantity: 2 }] });
  expect(created).toMatchObject({ __typename: 'Cart', status: 'ACTIVE', revision: 1, itemCount: 2, customer: null });
  expect(created.lines![0]!.unitPrice!.amount * 2).toBe(created.subtotal!.amount);
  const updated = await call('updateCartLines', {
    cartId: created.id,
    lines: [{ sku: a!.sku, quantity: 3 }],
    expectedRevision: 1,
  });
  expect(updated).toMatchObject({ revision: 2, itemCount: 3 });
  // A change made on a stale view is refused, and changes nothing.
  expect(
    await call('updateCartLines', { cartId: created.id, lines: [{ sku: a!.sku, quantity: 9 }], expectedRevision: 1 }),
  ).toMatchObject({ code: 'REVISION_MISMATCH' });
  expect(await call('updateCartLines', { cartId: created.id, lines: [{ sku: a!.sku, quantity: 1000 }] })).toMatchObject(
    {
      code: 'INVALID_CART_LINE',
      field: 'lines[0].quantity',
    },
  );
  const read = await postGraphQL<{ cart: Cart }>(gw.url, `{ cart(id: "${created.id}") { ${CART} } }`);
  expect(read.body.data!.cart).toMatchObject({ revision: 2, itemCount: 3 });
  // An unknown id and a partner are answered alike.
  expect(await call('updateCartLines', { cartId: 'cart_nope', lines: [{ sku: a!.sku, quantity: 1 }] })).toMatchObject({
    code: 'CART_NOT_FOUND',
  });
  const partner: Principal = { kind: 'partner', partnerId: 'ptn_x', scopes: ['orders:write'] };
  expect(
    await call('updateCartLines', { cartId: created.id, lines: [{ sku: a!.sku, quantity: 1 }] }, partner),
  ).toMatchObject({
    code: 'CART_NOT_FOUND',
  });
});

it('on sign-in the anonymous cart merges into the customer’s, which is theirs alone', async () => {
  const [a, b] = await stocked(2);
  const alice: Principal = { kind: 'customer', customerId: 'cus_000011' };
  const mine = await call('createCart', { channel: 'APP', lines: [{ sku: a!.sku, quantity: 1 }] }, alice);
  expect(mine.customer).toEqual({ id: 'cus_000011' });
  const anonymous = await call('createCart', {
    channel: 'WEB',
    lines: [
      { sku: a!.sku, quantity: 2 },
      { sku: b!.sku, quantity: 1 },
    ],
  });
  // Only a signed-in customer merges; another customer's cart is not theirs to read.
  const anonymousMerge = await postGraphQL(
    gw.url,
    `mutation { mergeCart(input: { cartId: "${anonymous.id}" }) { __typename } }`,
  );
  expect(anonymousMerge.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const merged = await call('mergeCart', { cartId: anonymous.id }, alice);
  expect(merged).toMatchObject({ id: mine.id, itemCount: 3 });
  expect(merged.lines!.map((l) => [l.variant.sku, l.quantity]).sort()).toEqual(
    [
      [a!.sku, 2],
      [b!.sku, 1],
    ].sort(),
  );
  expect(await call('updateCartLines', { cartId: anonymous.id, lines: [{ sku: a!.sku, quantity: 1 }] })).toMatchObject({
    code: 'CART_CLOSED',
  });
  const bob: Principal = { kind: 'customer', customerId: 'cus_000012' };
  const peek = await postGraphQL<{ cart: Cart | null }>(
    gw.url,
    `{ cart(id: "${mine.id}") { id } }`,
    undefined,
    bearer(bob),
  );
  expect(peek.body.data?.cart).toBeNull();
  expect(peek.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  const me = await postGraphQL<{ me: { activeCart: { id: string } | null } }>(
    gw.url,
    '{ me { activeCart { id } } }',
    undefined,
    bearer(alice),
  );
  expect(me.body.data!.me.activeCart).toEqual({ id: mine.id });
});

it('the app cart is found at the kiosk by loyalty card and checked out at the till with ship, pickup and carry-out lines', async () => {
  const shopper = await loyaltyCustomer();
  const app: Principal = { kind: 'customer', customerId: shopper.id };
  const store = 'loc_store_01';
  const [shipped] = await stocked(1, 'loc_dc_');
  const [atStore] = (await stocked(2, store)).filter((p) => p.locationId === store);
  const cart = await call(
    'createCart',
    {
      channel: 'APP',
      destination: { lat: 48.8566, lng: 2.3522, countryCode: 'FR' },
      lines: [
        { sku: shipped!.sku, quantity: 1 },
        { sku: atStore!.sku, quantity: 1, deliveryMethod: 'PICKUP_IN_STORE', pickupLocationId: store },
      ],
    },
    app,
  );
  const clerk = staffOf(store);
  // Before the shopper is recognised here, the store's staff cannot see the cart.
  expect(
    await call('updateCartLines', { cartId: cart.id, lines: [{ sku: atStore!.sku, quantity: 1 }] }, clerk),
  ).toMatchObject({
    code: 'CART_NOT_FOUND',
  });
  const found = await call(
    'recognizeShopperCart',
    { locationId: store, channel: 'KIOSK', loyaltyCard: shopper.card },
    clerk,
  );
  expect(found).toMatchObject({ id: cart.id, customer: { id: shopper.id } });
  // A clerk of another store cannot recognise shoppers here.
  const elsewhere = await postGraphQL<{ r: unknown }>(
    gw.url,
    'mutation($input: RecognizeShopperCartInput!) { r: recognizeShopperCart(input: $input) { __typename } }',
    { input: { locationId: store, channel: 'KIOSK', loyaltyCard: shopper.card } },
    bearer(staffOf('loc_store_02')),
  );
  expect(elsewhere.body.data?.r ?? null).toBeNull();
  expect(elsewhere.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const add = await call(
    'updateCartLines',
    {
      cartId: cart.id,
      lines: [{ sku: atStore!.sku, quantity: 1, deliveryMethod: 'CARRY_OUT', pickupLocationId: store }],
    },
    clerk,
  );
  expect(add.itemCount).toBe(3);

  const placed = await postGraphQL<{
    placeOrder: {
      __typename: string;
      order?: { id: string; status: string; customer: { id: string }; lines: { deliveryMethod: string }[] };
    };
  }>(
    gw.url,
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename
      ... on PlacedOrder { order { id status customer { id } lines { deliveryMethod } } }
      ... on OrderPlacementError { code message field } } }`,
    { input: { channel: 'POS', storeLocationId: store, cartId: cart.id, idempotencyKey: `till-${cart.id}` } },
    bearer(clerk),
  );
  expect(placed.body.data?.placeOrder).toMatchObject({
    __typename: 'PlacedOrder',
    order: { customer: { id: shopper.id } },
  });
  expect(placed.body.data!.placeOrder.order!.lines.map((l) => l.deliveryMethod).sort()).toEqual([
    'CARRY_OUT',
    'PICKUP_IN_STORE',
    'SHIP',
  ]);
  const closed = await postGraphQL<{ cart: { status: string; order: { id: string } } }>(
    gw.url,
    `{ cart(id: "${cart.id}") { status order { id } } }`,
    undefined,
    bearer(app),
  );
  expect(closed.body.data!.cart).toEqual({
    status: 'CHECKED_OUT',
    order: { id: placed.body.data!.placeOrder.order!.id },
  });
});

it('100 concurrent checkouts with one key place one order; the same key with another cart is a conflict', async () => {
  const [a, b] = await stocked(2);
  const shopper: Principal = { kind: 'customer', customerId: 'cus_000021' };
  const cart = await call(
    'createCart',
    {
      channel: 'WEB',
      destination: { lat: 45.76, lng: 4.84, countryCode: 'FR' },
      lines: [{ sku: a!.sku, quantity: 1 }],
    },
    shopper,
  );
  const checkout = (cartId: string) =>
    postGraphQL<{ placeOrder: { __typename: string; code?: string; order?: { id: string } } }>(
      gw.url,
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename
        ... on PlacedOrder { order { id } } ... on OrderPlacementError { code } } }`,
      { input: { channel: 'WEB', cartId, idempotencyKey: 'one-click' } },
      bearer(shopper),
    );
  const answers = await Promise.all(Array.from({ length: 100 }, () => checkout(cart.id!)));
  const ids = new Set(answers.map((r) => r.body.data?.placeOrder.order?.id));
  expect(answers.every((r) => r.body.data?.placeOrder.__typename === 'PlacedOrder')).toBe(true);
  expect(ids.size).toBe(1);
  const orders = await postGraphQL<{ customer: { orders: { id: string }[] } }>(
    gw.url,
    `{ customer(id: "cus_000021") { orders(first: 50) { id } } }`,
    undefined,
    bearer(shopper),
  );
  expect(orders.body.data!.customer.orders.filter((o) => ids.has(o.id))).toHaveLength(1);
  const other = await call(
    'createCart',
    {
      channel: 'WEB',
      destination: { lat: 45.76, lng: 4.84, countryCode: 'FR' },
      lines: [{ sku: b!.sku, quantity: 1 }],
    },
    shopper,
  );
  expect((await checkout(other.id!)).body.data?.placeOrder).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' });
});
