import type { Config, SubgraphName } from '../platform/config';
import { bindRemote, type ServiceInterface } from '../platform/service-interface';
import { buildAttributionSubgraph } from './attribution';
import { buildCatalogSubgraph } from './catalog';
import { CATALOG_API, CatalogTopics } from './catalog/api';
import { buildFulfillmentSubgraph } from './fulfillment';
import { FULFILLMENT_API, FulfillmentTopics } from './fulfillment/api';
import { buildIdentitySubgraph } from './identity';
import { IDENTITY_API } from './identity/api';
import { buildOrdersSubgraph } from './orders';
import type { Subgraph, SubgraphDeps } from './types';

/**
 * The service interfaces one subgraph may call on another (never its store), by owner. Adding one
 * is one line in SERVICE_INTERFACES; adding an operation to one touches only the
 * owner's `api.ts` and its service.
 */
const SERVICE_INTERFACES = {
  catalog: CATALOG_API,
  fulfillment: FULFILLMENT_API,
  identity: IDENTITY_API,
} as const;

export type ServiceBindings = {
  [K in keyof typeof SERVICE_INTERFACES]: (typeof SERVICE_INTERFACES)[K] extends ServiceInterface<infer T> ? T : never;
};

/**
 * Subgraphs that offer a service interface. Providers may call each other (catalog reads
 * fulfillment's network, fulfillment holds stock through catalog), so in-process bindings are lazy
 * and the build order does not matter.
 */
export const PROVIDERS = Object.keys(SERVICE_INTERFACES) as (keyof ServiceBindings & SubgraphName)[];

export interface BuildOptions {
  /** How often expired reservations and pickup holds are swept (ms). */
  sweepIntervalMs?: number;
  /** How long a ready pickup is held at the store (s; default 72 h). */
  pickupHoldSeconds?: number;
  /** How long an unpaid order waits for its payment (s; default 30 min). */
  paymentWindowSeconds?: number;
  /** Orders: how long a cart hold lasts when the shopper names no duration (s; default 15 min). */
  cartHoldSeconds?: number;
  /** Identity: how long a recognition token lives (s; default 120). */
  recognitionTokenTtlSeconds?: number;
  /** Identity: the secret its recognition-token key is derived from (default: a random key per process). */
  internalSecret?: string;
  /** How long a backorder waits for stock before it is cancelled (s; default 14 days). */
  backorderMaxWaitSeconds?: number;
  /** Identity: how partner webhooks are delivered (config.webhooks). */
  webhooks?: Config['webhooks'];
}

type Builder = (deps: SubgraphDeps & ServiceBindings & BuildOptions) => Subgraph<never>;

const BUILDERS: Record<SubgraphName, Builder> = {
  identity: buildIdentitySubgraph as unknown as Builder,
  catalog: buildCatalogSubgraph as unknown as Builder,
  orders: buildOrdersSubgraph as unknown as Builder,
  fulfillment: buildFulfillmentSubgraph as unknown as Builder,
  attribution: buildAttributionSubgraph as unknown as Builder,
};

/** Builds one subgraph by name; the host (embedded and standalone) and tests go through here. */
export function buildSubgraph(
  name: SubgraphName,
  deps: SubgraphDeps,
  bindings: ServiceBindings,
  options: BuildOptions = {},
): Subgraph {
  return BUILDERS[name]({ ...deps, ...bindings, ...options }) as unknown as Subgraph;
}

/**
 * The in-process bindings over `built`, the subgraphs of this process by name: each operation
 * looks up its owner's own implementation (`Subgraph.api`) when it is called, not when it is bound,
 * so subgraphs that call each other can be built in any order (the map is filled as they are).
 * Calling an owner that is not built here fails with an error naming it.
 */
export function bindingsFrom(built: Partial<Record<SubgraphName, Subgraph>>): ServiceBindings {
  const bindings = {} as Record<string, unknown>;
  for (const owner of PROVIDERS) {
    const binding: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const operation of Object.keys(SERVICE_INTERFACES[owner].operations)) {
      binding[operation] = async (input) => {
        const api = built[owner]?.api as Record<string, (input: unknown) => Promise<unknown>> | undefined;
        if (!api) throw new Error(`service interface "${owner}" has no in-process implementation built`);
        return api[operation]!(input);
      };
    }
    bindings[owner] = binding;
  }
  return bindings as unknown as ServiceBindings;
}

/**
 * In-process bindings over `deps`'s store for a subgraph built on its own (tests, benchmarks):
 * every provider is built on the same store and bus (each touching only its own collections),
 * bound lazily to one another.
 */
export function inProcessBindings(deps: SubgraphDeps): ServiceBindings {
  const built: Partial<Record<SubgraphName, Subgraph>> = {};
  const bindings = bindingsFrom(built);
  for (const owner of PROVIDERS) built[owner] = buildSubgraph(owner, deps, bindings);
  return bindings;
}

/**
 * The HTTP bindings (distributed mode): each owner's GraphQL API, as the signed service principal
 * `caller` (a subgraph, or `gateway`).
 */
export function remoteBindings(config: Config, caller: SubgraphName | 'gateway'): ServiceBindings {
  const bindings = {} as Record<string, unknown>;
  for (const owner of PROVIDERS) {
    bindings[owner] = bindRemote(SERVICE_INTERFACES[owner] as ServiceInterface<Record<never, never>>, {
      url: config.subgraphUrls[owner],
      secret: config.internalSecret,
      caller,
      timeoutMs: config.subgraphTimeoutMs,
    });
  }
  return bindings as unknown as ServiceBindings;
}

/**
 * What the gateway may use of identity's interface to authenticate partner keys: the key format
 * (parsed and hashed in the gateway, so the secret never crosses the internal hop) and the answer.
 */
export {
  parsePartnerKey,
  PARTNER_KEY_PREFIX,
  IdentityTopics,
  type IdentityApi,
  type PartnerCredential,
  type PartnerKeyChangedEvent,
} from './identity/api';

/** The subgraph whose answers to anonymous reads the gateway may cache (RESPONSE_CACHE_TTL_MS): public catalog data. */
export const CACHED_SUBGRAPH = 'catalog' satisfies SubgraphName;

/**
 * The events after which catalog's public answers may differ: its own stock, reservation and
 * sourcing changes, and fulfillment's location and sourcing-profile changes (which stores are near,
 * open, and sell online). Products and prices change only with demo data or a restart.
 */
export const CATALOG_CHANGE_TOPICS: readonly string[] = [
  ...Object.values(CatalogTopics),
  FulfillmentTopics.locationUpdated,
  FulfillmentTopics.sourcingProfileUpdated,
];
