import type { Principal } from '../platform/auth/principal';
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
  gw = await startEmbeddedGateway();
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

  it("a partner reading an order does not get the shopper's profile or history", async () => {
    const res = await postGraphQL<{ order: { number: string; customer: unknown } }>(
      gw.url,
      '{ order(id: "ord_000001") { number customer { email orders(first: 1) { number } } } }',
      undefined,
      bearer(PARTNER),
    );
    expect(res.body.data!.order.number).toMatch(/^R/);
    expect(res.body.data!.order.customer).toEqual({ email: null, orders: null });
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(res.text).not.toContain('@');
  });

  it("a customer cannot list another customer's orders or touchpoints through the graph", async () => {
    const res = await postGraphQL<{ order: { customer: unknown } }>(
      gw.url,
      '{ order(id: "ord_000001") { customer { id } } }',
      undefined,
      bearer(BOB),
    );
    const owner = (res.body.data!.order.customer as { id: string } | null)?.id;
    // The demo order belongs to someone other than Bob (seed 42), so this probes another's data.
    expect(owner).toMatch(/^cus_/);
    expect(owner).not.toBe('cus_000002');
    const probe = await postGraphQL<{ order: { customer: { orders: unknown; touchpoints: unknown } } }>(
      gw.url,
      '{ order(id: "ord_000001") { customer { id orders(first: 5) { number } touchpoints(first: 5) { id } } } }',
      undefined,
      bearer(BOB),
    );
    expect(probe.body.data!.order.customer).toEqual({ id: owner, orders: null, touchpoints: null });
    expect(probe.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});
