import { declareServiceInterface } from '../../platform/service-interface';
import type { FulfillmentCapability, LocationType } from './model';

/**
 * Fulfillment's service interface: what other subgraphs may ask of it. The fulfillment subgraph
 * implements it with its own service (`Subgraph.api`, the in-process binding); `bindRemote` binds
 * the same declaration to fulfillment's GraphQL API over HTTP.
 */
export interface FulfillmentApi {
  /** Every location of the network, active or not, ordered by id. */
  listNetwork(): Promise<NetworkNode[]>;
}

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

export const FULFILLMENT_API = declareServiceInterface<FulfillmentApi>('fulfillment', {
  listNetwork: {
    document: 'query Network { locations { id name type geo { lat lng } capabilities active handlingTimeHours } }',
    result: (data) => data.locations as NetworkNode[],
  },
});

/** Events fulfillment publishes that other subgraphs may react to. */
export { FulfillmentTopics, type LocationUpdatedEvent } from './events';
