import DataLoader from 'dataloader';
import type { OrderDoc } from './model';
import type { OrdersStore } from './store';

export function createOrdersLoaders(store: OrdersStore) {
  return {
    orderById: new DataLoader<string, OrderDoc | null>((ids) => store.ordersByIds(ids)),
    ordersByCustomerId: new DataLoader<string, OrderDoc[]>(async (customerIds) => {
      const byCustomer = new Map<string, OrderDoc[]>(customerIds.map((id) => [id, []]));
      for (const order of await store.ordersByCustomerIds(customerIds)) {
        if (order.customerId) byCustomer.get(order.customerId)?.push(order);
      }
      return customerIds.map((id) => byCustomer.get(id) ?? []);
    }),
  };
}

export type OrdersLoaders = ReturnType<typeof createOrdersLoaders>;
