import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { fulfillmentClient, staffOf } from './support/fulfillment';
import { bearer, errorCodes, OPERATOR, postGraphQL } from './support/http';

/**
 * Who may route orders and step fulfillment orders, through the gateway: routing for real is for
 * internal services, the dry run for operators; a fulfillment order is stepped by the staff of its
 * node or the partner operating it, and anyone else sees it exactly like a missing one.
 */
let gw: EmbeddedGateway;
const { route, step, stocked } = fulfillmentClient(() => gw.url);

beforeAll(async () => {
  // Authorization is what refuses partners here; the safelist has its own test.
  gw = await startEmbeddedGateway({ partnerSafelist: false });
});
afterAll(() => gw.stop());

describe('partners operating a node', () => {
  it('the dropship supplier steps its own fulfillment orders; another partner or a partner without the scope sees none', async () => {
    const [pos] = await stocked(1, 'loc_dropship_');
    const { answer } = await route([{ id: 'l1', sku: pos!.sku, quantity: 1, deliveryMethod: 'SHIP' }], {
      profile: { locationTypes: ['DROPSHIP_SUPPLIER'], maxShipments: 1 },
    });
    const [fo] = answer!.fulfillmentOrders!;
    const supplier: Principal = { kind: 'partner', partnerId: 'partner_dropship_01', scopes: ['fulfillment:write'] };
    const threePl: Principal = { kind: 'partner', partnerId: 'partner_3pl_01', scopes: ['fulfillment:write'] };
    const unscoped: Principal = { kind: 'partner', partnerId: 'partner_dropship_01', scopes: ['fulfillment:read'] };
    expect(await step(fo!, 'ACCEPT', threePl)).toMatchObject({ code: 'FULFILLMENT_ORDER_NOT_FOUND' });
    const refused = await postGraphQL<{ updateFulfillmentOrder: unknown }>(
      gw.url,
      `mutation { updateFulfillmentOrder(input: { id: "${fo!.id}", action: ACCEPT, sourceEventId: "x" }) { __typename } }`,
      undefined,
      bearer(unscoped),
    );
    expect(refused.body.data?.updateFulfillmentOrder).toBeNull();
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect((await step(fo!, 'ACCEPT', supplier)).fulfillmentOrder?.status).toBe('ACCEPTED');
    const queue = await postGraphQL<{ fulfillmentQueue: { id: string }[] | null }>(
      gw.url,
      '{ fulfillmentQueue(locationId: "loc_dropship_01") { id } }',
      undefined,
      bearer(supplier),
    );
    expect(queue.body.data?.fulfillmentQueue?.map((f) => f.id)).toContain(fo!.id);
    const otherQueue = await postGraphQL<{ fulfillmentQueue: unknown }>(
      gw.url,
      '{ fulfillmentQueue(locationId: "loc_dropship_01") { id } }',
      undefined,
      bearer(threePl),
    );
    expect(otherQueue.body.data?.fulfillmentQueue).toBeNull();
  });
});

describe('who may route and step', () => {
  it('routing for real is for internal services only; the dry run for operators', async () => {
    const input = {
      orderId: 'ord_nope',
      channel: 'WEB',
      destination: { lat: 48.85, lng: 2.35, countryCode: 'FR' },
      lines: [{ id: 'l1', sku: 'SKU-0001-41-FOR', quantity: 1, deliveryMethod: 'SHIP' }],
      idempotencyKey: 'nope',
    };
    for (const p of [OPERATOR, staffOf('loc_store_01'), { kind: 'customer', customerId: 'cus_000001' } as Principal]) {
      const res = await postGraphQL<{ routeOrder: unknown }>(
        gw.url,
        'mutation($input: RouteOrderInput!) { routeOrder(input: $input) { __typename } }',
        { input },
        bearer(p),
      );
      expect(res.body.data?.routeOrder).toBeNull();
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
    const anon = await postGraphQL<{ simulateRouting: unknown }>(
      gw.url,
      'query($input: SimulateRoutingInput!) { simulateRouting(input: $input) { __typename } }',
      { input: { channel: 'WEB', destination: input.destination, lines: input.lines } },
    );
    expect(anon.body.data?.simulateRouting).toBeNull();
  });

  it('staff of another node see a fulfillment order exactly like a missing one, and change nothing', async () => {
    const [pos] = await stocked(1, 'loc_dc_');
    const { answer } = await route([{ id: 'l1', sku: pos!.sku, quantity: 1, deliveryMethod: 'SHIP' }], {
      profile: { maxShipments: 1, stayInCountry: false },
    });
    const [fo] = answer!.fulfillmentOrders!;
    const other = fo!.location.id === 'loc_store_01' ? 'loc_store_02' : 'loc_store_01';
    const res = await step(fo!, 'CANCEL', staffOf(other));
    const missing = await step({ ...fo!, id: 'fo_missing_1' }, 'CANCEL', staffOf(other));
    expect(res).toEqual({ ...missing, message: res.message });
    expect(res).toMatchObject({ code: 'FULFILLMENT_ORDER_NOT_FOUND' });
    expect((await step(fo!, 'ACCEPT', staffOf(fo!.location.id))).fulfillmentOrder?.status).toBe('ACCEPTED');
  });
});
