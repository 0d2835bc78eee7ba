import { buildSchemaFor } from '../sdl';
import { identityPolicies } from './policies';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { IdentityApi } from './api';
import type { IdentityContext } from './context';
import { identitySeeding } from './demo';
import { createIdentityLoaders } from './loaders';
import { createIdentityResolvers } from './resolvers';
import { createIdentityService } from './service';
import { createIdentityStore } from './store';

export function buildIdentitySubgraph(deps: SubgraphDeps): Subgraph<IdentityContext> & { api: IdentityApi } {
  const store = createIdentityStore(deps.store);
  const service = createIdentityService(store, deps.bus, deps.now ?? (() => new Date()), deps.logger);
  const api: IdentityApi = { authenticatePartnerKey: (input) => service.authenticatePartnerKey(input) };
  return {
    name: 'identity',
    ...identitySeeding,
    ...buildSchemaFor('identity', createIdentityResolvers(), identityPolicies, deps.enforceAuthorization !== false),
    createContext: (meta) => ({ ...baseContext(meta, deps), service, loaders: createIdentityLoaders(store) }),
    init: () => store.init(),
    api,
  };
}
