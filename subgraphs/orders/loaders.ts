import DataLoader from 'dataloader';
import { groupByKeys } from '../batching';
import type { OrderDoc } from './model';
import type { OrdersStore } from './store';

export function createOrdersLoaders(store: OrdersStore) {
  return {
    orderById: new DataLoader<string, OrderDoc | null>((ids) => store.ordersByIds(ids)),
    /** Keys are normalised order numbers; null for an unknown number. */
    orderByNumber: new DataLoader<string, OrderDoc | null>(async (numbers) => {
      const byNumber = new Map((await store.ordersByNumbers(numbers)).map((o) => [o.number, o]));
      return numbers.map((n) => byNumber.get(n) ?? null);
    }),
    /** Newest first. */
    ordersByCustomerId: new DataLoader<string, OrderDoc[]>(async (customerIds) =>
      groupByKeys(await store.ordersByCustomerIds(customerIds), (o) => o.customerId, customerIds),
    ),
  };
}

export type OrdersLoaders = ReturnType<typeof createOrdersLoaders>;
