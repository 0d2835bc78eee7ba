import { buildSchemaFor } from '../sdl';
import { fulfillmentPolicies } from './policies';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { FulfillmentApi } from './api';
import type { FulfillmentContext } from './context';
import { fulfillmentSeeding } from './demo';
import { createFulfillmentLoaders } from './loaders';
import { createFulfillmentResolvers } from './resolvers';
import { createFulfillmentService } from './service';
import { createFulfillmentStore } from './store';

/** The routing engine's offline entry point, for `npm run route` (subgraphs/route-main.ts). */
export { routeInstances, type RoutedInstances } from './domain/routing/offline';

export function buildFulfillmentSubgraph(deps: SubgraphDeps): Subgraph<FulfillmentContext> & { api: FulfillmentApi } {
  const store = createFulfillmentStore(deps.store);
  const service = createFulfillmentService(store, deps.bus, deps.now ?? (() => new Date()), deps.logger);
  // The in-process binding of fulfillment's service interface: its own service.
  const api: FulfillmentApi = { listNetwork: () => service.listNetwork() };
  return {
    name: 'fulfillment',
    ...fulfillmentSeeding,
    ...buildSchemaFor(
      'fulfillment',
      createFulfillmentResolvers(),
      fulfillmentPolicies,
      deps.enforceAuthorization !== false,
    ),
    createContext: (meta) => ({ ...baseContext(meta, deps), service, loaders: createFulfillmentLoaders(store) }),
    init: () => store.init(),
    api,
  };
}
