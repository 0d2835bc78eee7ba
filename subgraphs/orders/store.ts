import type { DocumentStore } from '../../platform/store/port';
import type { OrderDoc, OrderNoteDoc } from './model';

/** The orders subgraph's collection, named once (the store, demo seeding and fixtures use it). */
export const COLLECTIONS = { orders: 'orders' } as const;

export function createOrdersStore(store: DocumentStore) {
  const orders = store.collection<OrderDoc>(COLLECTIONS.orders);
  return {
    async init(): Promise<void> {
      await orders.createIndex({ fields: ['number'], unique: true });
      await orders.createIndex({ fields: ['customerId'] });
    },
    ordersByIds: (ids: readonly string[]) => orders.findByIds(ids),
    orderById: (id: string) => orders.findById(id),
    ordersByNumbers: (numbers: readonly string[]) => orders.findAll({ number: { $in: [...numbers] } }),
    ordersByCustomerIds: (customerIds: readonly string[]) =>
      orders.findAll({ customerId: { $in: [...customerIds] } }, { sort: { field: 'placedAt', direction: -1 } }),

    /**
     * Appends a note once per id: the update only matches while no note with that id exists, so a
     * retried request (same idempotency key) cannot add it twice. Null when nothing was appended
     * (unknown order, or the note is already there).
     */
    appendNote: (orderId: string, note: OrderNoteDoc, at: string) =>
      orders.updateOne(
        { _id: orderId, 'notes.id': { $ne: note.id } },
        { $push: { notes: note }, $set: { updatedAt: at } },
      ),
  };
}

export type OrdersStore = ReturnType<typeof createOrdersStore>;
