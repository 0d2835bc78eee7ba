import { buildSchemaFor } from '../sdl';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { AttributionContext } from './context';
import { attributionSeeding } from './demo';
import { createAttributionLoaders } from './loaders';
import { createAttributionResolvers } from './resolvers';
import { createAttributionStore } from './store';

export function buildAttributionSubgraph(deps: SubgraphDeps): Subgraph<AttributionContext> {
  const store = createAttributionStore(deps.store);
  return {
    name: 'attribution',
    ...attributionSeeding,
    ...buildSchemaFor('attribution', createAttributionResolvers(deps.bus)),
    createContext: (meta) => ({ ...baseContext(meta, deps), store, loaders: createAttributionLoaders(store) }),
    init: () => store.init(),
  };
}
