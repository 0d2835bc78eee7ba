import type { Principal } from '../platform/auth/principal';
import { demoScenario } from '../subgraphs/seed';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, KIOSK, postGraphQL } from './support/http';

/**
 * Personal data: a profile, its order history and its touchpoints are readable by the shopper
 * themself and by store staff / internal callers, never by anonymous callers, other customers or
 * partners; a profile the caller may not see is answered exactly like a missing one.
 */
const ALICE: Principal = { kind: 'customer', customerId: 'cus_000001' };
const BOB: Principal = { kind: 'customer', customerId: 'cus_000002' };
const PARTNER: Principal = { kind: 'partner', partnerId: 'partner_marketplace_01', scopes: ['orders:read'] };

let gw: EmbeddedGateway;
beforeAll(async () => {
  // Authorization is what is tested here; the partner safelist has its own test.
  gw = await startEmbeddedGateway({ partnerSafelist: false });
});
afterAll(() => gw.stop());

const PROFILE = 'id email phone identifiers { type value }';

describe('personal data', () => {
  it('one aliased anonymous request for 20 profiles returns no e-mail, phone or identifier', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `cus_${String(i + 1).padStart(6, '0')}`);
    const query = `{ ${ids.map((id, i) => `c${i}: customer(id: "${id}") { ${PROFILE} }`).join(' ')} }`;
    const res = await postGraphQL<Record<string, unknown>>(gw.url, query);
    expect(Object.values(res.body.data!)).toEqual(ids.map(() => null));
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(ids.map(() => 'NOT_FOUND'));
    expect(res.text).not.toMatch(/@|\+33|PAYMENT_TOKEN/);
  });

  it("a customer reads their own profile, and another's exactly like a missing one", async () => {
    const own = await postGraphQL<{ customer: { id: string; email: string } }>(
      gw.url,
      `{ customer(id: "cus_000001") { ${PROFILE} } }`,
      undefined,
      bearer(ALICE),
    );
    expect(own.body.data!.customer).toMatchObject({ id: 'cus_000001' });
    expect(own.body.data!.customer.email).toContain('@');
    const other = await postGraphQL(gw.url, '{ customer(id: "cus_000001") { id } }', undefined, bearer(BOB));
    const missing = await postGraphQL(gw.url, '{ customer(id: "cus_999999") { id } }', undefined, bearer(BOB));
    const shape = (r: typeof other) => JSON.stringify(r.body).replace(/cus_000001|cus_999999/g, 'ID');
    expect(shape(other)).toBe(shape(missing));
  });

  it('looking a shopper up by loyalty card: the kiosk finds them, another customer does not', async () => {
    const q = '{ customerByIdentifier(type: LOYALTY_CARD, value: "lc-2785568321") { id displayName } }';
    const kiosk = await postGraphQL<{ customerByIdentifier: unknown }>(gw.url, q, undefined, bearer(KIOSK));
    expect(kiosk.body.data!.customerByIdentifier).not.toBeNull();
    const bob = await postGraphQL<{ customerByIdentifier: unknown }>(gw.url, q, undefined, bearer(BOB));
    expect(bob.body).toEqual({ data: { customerByIdentifier: null }, extensions: expect.anything() });
  });

  it("a marketplace partner sees its own channel's orders, not the shopper's profile or history, and no one else's orders", async () => {
    // ord_000002 is a MARKETPLACE order of partner_marketplace_01; ord_000001 a WEB order (seed 42).
    const own = await postGraphQL<{ order: { number: string; customer: unknown } }>(
      gw.url,
      '{ order(id: "ord_000002") { number customer { email orders(first: 1) { number } } } }',
      undefined,
      bearer(PARTNER),
    );
    expect(own.body.data!.order.number).toBe('R100002');
    expect(own.body.data!.order.customer).toEqual({ email: null, orders: null });
    expect(own.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(own.text).not.toContain('@');
    const web = await postGraphQL(gw.url, '{ order(id: "ord_000001") { number } }', undefined, bearer(PARTNER));
    expect(web.body.data).toEqual({ order: null });
    expect(web.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("a customer reads their own orders and another's exactly like a missing one", async () => {
    // ord_000091 is Bob's (cus_000002); ord_000001 belongs to cus_000333 (seed 42).
    const own = await postGraphQL<{ order: { number: string } }>(
      gw.url,
      '{ order(id: "ord_000091") { number } }',
      undefined,
      bearer(BOB),
    );
    expect(own.body.data!.order.number).toMatch(/^R/);
    const shape = (r: { body: unknown }) => JSON.stringify(r.body).replace(/ord_000001|ord_999999/g, 'ID');
    const other = await postGraphQL(gw.url, '{ order(id: "ord_000001") { number } }', undefined, bearer(BOB));
    const missing = await postGraphQL(gw.url, '{ order(id: "ord_999999") { number } }', undefined, bearer(BOB));
    expect(shape(other)).toBe(shape(missing));
    const byNumber = await postGraphQL(
      gw.url,
      '{ orderByNumber(number: "R100001") { number } }',
      undefined,
      bearer(BOB),
    );
    expect(byNumber.body.data).toEqual({ orderByNumber: null });
  });

  it("a fulfillment order by id is its node's own; its order's customer still sees it through the order", async () => {
    const s = demoScenario(42);
    const fo = s.fulfillmentOrders.find(
      (f) => f.locationId.startsWith('loc_store_') && s.orders.find((o) => o.id === f.orderId)?.customerId,
    )!;
    const order = s.orders.find((o) => o.id === fo.orderId)!;
    const staffThere: Principal = { kind: 'associate', userId: 'emp_x', locationId: fo.locationId };
    const elsewhere: Principal = {
      kind: 'associate',
      userId: 'emp_y',
      locationId: fo.locationId === 'loc_store_01' ? 'loc_store_02' : 'loc_store_01',
    };
    const read = (p: Principal, id = fo.id) =>
      postGraphQL(gw.url, `{ fulfillmentOrder(id: "${id}") { status } }`, undefined, bearer(p));
    expect((await read(staffThere)).body.data).toEqual({ fulfillmentOrder: { status: expect.any(String) } });
    const shape = (r: { body: unknown }) =>
      JSON.stringify(r.body).replace(new RegExp(`${fo.id}|fo_missing`, 'g'), 'ID');
    expect(shape(await read(elsewhere))).toBe(shape(await read(elsewhere, 'fo_missing')));
    const owner: Principal = { kind: 'customer', customerId: order.customerId! };
    const viaOrder = await postGraphQL<{ order: { fulfillmentOrders: { id: string }[] } }>(
      gw.url,
      `{ order(id: "${order.id}") { fulfillmentOrders { id } } }`,
      undefined,
      bearer(owner),
    );
    expect(viaOrder.body.data!.order.fulfillmentOrders.map((f) => f.id)).toContain(fo.id);
  });
});
