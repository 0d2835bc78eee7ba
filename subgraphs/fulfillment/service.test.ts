import { outboxOf, recordingBus } from '../../test/support/bus';
import { unusedService } from '../../test/support/unused';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import type { LocationChange } from './domain/location-update';
import { FulfillmentTopics } from './events';
import type { LocationDoc } from './model';
import { createFulfillmentService } from './service';
import { COLLECTIONS, createFulfillmentStore } from './store';
import type { CatalogApi } from '../catalog/api';

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
  costPerKm: 1.2,
  rank: 30,
  cutoffTime: '15:00',
  businessHours: [{ day: 'MON', opens: '09:30', closes: '19:30' }],
  active: true,
  operatorPartnerId: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const DC: LocationDoc = { ...STORE, _id: 'loc_dc_01', code: 'DC-01', type: 'WAREHOUSE', capabilities: ['SHIP'] };

async function setup() {
  const docs = createMemoryStore();
  const { bus, published } = recordingBus();
  const store = createFulfillmentStore(docs);
  await store.init();
  await docs.collection<LocationDoc>('locations').insertMany([STORE, DC]);
  // Locations and profiles never reach catalog: any call would fail the test.
  const service = createFulfillmentService(
    store,
    outboxOf(COLLECTIONS.outbox, docs, bus),
    () => NOW,
    silentLogger,
    unusedService<CatalogApi>('catalog'),
  );
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
        payload: {
          locationId: 'loc_store_01',
          changed: ['capacityPerDay', 'active'],
          eventId: expect.stringMatching(/^evt_/),
        },
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

  it('a routing change writes the cost in the node’s currency and names the field once', async () => {
    const outcome = await s.service.updateLocationRouting({ id: 'loc_dc_01', costPerShipment: 420, costPerKm: 0.5 });
    expect(outcome).toMatchObject({
      ok: true,
      changed: ['costPerShipment', 'costPerKm'],
      location: { costPerShipment: { amount: 420, currencyCode: 'EUR' }, costPerKm: 0.5 },
    });
  });

  it('a refused routing change writes and publishes nothing', async () => {
    const before = await s.state();
    expect(await s.service.updateLocationRouting({ id: 'loc_dc_01', rank: 5, timezone: 'Nowhere/Land' })).toMatchObject(
      {
        ok: false,
        code: 'INVALID_ROUTING_ATTRIBUTE',
      },
    );
    expect(s.published).toEqual([]);
    expect(await s.state()).toEqual(before);
  });

  it('load: a node’s orders taken on its own local day, and what is left', async () => {
    const store = (await s.service.listLocations({ type: 'STORE' }))[0]!;
    // 12:00 UTC on 1 November is 13:00 in Paris: the same local day.
    expect(s.service.todayKey(store)).toBe('loc_store_01:2026-11-01');
    expect(s.service.loadOf(store, 15)).toEqual({ date: '2026-11-01', taken: 15, capacity: 40, remaining: 25 });
    expect(s.service.loadOf(store, 55).remaining).toBe(0);
  });
});

describe('sourcing profiles', () => {
  it('a channel nobody changed has its default; a change is stored, published once, and seen next time', async () => {
    const before = await s.service.sourcingProfile('WEB');
    expect(before).toMatchObject({ _id: 'WEB', maxShipments: 3, updatedBy: null });
    const outcome = await s.service.updateSourcingProfile(
      'WEB',
      { maxShipments: 2, weights: { lateHour: 80 } },
      'operator:ops_1',
    );
    expect(outcome).toMatchObject({
      ok: true,
      profile: { maxShipments: 2, updatedBy: 'operator:ops_1', updatedAt: NOW.toISOString() },
    });
    expect((await s.service.sourcingProfile('WEB')).weights).toEqual({ ...before.weights, lateHour: 80 });
    expect(s.published).toEqual([
      {
        topic: FulfillmentTopics.sourcingProfileUpdated,
        payload: { channel: 'WEB', by: 'operator:ops_1', eventId: expect.stringMatching(/^evt_/) },
      },
    ]);
    expect((await s.service.sourcingProfiles()).map((p) => p._id)).toEqual([
      'WEB',
      'APP',
      'KIOSK',
      'POS',
      'MARKETPLACE',
      'SOCIAL',
      'B2B',
    ]);
  });

  it('a refused change stores and publishes nothing', async () => {
    expect(
      await s.service.updateSourcingProfile('POS', { maxShipments: 2, slaHours: 0 }, 'operator:ops_1'),
    ).toMatchObject({
      ok: false,
      code: 'INVALID_SOURCING_PROFILE',
      field: 'slaHours',
    });
    expect((await s.service.sourcingProfile('POS')).updatedBy).toBeNull();
    expect(s.published).toEqual([]);
  });

  it('two operators changing one channel at once: both changes are whole profiles, the last one stands', async () => {
    await Promise.all([
      s.service.updateSourcingProfile('APP', { maxShipments: 1 }, 'operator:a'),
      s.service.updateSourcingProfile('APP', { maxShipments: 4 }, 'operator:b'),
    ]);
    const stored = await s.service.sourcingProfile('APP');
    expect([1, 4]).toContain(stored.maxShipments);
    expect(stored.updatedBy).toBe(stored.maxShipments === 1 ? 'operator:a' : 'operator:b');
  });
});
