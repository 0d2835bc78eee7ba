// No test-framework globals here: bench/inventory.ts imports this into the production build (tsconfig.build.json).
import type { EventBus } from '../../platform/bus/port';
import { silentLogger } from '../../platform/logger';
import type { DocumentStore } from '../../platform/store/port';
import { buildCatalogSubgraph } from '../../subgraphs/catalog';
import { inProcessBindings } from '../../subgraphs/registry';

/**
 * The catalog subgraph on `store` and `bus` alone (no gateway), bound in-process to the
 * fulfillment it needs, initialised: what catalog tests and the inventory benchmark run against.
 */
export async function startCatalog(options: {
  store: DocumentStore;
  bus: EventBus;
  now?: () => Date;
  sweepIntervalMs?: number;
  /** The store the bound providers read (default `store`; a counting wrapper passes the real one). */
  providerStore?: DocumentStore;
}) {
  const { store, bus, now, sweepIntervalMs, providerStore = store } = options;
  const catalog = buildCatalogSubgraph({
    store,
    bus,
    logger: silentLogger,
    now,
    sweepIntervalMs,
    ...inProcessBindings({ store: providerStore, bus, logger: silentLogger }),
  });
  await catalog.init();
  return catalog;
}
