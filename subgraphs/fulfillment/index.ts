import { buildSchemaFor } from '../sdl';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { FulfillmentApi } from './api';
import type { FulfillmentContext } from './context';
import { createFulfillmentLoaders } from './loaders';
import { createFulfillmentResolvers } from './resolvers';
import { createFulfillmentStore } from './store';

export function buildFulfillmentSubgraph(deps: SubgraphDeps): Subgraph<FulfillmentContext> & { api: FulfillmentApi } {
  const store = createFulfillmentStore(deps.store);
  const api: FulfillmentApi = {
    async listNetwork() {
      return (await store.listLocations({})).map((l) => ({
        id: l._id,
        name: l.name,
        type: l.type,
        geo: l.geo,
        capabilities: l.capabilities,
        active: l.active,
        handlingTimeHours: l.handlingTimeHours,
      }));
    },
  };
  return {
    name: 'fulfillment',
    ...buildSchemaFor('fulfillment', createFulfillmentResolvers(deps.bus)),
    createContext: (meta) => ({ ...baseContext(meta, deps), store, loaders: createFulfillmentLoaders(store) }),
    init: () => store.init(),
    api,
  };
}
