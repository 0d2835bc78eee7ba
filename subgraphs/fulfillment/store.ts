import type { DocumentStore, Filter } from '../../platform/store/port';
import type { FulfillmentCapability, FulfillmentOrderDoc, LocationDoc, LocationType } from './model';

/** Which locations to list; every criterion given must hold. */
export interface LocationCriteria {
  type?: LocationType | null;
  /** Locations offering this capability (among others). */
  capability?: FulfillmentCapability | null;
  active?: boolean | null;
}

/** The fulfillment subgraph's collections (the network, its fulfillment orders), named once. */
export const COLLECTIONS = { locations: 'locations', fulfillmentOrders: 'fulfillment_orders' } as const;

export function createFulfillmentStore(store: DocumentStore) {
  const locations = store.collection<LocationDoc>(COLLECTIONS.locations);
  const fulfillmentOrders = store.collection<FulfillmentOrderDoc>(COLLECTIONS.fulfillmentOrders);
  return {
    async init(): Promise<void> {
      await locations.createIndex({ fields: ['code'], unique: true });
      await locations.createIndex({ fields: ['type'] });
      await fulfillmentOrders.createIndex({ fields: ['orderId'] });
      await fulfillmentOrders.createIndex({ fields: ['locationId'] });
    },
    locationsByIds: (ids: readonly string[]) => locations.findByIds(ids),
    locationById: (id: string) => locations.findById(id),
    listLocations(criteria: LocationCriteria = {}) {
      const where: Filter = {};
      if (criteria.type) where.type = criteria.type;
      // array "any element" match: the capability is one of the location's
      if (criteria.capability) where.capabilities = criteria.capability;
      if (criteria.active != null) where.active = criteria.active;
      return locations.findAll(where, { sort: { field: '_id', direction: 1 } });
    },
    fulfillmentOrdersByIds: (ids: readonly string[]) => fulfillmentOrders.findByIds(ids),
    fulfillmentOrdersByOrderIds: (orderIds: readonly string[]) =>
      fulfillmentOrders.findAll({ orderId: { $in: [...orderIds] } }, { sort: { field: '_id', direction: 1 } }),
    updateLocation: (id: string, set: Partial<LocationDoc>) => locations.updateOne({ _id: id }, { $set: set }),
  };
}

export type FulfillmentStore = ReturnType<typeof createFulfillmentStore>;
