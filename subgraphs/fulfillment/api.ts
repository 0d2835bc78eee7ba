import { signPrincipal, PRINCIPAL_HEADER } from '../../platform/auth/signing';
import { subgraphUnavailable } from '../../platform/errors';
import type { DocumentStore } from '../../platform/store/port';
import type { FulfillmentCapability, LocationType } from './model';
import { createFulfillmentStore } from './store';

export { FulfillmentTopics } from './events';

/** A network node as other subgraphs see it (fulfillment owns the full Location). */
export interface NetworkNode {
  id: string;
  name: string;
  type: LocationType;
  geo: { lat: number; lng: number };
  capabilities: FulfillmentCapability[];
  active: boolean;
  handlingTimeHours: number;
}

/**
 * Fulfillment's typed service interface for other subgraphs. Two bindings: in-process (embedded
 * mode) and over HTTP to the fulfillment subgraph's own GraphQL API (distributed mode).
 */
export interface FulfillmentService {
  listNetwork(): Promise<NetworkNode[]>;
}

export function createFulfillmentService(store: DocumentStore): FulfillmentService {
  const locations = createFulfillmentStore(store);
  return {
    async listNetwork() {
      return (await locations.listLocations({})).map((l) => ({
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
}

const NETWORK_QUERY =
  'query Network { locations { id name type geo { lat lng } capabilities active handlingTimeHours } }';

/** The HTTP binding: the fulfillment subgraph's `locations` query, as the internal service principal. */
export function createRemoteFulfillmentService(
  url: string,
  secret: string,
  timeoutMs: number,
  caller: string,
): FulfillmentService {
  return {
    async listNetwork() {
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [PRINCIPAL_HEADER]: signPrincipal({ kind: 'service', service: caller }, secret, 'subgraph', 60),
          },
          body: JSON.stringify({ query: NETWORK_QUERY }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        const e = err as Error & { cause?: { code?: string } };
        throw subgraphUnavailable(
          'fulfillment',
          e.name === 'TimeoutError' ? 'timed out' : (e.cause?.code ?? e.message),
        );
      }
      const body = (await res.json()) as { data?: { locations?: NetworkNode[] }; errors?: { message: string }[] };
      if (!res.ok || !body.data?.locations) {
        throw subgraphUnavailable(
          'fulfillment',
          `network query failed (${res.status}): ${body.errors?.[0]?.message ?? 'no data'}`,
        );
      }
      return body.data.locations;
    },
  };
}
