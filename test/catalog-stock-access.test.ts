import type { Principal } from '../platform/auth/principal';
import { DEMO_PARTNER_KEYS } from '../subgraphs/identity/demo';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, postGraphQL } from './support/http';

/**
 * Who may use catalog's stock operations through the gateway: receiving units into a reservation
 * (`receiveIntoReservation`), holds that may take safety stock (`allowSafetyStock`) and incoming
 * stock (`expectStock`, `receiveStock` against a reference). A refused call is the field as null
 * with UNAUTHENTICATED / FORBIDDEN (or a reservation of another store answered like a missing
 * one), and changes nothing.
 */
const SKU = 'SKU-0001-41-FOR';
const SERVICE: Principal = { kind: 'service', service: 'fulfillment' };
const STAFF_01: Principal = { kind: 'associate', userId: 'emp_1', locationId: 'loc_store_01' };
const STAFF_02: Principal = { kind: 'associate', userId: 'emp_2', locationId: 'loc_store_02' };
const ANON: Principal = { kind: 'anonymous' };
const PARTNER_JWT: Principal = {
  kind: 'partner',
  partnerId: 'partner_marketplace_01',
  scopes: ['inventory:reserve', 'inventory:write', 'orders:read'],
};
const PARTNER_KEY = { authorization: `Bearer ${DEMO_PARTNER_KEYS.find((k) => k.id === 'pk_demomarketplace1')!.key}` };

let gw: EmbeddedGateway;
beforeAll(async () => {
  // The partner key is refused by its field contract here; the safelist has its own test.
  gw = await startEmbeddedGateway({ partnerSafelist: false });
});
afterAll(() => gw.stop());

type Headers = Record<string, string>;
const headersOf = (who: Principal | Headers): Headers => ('kind' in who ? bearer(who as Principal) : (who as Headers));
async function call<T = Record<string, unknown>>(who: Principal | Headers, query: string, variables?: object) {
  return postGraphQL<{ r: T | null }>(gw.url, query, variables as Record<string, unknown>, headersOf(who));
}
const refusal = (res: Awaited<ReturnType<typeof call>>) => [
  res.body.data?.r ?? null,
  res.body.errors?.[0]?.extensions?.code,
];

const LEVEL = `query($sku: String!, $loc: ID!) { r: inventoryLevel(sku: $sku, locationId: $loc) {
  onHand available committed reserved safetyStock sequence incoming { reference quantity expectedAt } } }`;
const level = async (locationId: string, sku = SKU) =>
  (await call<Record<string, unknown>>(SERVICE, LEVEL, { sku, loc: locationId })).body.data!.r!;

const RESULT = `__typename ... on Reservation { id status lines { lineKey locationId status } } ... on CatalogError { code message }`;
const RECEIVE = `mutation($i: ReceiveIntoReservationInput!) { r: receiveIntoReservation(input: $i) { ${RESULT} } }`;
const RESERVE = `mutation($i: ReserveStockInput!) { r: reserveStock(input: $i) { ${RESULT}
  ... on InsufficientStockError { code shortfalls { sku locationId requested available } } } }`;

describe('receiveIntoReservation', () => {
  let reservationId: string;
  beforeAll(async () => {
    // An order holding one unit at store 01, its DC leg shipped towards the store.
    const held = await call<{ id: string }>(SERVICE, RESERVE, {
      i: {
        kind: 'ORDER',
        ownerId: 'ord_access_1',
        idempotencyKey: 'access-order-1',
        lines: [
          { lineKey: 'store', sku: SKU, locationId: 'loc_store_01', quantity: 1 },
          { lineKey: 'leg', sku: SKU, locationId: 'loc_dc_01', quantity: 1 },
        ],
      },
    });
    reservationId = held.body.data!.r!.id;
  });
  const input = (locationId: string, key: string) => ({
    i: { reservationId, lines: [{ lineKey: key, sku: SKU, locationId, quantity: 1 }], idempotencyKey: key },
  });

  it.each<[string, Principal | Headers, string, string | null]>([
    ['anonymous', ANON, 'loc_store_01', 'UNAUTHENTICATED'],
    ['a customer', { kind: 'customer', customerId: 'cus_000001' }, 'loc_store_01', 'FORBIDDEN'],
    ['an associate of another store, at the order’s store', STAFF_02, 'loc_store_01', 'FORBIDDEN'],
    ['a partner key', PARTNER_KEY, 'loc_store_01', 'FIELD_NOT_IN_CONTRACT'],
    ['a partner JWT holding inventory:reserve', PARTNER_JWT, 'loc_store_01', 'FORBIDDEN'],
    ['an associate of the order’s store, at another location', STAFF_01, 'loc_store_02', 'FORBIDDEN'],
  ])('%s is refused and nothing changes', async (_name, who, locationId, code) => {
    const before = [await level('loc_store_01'), await level('loc_store_02')];
    const res = await call(who, RECEIVE, input(locationId, `refused-${locationId}`));
    expect(refusal(res)).toEqual([null, code]);
    expect([await level('loc_store_01'), await level('loc_store_02')]).toEqual(before);
  });

  it('an associate of another store, at their own store, finds no such reservation', async () => {
    const before = await level('loc_store_02');
    const res = await call(STAFF_02, RECEIVE, input('loc_store_02', 'elsewhere'));
    expect(res.body.data?.r).toEqual({
      __typename: 'CatalogError',
      code: 'RESERVATION_NOT_FOUND',
      message: `reservation ${reservationId} not found`,
    });
    expect(await level('loc_store_02')).toEqual(before);
  });

  it('the internal service, and an associate of the store the order holds stock at, receive; a retry replays', async () => {
    const before = (await level('loc_store_01')) as { onHand: number; committed: number; available: number };
    const staff = await call(STAFF_01, RECEIVE, input('loc_store_01', 'by-staff'));
    expect(staff.body.data?.r).toMatchObject({ __typename: 'Reservation', status: 'ACTIVE' });
    const again = await call(STAFF_01, RECEIVE, input('loc_store_01', 'by-staff'));
    expect(again.body.data?.r).toEqual(staff.body.data?.r);
    const service = await call(SERVICE, RECEIVE, input('loc_store_01', 'by-service'));
    expect(service.body.data?.r).toMatchObject({ __typename: 'Reservation' });
    expect(await level('loc_store_01')).toMatchObject({
      onHand: before.onHand + 2,
      committed: before.committed + 2,
      available: before.available,
    });
  });
});

describe('holds that may take safety stock', () => {
  // Seed 42: loc_store_01 has 3 units of this SKU available and 1 of safety stock.
  const sku = 'SKU-0010-43-SKY';
  const hold = (key: string, quantity: number, locationId = 'loc_store_01') => ({
    i: {
      kind: 'ORDER',
      ownerId: 'ord_safety',
      idempotencyKey: key,
      allowSafetyStock: true,
      lines: [{ lineKey: key, sku, locationId, quantity }],
    },
  });
  const REROUTE = `mutation($i: RerouteReservationInput!) { r: rerouteReservation(input: $i) { ${RESULT} } }`;

  it.each<[string, Principal | Headers, string]>([
    ['anonymous', ANON, 'UNAUTHENTICATED'],
    ['an associate of another store', STAFF_02, 'FORBIDDEN'],
    ['a partner key', PARTNER_KEY, 'FIELD_NOT_IN_CONTRACT'],
    ['a partner JWT holding inventory:reserve', PARTNER_JWT, 'FORBIDDEN'],
  ])('%s may not hold at store 01, and nothing changes', async (_name, who, code) => {
    const before = await level('loc_store_01', sku);
    expect(refusal(await call(who, RESERVE, hold(`refused-${code}`, 4)))).toEqual([null, code]);
    expect(await level('loc_store_01', sku)).toEqual(before);
  });

  it('an associate of the store holds into its safety stock, then re-routes; others may not re-route it', async () => {
    const held = await call<{ id: string; lines: unknown[] }>(STAFF_01, RESERVE, hold('staff-hold', 4));
    expect(held.body.data?.r).toMatchObject({ __typename: 'Reservation', status: 'ACTIVE' });
    expect(await level('loc_store_01', sku)).toMatchObject({ available: 0, safetyStock: 0 });
    const reservationId = held.body.data!.r!.id;
    const reroute = (key: string, locationId: string) => ({
      i: {
        reservationId,
        release: ['staff-hold'],
        add: [{ lineKey: key, sku, locationId, quantity: 4 }],
        allowSafetyStock: true,
        idempotencyKey: key,
      },
    });
    expect(refusal(await call(ANON, REROUTE, reroute('x1', 'loc_store_01')))).toEqual([null, 'UNAUTHENTICATED']);
    expect(refusal(await call(PARTNER_JWT, REROUTE, reroute('x2', 'loc_store_01')))).toEqual([null, 'FORBIDDEN']);
    expect((await call(STAFF_02, REROUTE, reroute('x3', 'loc_store_02'))).body.data?.r).toMatchObject({
      code: 'RESERVATION_NOT_FOUND',
    });
    expect(await level('loc_store_01', sku)).toMatchObject({ available: 0, safetyStock: 0 });
    const moved = await call(STAFF_01, REROUTE, reroute('again', 'loc_store_01'));
    expect(moved.body.data?.r).toMatchObject({ __typename: 'Reservation', status: 'ACTIVE' });
    expect(await level('loc_store_01', sku)).toMatchObject({ available: 0, safetyStock: 0 });
  });
});

describe('incoming stock: expectStock and receipts against a reference', () => {
  const EXPECT = `mutation($i: ExpectStockInput!) { r: expectStock(input: $i) { __typename
    ... on InventoryLevel { sequence incoming { reference quantity expectedAt } } ... on CatalogError { code } } }`;
  const RECEIPT = `mutation($i: ReceiveStockInput!) { r: receiveStock(input: $i) { __typename
    ... on InventoryMovement { applied inventoryLevels { onHand incoming { reference quantity } } } ... on CatalogError { code } } }`;
  const expected = (reference: string, quantity = 12) => ({
    i: { sku: SKU, locationId: 'loc_store_01', quantity, expectedAt: '2026-12-15T09:00:00Z', reference },
  });
  const receipt = (sourceEventId: string, reference: string) => ({
    i: { sku: SKU, locationId: 'loc_store_01', quantity: 5, sourceEventId, reference },
  });
  const wrong: [string, Principal | Headers, string][] = [
    ['anonymous', ANON, 'UNAUTHENTICATED'],
    ['a customer', { kind: 'customer', customerId: 'cus_000001' }, 'FORBIDDEN'],
    ['an associate of another store', STAFF_02, 'FORBIDDEN'],
    ['a partner key', PARTNER_KEY, 'FIELD_NOT_IN_CONTRACT'],
    ['a partner JWT holding inventory:write', PARTNER_JWT, 'FORBIDDEN'],
  ];

  it.each(wrong)('%s may not expect stock at store 01, and nothing changes', async (_name, who, code) => {
    const before = await level('loc_store_01');
    expect(refusal(await call(who, EXPECT, expected(`PO-refused-${code}`)))).toEqual([null, code]);
    expect(await level('loc_store_01')).toEqual(before);
  });

  it('staff of the store expect a delivery and receive it; a replayed receipt decrements nothing', async () => {
    const before = (await level('loc_store_01')) as { onHand: number; sequence: number };
    const added = await call(STAFF_01, EXPECT, expected('PO-STAFF-1'));
    expect(added.body.data?.r).toMatchObject({
      __typename: 'InventoryLevel',
      sequence: before.sequence + 1,
      incoming: [{ reference: 'PO-STAFF-1', quantity: 12, expectedAt: '2026-12-15T09:00:00.000Z' }],
    });
    // The same delivery again changes nothing.
    expect((await call(STAFF_01, EXPECT, expected('PO-STAFF-1'))).body.data?.r).toEqual(added.body.data?.r);

    for (const [, who, code] of wrong) {
      expect(refusal(await call(who, RECEIPT, receipt(`asn-refused-${code}`, 'PO-STAFF-1')))).toEqual([null, code]);
    }
    const received = await call(STAFF_01, RECEIPT, receipt('asn-staff-1', 'PO-STAFF-1'));
    expect(received.body.data?.r).toEqual({
      __typename: 'InventoryMovement',
      applied: true,
      inventoryLevels: [{ onHand: before.onHand + 5, incoming: [{ reference: 'PO-STAFF-1', quantity: 7 }] }],
    });
    const replayed = await call(SERVICE, RECEIPT, receipt('asn-staff-1', 'PO-STAFF-1'));
    expect(replayed.body.data?.r).toMatchObject({ applied: false });
    expect(await level('loc_store_01')).toMatchObject({
      onHand: before.onHand + 5,
      incoming: [{ reference: 'PO-STAFF-1', quantity: 7 }],
    });
    expect((await call(SERVICE, RECEIPT, receipt('asn-staff-2', 'PO-NONE'))).body.data?.r).toEqual({
      __typename: 'CatalogError',
      code: 'UNKNOWN_INCOMING_REFERENCE',
    });
  });
});
