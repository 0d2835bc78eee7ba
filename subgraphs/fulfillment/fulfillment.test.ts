import { subgraphHarness, type SubgraphHarness } from '../../test/support/subgraph';
import type { FulfillmentOrderDoc, LocationDoc } from './model';

const store01: LocationDoc = {
  _id: 'loc_store_01',
  code: 'PAR-01',
  name: 'Paris Rivoli',
  type: 'STORE',
  address: { line1: '1 rue de Rivoli', city: 'Paris', postalCode: '75001', region: 'Île-de-France', countryCode: 'FR' },
  geo: { lat: 48.8606, lng: 2.3376 },
  timezone: 'Europe/Paris',
  capabilities: ['CARRY_OUT', 'PICKUP_IN_STORE'],
  capacityPerDay: 40,
  handlingTimeHours: 2,
  costPerShipment: { amount: 650, currencyCode: 'EUR' },
  costPerKm: 1.2,
  rank: 30,
  cutoffTime: '15:00',
  businessHours: [{ day: 'MON', opens: '09:30', closes: '19:30' }],
  active: true,
  operatorPartnerId: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const dc01: LocationDoc = {
  ...store01,
  _id: 'loc_dc_01',
  code: 'DC-01',
  name: 'DC Lyon',
  type: 'WAREHOUSE',
  capabilities: ['SHIP', 'SHIP_TO_STORE'],
};
const fo = (id: string, orderId: string, locationId: string): FulfillmentOrderDoc => ({
  _id: id,
  orderId,
  locationId,
  deliveryMethod: 'SHIP',
  status: 'OPEN',
  lines: [{ orderLineId: `${orderId}-1`, sku: 'SKU-1-S', quantity: 1 }],
  rejectionReason: null,
  promisedBy: '2026-11-03T00:00:00.000Z',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  reservationId: null,
  channel: null,
  destination: null,
  pickupLocationId: null,
  pickupExpiresAt: null,
  receivedAt: null,
  shipments: [],
  appliedEvents: [],
  excludedLocationIds: [],
});

const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateLocationInput!) {
    updateLocation(input: $input) {
      __typename
      ... on Location {
        capabilities
        capacityPerDay
        active
      }
      ... on FulfillmentError {
        code
      }
    }
  }
`;

let h: SubgraphHarness;
beforeEach(async () => {
  h = await subgraphHarness('fulfillment', async (store) => {
    await store.collection<LocationDoc>('locations').insertMany([store01, dc01]);
    await store
      .collection<FulfillmentOrderDoc>('fulfillment_orders')
      .insertMany([
        fo('fo_1', 'ord_1', 'loc_store_01'),
        fo('fo_2', 'ord_1', 'loc_dc_01'),
        fo('fo_3', 'ord_2', 'loc_dc_01'),
      ]);
  });
});
afterEach(() => h.close());

const update = async (input: Record<string, unknown>) =>
  (await h.exec<{ updateLocation: Record<string, unknown> }>(UPDATE, { input })).data!.updateLocation;

describe('fulfillment subgraph', () => {
  it('filters the network by type and capability', async () => {
    const res = await h.exec<{ stores: { id: string }[]; pickup: { id: string }[]; ship: { id: string }[] }>(
      '{ stores: locations(filter: {type: STORE}) { id } pickup: locations(filter: {capability: PICKUP_IN_STORE}) { id } ship: locations(filter: {capability: SHIP}) { id } }',
    );
    expect(res.data).toEqual({
      stores: [{ id: 'loc_store_01' }],
      pickup: [{ id: 'loc_store_01' }],
      ship: [{ id: 'loc_dc_01' }],
    });
  });

  it('contributes Order.fulfillmentOrders in one batch for many orders', async () => {
    const res = await h.exec<{ _entities: { fulfillmentOrders: { id: string; location: { name: string } }[] }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { fulfillmentOrders { id location { name } } } } }',
      { r: ['ord_1', 'ord_2', 'ord_3'].map((id) => ({ __typename: 'Order', id })) },
    );
    expect(res.data!._entities.map((o) => o.fulfillmentOrders.map((f) => f.id))).toEqual([
      ['fo_1', 'fo_2'],
      ['fo_3'],
      [],
    ]);
    expect(h.calls.get('fulfillment_orders.findAll')).toBe(1);
    expect(h.calls.get('locations.findByIds')).toBe(1);
  });

  it('updates routing attributes and publishes what changed', async () => {
    const res = await update({
      id: 'loc_store_01',
      capabilities: ['SHIP', 'PICKUP_IN_STORE', 'CARRY_OUT'],
      capacityPerDay: 55,
    });
    expect(res).toEqual({
      __typename: 'Location',
      capabilities: ['CARRY_OUT', 'PICKUP_IN_STORE', 'SHIP'],
      capacityPerDay: 55,
      active: true,
    });
    expect(h.events.map((e) => e.payload)).toEqual([
      {
        locationId: 'loc_store_01',
        changed: ['capacityPerDay', 'capabilities'],
        eventId: expect.stringMatching(/^evt_/),
      },
    ]);
  });

  it.each([
    [{ id: 'loc_nope', active: false }, 'LOCATION_NOT_FOUND'],
    [{ id: 'loc_store_01', capacityPerDay: -5 }, 'INVALID_CAPACITY'],
    [{ id: 'loc_store_01', handlingTimeHours: 10_000 }, 'INVALID_HANDLING_TIME'],
    [{ id: 'loc_dc_01', capabilities: ['CARRY_OUT'] }, 'UNSUPPORTED_CAPABILITY'],
  ])('rejects %j with %s and changes nothing', async (input, code) => {
    const before = await h.store.collection<LocationDoc>('locations').findAll({});
    expect(await update(input)).toEqual({ __typename: 'FulfillmentError', code });
    expect(await h.store.collection<LocationDoc>('locations').findAll({})).toEqual(before);
    expect(h.events).toHaveLength(0);
  });
});
