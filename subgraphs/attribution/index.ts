import { buildSchemaFor } from '../sdl';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { AttributionContext } from './context';
import { attributionDemo } from './demo';
import { createAttributionLoaders } from './loaders';
import { createAttributionResolvers } from './resolvers';
import { COLLECTIONS, createAttributionStore } from './store';

export function buildAttributionSubgraph(deps: SubgraphDeps): Subgraph<AttributionContext> {
  const store = createAttributionStore(deps.store);
  return {
    name: 'attribution',
    collections: Object.values(COLLECTIONS),
    demo: attributionDemo,
    ...buildSchemaFor('attribution', createAttributionResolvers(deps.bus)),
    createContext: (meta) => ({ ...baseContext(meta, deps), store, loaders: createAttributionLoaders(store) }),
    init: () => store.init(),
  };
}
