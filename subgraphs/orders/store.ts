import type { DocumentStore } from '../../platform/store/port';
import type { OrderDoc, OrderNoteDoc } from './model';

export type AddNoteOutcome =
  { ok: true; order: OrderDoc; added: boolean } | { ok: false; reason: 'NOT_FOUND' | 'CONFLICT' };

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
    orderByNumber: (number: string) => orders.findOne({ number }),
    ordersByCustomerIds: (customerIds: readonly string[]) =>
      orders.findAll({ customerId: { $in: [...customerIds] } }, { sort: { field: 'placedAt', direction: -1 } }),

    /**
     * Appends a note once per id: the update only matches while no note with that id exists,
     * so a retried request (same idempotency key) cannot add it twice.
     */
    async addNote(orderId: string, note: OrderNoteDoc, at: string): Promise<AddNoteOutcome> {
      const updated = await orders.updateOne(
        { _id: orderId, 'notes.id': { $ne: note.id } },
        { $push: { notes: note }, $set: { updatedAt: at } },
      );
      if (updated) return { ok: true, order: updated, added: true };
      const order = await orders.findById(orderId);
      if (!order) return { ok: false, reason: 'NOT_FOUND' };
      const existing = order.notes.find((n) => n.id === note.id);
      if (existing && existing.text !== note.text) return { ok: false, reason: 'CONFLICT' };
      return { ok: true, order, added: false };
    },
  };
}

export type OrdersStore = ReturnType<typeof createOrdersStore>;
