import type { DocumentStore, Filter } from '../../platform/store/port';
import type { FulfillmentOrderDoc, LocationDoc } from './model';

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
    listLocations: (filter: Filter) => locations.findAll(filter, { sort: { field: '_id', direction: 1 } }),
    fulfillmentOrdersByIds: (ids: readonly string[]) => fulfillmentOrders.findByIds(ids),
    fulfillmentOrdersByOrderIds: (orderIds: readonly string[]) =>
      fulfillmentOrders.findAll({ orderId: { $in: [...orderIds] } }, { sort: { field: '_id', direction: 1 } }),
    updateLocation: (id: string, set: Partial<LocationDoc>) => locations.updateOne({ _id: id }, { $set: set }),
  };
}

export type FulfillmentStore = ReturnType<typeof createFulfillmentStore>;
