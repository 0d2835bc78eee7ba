import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { fulfillmentClient, staffOf, type Level } from './support/fulfillment';
import { bearer, OPERATOR, postGraphQL } from './support/http';

/**
 * Cart holds through the gateway: a hold takes exactly the cart's pickup units from its store,
 * nobody else can take them, checkout hands them to the order in the same write (even when the
 * rest of the store's stock is gone) and nothing is counted twice; short stock names every short
 * line and holds nothing; only those who may use the cart may hold it; concurrent holds make one.
 */
let gw: EmbeddedGateway;
const client = fulfillmentClient(() => gw.url);
let pickupStores: Set<string>;

beforeAll(async () => {
  gw = await startEmbeddedGateway({ partnerSafelist: false });
  const stores = await postGraphQL<{ locations: { id: string }[] }>(
    gw.url,
    '{ locations(filter: { capability: PICKUP_IN_STORE, active: true }) { id } }',
  );
  pickupStores = new Set(stores.body.data!.locations.map((l) => l.id));
});
afterAll(() => gw.stop());

type Hold = {
  reservationId: string;
  expiresAt: string;
  lines: { lineId: string; sku: string; locationId: string; quantity: number }[];
};
type Answer = {
  __typename: string;
  id?: string;
  code?: string;
  field?: string | null;
  hold?: Hold | null;
  revision?: number;
  shortLines?: { lineId: string; sku: string; locationId: string; requested: number; available: number }[];
};
const CART = 'id revision hold { reservationId expiresAt lines { lineId sku locationId quantity } }';
const RESULT = `__typename ... on Cart { ${CART} } ... on CartError { code message field }`;
const STOCK_ERROR = `... on CartStockError { code message shortLines { lineId sku locationId requested available } }`;

async function call(mutation: string, input: Record<string, unknown>, who?: Principal): Promise<Answer> {
  const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const selection = mutation === 'holdCart' ? `${RESULT} ${STOCK_ERROR}` : RESULT;
  const res = await postGraphQL<Record<string, Answer>>(
    gw.url,
    `mutation($input: ${type}!) { r: ${mutation}(input: $input) { ${selection} } }`,
    { input },
    who ? bearer(who) : undefined,
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.r!;
}

const pickup = (sku: string, store: string, quantity: number) => ({
  sku,
  quantity,
  deliveryMethod: 'PICKUP_IN_STORE',
  pickupLocationId: store,
});

/** `n` SKUs no other test uses, with at least `units` available at one store that takes pickups. */
const used = new Set<string>();
async function atOneStore(n: number, units: number): Promise<{ store: string; skus: string[] }> {
  const all = (await client.stocked(units, 'loc_store_')).filter(
    (p) => pickupStores.has(p.locationId) && !used.has(p.sku),
  );
  const byStore = new Map<string, string[]>();
  for (const p of all) byStore.set(p.locationId, [...new Set([...(byStore.get(p.locationId) ?? []), p.sku])]);
  const [store, skus] = [...byStore].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0]!;
  if (skus.length < n) throw new Error(`no store with ${n} unused SKUs of ${units}+ units`);
  for (const sku of skus.slice(0, n)) used.add(sku);
  return { store, skus: skus.slice(0, n) };
}

async function reservation(id: string) {
  const res = await postGraphQL<{
    reservation: { status: string; releaseReason: string | null; lines: { status: string }[] };
  }>(gw.url, `{ reservation(id: "${id}") { status releaseReason lines { status } } }`, undefined, bearer(OPERATOR));
  return res.body.data!.reservation;
}

const change = (a: Level, b: Level) => ({
  onHand: b.onHand - a.onHand,
  available: b.available - a.available,
  reserved: b.reserved - a.reserved,
  committed: b.committed - a.committed,
});

it('a hold takes exactly the pickup units; nobody else gets them; checkout hands them to the order, counted once', async () => {
  const { store, skus } = await atOneStore(2, 4);
  const [held, shipped] = skus as [string, string];
  const alice: Principal = { kind: 'customer', customerId: 'cus_000031' };
  const cart = await call(
    'createCart',
    {
      channel: 'WEB',
      destination: { lat: 48.8566, lng: 2.3522, countryCode: 'FR' },
      lines: [pickup(held, store, 2), { sku: shipped, quantity: 1 }],
    },
    alice,
  );
  const before = await client.level(held, store);
  const hold = await call('holdCart', { cartId: cart.id, ttlSeconds: 600 }, alice);
  expect(hold.__typename).toBe('Cart');
  // Only the pickup line is held, at its store; the shipped line is left to routing at checkout.
  expect(hold.hold!.lines).toEqual([{ lineId: expect.any(String), sku: held, locationId: store, quantity: 2 }]);
  expect(Date.parse(hold.hold!.expiresAt) - Date.now()).toBeGreaterThan(590_000);
  const afterHold = await client.level(held, store);
  expect(change(before, afterHold)).toEqual({ onHand: 0, available: -2, reserved: 2, committed: 0 });

  // Another shopper: asking for one unit more than what is left is short, naming the line; what is left they get.
  const bob: Principal = { kind: 'customer', customerId: 'cus_000032' };
  const left = afterHold.available;
  const bobs = await call('createCart', { channel: 'WEB', lines: [pickup(held, store, left + 1)] }, bob);
  const short = await call('holdCart', { cartId: bobs.id }, bob);
  expect(short).toMatchObject({
    __typename: 'CartStockError',
    code: 'INSUFFICIENT_STOCK',
    shortLines: [{ sku: held, locationId: store, requested: left + 1, available: left }],
  });
  await call('updateCartLines', { cartId: bobs.id, lines: [pickup(held, store, left)] }, bob);
  expect((await call('holdCart', { cartId: bobs.id }, bob)).hold?.lines[0]?.quantity).toBe(left);
  // The store has nothing left: a direct order for one more unit there cannot take a held one (it is
  // refused, or its pickup moves to a nearby store).
  const full = await client.level(held, store);
  const direct = await postGraphQL<{
    placeOrder: { __typename: string; order?: { fulfillmentOrders: { location: { id: string } }[] } };
  }>(
    gw.url,
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename
      ... on PlacedOrder { order { fulfillmentOrders { location { id } } } } } }`,
    { input: { channel: 'WEB', lines: [pickup(held, store, 1)], idempotencyKey: 'grab-held' } },
    bearer({ kind: 'customer', customerId: 'cus_000033' }),
  );
  expect(direct.body.data!.placeOrder.order?.fulfillmentOrders.map((f) => f.location.id) ?? []).not.toContain(store);
  expect(await client.level(held, store)).toEqual(full);
  // Staff of another store cannot take the hold over through catalog either.
  const elsewhere = [...pickupStores].find((s) => s !== store)!;
  const sneak = await postGraphQL<{ reserveStock: { __typename: string; code?: string } }>(
    gw.url,
    `mutation($input: ReserveStockInput!) { reserveStock(input: $input) { __typename ... on CatalogError { code } } }`,
    {
      input: {
        kind: 'CART',
        ownerId: 'x',
        lines: [{ sku: held, locationId: elsewhere, quantity: 1 }],
        replaces: { reservationId: hold.hold!.reservationId, ownerId: cart.id },
        idempotencyKey: 'sneak',
      },
    },
    bearer(staffOf(elsewhere)),
  );
  expect(sneak.body.data!.reserveStock).toEqual({ __typename: 'CatalogError', code: 'RESERVATION_NOT_FOUND' });
  expect(await client.level(held, store)).toMatchObject({ available: 0, reserved: afterHold.reserved + left });

  // Checkout: the order gets the held units although the store has none left.
  const placed = await postGraphQL<{
    placeOrder: {
      __typename: string;
      code?: string;
      order?: { id: string; fulfillmentOrders: { location: { id: string }; deliveryMethod: string }[] };
    };
  }>(
    gw.url,
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename
      ... on PlacedOrder { order { id fulfillmentOrders { location { id } deliveryMethod } } }
      ... on OrderPlacementError { code message } } }`,
    { input: { channel: 'WEB', cartId: cart.id, idempotencyKey: 'held-checkout' } },
    bearer(alice),
  );
  expect(placed.body.data!.placeOrder.__typename).toBe('PlacedOrder');
  expect(placed.body.data!.placeOrder.order!.fulfillmentOrders).toContainEqual({
    location: { id: store },
    deliveryMethod: 'PICKUP_IN_STORE',
  });
  expect(await reservation(hold.hold!.reservationId)).toEqual({
    status: 'RELEASED',
    releaseReason: 'replaced',
    lines: [{ status: 'RELEASED' }],
  });
  // Reserved at the store: what was there before, Bob's hold and the order's 2 units, nothing twice.
  const end = await client.level(held, store);
  expect(change(before, end)).toEqual({ onHand: 0, available: -(2 + left), reserved: 2 + left, committed: 0 });
  // Bob lets his hold go: what stays reserved is exactly the order's 2 units.
  expect(await call('releaseCartHold', { cartId: bobs.id }, bob)).toMatchObject({ __typename: 'Cart', hold: null });
  expect(change(before, await client.level(held, store))).toEqual({
    onHand: 0,
    available: -2,
    reserved: 2,
    committed: 0,
  });
  const closed = await postGraphQL<{ cart: { status: string; hold: Hold | null } }>(
    gw.url,
    `{ cart(id: "${cart.id}") { status hold { reservationId } } }`,
    undefined,
    bearer(alice),
  );
  expect(closed.body.data!.cart).toEqual({ status: 'CHECKED_OUT', hold: null });
});

it('short stock names every short line and holds nothing', async () => {
  const { store, skus } = await atOneStore(3, 2);
  const [a, b, c] = skus as [string, string, string];
  const levels = async () => Promise.all([a, b, c].map((sku) => client.level(sku, store)));
  const before = await levels();
  const cart = await call('createCart', {
    channel: 'WEB',
    lines: [
      pickup(a, store, before[0]!.available + 1),
      pickup(b, store, 1),
      pickup(c, store, before[2]!.available + 3),
    ],
  });
  const out = await call('holdCart', { cartId: cart.id });
  expect(out.__typename).toBe('CartStockError');
  expect(out.shortLines!.map((s) => [s.sku, s.requested, s.available]).sort()).toEqual(
    [
      [a, before[0]!.available + 1, before[0]!.available],
      [c, before[2]!.available + 3, before[2]!.available],
    ].sort(),
  );
  expect(await levels()).toEqual(before);
  const read = await postGraphQL<{ cart: { hold: Hold | null } }>(
    gw.url,
    `{ cart(id: "${cart.id}") { hold { reservationId } } }`,
  );
  expect(read.body.data!.cart.hold).toBeNull();
  // Bad input is typed and names the field; a cart with nothing collected has nothing to hold.
  expect(await call('holdCart', { cartId: cart.id, ttlSeconds: 59 })).toMatchObject({
    code: 'INVALID_HOLD',
    field: 'ttlSeconds',
  });
  expect(await call('holdCart', { cartId: cart.id, ttlSeconds: 3601 })).toMatchObject({
    code: 'INVALID_HOLD',
    field: 'ttlSeconds',
  });
  const shipOnly = await call('createCart', { channel: 'WEB', lines: [{ sku: a, quantity: 1 }] });
  expect(await call('holdCart', { cartId: shipOnly.id })).toMatchObject({ code: 'NOTHING_TO_HOLD' });
  expect(await levels()).toEqual(before);
});

it('only whoever may use the cart holds or releases it: another customer, a partner or a stranger clerk are answered as for a missing cart', async () => {
  const { store, skus } = await atOneStore(1, 2);
  const owner: Principal = { kind: 'customer', customerId: 'cus_000018' };
  const cart = await call('createCart', { channel: 'APP', lines: [pickup(skus[0]!, store, 1)] }, owner);
  const before = await client.level(skus[0]!, store);
  const strangers: (Principal | undefined)[] = [
    { kind: 'customer', customerId: 'cus_000019' },
    { kind: 'partner', partnerId: 'ptn_x', scopes: ['orders:write', 'orders:read', 'customers:read'] },
    staffOf(store),
    undefined,
  ];
  for (const who of strangers) {
    expect(await call('holdCart', { cartId: cart.id }, who)).toMatchObject({ code: 'CART_NOT_FOUND' });
  }
  expect(await client.level(skus[0]!, store)).toEqual(before);
  const mine = await call('holdCart', { cartId: cart.id }, owner);
  expect(mine.hold).not.toBeNull();
  for (const who of strangers) {
    expect(await call('releaseCartHold', { cartId: cart.id }, who)).toMatchObject({ code: 'CART_NOT_FOUND' });
  }
  expect(change(before, await client.level(skus[0]!, store))).toMatchObject({ available: -1, reserved: 1 });
  // Recognised at the store (loyalty card), its staff may use the cart: they release the hold.
  const customer = await postGraphQL<{ customer: { identifiers: { type: string; value: string }[] } }>(
    gw.url,
    '{ customer(id: "cus_000018") { identifiers { type value } } }',
    undefined,
    bearer(OPERATOR),
  );
  const card = customer.body.data!.customer.identifiers.find((i) => i.type === 'LOYALTY_CARD')!.value;
  await call('recognizeShopperCart', { locationId: store, channel: 'KIOSK', loyaltyCard: card }, staffOf(store));
  expect(await call('releaseCartHold', { cartId: cart.id }, staffOf(store))).toMatchObject({
    __typename: 'Cart',
    hold: null,
  });
  expect(await client.level(skus[0]!, store)).toEqual(before);
  expect(await reservation(mine.hold!.reservationId)).toMatchObject({
    status: 'RELEASED',
    releaseReason: 'released-by-shopper',
  });
});

it('concurrent holds of one cart make one hold; changing a held line releases it, changing a shipped line does not', async () => {
  const { store, skus } = await atOneStore(2, 3);
  const [a, b] = skus as [string, string];
  const cart = await call('createCart', { channel: 'WEB', lines: [pickup(a, store, 3), { sku: b, quantity: 1 }] });
  const before = await client.level(a, store);
  const answers = await Promise.all(
    Array.from({ length: 20 }, () => call('holdCart', { cartId: cart.id, ttlSeconds: 900 })),
  );
  expect(answers.every((r) => r.__typename === 'Cart')).toBe(true);
  const ids = new Set(answers.map((r) => r.hold?.reservationId));
  expect(ids.size).toBe(1);
  expect(change(before, await client.level(a, store))).toEqual({ onHand: 0, available: -3, reserved: 3, committed: 0 });
  // Other durations at once: still one hold (a loser is told to retry, or answered with it).
  const mixed = await call('createCart', { channel: 'WEB', lines: [pickup(b, store, 1)] });
  const beforeB = await client.level(b, store);
  const racing = await Promise.all(
    [60, 120, 180, 240, 300, 360].map((ttl) => call('holdCart', { cartId: mixed.id, ttlSeconds: ttl })),
  );
  expect(racing.every((r) => r.__typename === 'Cart' || r.code === 'REVISION_MISMATCH')).toBe(true);
  expect(new Set(racing.filter((r) => r.hold).map((r) => r.hold!.reservationId)).size).toBe(1);
  expect(change(beforeB, await client.level(b, store))).toMatchObject({ available: -1, reserved: 1 });

  const reservationId = [...ids][0]!;
  const shipChange = await call('updateCartLines', { cartId: cart.id, lines: [{ sku: b, quantity: 2 }] });
  expect(shipChange.hold?.reservationId).toBe(reservationId);
  const heldChange = await call('updateCartLines', { cartId: cart.id, lines: [pickup(a, store, 2)] });
  expect(heldChange.hold).toBeNull();
  expect(await client.level(a, store)).toEqual(before);
  expect(await reservation(reservationId)).toMatchObject({ status: 'RELEASED', releaseReason: 'cart-changed' });
  // Held again, it is a new hold of the cart as it is now.
  const again = await call('holdCart', { cartId: cart.id });
  expect(again.hold).toMatchObject({ lines: [{ sku: a, quantity: 2 }] });
  expect(again.hold!.reservationId).not.toBe(reservationId);
});
