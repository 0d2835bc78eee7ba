import type { Principal } from '../platform/auth/principal';
import type { OutboxDoc } from '../platform/outbox';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { fulfillmentClient, staffOf, type Fo } from './support/fulfillment';
import { bearer, postGraphQL } from './support/http';

/**
 * An order's life after placement, through the gateway: its status follows its fulfillment orders
 * (each step a node takes moves it through the state machine, kept in its history), and it is
 * cancelled whole or by line before anything leaves a node, releasing the stock held for it;
 * what has shipped cannot be cancelled, and a refusal changes nothing.
 */
const ALICE: Principal = { kind: 'customer', customerId: 'cus_000001' };
const BOB: Principal = { kind: 'customer', customerId: 'cus_000002' };
const OPS: Principal = { kind: 'operator', userId: 'ops_1' };
let gw: EmbeddedGateway;
let n = 0;
const { level, step, stocked } = fulfillmentClient(() => gw.url);

beforeAll(async () => {
  // Authorization is what refuses partners here; the safelist has its own test.
  gw = await startEmbeddedGateway({ partnerSafelist: false });
});
afterAll(() => gw.stop());

type Order = {
  id: string;
  status: string;
  total: { amount: number };
  subtotal: { amount: number };
  lines: { id: string; cancelledAt: string | null; lineTotal: { amount: number } }[];
  statusHistory: { status: string; reason: string }[];
  fulfillmentOrders: (Fo & { lines: { orderLineId: string; quantity: number }[] })[];
};
const ORDER = `id status total { amount } subtotal { amount } lines { id cancelledAt lineTotal { amount } }
  statusHistory { status reason }
  fulfillmentOrders { id status location { id } deliveryMethod lines { orderLineId quantity } pickupExpiresAt pickupLocation { id } receivedAt }`;

async function place(lines: Record<string, unknown>[], who: Principal = ALICE): Promise<Order> {
  const res = await postGraphQL<{ placeOrder: { __typename: string; order?: Order } }>(
    gw.url,
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on PlacedOrder { order { ${ORDER} } }
      ... on OrderPlacementError { code message } } }`,
    {
      input: {
        channel: 'WEB',
        destination: { lat: 48.8566, lng: 2.3522, countryCode: 'FR' },
        idempotencyKey: `life-${++n}`,
        lines,
      },
    },
    bearer(who),
  );
  const placed = res.body.data?.placeOrder;
  if (placed?.__typename !== 'PlacedOrder') throw new Error(JSON.stringify(res.body));
  return placed.order!;
}

async function read(id: string, who: Principal = ALICE): Promise<Order> {
  const res = await postGraphQL<{ order: Order }>(
    gw.url,
    `{ order(id: "${id}") { ${ORDER} } }`,
    undefined,
    bearer(who),
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.order;
}

/** The order once its status is `status` (events are handled asynchronously), or as it is after 5 s. */
async function until(id: string, status: string): Promise<Order> {
  let order = await read(id);
  for (let i = 0; i < 100 && order.status !== status; i++) {
    await new Promise((r) => setTimeout(r, 50));
    order = await read(id);
  }
  return order;
}

async function cancel(input: Record<string, unknown>, who: Principal = ALICE) {
  const res = await postGraphQL<{
    cancelOrder: { __typename: string; code?: string; lineIds?: string[]; status?: string; lines?: Order['lines'] };
  }>(
    gw.url,
    `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { __typename
      ... on Order { status lines { id cancelledAt lineTotal { amount } } }
      ... on OrderError { code message lineIds } } }`,
    { input: { idempotencyKey: `cancel-${++n}`, ...input } },
    bearer(who),
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.cancelOrder;
}

it('the status follows fulfillment: confirmed, in progress, partially fulfilled, fulfilled; all in its history', async () => {
  const [a, b] = await stocked(2, 'loc_dc_');
  const order = await place([
    { sku: a!.sku, quantity: 1 },
    { sku: b!.sku, quantity: 1 },
  ]);
  expect(order.status).toBe('CONFIRMED');
  const fos = order.fulfillmentOrders;
  const first = fos[0]!;
  await step(first, 'ACCEPT', staffOf(first.location.id));
  expect((await until(order.id, 'IN_PROGRESS')).status).toBe('IN_PROGRESS');
  await step(first, 'SHIP', staffOf(first.location.id));
  const expected = fos.length > 1 ? 'PARTIALLY_FULFILLED' : 'FULFILLED';
  expect((await until(order.id, expected)).status).toBe(expected);
  for (const fo of fos.slice(1)) {
    for (const action of ['ACCEPT', 'SHIP'] as const) await step(fo, action, staffOf(fo.location.id));
  }
  const done = await until(order.id, 'FULFILLED');
  expect(done.status).toBe('FULFILLED');
  const statuses = done.statusHistory.map((h) => h.status);
  expect(statuses[0]).toBe('CONFIRMED');
  expect(statuses).toContain('IN_PROGRESS');
  expect(statuses.at(-1)).toBe('FULFILLED');
  expect(done.statusHistory[0]!.reason).toBe('placed');
  // Every fulfillment event of the order delivered again (a relay that died between publishing
  // and marking publishes again): the order's reaction is idempotent, nothing changes.
  const { store, bus } = gw.infrastructure!;
  const entries = await store.collection<OutboxDoc>('fulfillment_outbox').findAll({});
  const again = entries.flatMap((e) => e.events).filter((e) => e.payload.orderId === order.id);
  expect(again.map((e) => e.topic)).toContain('fulfillment.fulfillment-order.changed');
  const statusEvents = () => store.collection('orders_outbox').count({});
  const recorded = await statusEvents();
  for (const e of again) await bus.publish(e.topic, e.payload);
  await new Promise((r) => setTimeout(r, 500));
  expect(await read(order.id)).toEqual(done);
  expect(await statusEvents()).toBe(recorded);
  // A fulfilled order has nothing left to cancel, and the refusal changes nothing.
  expect(await cancel({ orderId: order.id })).toMatchObject({ code: 'INVALID_TRANSITION' });
  expect(await read(order.id)).toEqual(done);
});

it('cancelling a line releases its stock and recounts the totals; cancelling the rest cancels the order', async () => {
  const [a, b] = await stocked(2, 'loc_dc_');
  const order = await place([
    { sku: a!.sku, quantity: 2 },
    { sku: b!.sku, quantity: 1 },
  ]);
  const [l1, l2] = order.lines;
  const heldAt = (lineId: string) =>
    order.fulfillmentOrders.find((f) => f.lines.some((l) => l.orderLineId === lineId))!.location.id;
  const before = await level(a!.sku, heldAt(l1!.id));

  const partly = await cancel({ orderId: order.id, lineIds: [l1!.id], reason: 'changed mind', idempotencyKey: 'c1' });
  expect(partly.__typename).toBe('Order');
  const after = await level(a!.sku, heldAt(l1!.id));
  expect([before.reserved - after.reserved, after.available - before.available]).toEqual([2, 2]);
  const mid = await read(order.id);
  expect(mid.lines.find((l) => l.id === l1!.id)!.cancelledAt).not.toBeNull();
  expect(mid.subtotal.amount).toBe(l2!.lineTotal.amount);
  expect(mid.status).toBe('CONFIRMED');
  // The same key again: answered, nothing moves twice; with another reason: a conflict.
  expect(
    await cancel({ orderId: order.id, lineIds: [l1!.id], reason: 'changed mind', idempotencyKey: 'c1' }),
  ).toMatchObject({ __typename: 'Order' });
  expect(await level(a!.sku, heldAt(l1!.id))).toEqual(after);
  expect(await cancel({ orderId: order.id, lineIds: [l1!.id], reason: 'other', idempotencyKey: 'c1' })).toMatchObject({
    code: 'IDEMPOTENCY_CONFLICT',
  });
  // A cancelled line cannot be cancelled again under another key.
  expect(await cancel({ orderId: order.id, lineIds: [l1!.id] })).toMatchObject({
    code: 'UNKNOWN_LINE',
    lineIds: [l1!.id],
  });

  const rest = await cancel({ orderId: order.id });
  expect(rest).toMatchObject({ __typename: 'Order', status: 'CANCELLED' });
  const cancelled = await read(order.id);
  expect(cancelled.total.amount).toBe(0);
  expect(cancelled.fulfillmentOrders.every((f) => f.status === 'CANCELLED')).toBe(true);
  // Cancelled once, whichever of the cancellation and fulfillment's event recorded it first.
  expect(cancelled.statusHistory.at(-1)!.status).toBe('CANCELLED');
  expect(cancelled.statusHistory.filter((h) => h.status === 'CANCELLED')).toHaveLength(1);
});

it('what has shipped cannot be cancelled: refused whole, nothing changed', async () => {
  const [a, b] = await stocked(2, 'loc_dc_');
  const order = await place([
    { sku: a!.sku, quantity: 1 },
    { sku: b!.sku, quantity: 1 },
  ]);
  const shipped = order.fulfillmentOrders[0]!;
  for (const action of ['ACCEPT', 'SHIP'] as const) await step(shipped, action, staffOf(shipped.location.id));
  const settled = await until(order.id, order.fulfillmentOrders.length > 1 ? 'PARTIALLY_FULFILLED' : 'FULFILLED');
  const levels = await Promise.all([level(a!.sku, shipped.location.id), level(b!.sku, shipped.location.id)]);
  const refused = await cancel({ orderId: order.id }, OPS);
  expect(refused.code).toBe(settled.status === 'FULFILLED' ? 'INVALID_TRANSITION' : 'ALREADY_SHIPPED');
  if (refused.code === 'ALREADY_SHIPPED') {
    expect(refused.lineIds).toEqual(expect.arrayContaining(shipped.lines.map((l) => l.orderLineId)));
  }
  expect(await read(order.id)).toEqual(settled);
  expect(await Promise.all([level(a!.sku, shipped.location.id), level(b!.sku, shipped.location.id)])).toEqual(levels);
});

it('only the order’s own shopper (or staff of its store, operators, services) may cancel it', async () => {
  const [a] = await stocked(1, 'loc_dc_');
  const order = await place([{ sku: a!.sku, quantity: 1 }]);
  for (const who of [BOB, staffOf('loc_store_01'), { kind: 'partner', partnerId: 'ptn_x', scopes: ['orders:write'] }]) {
    expect(await cancel({ orderId: order.id }, who as Principal)).toMatchObject({ code: 'ORDER_NOT_FOUND' });
  }
  const anonymous = await postGraphQL<{ cancelOrder: unknown }>(
    gw.url,
    `mutation { cancelOrder(input: { orderId: "${order.id}", idempotencyKey: "x" }) { __typename } }`,
  );
  expect(anonymous.body.data?.cancelOrder ?? null).toBeNull();
  expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect((await read(order.id)).status).toBe('CONFIRMED');
});

it('two cancellations with one key at once cancel once', async () => {
  const [a] = await stocked(1, 'loc_dc_');
  const order = await place([{ sku: a!.sku, quantity: 1 }]);
  const at = order.fulfillmentOrders[0]!.location.id;
  const before = await level(a!.sku, at);
  const both = await Promise.all([
    cancel({ orderId: order.id, idempotencyKey: 'same' }),
    cancel({ orderId: order.id, idempotencyKey: 'same' }),
  ]);
  expect(both.map((r) => r.__typename)).toEqual(['Order', 'Order']);
  const after = await level(a!.sku, at);
  expect(before.reserved - after.reserved).toBe(1);
  const final = await read(order.id);
  expect(final.status).toBe('CANCELLED');
  expect(final.statusHistory.filter((h) => h.status === 'CANCELLED')).toHaveLength(1);
});
