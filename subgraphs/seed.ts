import { generateScenario } from '../demo/generate';
import type { DemoScenario } from '../demo/scenario';
import { SUBGRAPH_NAMES, type Config, type SubgraphName } from '../platform/config';
import type { Logger } from '../platform/logger';
import type { DocumentStore } from '../platform/store/port';
import { areCollectionsEmpty, replaceCollections, type ReplaceOptions } from '../platform/store/seed';
import { attributionSeeding } from './attribution/demo';
import { catalogSeeding } from './catalog/demo';
import { fulfillmentSeeding } from './fulfillment/demo';
import { identitySeeding } from './identity/demo';
import { ordersSeeding } from './orders/demo';
import type { DemoSeeding } from './types';

/** Each subgraph's collections and demo documents, by name, for seeding without building a subgraph. */
export const DEMO_SEEDING: Readonly<Record<SubgraphName, DemoSeeding>> = {
  identity: identitySeeding,
  catalog: catalogSeeding,
  orders: ordersSeeding,
  fulfillment: fulfillmentSeeding,
  attribution: attributionSeeding,
};

const scenarios = new Map<number, DemoScenario>();

/** The demo scenario of a seed, generated once per process (every gateway of a test run shares it). */
export function demoScenario(seed: number): DemoScenario {
  let scenario = scenarios.get(seed);
  if (!scenario) scenarios.set(seed, (scenario = generateScenario(seed)));
  return scenario;
}

/**
 * Replaces the collections of the named subgraphs with each one's own documents for `scenario`
 * (every subgraph writes only its own collections). Returns the documents per collection.
 */
export async function seedScenario(
  store: DocumentStore,
  scenario: DemoScenario,
  subgraphs: readonly SubgraphName[] = SUBGRAPH_NAMES,
  onCollection?: (progress: { subgraph: SubgraphName; collection: string; count: number }) => void,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const subgraph of new Set(subgraphs)) {
    const { collections, demo } = DEMO_SEEDING[subgraph];
    const options: ReplaceOptions = onCollection ? { onCollection: (p) => onCollection({ subgraph, ...p }) } : {};
    Object.assign(counts, await replaceCollections(store, collections, demo(scenario), options));
  }
  return counts;
}

/**
 * Start-up seeding of the in-memory engine (when `DEMO_DATA` is on): every hosted subgraph whose
 * collections are all empty loads its own documents for the demo scenario. MongoDB is never
 * seeded implicitly; `npm run seed` does that. Returns the documents loaded per collection.
 */
export async function seedDemoIfEmpty(
  store: DocumentStore,
  subgraphs: readonly DemoSeeding[],
  config: Pick<Config, 'demoData' | 'demoSeed'>,
  logger: Logger,
): Promise<Record<string, number>> {
  if (store.engine !== 'memory' || !config.demoData) return {};
  const empty = await Promise.all(subgraphs.map((s) => areCollectionsEmpty(store, s.collections)));
  const toLoad = subgraphs.filter((_, i) => empty[i]);
  if (toLoad.length === 0) return {};
  const started = Date.now();
  const scenario = demoScenario(config.demoSeed);
  const counts: Record<string, number> = {};
  for (const subgraph of toLoad) {
    Object.assign(counts, await replaceCollections(store, subgraph.collections, subgraph.demo(scenario)));
  }
  logger.info({ seed: config.demoSeed, counts, ms: Date.now() - started }, 'demo data loaded');
  return counts;
}
