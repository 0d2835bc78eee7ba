import { buildSchemaFor } from '../sdl';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { CatalogContext } from './context';
import { createCatalogLoaders } from './loaders';
import { createCatalogResolvers } from './resolvers';
import { createCatalogStore } from './store';

export function buildCatalogSubgraph(deps: SubgraphDeps): Subgraph<CatalogContext> {
  const store = createCatalogStore(deps.store);
  return {
    name: 'catalog',
    ...buildSchemaFor('catalog', createCatalogResolvers(deps.bus)),
    createContext: (meta) => ({ ...baseContext(meta, deps), store, loaders: createCatalogLoaders(store) }),
    init: () => store.init(),
  };
}
