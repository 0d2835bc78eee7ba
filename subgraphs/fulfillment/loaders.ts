import DataLoader from 'dataloader';
import type { FulfillmentOrderDoc, LocationDoc } from './model';
import type { FulfillmentStore } from './store';

export function createFulfillmentLoaders(store: FulfillmentStore) {
  return {
    locationById: new DataLoader<string, LocationDoc | null>((ids) => store.locationsByIds(ids)),
    fulfillmentOrderById: new DataLoader<string, FulfillmentOrderDoc | null>((ids) =>
      store.fulfillmentOrdersByIds(ids),
    ),
    fulfillmentOrdersByOrderId: new DataLoader<string, FulfillmentOrderDoc[]>(async (orderIds) => {
      const byOrder = new Map<string, FulfillmentOrderDoc[]>(orderIds.map((id) => [id, []]));
      for (const fo of await store.fulfillmentOrdersByOrderIds(orderIds)) byOrder.get(fo.orderId)?.push(fo);
      return orderIds.map((id) => byOrder.get(id) ?? []);
    }),
  };
}

export type FulfillmentLoaders = ReturnType<typeof createFulfillmentLoaders>;
