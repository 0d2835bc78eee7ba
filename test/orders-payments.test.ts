import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { fulfillmentClient } from './support/fulfillment';
import { bearer, postGraphQL } from './support/http';

/**
 * Payments through the gateway: recorded as the provider reports them (services only, idempotent
 * by event), and an order not paid in time cancelled by the sweeper with its stock released. The
 * payment window is 2 seconds here (ORDER_PAYMENT_WINDOW_S), swept every 100 ms.
 */
let gw: EmbeddedGateway;
let n = 0;
const client = fulfillmentClient(() => gw.url);
const SHOPPER: Principal = { kind: 'customer', customerId: 'cus_000041' };
const PSP: Principal = { kind: 'service', service: 'payments' };

beforeAll(async () => {
  gw = await startEmbeddedGateway({ paymentWindowSeconds: 2, reservationSweepMs: 100 });
});
afterAll(() => gw.stop());

type Order = {
  id: string;
  status: string;
  total: { amount: number };
  payment: { status: string; dueBy: string | null };
  fulfillmentOrders: { location: { id: string } }[];
};
const ORDER = 'id status total { amount } payment { status dueBy } fulfillmentOrders { location { id } }';

async function place(sku: string, payment?: Record<string, unknown>): Promise<Order> {
  const res = await postGraphQL<{ placeOrder: { order: Order } }>(
    gw.url,
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { ... on PlacedOrder { order { ${ORDER} } } } }`,
    {
      input: {
        channel: 'WEB',
        destination: { lat: 48.8566, lng: 2.3522, countryCode: 'FR' },
        idempotencyKey: `pay-${++n}`,
        lines: [{ sku, quantity: 1 }],
        ...(payment ? { payment } : {}),
      },
    },
    bearer(SHOPPER),
  );
  if (!res.body.data?.placeOrder?.order) throw new Error(JSON.stringify(res.body));
  return res.body.data.placeOrder.order;
}

const record = (input: Record<string, unknown>, who: Principal = PSP) =>
  postGraphQL<{
    recordPayment: { __typename: string; code?: string; payment?: { status: string; dueBy: string | null } } | null;
  }>(
    gw.url,
    `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { __typename
      ... on Order { payment { status dueBy } } ... on OrderError { code message } } }`,
    { input },
    bearer(who),
  );

const read = async (id: string) =>
  (await postGraphQL<{ order: Order }>(gw.url, `{ order(id: "${id}") { ${ORDER} } }`, undefined, bearer(SHOPPER))).body
    .data!.order;

it('the provider’s events move the payment; a paid order is no longer due', async () => {
  const [pos] = await client.distinct(1);
  const order = await place(pos!.sku);
  expect(order.payment.status).toBe('NONE');
  expect(Date.parse(order.payment.dueBy!)).toBeGreaterThan(Date.now());
  const auth = {
    orderId: order.id,
    status: 'AUTHORIZED',
    reference: 'psp_123',
    amount: order.total.amount,
    idempotencyKey: 'evt-1',
  };
  expect((await record(auth)).body.data?.recordPayment).toMatchObject({
    payment: { status: 'AUTHORIZED', dueBy: null },
  });
  // The webhook retried: answered, nothing applied twice; the same id with other content: a conflict.
  expect((await record(auth)).body.data?.recordPayment).toMatchObject({ payment: { status: 'AUTHORIZED' } });
  expect((await record({ ...auth, status: 'CAPTURED' })).body.data?.recordPayment).toMatchObject({
    code: 'IDEMPOTENCY_CONFLICT',
  });
  expect(
    (await record({ ...auth, status: 'CAPTURED', amount: 1, idempotencyKey: 'evt-2' })).body.data?.recordPayment,
  ).toMatchObject({
    code: 'INVALID_PAYMENT',
  });
  expect(
    (await record({ ...auth, status: 'CAPTURED', idempotencyKey: 'evt-3' })).body.data?.recordPayment,
  ).toMatchObject({
    payment: { status: 'CAPTURED' },
  });
  // Captured is final.
  expect((await record({ ...auth, status: 'FAILED', idempotencyKey: 'evt-4' })).body.data?.recordPayment).toMatchObject(
    {
      code: 'INVALID_PAYMENT',
    },
  );
  // Only the provider (a service) or an operator records payments.
  const denied = await record({ ...auth, idempotencyKey: 'evt-5' }, SHOPPER);
  expect(denied.body.data?.recordPayment ?? null).toBeNull();
  expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('an order not paid in time is cancelled and its stock released; a paid one stays', async () => {
  const [a, b] = await client.distinct(1, 'loc_dc_');
  const unpaid = await place(a!.sku);
  // The node the unpaid order's unit is held at, as it stands while the order waits.
  const [heldAt] = unpaid.fulfillmentOrders.map((f) => f.location.id);
  const held = await client.level(a!.sku, heldAt!);
  const paid = await place(b!.sku, { status: 'CAPTURED', reference: 'till-1' });
  expect(paid.payment).toEqual({ status: 'CAPTURED', dueBy: null });
  let status = unpaid.status;
  for (let i = 0; i < 150 && status !== 'CANCELLED'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    status = (await read(unpaid.id)).status;
  }
  expect(status).toBe('CANCELLED');
  expect((await read(paid.id)).status).toBe('CONFIRMED');
  // The unit it held is available again at that node, and nothing else moved there.
  const after = await client.level(a!.sku, heldAt!);
  expect([held.reserved - after.reserved, after.available - held.available, after.onHand]).toEqual([1, 1, held.onHand]);
  // A late payment for a cancelled order is refused.
  expect(
    (
      await record({
        orderId: unpaid.id,
        status: 'CAPTURED',
        reference: 'late',
        amount: unpaid.total.amount,
        idempotencyKey: 'late-1',
      })
    ).body.data?.recordPayment,
  ).toMatchObject({ code: 'INVALID_PAYMENT' });
});
