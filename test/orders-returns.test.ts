import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { fulfillmentClient, staffOf, type Fo } from './support/fulfillment';
import { bearer, OPERATOR, postGraphQL } from './support/http';

/**
 * Returns through the gateway: an order is placed and fulfilled for real, the shopper asks to
 * return part of it, a store receives and grades it (its stock counts the units at once: restocked
 * ones are available to sell, damaged ones are not) and operations refund it. Never more than was
 * delivered, not even for two requests racing for the last unit; other callers are refused.
 */
const ALICE: Principal = { kind: 'customer', customerId: 'cus_000001' };
const BOB: Principal = { kind: 'customer', customerId: 'cus_000002' };
const PARTNER: Principal = {
  kind: 'partner',
  partnerId: 'partner_marketplace_01',
  scopes: ['orders:read', 'orders:write'],
};
const STORE = 'loc_store_01';
let gw: EmbeddedGateway;
let n = 0;
const { step, stocked } = fulfillmentClient(() => gw.url);

beforeAll(async () => {
  // Authorization is what refuses partners here; the safelist has its own test.
  gw = await startEmbeddedGateway({ partnerSafelist: false });
});
afterAll(() => gw.stop());

type Order = { id: string; lines: { id: string; unitPrice: { amount: number } }[]; fulfillmentOrders: Fo[] };
type Return = {
  id: string;
  status: string;
  lines: { orderLineId: string; quantity: number; grade: string | null; reason: string; variant: { sku: string } }[];
  refund: { status: string; amount: { amount: number }; reference: string | null };
  receivedLocation: { id: string } | null;
  order: { id: string } | null;
};
type Answer = Partial<Return> & { __typename: string; code?: string; lines?: unknown[] };
const RETURN = `__typename ... on Return { id status receivedLocation { id } order { id }
  lines { orderLineId quantity grade reason variant { sku } } refund { status amount { amount } reference } }
  ... on ReturnError { code message field lines { orderLineId requested returnable } }`;

async function gql<T>(query: string, variables: Record<string, unknown> | undefined, who: Principal) {
  return postGraphQL<T>(gw.url, query, variables, bearer(who));
}

/** An order of `quantity` units shipped from a warehouse, delivered. */
async function delivered(quantity: number): Promise<{ order: Order; sku: string }> {
  const { sku } = (await stocked(quantity, 'loc_dc_'))[0]!;
  const res = await gql<{ placeOrder: { order?: Order } }>(
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename
      ... on PlacedOrder { order { id lines { id unitPrice { amount } } fulfillmentOrders { id status location { id } deliveryMethod lines { orderLineId quantity } pickupExpiresAt pickupLocation { id } receivedAt } } } } }`,
    {
      input: {
        channel: 'WEB',
        destination: { lat: 48.8566, lng: 2.3522, countryCode: 'FR' },
        idempotencyKey: `returns-${++n}`,
        lines: [{ sku, quantity }],
      },
    },
    ALICE,
  );
  const order = res.body.data!.placeOrder.order!;
  for (const fo of order.fulfillmentOrders) {
    for (const action of ['ACCEPT', 'SHIP', 'DELIVER']) await step(fo, action, staffOf(fo.location.id));
  }
  return { order, sku };
}

const request = async (order: Order, quantity: number, who: Principal = ALICE, key = `rq-${++n}`) =>
  (
    await gql<{ requestReturn: Answer | null }>(
      `mutation($input: RequestReturnInput!) { requestReturn(input: $input) { ${RETURN} } }`,
      {
        input: {
          orderId: order.id,
          lines: [{ orderLineId: order.lines[0]!.id, quantity, reason: 'too small' }],
          idempotencyKey: key,
        },
      },
      who,
    )
  ).body;

const receive = async (
  ret: { id: string },
  orderLineId: string,
  lines: [number, string][],
  who = staffOf(STORE),
  event = `scan-${++n}`,
) =>
  (
    await gql<{ receiveReturn: Answer | null }>(
      `mutation($input: ReceiveReturnInput!) { receiveReturn(input: $input) { ${RETURN} } }`,
      {
        input: {
          returnId: ret.id,
          locationId: STORE,
          lines: lines.map(([quantity, grade]) => ({ orderLineId, quantity, grade })),
          sourceEventId: event,
        },
      },
      who,
    )
  ).body;

/** The position at the store and what the store can sell of it. */
async function stock(sku: string) {
  const res = await gql<{
    inventoryLevel: { onHand: number; available: number; damaged: number };
    variant: { availabilityAt: { available: number }[] };
  }>(
    `query($sku: String!) { inventoryLevel(sku: $sku, locationId: "${STORE}") { onHand available damaged }
      variant(sku: $sku) { availabilityAt(locationIds: ["${STORE}"]) { available } } }`,
    { sku },
    OPERATOR,
  );
  expect(res.body.errors).toBeUndefined();
  return { ...res.body.data!.inventoryLevel, sellable: res.body.data!.variant.availabilityAt[0]!.available };
}

const returnsOf = async (orderId: string, who: Principal = ALICE) =>
  (await gql<{ order: { returns: Return[] } }>(`{ order(id: "${orderId}") { returns { id status } } }`, undefined, who))
    .body.data!.order.returns;

it('a partial return, received at a store: restocked units are sellable at once, damaged ones are not', async () => {
  const { order, sku } = await delivered(3);
  const line = order.lines[0]!;
  expect(await returnsOf(order.id)).toEqual([]);

  const requested = (await request(order, 2, ALICE, 'mine-1')).data!.requestReturn!;
  expect(requested).toMatchObject({
    __typename: 'Return',
    status: 'REQUESTED',
    order: { id: order.id },
    lines: [{ orderLineId: line.id, quantity: 2, grade: null, reason: 'too small', variant: { sku } }],
    refund: { status: 'NOT_REFUNDED', amount: { amount: 2 * line.unitPrice.amount } },
  });
  // A retry answers the same return.
  expect((await request(order, 2, ALICE, 'mine-1')).data!.requestReturn).toEqual(requested);

  const before = await stock(sku);
  const received = (
    await receive(
      requested as Return,
      line.id,
      [
        [1, 'RESTOCK'],
        [1, 'DAMAGED'],
      ],
      staffOf(STORE),
      'till-scan-1',
    )
  ).data!.receiveReturn!;
  expect(received).toMatchObject({ __typename: 'Return', status: 'RECEIVED', receivedLocation: { id: STORE } });
  expect(received.lines!.map((l) => [l.quantity, l.grade])).toEqual([
    [1, 'RESTOCK'],
    [1, 'DAMAGED'],
  ]);
  const after = await stock(sku);
  expect(after).toEqual({
    onHand: before.onHand + 2,
    available: before.available + 1,
    damaged: before.damaged + 1,
    sellable: before.sellable + 1,
  });
  // The same scan again: answered, nothing moves twice.
  expect(
    (
      await receive(
        requested as Return,
        line.id,
        [
          [1, 'RESTOCK'],
          [1, 'DAMAGED'],
        ],
        staffOf(STORE),
        'till-scan-1',
      )
    ).data!.receiveReturn,
  ).toEqual(received);
  expect(await stock(sku)).toEqual(after);

  // Operations refund it; the shopper sees it on the order.
  const refunded = await gql<{ updateRefund: Answer }>(
    `mutation { updateRefund(input: { returnId: "${requested.id}", status: REFUNDED, reference: "RF-88", idempotencyKey: "rf-1" }) { ${RETURN} } }`,
    undefined,
    OPERATOR,
  );
  expect(refunded.body.data!.updateRefund).toMatchObject({
    status: 'REFUNDED',
    refund: { status: 'REFUNDED', reference: 'RF-88' },
  });
  expect(await returnsOf(order.id)).toEqual([{ id: requested.id, status: 'REFUNDED' }]);
});

it('more than is returnable is refused, naming the line, and changes nothing', async () => {
  const { order, sku } = await delivered(2);
  expect((await request(order, 1)).data!.requestReturn).toMatchObject({ __typename: 'Return' });
  const before = await stock(sku);
  expect((await request(order, 2)).data!.requestReturn).toEqual({
    __typename: 'ReturnError',
    code: 'NOT_RETURNABLE',
    message: expect.stringContaining(order.lines[0]!.id),
    field: 'lines',
    lines: [{ orderLineId: order.lines[0]!.id, requested: 2, returnable: 1 }],
  });
  expect(await returnsOf(order.id)).toHaveLength(1);
  expect(await stock(sku)).toEqual(before);
});

it('two requests racing for the last returnable unit: exactly one gets it', async () => {
  const { order } = await delivered(1);
  const answers = await Promise.all([
    request(order, 1),
    request(order, 1, staffOf('loc_store_07')),
    request(order, 1, OPERATOR),
  ]);
  const types = answers.map((a) => a.data!.requestReturn!.__typename).sort();
  expect(types).toEqual(['Return', 'ReturnError', 'ReturnError']);
  expect(answers.filter((a) => a.data!.requestReturn!.code).map((a) => a.data!.requestReturn!.code)).toEqual([
    'NOT_RETURNABLE',
    'NOT_RETURNABLE',
  ]);
  expect(await returnsOf(order.id)).toHaveLength(1);
});

it('who may: another shopper is answered as for a missing order, partners and anonymous callers are refused', async () => {
  const { order } = await delivered(1);
  expect((await request(order, 1, BOB)).data!.requestReturn).toMatchObject({ code: 'ORDER_NOT_FOUND' });
  const partner = await request(order, 1, PARTNER);
  expect(partner.data?.requestReturn ?? null).toBeNull();
  expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const anonymous = await request(order, 1, { kind: 'anonymous' });
  expect(anonymous.data?.requestReturn ?? null).toBeNull();
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(await returnsOf(order.id)).toEqual([]);

  // Store staff may take a return for any order; receiving is for staff where it arrives.
  const taken = (await request(order, 1, staffOf('loc_store_05'))).data!.requestReturn!;
  expect(taken.__typename).toBe('Return');
  const elsewhere = await receive(taken as Return, order.lines[0]!.id, [[1, 'RESTOCK']], staffOf('loc_store_05'));
  expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  // Refunds are for operations, not store staff or shoppers.
  for (const who of [staffOf(STORE), ALICE]) {
    const res = await gql<{ updateRefund: unknown }>(
      `mutation { updateRefund(input: { returnId: "${taken.id}", status: PENDING, idempotencyKey: "x" }) { __typename } }`,
      undefined,
      who,
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  // A return is read like its order: the shopper yes, another shopper or the partner no.
  const read = (who: Principal) =>
    gql<{ return: { id: string } | null }>(`{ return(id: "${taken.id}") { id status } }`, undefined, who);
  expect((await read(ALICE)).body.data!.return).toMatchObject({ id: taken.id });
  for (const who of [BOB, PARTNER]) {
    const res = await read(who);
    expect(res.body.data?.return ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  }
});
