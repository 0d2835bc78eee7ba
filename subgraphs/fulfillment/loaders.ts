import DataLoader from 'dataloader';
import { groupByKeys } from '../batching';
import type { FulfillmentOrderDoc, LocationDoc } from './model';
import type { FulfillmentStore } from './store';

export function createFulfillmentLoaders(store: FulfillmentStore) {
  return {
    locationById: new DataLoader<string, LocationDoc | null>((ids) => store.locationsByIds(ids)),
    fulfillmentOrderById: new DataLoader<string, FulfillmentOrderDoc | null>((ids) =>
      store.fulfillmentOrdersByIds(ids),
    ),
    fulfillmentOrdersByOrderId: new DataLoader<string, FulfillmentOrderDoc[]>(async (orderIds) =>
      groupByKeys(await store.fulfillmentOrdersByOrderIds(orderIds), (fo) => fo.orderId, orderIds),
    ),
  };
}

export type FulfillmentLoaders = ReturnType<typeof createFulfillmentLoaders>;
