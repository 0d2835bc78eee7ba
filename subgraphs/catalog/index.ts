import type { FulfillmentApi } from '../fulfillment/api';
import type { CatalogApi } from './api';
import { buildSchemaFor } from '../sdl';
import { catalogPolicies } from './policies';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { CatalogContext } from './context';
import { catalogSeeding } from './demo';
import { createCatalogLoaders } from './loaders';
import { createNetworkCache } from './network';
import { createCatalogResolvers } from './resolvers';
import { createInventoryService, createReservationSweeper } from './service';
import { catalogEventEnricher } from './service-deps';
import { createOutbox } from '../../platform/outbox';
import { createFanout } from '../../platform/live/fanout';
import { createCatalogApi } from './service-api';
import { COLLECTIONS, createCatalogStore } from './store';

export interface CatalogDeps extends SubgraphDeps {
  /** Fulfillment's service interface (in-process or over HTTP): the network of locations. */
  fulfillment: FulfillmentApi;
  /** How often expired reservations are swept (ms). */
  sweepIntervalMs?: number;
}

export function buildCatalogSubgraph(deps: CatalogDeps): Subgraph<CatalogContext> & {
  api: CatalogApi;
  inventory: ReturnType<typeof createInventoryService>;
  store: ReturnType<typeof createCatalogStore>;
} {
  const now = deps.now ?? (() => new Date());
  const network = createNetworkCache(deps.fulfillment, deps.bus, deps.logger);
  const store = createCatalogStore(deps.store);
  // Every event is recorded with its change and published after it; the relay publishes what a
  // crash or a failed publish left behind.
  const outbox = createOutbox({
    collection: COLLECTIONS.outbox,
    store: deps.store,
    bus: deps.bus,
    logger: deps.logger,
    intervalMs: deps.sweepIntervalMs,
    enrich: catalogEventEnricher(store),
  });
  const inventory = createInventoryService({
    store,
    outbox,
    fanout: createFanout(deps.bus, deps.logger),
    now,
    logger: deps.logger,
    locationExists: async (id) => (await network.byId(id)) !== null,
    network: () => network.get(),
  });
  const sweeper = createReservationSweeper(inventory, deps.sweepIntervalMs ?? 1000, deps.logger);
  return {
    name: 'catalog',
    ...catalogSeeding,
    ...buildSchemaFor('catalog', createCatalogResolvers(), catalogPolicies, deps.enforceAuthorization !== false),
    createContext: (meta) => ({
      ...baseContext(meta, deps),
      service: inventory,
      network,
      loaders: createCatalogLoaders(store),
    }),
    async init() {
      await store.init();
      await outbox.init();
    },
    async start() {
      await network.start();
      sweeper.start();
      outbox.start();
    },
    async stop() {
      await outbox.stop();
      await sweeper.stop();
      await network.stop();
    },
    // The in-process binding of catalog's service interface: its own service.
    api: createCatalogApi(inventory),
    inventory,
    store,
  };
}
