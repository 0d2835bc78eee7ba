import { buildSchemaFor } from '../sdl';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { IdentityContext } from './context';
import { identityDemo } from './demo';
import { createIdentityLoaders } from './loaders';
import { createIdentityResolvers } from './resolvers';
import { COLLECTIONS, createIdentityStore } from './store';

export function buildIdentitySubgraph(deps: SubgraphDeps): Subgraph<IdentityContext> {
  const store = createIdentityStore(deps.store);
  return {
    name: 'identity',
    collections: Object.values(COLLECTIONS),
    demo: identityDemo,
    ...buildSchemaFor('identity', createIdentityResolvers(deps.bus)),
    createContext: (meta) => ({ ...baseContext(meta, deps), store, loaders: createIdentityLoaders(store) }),
    init: () => store.init(),
  };
}
