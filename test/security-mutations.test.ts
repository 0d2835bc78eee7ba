import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, postGraphQL } from './support/http';

/**
 * Who may change what, through the gateway: each principal × each kind of mutation, allowed or
 * refused (null plus UNAUTHENTICATED / FORBIDDEN, nothing changed), and the attacks an outside
 * probe ran as an anonymous caller.
 */
const ANON: Principal = { kind: 'anonymous' };
const CUSTOMER: Principal = { kind: 'customer', customerId: 'cus_000002' };
const STAFF_01: Principal = { kind: 'associate', userId: 'emp_1', locationId: 'loc_store_01' };
const KIOSK_02: Principal = { kind: 'device', deviceId: 'kiosk_2', locationId: 'loc_store_02' };
const PARTNER: Principal = { kind: 'partner', partnerId: 'partner_marketplace_01', scopes: ['orders:read'] };
const ADS: Principal = { kind: 'partner', partnerId: 'partner_ads_01', scopes: ['touchpoints:write'] };
const SERVICE: Principal = { kind: 'service', service: 'checkout' };
const OPERATOR: Principal = { kind: 'operator', userId: 'ops_1' };

let gw: EmbeddedGateway;
let n = 0;
beforeAll(async () => {
  // Authorization is what is tested here; the partner safelist has its own test.
  gw = await startEmbeddedGateway({ partnerSafelist: false });
});
afterAll(() => gw.stop());

const SKU = 'SKU-0001-41-FOR';
type Op = (id: string) => string;
const OPS: Record<string, Op> = {
  receiveAtStore01: (id) =>
    `mutation { r: receiveStock(input: { sku: "${SKU}", locationId: "loc_store_01", quantity: 1, sourceEventId: "${id}" }) { __typename } }`,
  damageAtStore01: (id) =>
    `mutation { r: reportDamage(input: { sku: "${SKU}", locationId: "loc_store_01", quantity: 1, sourceEventId: "${id}" }) { __typename } }`,
  transferFromStore01: (id) =>
    `mutation { r: transferStock(input: { sku: "${SKU}", fromLocationId: "loc_store_01", toLocationId: "loc_dc_01", quantity: 1, sourceEventId: "${id}" }) { __typename } }`,
  holdAtStore01: (id) =>
    `mutation { r: reserveStock(input: { kind: CART, ownerId: "c", idempotencyKey: "${id}", lines: [{ sku: "${SKU}", locationId: "loc_store_01", quantity: 1 }] }) { __typename } }`,
  zeroWebBuffer: () =>
    `mutation { r: updateChannelSourcing(input: { channel: WEB, bufferUnits: 10000 }) { __typename } }`,
  deactivateStore01: () => `mutation { r: updateLocation(input: { id: "loc_store_01", active: true }) { __typename } }`,
  linkEmailToCustomer1: (id) =>
    `mutation { r: addCustomerIdentifier(input: { customerId: "cus_000001", identifier: { type: EMAIL, value: "${id}@example.com" }, source: WEB }) { __typename } }`,
  noteOnOrder1: (id) =>
    `mutation { r: addOrderNote(input: { orderId: "ord_000001", text: "note", idempotencyKey: "${id}" }) { __typename } }`,
  touchpoint: (id) =>
    `mutation { r: recordTouchpoint(input: { eventId: "${id}", customerId: "cus_000001", type: CLICK, channel: SEARCH }) { __typename } }`,
  rerankStore01: () => `mutation { r: updateLocationRouting(input: { id: "loc_store_01", rank: 30 }) { __typename } }`,
  webProfile: () => `mutation { r: updateSourcingProfile(input: { channel: WEB, maxShipments: 3 }) { __typename } }`,
};

// allowed (✓) or refused (✗), per principal, in the order of OPS.
const MATRIX: [string, Principal, string][] = [
  ['anonymous', ANON, '✗✗✗✗✗✗✗✗✗✗✗'],
  ['customer', CUSTOMER, '✗✗✗✗✗✗✗✗✗✗✗'],
  ['associate at loc_store_01', STAFF_01, '✓✓✓✓✗✓✓✓✗✗✗'],
  ['kiosk at loc_store_02', KIOSK_02, '✗✗✗✗✗✗✓✓✗✗✗'],
  ['marketplace partner', PARTNER, '✗✗✗✗✗✗✗✗✗✗✗'],
  ['ad-platform partner', ADS, '✗✗✗✗✗✗✗✗✓✗✗'],
  ['service', SERVICE, '✓✓✓✓✓✓✓✓✓✓✓'],
  ['operator', OPERATOR, '✓✓✓✓✓✓✓✓✓✓✓'],
];

describe('who may change what', () => {
  it.each(MATRIX)('%s', async (_name, principal, expected) => {
    const got: string[] = [];
    for (const op of Object.values(OPS)) {
      const res = await postGraphQL<{ r: { __typename: string } | null }>(
        gw.url,
        op(`sec-${++n}`),
        undefined,
        bearer(principal),
      );
      const refused = res.body.data?.r === null;
      if (refused) {
        expect(res.body.errors?.[0]?.extensions?.code).toBe(
          principal.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        );
      }
      got.push(refused ? '✗' : '✓');
    }
    expect(got.join('')).toBe(expected);
  });
});

describe('refused changes change nothing', () => {
  it('an anonymous WEB buffer change and store deactivation leave sourcing and the network as they were', async () => {
    const read = '{ channelSourcing { channel bufferUnits } location(id: "loc_store_02") { active } }';
    const before = await postGraphQL(gw.url, read);
    await postGraphQL(
      gw.url,
      'mutation { updateChannelSourcing(input: { channel: WEB, bufferUnits: 10000 }) { __typename } }',
    );
    await postGraphQL(
      gw.url,
      'mutation { updateLocation(input: { id: "loc_store_02", active: false }) { __typename } }',
    );
    expect((await postGraphQL(gw.url, read)).body.data).toEqual(before.body.data);
  });
});

describe('reservations of another location are answered like missing ones', () => {
  it('a kiosk cannot release a store 01 hold, and cannot tell it from a missing one', async () => {
    const hold = await postGraphQL<{ r: { id: string } }>(
      gw.url,
      `mutation { r: reserveStock(input: { kind: CART, ownerId: "c", idempotencyKey: "victim-hold", lines: [{ sku: "${SKU}", locationId: "loc_store_01", quantity: 1 }] }) { ... on Reservation { id } } }`,
      undefined,
      bearer(STAFF_01),
    );
    const id = hold.body.data!.r.id;
    const attempt = (reservationId: string) =>
      postGraphQL(
        gw.url,
        `mutation { r: releaseReservation(input: { reservationId: "${reservationId}" }) { ... on CatalogError { code message } ... on Reservation { status } } }`,
        undefined,
        bearer(KIOSK_02),
      );
    const existing = await attempt(id);
    const missing = await attempt('res_bm9wZQ');
    expect(existing.body.data).toEqual({
      r: { code: 'RESERVATION_NOT_FOUND', message: `reservation ${id} not found` },
    });
    expect(missing.body.data).toEqual({
      r: { code: 'RESERVATION_NOT_FOUND', message: 'reservation res_bm9wZQ not found' },
    });
    const read = (principal: Principal) =>
      postGraphQL<{ reservation: { status: string } | null }>(
        gw.url,
        `{ reservation(id: "${id}") { status } }`,
        undefined,
        bearer(principal),
      );
    expect((await read(STAFF_01)).body.data!.reservation!.status).toBe('ACTIVE');
    // Reading it is hidden the same way from the kiosk of another store and from anyone anonymous.
    for (const outsider of [KIOSK_02, ANON]) {
      const res = await read(outsider);
      expect(res.body.data).toEqual({ reservation: null });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});
