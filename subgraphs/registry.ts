import type { SubgraphName } from '../platform/config';
import { buildAttributionSubgraph } from './attribution';
import { buildCatalogSubgraph } from './catalog';
import { buildFulfillmentSubgraph } from './fulfillment';
import { buildIdentitySubgraph } from './identity';
import { buildOrdersSubgraph } from './orders';
import type { Subgraph, SubgraphDeps } from './types';

const BUILDERS: Record<SubgraphName, (deps: SubgraphDeps) => Subgraph<never>> = {
  identity: buildIdentitySubgraph as (deps: SubgraphDeps) => Subgraph<never>,
  catalog: buildCatalogSubgraph as (deps: SubgraphDeps) => Subgraph<never>,
  orders: buildOrdersSubgraph as (deps: SubgraphDeps) => Subgraph<never>,
  fulfillment: buildFulfillmentSubgraph as (deps: SubgraphDeps) => Subgraph<never>,
  attribution: buildAttributionSubgraph as (deps: SubgraphDeps) => Subgraph<never>,
};

/** Builds one subgraph by name. The gateway (embedded) and `start:subgraph` both go through here. */
export function buildSubgraph(name: SubgraphName, deps: SubgraphDeps): Subgraph {
  return BUILDERS[name](deps) as unknown as Subgraph;
}
