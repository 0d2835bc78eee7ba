import DataLoader from 'dataloader';
import { groupByKeys } from '../batching';
import type { FulfillmentOrderDoc, LocationDoc, LocationLoadDoc } from './model';
import type { FulfillmentStore } from './store';

export function createFulfillmentLoaders(store: FulfillmentStore) {
  return {
    locationById: new DataLoader<string, LocationDoc | null>((ids) => store.locationsByIds(ids)),
    /** By `${locationId}:${local date}`: one round trip for every node's load in a listing. */
    loadByKey: new DataLoader<string, LocationLoadDoc | null>((keys) => store.loadsByIds(keys)),
    fulfillmentOrderById: new DataLoader<string, FulfillmentOrderDoc | null>((ids) =>
      store.fulfillmentOrdersByIds(ids),
    ),
    fulfillmentOrdersByOrderId: new DataLoader<string, FulfillmentOrderDoc[]>(async (orderIds) =>
      groupByKeys(await store.fulfillmentOrdersByOrderIds(orderIds), (fo) => fo.orderId, orderIds),
    ),
  };
}

export type FulfillmentLoaders = ReturnType<typeof createFulfillmentLoaders>;
