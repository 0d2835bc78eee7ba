import { buildSchemaFor } from '../sdl';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { FulfillmentContext } from './context';
import { fulfillmentDemo } from './demo';
import { createFulfillmentLoaders } from './loaders';
import { createFulfillmentResolvers } from './resolvers';
import { COLLECTIONS, createFulfillmentStore } from './store';

export function buildFulfillmentSubgraph(deps: SubgraphDeps): Subgraph<FulfillmentContext> {
  const store = createFulfillmentStore(deps.store);
  return {
    name: 'fulfillment',
    collections: Object.values(COLLECTIONS),
    demo: fulfillmentDemo,
    ...buildSchemaFor('fulfillment', createFulfillmentResolvers(deps.bus)),
    createContext: (meta) => ({ ...baseContext(meta, deps), store, loaders: createFulfillmentLoaders(store) }),
    init: () => store.init(),
  };
}
