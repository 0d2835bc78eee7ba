import { buildSchemaFor } from '../sdl';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { IdentityContext } from './context';
import { identitySeeding } from './demo';
import { createIdentityLoaders } from './loaders';
import { createIdentityResolvers } from './resolvers';
import { createIdentityStore } from './store';

export function buildIdentitySubgraph(deps: SubgraphDeps): Subgraph<IdentityContext> {
  const store = createIdentityStore(deps.store);
  return {
    name: 'identity',
    ...identitySeeding,
    ...buildSchemaFor('identity', createIdentityResolvers(deps.bus)),
    createContext: (meta) => ({ ...baseContext(meta, deps), store, loaders: createIdentityLoaders(store) }),
    init: () => store.init(),
  };
}
