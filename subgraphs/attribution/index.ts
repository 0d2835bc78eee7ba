import { buildSchemaFor } from '../sdl';
import { attributionPolicies } from './policies';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { AttributionContext } from './context';
import { attributionSeeding } from './demo';
import { createAttributionLoaders } from './loaders';
import { createAttributionResolvers } from './resolvers';
import { createAttributionService } from './service';
import { createAttributionStore } from './store';

export function buildAttributionSubgraph(deps: SubgraphDeps): Subgraph<AttributionContext> {
  const store = createAttributionStore(deps.store);
  const service = createAttributionService(store, deps.bus, deps.now ?? (() => new Date()), deps.logger);
  return {
    name: 'attribution',
    ...attributionSeeding,
    ...buildSchemaFor(
      'attribution',
      createAttributionResolvers(),
      attributionPolicies,
      deps.enforceAuthorization !== false,
    ),
    createContext: (meta) => ({ ...baseContext(meta, deps), service, loaders: createAttributionLoaders(store) }),
    init: () => store.init(),
  };
}
