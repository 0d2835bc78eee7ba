import { fixtureScenario } from '../../demo/fixture';
import type { Principal } from '../../platform/auth/principal';
import { subgraphHarness, type SubgraphHarness } from '../../test/support/subgraph';
import { seedScenario } from '../seed';

/**
 * Per-line holds, re-routes and the network stock snapshot through catalog's GraphQL API (the
 * operations catalog's service interface runs over HTTP), and who may call them.
 */
const RESERVATION = `__typename
  ... on Reservation { id status expiresAt releaseReason lines { lineKey sku locationId quantity status releaseReason } }
  ... on CatalogError { code message }`;
const HOLD = `${RESERVATION} ... on InsufficientStockError { code shortfalls { sku locationId requested available } }`;
const STAFF_01: Principal = { kind: 'associate', userId: 'emp_1', locationId: 'loc_store_01' };

interface Result {
  __typename: string;
  id?: string;
  status?: string;
  expiresAt?: string | null;
  code?: string;
  lines?: { lineKey: string; status: string; locationId: string }[];
  shortfalls?: unknown[];
}

let h: SubgraphHarness;
beforeEach(async () => {
  h = await subgraphHarness('catalog', (store) => seedScenario(store, fixtureScenario({ products: 2 })));
});
afterEach(() => h.close());

async function mutate(field: string, inputType: string, input: object, as?: Principal) {
  const res = await h.exec<{ r: Result | null }>(
    `mutation($i: ${inputType}!) { r: ${field}(input: $i) { ${inputType === 'ReservationTransitionInput' ? RESERVATION : HOLD} } }`,
    { i: input },
    as,
  );
  return res;
}
const ok = async (field: string, inputType: string, input: object, as?: Principal) => {
  const res = await mutate(field, inputType, input, as);
  if (res.errors) throw new Error(res.errors[0]!.message);
  return res.data!.r!;
};

async function hold(as?: Principal) {
  return ok(
    'reserveStock',
    'ReserveStockInput',
    {
      kind: 'ORDER',
      ownerId: 'ord_9',
      idempotencyKey: 'ord-9-hold',
      lines: [
        { lineKey: 'ol-1', sku: 'SKU-1-S', locationId: 'loc_store_01', quantity: 1 },
        { lineKey: 'ol-2', sku: 'SKU-2-S', locationId: 'loc_dc_01', quantity: 2 },
      ],
    },
    as,
  );
}

describe('line-level holds over GraphQL', () => {
  it('an ORDER hold without ttlSeconds has no expiry; lines carry their key and status', async () => {
    expect(await hold()).toMatchObject({
      __typename: 'Reservation',
      status: 'ACTIVE',
      expiresAt: null,
      lines: [
        { lineKey: 'ol-1', status: 'ACTIVE' },
        { lineKey: 'ol-2', status: 'ACTIVE' },
      ],
    });
  });

  it('commits, ships and releases the lines named; the reservation status is the aggregate', async () => {
    const { id } = await hold();
    const input = (lineKeys: string[], extra = {}) => ({ reservationId: id, lineKeys, ...extra });
    expect(await ok('commitReservation', 'ReservationTransitionInput', input(['ol-2']))).toMatchObject({
      status: 'ACTIVE',
      lines: [{ status: 'ACTIVE' }, { status: 'COMMITTED' }],
    });
    expect(await ok('shipReservation', 'ReservationTransitionInput', input(['ol-2']))).toMatchObject({
      status: 'ACTIVE',
      lines: [{ status: 'ACTIVE' }, { status: 'SHIPPED' }],
    });
    expect(
      await ok('releaseReservation', 'ReservationTransitionInput', input(['ol-1'], { reason: 'cancelled' })),
    ).toMatchObject({ status: 'SHIPPED', lines: [{ status: 'RELEASED', releaseReason: 'cancelled' }, {}] });
    expect(await ok('commitReservation', 'ReservationTransitionInput', input(['nope']))).toMatchObject({
      __typename: 'CatalogError',
      code: 'UNKNOWN_LINE_KEY',
    });
    const bad = await mutate('commitReservation', 'ReservationTransitionInput', input([]));
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lineKeys' });
  });

  it('re-routes one line to another location; a short re-route is InsufficientStockError', async () => {
    const { id } = await hold();
    const short = await ok('rerouteReservation', 'RerouteReservationInput', {
      reservationId: id,
      release: ['ol-1'],
      add: [{ lineKey: 'ol-1b', sku: 'SKU-1-S', locationId: 'loc_store_02', quantity: 9 }],
      idempotencyKey: 'rr-1',
    });
    expect(short).toMatchObject({
      __typename: 'InsufficientStockError',
      code: 'INSUFFICIENT_STOCK',
      shortfalls: [{ sku: 'SKU-1-S', locationId: 'loc_store_02', requested: 9, available: 6 }],
    });
    const moved = await ok('rerouteReservation', 'RerouteReservationInput', {
      reservationId: id,
      release: ['ol-1'],
      add: [{ lineKey: 'ol-1b', sku: 'SKU-1-S', locationId: 'loc_store_02', quantity: 1 }],
      reason: 'store rejected',
      idempotencyKey: 'rr-2',
    });
    expect(moved).toMatchObject({
      __typename: 'Reservation',
      releaseReason: 'store rejected',
      lines: [
        { lineKey: 'ol-1', status: 'RELEASED' },
        { lineKey: 'ol-2', status: 'ACTIVE' },
        { lineKey: 'ol-1b', status: 'ACTIVE', locationId: 'loc_store_02' },
      ],
    });
  });

  it('staff re-route only onto their own location, and only reservations holding stock there', async () => {
    const { id } = await hold();
    const input = (locationId: string, key: string) => ({
      reservationId: id,
      release: ['ol-1'],
      add: [{ lineKey: `x-${key}`, sku: 'SKU-1-M', locationId, quantity: 1 }],
      idempotencyKey: key,
    });
    const elsewhere = await mutate('rerouteReservation', 'RerouteReservationInput', input('loc_dc_01', 'a'), STAFF_01);
    expect(elsewhere.data?.r).toBeNull();
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const other: Principal = { kind: 'associate', userId: 'emp_2', locationId: 'loc_store_02' };
    expect(await ok('rerouteReservation', 'RerouteReservationInput', input('loc_store_02', 'b'), other)).toMatchObject({
      code: 'RESERVATION_NOT_FOUND',
    });
    expect(
      await ok('rerouteReservation', 'RerouteReservationInput', input('loc_store_01', 'c'), STAFF_01),
    ).toMatchObject({
      __typename: 'Reservation',
    });
    const anonymous = await mutate('rerouteReservation', 'RerouteReservationInput', input('loc_store_01', 'd'), {
      kind: 'anonymous',
    });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('availableStock', () => {
  it('gives, per SKU in one read, the per-location numbers Variant.availability(channel) reports', async () => {
    await ok('reserveStock', 'ReserveStockInput', {
      kind: 'CART',
      ownerId: 'c',
      idempotencyKey: 'moves-stock',
      lines: [{ sku: 'SKU-1-M', locationId: 'loc_dc_01', quantity: 4 }],
    });
    for (const channel of ['WEB', 'MARKETPLACE', 'POS'] as const) {
      const res = await h.exec<{
        availableStock: { sku: string; locationId: string; available: number }[];
        a: { availability: { locations: { locationId: string; available: number }[] } };
        b: { availability: { locations: { locationId: string; available: number }[] } };
      }>(
        `query($c: SalesChannel!) {
          availableStock(skus: ["SKU-1-M", "SKU-NOPE", "SKU-2-S", "SKU-1-M"], channel: $c) { sku locationId available location { id } }
          a: variant(sku: "SKU-1-M") { availability(channel: $c) { locations { locationId available } } }
          b: variant(sku: "SKU-2-S") { availability(channel: $c) { locations { locationId available } } }
        }`,
        { c: channel },
        { kind: 'anonymous' },
      );
      expect(res.errors).toBeUndefined();
      const { availableStock, a, b } = res.data!;
      expect(availableStock.map(({ sku, locationId, available }) => ({ sku, locationId, available }))).toEqual([
        ...a.availability.locations.map((l) => ({ sku: 'SKU-1-M', ...l })),
        ...b.availability.locations.map((l) => ({ sku: 'SKU-2-S', ...l })),
      ]);
      if (channel === 'WEB') expect(availableStock).toContainEqual(expect.objectContaining({ available: 2 }));
    }
  });

  it('takes 1..100 SKUs', async () => {
    for (const skus of [[], Array.from({ length: 101 }, (_, i) => `S${i}`)]) {
      const res = await h.exec(`query($s: [String!]!) { availableStock(skus: $s, channel: WEB) { sku } }`, { s: skus });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'skus' });
    }
  });
});
