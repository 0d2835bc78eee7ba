import { ANONYMOUS, type Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { fulfillmentClient, ROUTING_SERVICE, staffOf, type Fo } from './support/fulfillment';
import { bearer, errorCodes, OPERATOR, postGraphQL } from './support/http';

/**
 * Fulfillment's view of an order and its line cancellation, through the gateway: internal services
 * only (orders' cancelOrder decides who may cancel), so shoppers, staff, operators and partners are
 * all refused and change nothing; an internal service cancels, and the held stock comes back.
 */
let gw: EmbeddedGateway;
const { route, step, level, stocked } = fulfillmentClient(() => gw.url);

beforeAll(async () => {
  // Authorization is what refuses partners here; the safelist has its own test.
  gw = await startEmbeddedGateway({ partnerSafelist: false });
});
afterAll(() => gw.stop());

const VIEW = `query($orderId: ID!) { orderFulfillment(orderId: $orderId) {
  orderId fulfillmentOrders { id status lines { orderLineId quantity } cancelledLines { orderLineId quantity reason } }
  waiting { orderLineId quantity backorderId } } }`;
const CANCEL = `mutation($input: CancelOrderLinesInput!) { cancelOrderLines(input: $input) {
  __typename
  ... on CancelledOrderLines { cancelledFulfillmentOrderIds changed fulfillment { fulfillmentOrders { id status } } }
  ... on CancelOrderLinesError { code message orderLineIds } } }`;

interface View {
  orderId: string;
  fulfillmentOrders: (Pick<Fo, 'id' | 'status' | 'lines'> & { cancelledLines: unknown[] })[];
  waiting: unknown[];
}
const view = (orderId: string, who: Principal = ROUTING_SERVICE) =>
  postGraphQL<{ orderFulfillment: View | null }>(gw.url, VIEW, { orderId }, bearer(who));
const cancel = (input: Record<string, unknown>, who: Principal = ROUTING_SERVICE) =>
  postGraphQL<{ cancelOrderLines: Record<string, unknown> | null }>(gw.url, CANCEL, { input }, bearer(who));

/** An order of two lines (two SKUs the DC in Lyon stocks) held at one warehouse. */
async function twoLineOrder() {
  const skus = [...new Set((await stocked(3, 'loc_dc_01')).map((p) => p.sku))].slice(0, 2);
  const { orderId, answer } = await route(
    skus.map((sku, i) => ({ id: `l${i + 1}`, sku, quantity: 1, deliveryMethod: 'SHIP' })),
    { profile: { maxShipments: 1, stayInCountry: false, locationTypes: ['WAREHOUSE'] } },
  );
  const [fo] = answer!.fulfillmentOrders!;
  return { orderId, fo: fo!, skus };
}

const levels = async (skus: string[], locationId: string) => Promise.all(skus.map((sku) => level(sku, locationId)));

describe('who may read and cancel', () => {
  const refused: [string, Principal, string][] = [
    ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
    ['the shopper', { kind: 'customer', customerId: 'cus_000001' }, 'FORBIDDEN'],
    ['a store associate', staffOf('loc_store_01'), 'FORBIDDEN'],
    ['an operator', OPERATOR, 'FORBIDDEN'],
    [
      'a partner holding every scope it may',
      { kind: 'partner', partnerId: 'partner_3pl_01', scopes: ['fulfillment:write', 'orders:write', 'orders:read'] },
      'FORBIDDEN',
    ],
  ];

  it.each(refused)('%s is refused both, and the refused cancellation changes nothing', async (_who, who, code) => {
    const { orderId, fo, skus } = await twoLineOrder();
    const node = fo.location.id;
    const before = { view: (await view(orderId)).body.data, levels: await levels(skus, node) };
    // Staff of the very node holding the order are refused too.
    for (const p of who.kind === 'associate' ? [who, staffOf(node)] : [who]) {
      const read = await view(orderId, p);
      expect(read.body.data?.orderFulfillment ?? null).toBeNull();
      expect(errorCodes(read)).toEqual([code]);
      const res = await cancel({ orderId, orderLineIds: ['l1', 'l2'], reason: 'nope', idempotencyKey: 'x' }, p);
      expect(res.body.data?.cancelOrderLines ?? null).toBeNull();
      expect(errorCodes(res)).toEqual([code]);
    }
    expect({ view: (await view(orderId)).body.data, levels: await levels(skus, node) }).toEqual(before);
  });
});

describe('an internal service', () => {
  it('reads the order’s fulfillment, cancels one line then the other, and every held unit comes back', async () => {
    const { orderId, fo, skus } = await twoLineOrder();
    const node = fo.location.id;
    const after = await levels(skus, node);
    const read = await view(orderId);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.orderFulfillment).toEqual({
      orderId,
      fulfillmentOrders: [{ id: fo.id, status: 'OPEN', lines: fo.lines, cancelledLines: [] }],
      waiting: [],
    });

    const first = await cancel({ orderId, orderLineIds: ['l2'], reason: 'changed mind', idempotencyKey: 'svc-1' });
    expect(first.body.data?.cancelOrderLines).toEqual({
      __typename: 'CancelledOrderLines',
      cancelledFulfillmentOrderIds: [],
      changed: true,
      fulfillment: { fulfillmentOrders: [{ id: fo.id, status: 'OPEN' }] },
    });
    const [l1, l2] = await levels(skus, node);
    expect(l1).toEqual(after[0]);
    expect(l2).toEqual({ ...after[1]!, reserved: after[1]!.reserved - 1, available: after[1]!.available + 1 });
    expect((await view(orderId)).body.data?.orderFulfillment?.fulfillmentOrders[0]).toMatchObject({
      lines: [{ orderLineId: 'l1', quantity: 1 }],
      cancelledLines: [{ orderLineId: 'l2', quantity: 1, reason: 'changed mind' }],
    });
    // The same request again: nothing more moves.
    const again = await cancel({ orderId, orderLineIds: ['l2'], reason: 'changed mind', idempotencyKey: 'svc-1' });
    expect(again.body.data?.cancelOrderLines).toMatchObject({ changed: false });
    expect(await levels(skus, node)).toEqual([l1, l2]);

    const last = await cancel({ orderId, orderLineIds: ['l1'], reason: 'changed mind', idempotencyKey: 'svc-2' });
    expect(last.body.data?.cancelOrderLines).toMatchObject({ cancelledFulfillmentOrderIds: [fo.id], changed: true });
    const [e1] = await levels(skus, node);
    expect(e1).toEqual({ ...after[0]!, reserved: after[0]!.reserved - 1, available: after[0]!.available + 1 });
  });

  it('a shipped line refuses the cancellation with a typed error naming it, and nothing changes', async () => {
    const { orderId, fo, skus } = await twoLineOrder();
    expect((await step(fo, 'ACCEPT', ROUTING_SERVICE)).fulfillmentOrder?.status).toBe('ACCEPTED');
    expect((await step(fo, 'SHIP', ROUTING_SERVICE)).fulfillmentOrder?.status).toBe('SHIPPED');
    const before = { view: (await view(orderId)).body.data, levels: await levels(skus, fo.location.id) };
    const res = await cancel({ orderId, orderLineIds: ['l1'], reason: 'late', idempotencyKey: 'svc-3' });
    expect(res.body.data?.cancelOrderLines).toEqual({
      __typename: 'CancelOrderLinesError',
      code: 'ALREADY_SHIPPED',
      message: expect.any(String),
      orderLineIds: ['l1'],
    });
    const unknown = await cancel({ orderId, orderLineIds: ['l9'], reason: 'late', idempotencyKey: 'svc-4' });
    expect(unknown.body.data?.cancelOrderLines).toMatchObject({ code: 'UNKNOWN_LINE', orderLineIds: ['l9'] });
    const bad = await cancel({ orderId, orderLineIds: [], reason: 'late', idempotencyKey: 'svc-5' });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect({ view: (await view(orderId)).body.data, levels: await levels(skus, fo.location.id) }).toEqual(before);
  });
});
