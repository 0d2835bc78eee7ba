import { periodic } from '../../platform/periodic';
import { retryOnStock } from './backorders';
import { buildSchemaFor } from '../sdl';
import { fulfillmentPolicies } from './policies';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { CatalogApi } from '../catalog/api';
import type { FulfillmentApi } from './api';
import type { FulfillmentContext } from './context';
import { fulfillmentSeeding } from './demo';
import { createFulfillmentLoaders } from './loaders';
import { createFulfillmentResolvers } from './resolvers';
import { createFulfillmentService } from './service';
import { PICKUP_HOLD_SECONDS } from './service-orders';
import { createFulfillmentStore } from './store';

/** The routing engine's offline entry point, for `npm run route` (subgraphs/route-main.ts). */
export { routeInstances, type RoutedInstances } from './domain/routing/offline';

export function buildFulfillmentSubgraph(
  deps: SubgraphDeps & { catalog: CatalogApi; sweepIntervalMs?: number; pickupHoldSeconds?: number },
): Subgraph<FulfillmentContext> & { api: FulfillmentApi } {
  const store = createFulfillmentStore(deps.store);
  const service = createFulfillmentService(store, deps.bus, deps.now ?? (() => new Date()), deps.logger, deps.catalog, {
    pickupHoldSeconds: deps.pickupHoldSeconds ?? PICKUP_HOLD_SECONDS,
  });
  const pickupSweeper = periodic(
    'pickup hold sweep',
    () => service.sweepExpiredPickups(),
    deps.sweepIntervalMs ?? 1000,
    deps.logger,
  );
  const backorderRetries = retryOnStock(deps.bus, (sku) => service.retryBackorders(sku), deps.logger);
  // The in-process binding of fulfillment's service interface: its own service.
  const api: FulfillmentApi = {
    listNetwork: () => service.listNetwork(),
    routeOrder: async (input) => {
      const outcome = await service.routeOrder(input);
      if (!outcome.ok) return outcome;
      return {
        ok: true,
        replay: outcome.replay,
        backorder: outcome.backorder ? { id: outcome.backorder._id, reason: outcome.backorder.reason } : null,
        fulfillmentOrders: outcome.fulfillmentOrders.map((f) => ({
          id: f._id,
          locationId: f.locationId,
          deliveryMethod: f.deliveryMethod,
          promisedBy: f.promisedBy,
          lines: f.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })),
        })),
      };
    },
  };
  return {
    name: 'fulfillment',
    ...fulfillmentSeeding,
    ...buildSchemaFor(
      'fulfillment',
      createFulfillmentResolvers(),
      fulfillmentPolicies,
      deps.enforceAuthorization !== false,
    ),
    createContext: (meta) => ({ ...baseContext(meta, deps), service, loaders: createFulfillmentLoaders(store) }),
    init: () => store.init(),
    start: async () => {
      pickupSweeper.start();
      await backorderRetries.start();
    },
    stop: async () => {
      await backorderRetries.stop();
      await pickupSweeper.stop();
    },
    api,
  };
}
