import { DuplicateKeyError, type DocumentStore } from '../../platform/store/port';
import type { OrderDoc, OrderNoteDoc } from './model';

/** The orders subgraph's collection, named once (the store, demo seeding and fixtures use it). */
export const COLLECTIONS = { orders: 'orders', counters: 'order_counters' } as const;

/** Numbers of placed orders start here, above every demo order's (R100001…). */
const FIRST_NUMBER = 200_001;

export function createOrdersStore(store: DocumentStore) {
  const orders = store.collection<OrderDoc>(COLLECTIONS.orders);
  const counters = store.collection<{ _id: string; value: number }>(COLLECTIONS.counters);
  return {
    async init(): Promise<void> {
      await orders.createIndex({ fields: ['number'], unique: true });
      await orders.createIndex({ fields: ['customerId'] });
    },
    ordersByIds: (ids: readonly string[]) => orders.findByIds(ids),
    orderById: (id: string) => orders.findById(id),
    insertOrder: (doc: OrderDoc) => orders.insertOne(doc),
    confirmPending: (orderId: string, at: string) =>
      orders.updateOne({ _id: orderId, status: 'PENDING' }, { $set: { status: 'CONFIRMED', updatedAt: at } }),
    /** The next order number (`R200001`, …), unique across instances (an atomic increment). */
    async nextOrderNumber(): Promise<string> {
      for (let attempt = 0; attempt < 3; attempt++) {
        const next = await counters.updateOne({ _id: 'order-number' }, { $inc: { value: 1 } });
        if (next) return `R${next.value}`;
        try {
          await counters.insertOne({ _id: 'order-number', value: FIRST_NUMBER });
          return `R${FIRST_NUMBER}`;
        } catch (err) {
          if (!(err instanceof DuplicateKeyError)) throw err; // created meanwhile: increment it
        }
      }
      throw new Error('order number counter is too contended');
    },
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
