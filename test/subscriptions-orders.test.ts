import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { FO, fulfillmentClient, staffOf, type Fo } from './support/fulfillment';
import { bearer, OPERATOR, postGraphQL } from './support/http';
import { collect, liveClients, refusal } from './support/live';

/**
 * Order and work-queue subscriptions through the one graph, with the real graphql-ws client: a
 * shopper follows their order (its status from orders, its fulfillment orders from fulfillment,
 * resolved per message) while a store associate works it from their live queue; another shopper,
 * another store's device and bad input are refused when subscribing and receive nothing.
 */
const ALICE: Principal = { kind: 'customer', customerId: 'cus_000001' };
const BOB: Principal = { kind: 'customer', customerId: 'cus_000002' };

let gw: EmbeddedGateway;
let n = 0;
const { step, stocked } = fulfillmentClient(() => gw.url);
const live = liveClients(() => gw.url);

beforeAll(async () => {
  gw = await startEmbeddedGateway();
});
afterEach(() => live.disposeAll());
afterAll(() => gw.stop());

interface Order {
  id: string;
  status: string;
  statusHistory: { status: string }[];
  fulfillmentOrders: Fo[];
}
const ORDER = `id status statusHistory { status } fulfillmentOrders { ${FO} }`;

type OrderUpdate = { orderStatusChanged: { kind: string; sequence: number; cause: string | null; order: Order } };
const WATCH_ORDER = `subscription($orderId: ID!) {
  orderStatusChanged(orderId: $orderId) { kind sequence cause order { ${ORDER} } }
}`;

type QueueUpdate = {
  fulfillmentQueueChanged: { kind: string; sequence: number; fulfillmentOrders: Fo[]; leftQueueIds: string[] };
};
const WATCH_QUEUE = `subscription($locationId: ID!, $first: Int) {
  fulfillmentQueueChanged(locationId: $locationId, first: $first) {
    kind sequence leftQueueIds fulfillmentOrders { ${FO} }
  }
}`;

type MyOrders = {
  customerOrdersChanged: {
    kind: string;
    sequence: number;
    cause: string | null;
    orders: { id: string; status: string; customer: { id: string } }[];
  };
};
const MY_ORDERS = `subscription { customerOrdersChanged { kind sequence cause orders { id status customer { id } } } }`;

async function place(lines: Record<string, unknown>[], who: Principal = ALICE): Promise<Order> {
  const res = await postGraphQL<{ placeOrder: { __typename: string; order?: Order } }>(
    gw.url,
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on PlacedOrder { order { ${ORDER} } }
      ... on OrderPlacementError { code message } } }`,
    {
      input: {
        channel: 'WEB',
        destination: { lat: 48.8566, lng: 2.3522, countryCode: 'FR' },
        idempotencyKey: `live-${++n}`,
        lines,
      },
    },
    bearer(who),
  );
  const placed = res.body.data?.placeOrder;
  if (placed?.__typename !== 'PlacedOrder') throw new Error(JSON.stringify(res.body));
  return placed.order!;
}

/** A store taking pickups with `units` of a SKU available to WEB. */
async function pickupStore(units = 1): Promise<{ sku: string; locationId: string }> {
  const stores = await postGraphQL<{ locations: { id: string }[] }>(
    gw.url,
    '{ locations(filter: { capability: PICKUP_IN_STORE, active: true }) { id } }',
  );
  const ids = new Set(stores.body.data!.locations.map((l) => l.id));
  const pos = (await stocked(units, 'loc_store_')).find((p) => ids.has(p.locationId));
  if (!pos) throw new Error('no store with stock for a pickup');
  return pos;
}

const pickupLine = (pos: { sku: string; locationId: string }) => ({
  sku: pos.sku,
  quantity: 1,
  deliveryMethod: 'PICKUP_IN_STORE',
  pickupLocationId: pos.locationId,
});

it('a shopper follows their pickup order while the store works it from its live queue', async () => {
  const pos = await pickupStore();
  const associate = staffOf(pos.locationId);
  const queue = collect<QueueUpdate>(live.client(associate), WATCH_QUEUE, { locationId: pos.locationId });
  const [queued] = await queue.next(1);
  expect(queued!.errors).toBeUndefined();
  expect(queued!.data!.fulfillmentQueueChanged).toMatchObject({ kind: 'SNAPSHOT', sequence: 1, leftQueueIds: [] });
  const before = queued!.data!.fulfillmentQueueChanged.fulfillmentOrders;
  expect(before.every((fo) => fo.location.id === pos.locationId || fo.pickupLocation?.id === pos.locationId)).toBe(
    true,
  );

  // A new assignment: the order's fulfillment order appears in the store's queue.
  const order = await place([pickupLine(pos)]);
  expect(order.status).toBe('CONFIRMED');
  const [fo] = order.fulfillmentOrders;
  expect(fo).toMatchObject({ status: 'OPEN', location: { id: pos.locationId } });
  const [, assigned] = await queue.next(2);
  expect(assigned!.data!.fulfillmentQueueChanged).toMatchObject({
    kind: 'CHANGE',
    sequence: 2,
    fulfillmentOrders: [{ id: fo!.id, status: 'OPEN', deliveryMethod: 'PICKUP_IN_STORE' }],
    leftQueueIds: [],
  });
  expect(before.map((b) => b.id)).not.toContain(fo!.id);

  // The shopper subscribes: the order as it is now.
  const mine = collect<OrderUpdate>(live.client(ALICE), WATCH_ORDER, { orderId: order.id });
  const [snapshot] = await mine.next(1);
  expect(snapshot!.errors).toBeUndefined();
  expect(snapshot!.data!.orderStatusChanged).toMatchObject({
    kind: 'SNAPSHOT',
    sequence: 1,
    cause: null,
    order: { id: order.id, status: 'CONFIRMED', fulfillmentOrders: [{ id: fo!.id, status: 'OPEN' }] },
  });
  // Another shopper is answered as for a missing order, and hears nothing of it.
  const nosy = collect<OrderUpdate>(live.client(BOB), WATCH_ORDER, { orderId: order.id });
  expect(await refusal(nosy)).toEqual(['NOT_FOUND']);
  expect(nosy.messages[0]!.data ?? null).toBeNull();

  // Each step: fulfillment's event (the fulfillment order moved), then orders' (the status followed).
  const steps = [
    ['ACCEPT', 'ACCEPTED', 'IN_PROGRESS'],
    ['READY_FOR_PICKUP', 'READY_FOR_PICKUP', 'READY_FOR_PICKUP'],
    ['PICKED_UP', 'PICKED_UP', 'FULFILLED'],
  ] as const;
  for (const [i, [action, foStatus, orderStatus]] of steps.entries()) {
    const done = await step(fo!, action, associate);
    expect(done.fulfillmentOrder?.status).toBe(foStatus);
    const messages = await mine.next(3 + 2 * i);
    const [moved, followed] = messages.slice(-2).map((m) => m.data!.orderStatusChanged);
    expect(moved).toMatchObject({
      kind: 'CHANGE',
      sequence: 2 + 2 * i,
      cause: 'FULFILLMENT_ORDER_CHANGED',
      order: { id: order.id, fulfillmentOrders: [{ id: fo!.id, status: foStatus }] },
    });
    expect(followed).toMatchObject({
      kind: 'CHANGE',
      sequence: 3 + 2 * i,
      cause: 'STATUS_CHANGED',
      order: { id: order.id, status: orderStatus, fulfillmentOrders: [{ id: fo!.id, status: foStatus }] },
    });
    // The store's queue: the same fulfillment order, still queued until it is picked up.
    const [changed] = (await queue.next(3 + i)).slice(-1).map((m) => m.data!.fulfillmentQueueChanged);
    expect(changed).toMatchObject({
      kind: 'CHANGE',
      sequence: 3 + i,
      fulfillmentOrders: [{ id: fo!.id, status: foStatus }],
      leftQueueIds: action === 'PICKED_UP' ? [fo!.id] : [],
    });
  }
  const last = mine.messages.at(-1)!.data!.orderStatusChanged.order;
  expect(last.statusHistory.map((h) => h.status)).toEqual([
    'CONFIRMED',
    'IN_PROGRESS',
    'READY_FOR_PICKUP',
    'FULFILLED',
  ]);
  expect(mine.messages).toHaveLength(7);
  expect(queue.messages).toHaveLength(5);
  expect(nosy.messages).toHaveLength(1);
});

it('a shipped order: the shopper sees the warehouse accept and ship it', async () => {
  const [pos] = await stocked(1, 'loc_dc_');
  const order = await place([{ sku: pos!.sku, quantity: 1 }]);
  const fo = order.fulfillmentOrders[0]!;
  const mine = collect<OrderUpdate>(live.client(ALICE), WATCH_ORDER, { orderId: order.id });
  await mine.next(1);
  const staff = staffOf(fo.location.id);
  await step(fo, 'ACCEPT', staff);
  await mine.next(3);
  await step(fo, 'SHIP', staff, { carrier: 'DHL', trackingNumber: '00340434161094000000' });
  const messages = (await mine.next(5)).map((m) => m.data!.orderStatusChanged);
  expect(messages.map((m) => [m.kind, m.sequence, m.cause])).toEqual([
    ['SNAPSHOT', 1, null],
    ['CHANGE', 2, 'FULFILLMENT_ORDER_CHANGED'],
    ['CHANGE', 3, 'STATUS_CHANGED'],
    ['CHANGE', 4, 'FULFILLMENT_ORDER_CHANGED'],
    ['CHANGE', 5, 'STATUS_CHANGED'],
  ]);
  expect(messages.map((m) => m.order.fulfillmentOrders[0]!.status)).toEqual([
    'OPEN',
    'ACCEPTED',
    'ACCEPTED',
    'SHIPPED',
    'SHIPPED',
  ]);
  expect(messages[2]!.order.status).toBe('IN_PROGRESS');
  expect(messages[4]!.order.status).toBe('FULFILLED');
});

it('a customer’s own orders: the latest first, then each one placed or cancelled, never another’s', async () => {
  const mine = collect<MyOrders>(live.client(ALICE), MY_ORDERS);
  const [snapshot] = await mine.next(1);
  expect(snapshot!.errors).toBeUndefined();
  const first = snapshot!.data!.customerOrdersChanged;
  expect(first).toMatchObject({ kind: 'SNAPSHOT', sequence: 1, cause: null });
  expect(first.orders.length).toBeGreaterThan(0);
  expect(first.orders.length).toBeLessThanOrEqual(20);
  expect(first.orders.every((o) => o.customer.id === ALICE.customerId)).toBe(true);

  const [a, b] = await stocked(1, 'loc_dc_');
  const placed = await place([{ sku: a!.sku, quantity: 1 }]);
  const [, news] = await mine.next(2);
  expect(news!.data!.customerOrdersChanged).toEqual({
    kind: 'CHANGE',
    sequence: 2,
    cause: 'PLACED',
    orders: [{ id: placed.id, status: 'CONFIRMED', customer: { id: ALICE.customerId } }],
  });
  // Another shopper's order is not hers to hear about.
  const theirs = await place([{ sku: b!.sku, quantity: 1 }], BOB);
  const cancelled = await postGraphQL<{ cancelOrder: { __typename: string; status: string } }>(
    gw.url,
    `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { __typename ... on Order { status } } }`,
    { input: { orderId: placed.id, reason: 'changed mind', idempotencyKey: `live-cancel-${++n}` } },
    bearer(ALICE),
  );
  expect(cancelled.body.data?.cancelOrder).toEqual({ __typename: 'Order', status: 'CANCELLED' });
  const after = (await mine.next(4)).slice(2).map((m) => m.data!.customerOrdersChanged);
  // One write records both events (the cancellation and the status change).
  expect(after.map((m) => m.sequence)).toEqual([3, 4]);
  expect(after.map((m) => m.cause).sort()).toEqual(['CANCELLED', 'STATUS_CHANGED']);
  for (const m of after)
    expect(m.orders).toEqual([{ id: placed.id, status: 'CANCELLED', customer: { id: ALICE.customerId } }]);
  const seen = mine.messages.flatMap((m) => m.data!.customerOrdersChanged.orders.map((o) => o.id));
  expect(seen).not.toContain(theirs.id);
});

it('refused when subscribing, with typed errors: another store, bad input, the wrong kind of caller', async () => {
  const pos = await pickupStore();
  const otherStore = pos.locationId === 'loc_store_01' ? 'loc_store_02' : 'loc_store_01';
  const kiosk: Principal = { kind: 'device', deviceId: 'kiosk_9', locationId: otherStore };
  const cases: [Principal | null, string, Record<string, unknown>, string][] = [
    // Another store's device may not watch this store's queue.
    [kiosk, WATCH_QUEUE, { locationId: pos.locationId }, 'FORBIDDEN'],
    [null, WATCH_QUEUE, { locationId: pos.locationId }, 'UNAUTHENTICATED'],
    [OPERATOR, WATCH_QUEUE, { locationId: 'loc_nowhere' }, 'NOT_FOUND'],
    [OPERATOR, WATCH_QUEUE, { locationId: '   ' }, 'BAD_USER_INPUT'],
    [staffOf(pos.locationId), WATCH_QUEUE, { locationId: pos.locationId, first: 0 }, 'BAD_USER_INPUT'],
    [staffOf(pos.locationId), WATCH_QUEUE, { locationId: pos.locationId, first: 101 }, 'BAD_USER_INPUT'],
    [ALICE, WATCH_ORDER, { orderId: 'ord_nowhere' }, 'NOT_FOUND'],
    [ALICE, WATCH_ORDER, { orderId: '' }, 'BAD_USER_INPUT'],
    [null, MY_ORDERS, {}, 'UNAUTHENTICATED'],
    [staffOf(pos.locationId), MY_ORDERS, {}, 'FORBIDDEN'],
  ];
  for (const [who, query, variables, code] of cases) {
    const sub = collect(live.client(who), query, variables);
    expect([JSON.stringify(variables), await refusal(sub)]).toEqual([JSON.stringify(variables), [code]]);
    expect(sub.messages[0]!.data ?? null).toBeNull();
  }
  // A shopper's order: anonymous callers and other shoppers alike are answered as for a missing one.
  const order = await place([pickupLine(pos)]);
  for (const who of [null, BOB]) {
    const sub = collect(live.client(who), WATCH_ORDER, { orderId: order.id });
    expect(await refusal(sub)).toEqual(['NOT_FOUND']);
  }
  // Store staff and devices read orders (orders:read, as order(id)), so they may follow one too.
  const staff = collect<OrderUpdate>(live.client(kiosk), WATCH_ORDER, { orderId: order.id });
  const [ok] = await staff.next(1);
  expect(ok!.data!.orderStatusChanged).toMatchObject({ kind: 'SNAPSHOT', order: { id: order.id } });
});

it('the queue of one store hears nothing of another store’s work', async () => {
  const pos = await pickupStore();
  const elsewhere = pos.locationId === 'loc_store_01' ? 'loc_store_02' : 'loc_store_01';
  const queue = collect<QueueUpdate>(live.client(staffOf(elsewhere)), WATCH_QUEUE, { locationId: elsewhere });
  await queue.next(1);
  const order = await place([pickupLine(pos)]);
  await step(order.fulfillmentOrders[0]!, 'ACCEPT', staffOf(pos.locationId));
  // The other store's own new work reaches it; nothing before it did.
  const own = collect<QueueUpdate>(live.client(staffOf(pos.locationId)), WATCH_QUEUE, { locationId: pos.locationId });
  await own.next(1);
  const accepted = await postGraphQL<{ fulfillmentQueue: { id: string; status: string }[] }>(
    gw.url,
    `{ fulfillmentQueue(locationId: "${pos.locationId}", first: 100) { id status } }`,
    undefined,
    bearer(staffOf(pos.locationId)),
  );
  const snapshot = own.messages[0]!.data!.fulfillmentQueueChanged.fulfillmentOrders;
  // The snapshot is what fulfillmentQueue lists (here up to 50 of it, the same order).
  expect(snapshot.map((f) => [f.id, f.status])).toEqual(
    accepted.body.data!.fulfillmentQueue.slice(0, 50).map((f) => [f.id, f.status]),
  );
  expect(snapshot.find((f) => f.id === order.fulfillmentOrders[0]!.id)?.status).toBe('ACCEPTED');
  expect(queue.messages).toHaveLength(1);
});
