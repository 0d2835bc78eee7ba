import { buildSchemaFor } from '../sdl';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { FulfillmentContext } from './context';
import { fulfillmentSeeding } from './demo';
import { createFulfillmentLoaders } from './loaders';
import { createFulfillmentResolvers } from './resolvers';
import { createFulfillmentStore } from './store';

export function buildFulfillmentSubgraph(deps: SubgraphDeps): Subgraph<FulfillmentContext> {
  const store = createFulfillmentStore(deps.store);
  return {
    name: 'fulfillment',
    ...fulfillmentSeeding,
    ...buildSchemaFor('fulfillment', createFulfillmentResolvers(deps.bus)),
    createContext: (meta) => ({ ...baseContext(meta, deps), store, loaders: createFulfillmentLoaders(store) }),
    init: () => store.init(),
  };
}
