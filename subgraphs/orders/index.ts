import { buildSchemaFor } from '../sdl';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { OrdersContext } from './context';
import { ordersSeeding } from './demo';
import { createOrdersLoaders } from './loaders';
import { createOrdersResolvers } from './resolvers';
import { createOrdersStore } from './store';

export function buildOrdersSubgraph(deps: SubgraphDeps): Subgraph<OrdersContext> {
  const store = createOrdersStore(deps.store);
  return {
    name: 'orders',
    ...ordersSeeding,
    ...buildSchemaFor('orders', createOrdersResolvers(deps.bus)),
    createContext: (meta) => ({ ...baseContext(meta, deps), store, loaders: createOrdersLoaders(store) }),
    init: () => store.init(),
  };
}
