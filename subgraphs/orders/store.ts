import { encodeCursor } from '../../platform/store/cursor';
import { DuplicateKeyError, type DocumentStore, type Filter } from '../../platform/store/port';
import type { CartDoc, OrderDoc, OrderNoteDoc } from './model';

/** The orders subgraph's collection, named once (the store, demo seeding and fixtures use it). */
export const COLLECTIONS = { orders: 'orders', counters: 'order_counters', carts: 'carts' } as const;

/** Numbers of placed orders start here, above every demo order's (R100001…). */
const FIRST_NUMBER = 200_001;

export function createOrdersStore(store: DocumentStore) {
  const orders = store.collection<OrderDoc>(COLLECTIONS.orders);
  const counters = store.collection<{ _id: string; value: number }>(COLLECTIONS.counters);
  const carts = store.collection<CartDoc>(COLLECTIONS.carts);
  return {
    async init(): Promise<void> {
      await orders.createIndex({ fields: ['number'], unique: true });
      await orders.createIndex({ fields: ['customerId'] });
      await carts.createIndex({ fields: ['customerId'] });
      await orders.createIndex({ fields: ['placedAt'] });
      await orders.createIndex({ fields: ['storeLocationId'] });
    },
    cartById: (id: string) => carts.findById(id),
    cartsByIds: (ids: readonly string[]) => carts.findByIds(ids),
    insertCart: (doc: CartDoc) => carts.insertOne(doc),
    /** Compare-and-set on the revision: null when the cart changed meanwhile (or is gone). */
    updateCart: (cart: Pick<CartDoc, '_id' | 'revision'>, set: Partial<CartDoc>) =>
      carts.updateOne({ _id: cart._id, revision: cart.revision }, { $set: { ...set, revision: cart.revision + 1 } }),
    /** A customer's ACTIVE carts, the most recently changed first. */
    activeCartsOf: (customerId: string) =>
      carts.findAll({ customerId, status: 'ACTIVE' }, { sort: { field: 'updatedAt', direction: -1 }, limit: 5 }),
    ordersByIds: (ids: readonly string[]) => orders.findByIds(ids),
    orderById: (id: string) => orders.findById(id),
    insertOrder: (doc: OrderDoc) => orders.insertOne(doc),
    /** Compare-and-set on status and updatedAt: null when the order changed meanwhile (read it again). */
    updateOrder: (order: Pick<OrderDoc, '_id' | 'status' | 'updatedAt'>, set: Partial<OrderDoc>) =>
      orders.updateOne({ _id: order._id, status: order.status, updatedAt: order.updatedAt }, { $set: set }),
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
    /** Orders matching `filter`, newest first (a page of at most `limit`, from `after`). */
    ordersPage: (filter: Filter, limit: number, after?: string) =>
      orders.findPage(filter, { sort: { field: 'placedAt', direction: -1 }, limit, after }),
    /** The cursor that resumes `ordersPage` right after `order`. */
    orderCursor: (order: OrderDoc) => encodeCursor(order.placedAt, order._id),
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
