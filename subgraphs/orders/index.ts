import type { CatalogApi } from '../catalog/api';
import { FulfillmentTopics, type FulfillmentApi, type OrderRoutedEvent } from '../fulfillment/api';
import type { Unsubscribe } from '../../platform/bus/port';
import { buildSchemaFor } from '../sdl';
import { ordersPolicies } from './policies';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { OrdersContext } from './context';
import { ordersSeeding } from './demo';
import { createOrdersLoaders } from './loaders';
import { createOrdersResolvers } from './resolvers';
import { createOrdersService } from './service';
import { createOrdersStore } from './store';

export function buildOrdersSubgraph(
  deps: SubgraphDeps & { catalog: CatalogApi; fulfillment: FulfillmentApi },
): Subgraph<OrdersContext> {
  const store = createOrdersStore(deps.store);
  let unsubscribe: Unsubscribe | null = null;
  const service = createOrdersService(store, deps.bus, deps.now ?? (() => new Date()), deps.logger, {
    catalog: deps.catalog,
    fulfillment: deps.fulfillment,
  });
  return {
    name: 'orders',
    ...ordersSeeding,
    ...buildSchemaFor('orders', createOrdersResolvers(), ordersPolicies, deps.enforceAuthorization !== false),
    createContext: (meta) => ({ ...baseContext(meta, deps), service, loaders: createOrdersLoaders(store) }),
    init: () => store.init(),
    // Backordered orders are confirmed when fulfillment routes them.
    start: async () => {
      unsubscribe = await deps.bus.subscribe<OrderRoutedEvent>(FulfillmentTopics.orderRouted, ({ payload }) =>
        service.confirmRouted(payload.orderId),
      );
    },
    stop: async () => {
      await unsubscribe?.();
      unsubscribe = null;
    },
  };
}
