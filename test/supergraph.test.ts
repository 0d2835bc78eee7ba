import { signPrincipal } from '../platform/auth/signing';
import { testConfig } from '../platform/config';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, errorCodes, jwtFor, KIOSK, OPERATOR, postGraphQL } from './support/http';
import { pickJourneyCustomer } from './support/demo';
import { CROSS_SUBGRAPH_QUERY } from './support/queries';

interface Journey {
  customerByIdentifier: {
    id: string;
    displayName: string;
    orders: {
      number: string;
      total: { amount: number };
      lines: {
        quantity: number;
        deliveryMethod: string;
        variant: { sku: string; title: string; product: { title: string } };
        pickupLocation: { name: string; type: string } | null;
        pickupInventory: { available: number; onHand: number } | null;
      }[];
      fulfillmentOrders: { status: string; location: { name: string }; lines: { quantity: number }[] }[];
      attribution: { model: string; credits: { weight: number; revenue: { amount: number } }[] } | null;
    }[];
  } | null;
}

let gw: EmbeddedGateway;
const secret = testConfig().internalSecret;

beforeAll(async () => {
  gw = await startEmbeddedGateway();
});
afterAll(async () => {
  await gw?.stop();
});

describe('supergraph (embedded)', () => {
  it('answers one query that crosses all five subgraphs', async () => {
    const { card, orderCount } = pickJourneyCustomer();
    const res = await postGraphQL<Journey>(
      gw.url,
      CROSS_SUBGRAPH_QUERY,
      { type: 'LOYALTY_CARD', value: card },
      bearer(KIOSK),
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const customer = res.body.data!.customerByIdentifier!;
    expect(customer.displayName).toMatch(/\S+ \S+/); // identity
    expect(customer.orders.length).toBe(Math.min(3, orderCount)); // orders
    const lines = customer.orders.flatMap((o) => o.lines);
    expect(lines.every((l) => l.variant.product.title.length > 0)).toBe(true); // catalog
    const pickup = lines.find((l) => l.pickupLocation);
    expect(pickup?.pickupLocation?.type).toBe('STORE'); // fulfillment
    expect(pickup?.pickupInventory?.onHand).toBeGreaterThanOrEqual(pickup!.pickupInventory!.available); // catalog again
    for (const order of customer.orders) {
      // fulfillment: the order's lines are split across fulfillment orders without loss
      const split = order.fulfillmentOrders.flatMap((fo) => fo.lines).reduce((s, l) => s + l.quantity, 0);
      if (order.fulfillmentOrders.length > 0) expect(split).toBe(order.lines.reduce((s, l) => s + l.quantity, 0));
      // attribution: credited revenue sums to the order total
      if (order.attribution && order.attribution.credits.length > 0) {
        expect(order.attribution.credits.reduce((s, c) => s + c.revenue.amount, 0)).toBe(order.total.amount);
      }
    }
    expect(customer.orders.some((o) => (o.attribution?.credits.length ?? 0) > 0)).toBe(true);
  });

  it('rejects a malformed query with GRAPHQL_PARSE_FAILED and no stack trace', async () => {
    const res = await postGraphQL(gw.url, '{ customer(id: "x" { id }');
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(res.text).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('rejects a missing required argument with GRAPHQL_VALIDATION_FAILED', async () => {
    const res = await postGraphQL(gw.url, '{ customer { id } }');
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it.each([
    ['customer', '{ customer(id: "cus_nope") { id } }', 'Customer'],
    ['order', '{ order(id: "ord_nope") { id } }', 'Order'],
    ['variant', '{ variant(sku: "SKU-NOPE") { sku } }', 'Variant'],
    ['location', '{ location(id: "loc_nope") { id } }', 'Location'],
    ['campaign', '{ campaign(id: "cmp_nope") { id } }', 'Campaign'],
  ])('an unknown %s id returns null plus NOT_FOUND naming the subgraph', async (field, query, entity) => {
    const res = await postGraphQL(gw.url, query);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ [field]: null });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(res.body.errors![0]!.extensions!.entity).toBe(entity);
    expect(res.body.errors![0]!.extensions!.serviceName).toBeDefined();
    expect(res.text).not.toMatch(/stacktrace/);
  });

  it('passes the principal from a bearer token to the subgraphs', async () => {
    const { customerId } = pickJourneyCustomer();
    const token = jwtFor({ kind: 'customer', customerId });
    const me = await postGraphQL<{ me: { id: string } | null }>(gw.url, '{ me { id } }', undefined, {
      authorization: `Bearer ${token}`,
    });
    expect(me.body.data?.me?.id).toBe(customerId);
    const anonymous = await postGraphQL<{ me: null }>(gw.url, '{ me { id } }');
    expect(anonymous.body.data?.me).toBeNull();
  });

  it('refuses a forged, expired, foreign or legacy token with 401 UNAUTHENTICATED', async () => {
    const operator = { kind: 'operator', userId: 'x' } as const;
    const forged = jwtFor(operator, { secret: 'another-secret-that-is-long-enough-for-hs256' });
    const expired = jwtFor(operator, { ttlSeconds: -60 }); // past the 30 s clock tolerance
    const otherIssuer = jwtFor(operator, { issuer: 'someone-else' });
    const otherAudience = jwtFor(operator, { audience: 'another-api' });
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${jwtFor(operator).split('.')[1]}.`;
    const legacy = signPrincipal(operator, secret, 'client', 60);
    for (const token of [forged, expired, otherIssuer, otherAudience, unsigned, legacy, 'garbage']) {
      const res = await postGraphQL(gw.url, '{ __typename }', undefined, { authorization: `Bearer ${token}` });
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('availability follows the network at once: a store taken offline in fulfillment leaves catalog ATP', async () => {
    const near = `{ variant(sku: "SKU-0001-41-FOR") {
      availabilityNear(near: { lat: 48.8607, lng: 2.344 }, radiusKm: 1) { location { id } }
      availability(channel: POS) { locations { locationId } } } }`;
    type Near = {
      variant: {
        availabilityNear: { location: { id: string } }[];
        availability: { locations: { locationId: string }[] };
      };
    };
    const before = await postGraphQL<Near>(gw.url, near);
    expect(before.body.data!.variant.availabilityNear.map((n) => n.location.id)).toContain('loc_store_01');
    expect(before.body.data!.variant.availability.locations.map((l) => l.locationId)).toContain('loc_store_01');
    const off = await postGraphQL(
      gw.url,
      'mutation { updateLocation(input: { id: "loc_store_01", active: false }) { __typename } }',
      undefined,
      bearer(OPERATOR),
    );
    expect(off.body.errors).toBeUndefined();
    try {
      const after = await postGraphQL<Near>(gw.url, near);
      expect(after.body.data!.variant.availabilityNear.map((n) => n.location.id)).not.toContain('loc_store_01');
      expect(after.body.data!.variant.availability.locations.map((l) => l.locationId)).not.toContain('loc_store_01');
    } finally {
      await postGraphQL(
        gw.url,
        'mutation { updateLocation(input: { id: "loc_store_01", active: true }) { __typename } }',
        undefined,
        bearer(OPERATOR),
      );
    }
  });

  it('serves /healthz and /readyz', async () => {
    const base = gw.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', store: 'up', bus: 'up' });
  });
});
