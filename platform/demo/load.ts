import type { SubgraphName } from '../config';
import type { BaseDocument, DocumentStore } from '../store/port';
import type { DemoData } from './types';

/** The collections each subgraph owns (a subgraph reads and writes only its own). */
export const COLLECTIONS_BY_SUBGRAPH: Readonly<Record<SubgraphName, readonly string[]>> = {
  identity: ['customers', 'identifiers', 'partners'],
  catalog: ['products', 'variants', 'inventory_levels', 'inventory_movements', 'reservations', 'channel_sourcing'],
  orders: ['orders'],
  fulfillment: ['locations', 'fulfillment_orders'],
  attribution: ['campaigns', 'touchpoints', 'conversions'],
};

export const INSERT_CHUNK_SIZE = 1000;

/** The demo documents of one collection (the movement and reservation ledgers start empty; sourcing uses the defaults). */
export function demoDocuments(data: DemoData, collection: string): readonly BaseDocument[] {
  switch (collection) {
    case 'customers':
      return data.customers;
    case 'identifiers':
      return data.identifiers;
    case 'partners':
      return data.partners;
    case 'products':
      return data.products;
    case 'variants':
      return data.variants;
    case 'inventory_levels':
      return data.inventoryLevels;
    case 'inventory_movements':
    case 'reservations':
    case 'channel_sourcing':
      return [];
    case 'orders':
      return data.orders;
    case 'locations':
      return data.locations;
    case 'fulfillment_orders':
      return data.fulfillmentOrders;
    case 'campaigns':
      return data.campaigns;
    case 'touchpoints':
      return data.touchpoints;
    case 'conversions':
      return data.conversions;
    default:
      throw new Error(`no demo data for collection "${collection}"`);
  }
}

export interface LoadProgress {
  subgraph: SubgraphName;
  collection: string;
  count: number;
}

export interface LoadOptions {
  /** Called after each collection is loaded (the seed CLI logs it). */
  onCollection?: (progress: LoadProgress) => void;
}

/**
 * Replaces the collections of the given subgraphs with the demo documents: clear, then
 * `insertMany` in chunks of 1000. Returns the number of documents per collection.
 */
export async function loadDemoData(
  store: DocumentStore,
  data: DemoData,
  subgraphs: readonly SubgraphName[],
  options: LoadOptions = {},
): Promise<{ counts: Record<string, number> }> {
  const counts: Record<string, number> = {};
  for (const subgraph of new Set(subgraphs)) {
    for (const name of COLLECTIONS_BY_SUBGRAPH[subgraph]) {
      const docs = demoDocuments(data, name);
      const collection = store.collection<BaseDocument>(name);
      await collection.clear();
      for (let i = 0; i < docs.length; i += INSERT_CHUNK_SIZE) {
        await collection.insertMany(docs.slice(i, i + INSERT_CHUNK_SIZE));
      }
      counts[name] = docs.length;
      options.onCollection?.({ subgraph, collection: name, count: docs.length });
    }
  }
  return { counts };
}

/** True when none of the subgraph's collections holds a document (demo data may be loaded). */
export async function isStoreEmpty(store: DocumentStore, subgraph: SubgraphName): Promise<boolean> {
  for (const name of COLLECTIONS_BY_SUBGRAPH[subgraph]) {
    if ((await store.collection(name).count()) > 0) return false;
  }
  return true;
}
