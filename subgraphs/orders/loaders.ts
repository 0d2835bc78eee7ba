import DataLoader from 'dataloader';
import { groupByKeys } from '../batching';
import type { OrderDoc } from './model';
import type { OrdersStore } from './store';

export function createOrdersLoaders(store: OrdersStore) {
  return {
    orderById: new DataLoader<string, OrderDoc | null>((ids) => store.ordersByIds(ids)),
    /** Newest first. */
    ordersByCustomerId: new DataLoader<string, OrderDoc[]>(async (customerIds) =>
      groupByKeys(await store.ordersByCustomerIds(customerIds), (o) => o.customerId, customerIds),
    ),
  };
}

export type OrdersLoaders = ReturnType<typeof createOrdersLoaders>;
