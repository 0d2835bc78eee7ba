import { fixtureScenario, type FixtureOptions } from '../../demo/fixture';
import { createMemoryBus } from '../../platform/bus/memory';
import type { EventBus } from '../../platform/bus/port';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import type { DocumentStore } from '../../platform/store/port';
import type { InventoryLevelDoc, ReservationDoc } from '../../subgraphs/catalog/model';
import type { FulfillmentContext } from '../../subgraphs/fulfillment/context';
import type { BackorderDoc, FulfillmentOrderDoc } from '../../subgraphs/fulfillment/model';
import type { RouteRequest } from '../../subgraphs/fulfillment/service-routing';
import { buildSubgraph, inProcessBindings, type BuildOptions } from '../../subgraphs/registry';
import { seedScenario } from '../../subgraphs/seed';
import type { PublishedEvent } from './bus';

export const FIXTURE_START = new Date('2026-11-30T09:00:00.000Z'); // Monday 10:00 in Paris: stores are open
export const PARIS = { lat: 48.8566, lng: 2.3522, countryCode: 'FR' };

/**
 * Fulfillment on the fixture scenario (demo/fixture.ts: every position onHand 10, committed 2,
 * reserved 1, safety stock 1, so 6 available) in a fresh in-memory store, with a controllable
 * clock. `instance()` builds a fulfillment service (and, in-process, the catalog it holds stock
 * through) on that store, as one more instance of the subgraph would be; `store` may wrap the
 * store an instance writes through (to interleave another writer in a test). Registers its own
 * beforeEach/afterEach.
 */
export function useFulfillmentFixture(options: FixtureOptions = {}) {
  let clock = FIXTURE_START;
  let store: DocumentStore;
  let published: PublishedEvent[] = [];
  let n = 0;

  beforeEach(async () => {
    clock = FIXTURE_START;
    published = [];
    store = createMemoryStore();
    await seedScenario(store, fixtureScenario({ products: 2, onHand: 10, ...options }));
  });
  afterEach(() => store.close());

  function instance({
    store: wrap,
    bus: wrapBus,
    ...build
  }: BuildOptions & {
    store?: (store: DocumentStore) => DocumentStore;
    /** Wraps the bus the instance publishes on (e.g. one whose publish fails). */
    bus?: (bus: EventBus) => EventBus;
  } = {}) {
    const bus = createMemoryBus();
    const publish = bus.publish.bind(bus);
    bus.publish = async <T>(topic: string, payload: T) => {
      published.push({ topic, payload });
      return publish(topic, payload);
    };
    const deps = {
      store: wrap ? wrap(store) : store,
      bus: wrapBus ? wrapBus(bus) : bus,
      logger: silentLogger,
      now: () => clock,
    };
    const fulfillment = buildSubgraph('fulfillment', deps, inProcessBindings(deps), build);
    const ctx = fulfillment.createContext({
      principal: { kind: 'service', service: 'test' },
      requestId: 't',
    }) as unknown as FulfillmentContext;
    return { fulfillment, service: ctx.service };
  }

  const collection = <T extends { _id: string }>(name: string) => store.collection<T>(name);
  return {
    get store() {
      return store;
    },
    /** Every event published by any instance, in order. */
    get published() {
      return published;
    },
    now: () => clock,
    advance: (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000)),
    instance,
    /** A fresh order id and idempotency key for a routing request (WEB to Paris unless `extra` says otherwise). */
    order(lines: RouteRequest['lines'], extra: Partial<RouteRequest> = {}): RouteRequest {
      n++;
      return {
        orderId: `ord_fx_${n}`,
        channel: 'WEB',
        destination: PARIS,
        lines,
        idempotencyKey: `route-${n}`,
        ...extra,
      };
    },
    level: async (sku: string, locationId: string) =>
      (await collection<InventoryLevelDoc>('inventory_levels').findById(`${sku}@${locationId}`))!,
    fulfillmentOrder: async (id: string) => (await collection<FulfillmentOrderDoc>('fulfillment_orders').findById(id))!,
    backorder: async (id: string) => (await collection<BackorderDoc>('backorders').findById(id))!,
    /** Everything a refused cancellation must leave as it was. */
    snapshot: async () => ({
      fulfillmentOrders: await collection<FulfillmentOrderDoc>('fulfillment_orders').findAll({}),
      backorders: await collection<BackorderDoc>('backorders').findAll({}),
      levels: await collection<InventoryLevelDoc>('inventory_levels').findAll({}),
      reservations: await collection<ReservationDoc>('reservations').findAll({}),
      cancellations: await collection('cancellations').findAll({}),
    }),
  };
}

/** The stock figures a cancellation may move: what is held, committed, on hand and available. */
export const held = (l: InventoryLevelDoc) => ({
  onHand: l.onHand,
  reserved: l.reserved,
  committed: l.committed,
  available: l.available,
  safetyStock: l.safetyStock,
});
