import { recordingBus } from '../../test/support/bus';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import type { LocationChange } from './domain/location-update';
import { FulfillmentTopics } from './events';
import type { LocationDoc } from './model';
import { createFulfillmentService } from './service';
import { createFulfillmentStore } from './store';

const NOW = new Date('2026-11-01T12:00:00.000Z');
const STORE: LocationDoc = {
  _id: 'loc_store_01',
  code: 'PAR-01',
  name: 'Paris Rivoli',
  type: 'STORE',
  address: { line1: '1 rue de Rivoli', city: 'Paris', postalCode: '75001', region: 'IDF', countryCode: 'FR' },
  geo: { lat: 48.86, lng: 2.34 },
  timezone: 'Europe/Paris',
  capabilities: ['CARRY_OUT', 'PICKUP_IN_STORE'],
  capacityPerDay: 40,
  handlingTimeHours: 2,
  costPerShipment: { amount: 650, currencyCode: 'EUR' },
  active: true,
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const DC: LocationDoc = { ...STORE, _id: 'loc_dc_01', code: 'DC-01', type: 'WAREHOUSE', capabilities: ['SHIP'] };

async function setup() {
  const docs = createMemoryStore();
  const { bus, published } = recordingBus();
  const store = createFulfillmentStore(docs);
  await store.init();
  await docs.collection<LocationDoc>('locations').insertMany([STORE, DC]);
  const service = createFulfillmentService(store, bus, () => NOW, silentLogger);
  const state = () => docs.collection('locations').findAll({});
  return { service, published, state, close: () => Promise.all([bus.close(), docs.close()]) };
}

let s: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  s = await setup();
});
afterEach(() => s.close());

describe('fulfillment service', () => {
  it('an update publishes exactly one location.updated event naming the fields written', async () => {
    const outcome = await s.service.updateLocation({ id: 'loc_store_01', capacityPerDay: 60, active: false });
    expect(outcome).toMatchObject({
      ok: true,
      changed: ['capacityPerDay', 'active'],
      location: { capacityPerDay: 60, active: false, updatedAt: NOW.toISOString() },
    });
    expect(s.published).toEqual([
      {
        topic: FulfillmentTopics.locationUpdated,
        payload: { locationId: 'loc_store_01', changed: ['capacityPerDay', 'active'] },
      },
    ]);
  });

  it('an update that sets nothing publishes nothing and changes nothing', async () => {
    const before = await s.state();
    expect(await s.service.updateLocation({ id: 'loc_store_01' })).toMatchObject({ ok: true, changed: [] });
    expect(s.published).toEqual([]);
    expect(await s.state()).toEqual(before);
  });

  it.each<[string, LocationChange & { id: string }, string]>([
    ['an unknown location', { id: 'loc_nope', active: false }, 'LOCATION_NOT_FOUND'],
    ['a negative capacity', { id: 'loc_store_01', capacityPerDay: -5 }, 'INVALID_CAPACITY'],
    ['a handling time over 30 days', { id: 'loc_store_01', handlingTimeHours: 721 }, 'INVALID_HANDLING_TIME'],
    [
      'a capability the type cannot offer',
      { id: 'loc_dc_01', capabilities: ['PICKUP_IN_STORE'] },
      'UNSUPPORTED_CAPABILITY',
    ],
    // one bad field refuses the whole change: the valid field is not written either
    ['one bad field among good ones', { id: 'loc_store_01', active: false, capacityPerDay: -1 }, 'INVALID_CAPACITY'],
  ])('an update refused for %s publishes nothing and changes nothing', async (_case, input, code) => {
    const before = await s.state();
    expect(await s.service.updateLocation(input)).toMatchObject({ ok: false, code, locationId: input.id });
    expect(s.published).toEqual([]);
    expect(await s.state()).toEqual(before);
  });

  it('lists locations matching every given criterion', async () => {
    const ids = async (criteria: Parameters<typeof s.service.listLocations>[0]) =>
      (await s.service.listLocations(criteria)).map((l) => l._id);
    expect(await ids({})).toEqual(['loc_dc_01', 'loc_store_01']);
    expect(await ids({ type: 'STORE' })).toEqual(['loc_store_01']);
    expect(await ids({ capability: 'SHIP' })).toEqual(['loc_dc_01']);
    expect(await ids({ capability: 'SHIP', type: 'STORE' })).toEqual([]);
    expect(await ids({ active: true, type: null, capability: null })).toEqual(['loc_dc_01', 'loc_store_01']);
    expect(await ids({ active: false })).toEqual([]);
  });
});
