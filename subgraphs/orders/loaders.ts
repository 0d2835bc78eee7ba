import DataLoader from 'dataloader';
import { groupByKeys } from '../batching';
import type { SalesChannel } from '../../platform/shared/commerce';
import type { CatalogApi } from '../catalog/api';
import type { CartDoc, OrderDoc, ReturnDoc } from './model';
import type { OrdersStore } from './store';

export function createOrdersLoaders(store: OrdersStore, catalog: Pick<CatalogApi, 'prices'>) {
  return {
    cartById: new DataLoader<string, CartDoc | null>((ids) => store.cartsByIds(ids)),
    /**
     * Catalog's price of a SKU on a channel, keyed `${channel}|${sku}`: one catalog call per channel
     * for every price a request needs (null: not sold there).
     */
    price: new DataLoader<string, { amount: number; currencyCode: string } | null>(async (keys) => {
      const byChannel = new Map<string, string[]>();
      for (const k of keys) {
        const [channel, sku] = k.split('|') as [string, string];
        byChannel.set(channel, [...(byChannel.get(channel) ?? []), sku]);
      }
      const found = new Map<string, { amount: number; currencyCode: string }>();
      await Promise.all(
        [...byChannel].map(async ([channel, skus]) => {
          for (let i = 0; i < skus.length; i += 100) {
            const priced = await catalog.prices({ skus: skus.slice(i, i + 100), channel: channel as SalesChannel });
            for (const p of priced)
              found.set(`${channel}|${p.sku}`, { amount: p.amount, currencyCode: p.currencyCode });
          }
        }),
      );
      return keys.map((k) => found.get(k) ?? null);
    }),
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
    /** An order's returns, oldest first: one store query for every order a request resolves. */
    returnsByOrderId: new DataLoader<string, ReturnDoc[]>(async (orderIds) =>
      groupByKeys(await store.returnsByOrderIds(orderIds), (r) => r.orderId, orderIds),
    ),
  };
}

export type OrdersLoaders = ReturnType<typeof createOrdersLoaders>;
