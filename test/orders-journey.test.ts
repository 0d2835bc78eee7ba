import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { fulfillmentClient, staffOf } from './support/fulfillment';
import { bearer, postGraphQL } from './support/http';

/**
 * The connected-commerce journey end to end through the gateway: a cart filled in the app, the
 * shopper recognised at the kiosk by loyalty card, checkout at the till with a shipped, a pickup
 * and a carry-out line, the order's status following its fulfillment orders, and a partial return
 * of the carry-out item that restocks the store — availability shows it at once.
 */
let gw: EmbeddedGateway;
const client = fulfillmentClient(() => gw.url);
const STORE = 'loc_store_01';
const SHOPPER = 'cus_000018'; // demo customer with loyalty card LC-2785568321
const APP: Principal = { kind: 'customer', customerId: SHOPPER };
const CLERK = staffOf(STORE);

beforeAll(async () => {
  gw = await startEmbeddedGateway();
});
afterAll(() => gw.stop());

async function gql<T>(query: string, variables: Record<string, unknown>, who: Principal): Promise<T> {
  const res = await postGraphQL<T>(gw.url, query, variables, bearer(who));
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

const available = async (sku: string) =>
  (
    await gql<{ variant: { availabilityAt: { available: number }[] } }>(
      `query($sku: String!, $at: [ID!]!) { variant(sku: $sku) { availabilityAt(locationIds: $at) { available } } }`,
      { sku, at: [STORE] },
      APP,
    )
  ).variant.availabilityAt[0]!.available;

async function orderStatus(id: string, want: string): Promise<string> {
  let status = '';
  for (let i = 0; i < 100 && status !== want; i++) {
    if (i) await new Promise((r) => setTimeout(r, 50));
    status = (await gql<{ order: { status: string } }>(`{ order(id: "${id}") { status } }`, {}, APP)).order.status;
  }
  return status;
}

it('app cart → kiosk by loyalty card → till checkout (ship, pickup, carry-out) → statuses follow → partial return restocks the store', async () => {
  const [shipped] = await client.distinct(1, 'loc_dc_');
  const inStore = (await client.distinct(3, STORE)).filter((p) => p.locationId === STORE && p.sku !== shipped!.sku);
  const [pickup, carry] = inStore;

  // 1. In the app: a cart with a parcel and a pickup.
  const cart = await gql<{ createCart: { id: string } }>(
    `mutation($input: CreateCartInput!) { createCart(input: $input) { ... on Cart { id } } }`,
    {
      input: {
        channel: 'APP',
        destination: { lat: 48.8566, lng: 2.3522, countryCode: 'FR' },
        lines: [
          { sku: shipped!.sku, quantity: 1 },
          { sku: pickup!.sku, quantity: 1, deliveryMethod: 'PICKUP_IN_STORE', pickupLocationId: STORE },
        ],
      },
    },
    APP,
  );

  // 2. At the kiosk: recognised by loyalty card, the same cart; the clerk adds a carry-out item.
  const found = await gql<{ recognizeShopperCart: { id: string; customer: { id: string } } }>(
    `mutation($input: RecognizeShopperCartInput!) { recognizeShopperCart(input: $input) { ... on Cart { id customer { id } } } }`,
    { input: { locationId: STORE, channel: 'KIOSK', loyaltyCard: 'lc-2785568321' } },
    CLERK,
  );
  expect(found.recognizeShopperCart).toEqual({ id: cart.createCart.id, customer: { id: SHOPPER } });
  await gql(
    `mutation($input: UpdateCartLinesInput!) { updateCartLines(input: $input) { ... on Cart { itemCount } } }`,
    {
      input: {
        cartId: cart.createCart.id,
        lines: [{ sku: carry!.sku, quantity: 2, deliveryMethod: 'CARRY_OUT', pickupLocationId: STORE }],
      },
    },
    CLERK,
  );
  const carryBefore = await available(carry!.sku);

  // 3. At the till: one order, the carry-out handed over at once.
  const placed = await gql<{
    placeOrder: {
      order: {
        id: string;
        status: string;
        lines: { id: string; deliveryMethod: string }[];
        fulfillmentOrders: { id: string; status: string; deliveryMethod: string; location: { id: string } }[];
      };
    };
  }>(
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { ... on PlacedOrder { order {
      id status lines { id deliveryMethod } fulfillmentOrders { id status deliveryMethod location { id } } } } } }`,
    { input: { channel: 'POS', storeLocationId: STORE, cartId: cart.createCart.id, idempotencyKey: 'journey-till-1' } },
    CLERK,
  );
  const order = placed.placeOrder.order;
  const byMethod = (m: string) => order.fulfillmentOrders.find((f) => f.deliveryMethod === m)!;
  expect(byMethod('CARRY_OUT').status).toBe('PICKED_UP');
  expect(await available(carry!.sku)).toBe(carryBefore - 2);
  expect(await orderStatus(order.id, 'PARTIALLY_FULFILLED')).toBe('PARTIALLY_FULFILLED');

  // 4. The pickup is made ready and collected; the parcel ships and is delivered: fulfilled.
  const pick = byMethod('PICKUP_IN_STORE');
  for (const action of ['ACCEPT', 'READY_FOR_PICKUP', 'PICKED_UP'] as const)
    await client.step(pick as never, action, CLERK);
  const parcel = byMethod('SHIP');
  for (const action of ['ACCEPT', 'SHIP', 'DELIVER'] as const) {
    await client.step(parcel as never, action, staffOf(parcel.location.id));
  }
  expect(await orderStatus(order.id, 'FULFILLED')).toBe('FULFILLED');

  // 5. One of the two carried-out items comes back to the store, resaleable: available at once.
  const carryLine = order.lines.find((l) => l.deliveryMethod === 'CARRY_OUT')!;
  const requested = await gql<{ requestReturn: { __typename: string; id?: string; code?: string } }>(
    `mutation($input: RequestReturnInput!) { requestReturn(input: $input) { __typename ... on Return { id } ... on ReturnError { code message } } }`,
    {
      input: {
        orderId: order.id,
        lines: [{ orderLineId: carryLine.id, quantity: 1, reason: 'too big' }],
        idempotencyKey: 'r1',
      },
    },
    APP,
  );
  expect(requested.requestReturn.__typename).toBe('Return');
  const beforeReturn = await available(carry!.sku);
  const received = await gql<{ receiveReturn: { __typename: string; status?: string } }>(
    `mutation($input: ReceiveReturnInput!) { receiveReturn(input: $input) { __typename ... on Return { status } ... on ReturnError { code message } } }`,
    {
      input: {
        returnId: requested.requestReturn.id,
        locationId: STORE,
        lines: [{ orderLineId: carryLine.id, quantity: 1, grade: 'RESTOCK' }],
        sourceEventId: 'pos-return-1',
      },
    },
    CLERK,
  );
  expect(received.receiveReturn).toMatchObject({ __typename: 'Return', status: 'RECEIVED' });
  expect(await available(carry!.sku)).toBe(beforeReturn + 1);
  // Never more back than went out: the second carried-out unit, and no more.
  const over = await gql<{ requestReturn: { __typename: string; code?: string } }>(
    `mutation($input: RequestReturnInput!) { requestReturn(input: $input) { __typename ... on ReturnError { code } } }`,
    {
      input: {
        orderId: order.id,
        lines: [{ orderLineId: carryLine.id, quantity: 2, reason: 'again' }],
        idempotencyKey: 'r2',
      },
    },
    APP,
  );
  expect(over.requestReturn).toEqual({ __typename: 'ReturnError', code: 'NOT_RETURNABLE' });
});
