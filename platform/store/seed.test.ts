import { isConsistent } from '../../subgraphs/catalog/domain/level-ops';
import { SUBGRAPH_NAMES } from '../config';
import { createMemoryStore } from '../store/memory';
import { generateDemoData } from './generate';
import { COLLECTIONS_BY_SUBGRAPH, demoDocuments, isStoreEmpty, loadDemoData } from './load';

describe('loadDemoData', () => {
  it('loads every subgraph into the memory store with matching counts, replacing previous data', async () => {
    const store = createMemoryStore();
    const d = generateDemoData(42);
    for (const subgraph of SUBGRAPH_NAMES) expect(await isStoreEmpty(store, subgraph)).toBe(true);
    await loadDemoData(store, d, SUBGRAPH_NAMES);
    const { counts } = await loadDemoData(store, d, SUBGRAPH_NAMES); // idempotent: clears first
    const all = Object.values(COLLECTIONS_BY_SUBGRAPH).flat();
    expect(Object.keys(counts).sort()).toEqual([...all].sort());
    for (const name of all) {
      expect(counts[name]).toBe(demoDocuments(d, name).length);
      expect(await store.collection(name).count()).toBe(counts[name]);
    }
    expect(counts.inventory_levels).toBe(d.inventoryLevels.length);
    expect(await store.collection('orders').findById(d.orders[0]!._id)).toEqual(d.orders[0]);
    for (const subgraph of SUBGRAPH_NAMES) expect(await isStoreEmpty(store, subgraph)).toBe(false);
    await store.close();
  });

  it('loads only the requested subgraphs', async () => {
    const store = createMemoryStore();
    const demo = generateDemoData(42);
    const { counts } = await loadDemoData(store, demo, ['fulfillment']);
    expect(counts).toEqual({
      locations: demo.locations.length,
      fulfillment_orders: demo.fulfillmentOrders.length,
    });
    expect(await isStoreEmpty(store, 'fulfillment')).toBe(false);
    expect(await isStoreEmpty(store, 'orders')).toBe(true);
    await store.close();
  });
});

describe('demo inventory matches the catalog ledger’s invariant', () => {
  it('every level has available materialised and onHand equal to the sum of its states', () => {
    const { inventoryLevels } = generateDemoData(42);
    const broken = inventoryLevels.filter((l) => !isConsistent(l));
    expect(broken).toEqual([]);
  });
});
