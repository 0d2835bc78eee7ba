import type { Config, SubgraphName } from '../platform/config';
import type { DocumentStore } from '../platform/store/port';
import { buildAttributionSubgraph } from './attribution';
import { buildCatalogSubgraph } from './catalog';
import { buildFulfillmentSubgraph } from './fulfillment';
import {
  createFulfillmentService,
  createRemoteFulfillmentService,
  type FulfillmentService,
} from './fulfillment/api';
import { buildIdentitySubgraph } from './identity';
import { buildOrdersSubgraph } from './orders';
import type { Subgraph, SubgraphDeps } from './types';

/** Service interfaces one subgraph uses to reach another (never its store). */
export interface ServiceBindings {
  fulfillment: FulfillmentService;
}

type Builder = (deps: SubgraphDeps & ServiceBindings & { sweepIntervalMs?: number }) => Subgraph<never>;

const BUILDERS: Record<SubgraphName, Builder> = {
  identity: buildIdentitySubgraph as unknown as Builder,
  catalog: buildCatalogSubgraph as unknown as Builder,
  orders: buildOrdersSubgraph as unknown as Builder,
  fulfillment: buildFulfillmentSubgraph as unknown as Builder,
  attribution: buildAttributionSubgraph as unknown as Builder,
};

/**
 * The in-process bindings (embedded mode, and tests): the owning subgraph's service code over its
 * own collections in the shared store.
 */
export function inProcessBindings(store: DocumentStore): ServiceBindings {
  return { fulfillment: createFulfillmentService(store) };
}

/** The HTTP bindings (distributed mode): the owning subgraph's GraphQL API, as a service principal. */
export function remoteBindings(config: Config, caller: SubgraphName): ServiceBindings {
  return {
    fulfillment: createRemoteFulfillmentService(
      config.subgraphUrls.fulfillment,
      config.internalSecret,
      config.subgraphTimeoutMs,
      caller,
    ),
  };
}

/** Builds one subgraph by name. The gateway (embedded) and `start:subgraph` both go through here. */
export function buildSubgraph(
  name: SubgraphName,
  deps: SubgraphDeps,
  bindings: ServiceBindings = inProcessBindings(deps.store),
  options: { sweepIntervalMs?: number } = {},
): Subgraph {
  return BUILDERS[name]({ ...deps, ...bindings, ...options }) as unknown as Subgraph;
}
