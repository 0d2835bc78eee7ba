import { generateScenario } from '../demo/generate';
import { createMemoryBus } from '../platform/bus/memory';
import { SUBGRAPH_NAMES } from '../platform/config';
import { silentLogger } from '../platform/logger';
import { createMemoryStore } from '../platform/store/memory';
import type { DocumentStore } from '../platform/store/port';
import { buildSubgraph, inProcessBindings } from './registry';
import { DEMO_SEEDING, demoScenario, seedDemoIfEmpty, seedScenario } from './seed';

const ALL_COLLECTIONS = SUBGRAPH_NAMES.flatMap((name) => DEMO_SEEDING[name].collections);

describe('each subgraph seeds only its own collections', () => {
  it.each(SUBGRAPH_NAMES)(
    '%s: demo documents are keyed by exactly its collections, as its built subgraph says',
    (name) => {
      const { collections, demo } = DEMO_SEEDING[name];
      expect(Object.keys(demo(demoScenario(42))).sort()).toEqual([...collections].sort());
      const store = createMemoryStore();
      const deps = { store, bus: createMemoryBus(), logger: silentLogger };
      const subgraph = buildSubgraph(name, deps, inProcessBindings(deps));
      expect(subgraph.collections).toEqual(collections);
      expect(subgraph.demo).toBe(demo);
    },
  );

  it('gives every collection exactly one owner', () => {
    expect(new Set(ALL_COLLECTIONS).size).toBe(ALL_COLLECTIONS.length);
  });
});

describe('demo documents are deterministic', () => {
  it('the same seed twice gives equal documents in every collection; another seed gives different ones', () => {
    // Two independent generations (not the cached scenario), compared as JSON: key order counts too.
    const [a, b, other] = [generateScenario(42), generateScenario(42), generateScenario(7)];
    for (const name of SUBGRAPH_NAMES) {
      const { demo } = DEMO_SEEDING[name];
      expect(JSON.stringify(demo(a))).toBe(JSON.stringify(demo(b)));
      expect(JSON.stringify(demo(other))).not.toBe(JSON.stringify(demo(a)));
    }
  });
});

describe('seedScenario', () => {
  it('loads every subgraph with matching counts, replacing previous data', async () => {
    const store = createMemoryStore();
    const scenario = demoScenario(42);
    await seedScenario(store, scenario);
    const counts = await seedScenario(store, scenario); // idempotent: clears first
    expect(Object.keys(counts).sort()).toEqual([...ALL_COLLECTIONS].sort());
    for (const name of SUBGRAPH_NAMES) {
      for (const [collection, docs] of Object.entries(DEMO_SEEDING[name].demo(scenario))) {
        expect({ collection, count: counts[collection] }).toEqual({ collection, count: docs.length });
        expect(await store.collection(collection).count()).toBe(docs.length);
      }
    }
    expect(counts.orders).toBe(scenario.orders.length);
    expect(counts.inventory_levels).toBe(scenario.stock.length);
    expect(await store.collection('orders').findById(scenario.orders[0]!.id)).toEqual(
      DEMO_SEEDING.orders.demo(scenario).orders![0],
    );
    await store.close();
  });

  it('loads only the requested subgraphs', async () => {
    const store = createMemoryStore();
    const scenario = demoScenario(42);
    const counts = await seedScenario(store, scenario, ['fulfillment']);
    expect(counts).toEqual({
      locations: scenario.locations.length,
      fulfillment_orders: scenario.fulfillmentOrders.length,
      location_loads: 0,
      sourcing_profiles: 7,
      backorders: 0,
      cancellations: 0,
      fulfillment_outbox: 0,
    });
    expect(await store.collection('orders').count()).toBe(0);
    await store.close();
  });
});

describe('seedDemoIfEmpty', () => {
  const config = { demoData: true, demoSeed: 42 };
  const hosted = SUBGRAPH_NAMES.map((name) => DEMO_SEEDING[name]);

  it('seeds the in-memory engine, leaving a subgraph that already holds data untouched', async () => {
    const store = createMemoryStore();
    await store.collection<{ _id: string; name: string }>('locations').insertOne({ _id: 'loc_custom', name: 'kept' });
    const counts = await seedDemoIfEmpty(store, hosted, config, silentLogger);
    expect(counts.locations).toBeUndefined();
    expect(await store.collection('locations').count()).toBe(1);
    expect(await store.collection('orders').count()).toBe(demoScenario(42).orders.length);
    expect(await seedDemoIfEmpty(store, hosted, config, silentLogger)).toEqual({});
    await store.close();
  });

  it('does nothing when DEMO_DATA is off or the engine is not the in-memory one', async () => {
    const memory = createMemoryStore();
    expect(await seedDemoIfEmpty(memory, hosted, { ...config, demoData: false }, silentLogger)).toEqual({});
    const mongoLike = {
      engine: 'mongodb',
      collection: memory.collection.bind(memory),
      ping: memory.ping.bind(memory),
      close: async () => undefined,
    } as DocumentStore;
    expect(await seedDemoIfEmpty(mongoLike, hosted, config, silentLogger)).toEqual({});
    expect(await memory.collection('orders').count()).toBe(0);
    await memory.close();
  });
});
