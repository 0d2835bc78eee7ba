import { recordEvents } from '../../platform/outbox';
import { encodeCursor } from '../../platform/store/cursor';
import {
  DuplicateKeyError,
  type DocumentStore,
  type Filter,
  type Update,
  type WriteOp,
} from '../../platform/store/port';
import type { CartDoc, OrderDoc, OrderNoteDoc, PromotionDoc, ReturnClaimDoc, ReturnDoc } from './model';

/** The orders subgraph's collection, named once (the store, demo seeding and fixtures use it). */
export const COLLECTIONS = {
  orders: 'orders',
  counters: 'order_counters',
  carts: 'carts',
  promotions: 'promotions',
  returns: 'returns',
  /** Orders' transactional outbox (platform/outbox.ts). */
  outbox: 'orders_outbox',
} as const;

/** The op recording one of orders' events in its outbox, to write with the change it describes. */
export const orderEvent = (topic: string, payload: object, at: string): WriteOp =>
  recordEvents(COLLECTIONS.outbox, [{ topic, payload }], at).op;

/** The op recording several events of one change (published in this order). */
export const orderEvents = (events: readonly { topic: string; payload: object }[], at: string): WriteOp =>
  recordEvents(COLLECTIONS.outbox, events, at).op;

/** Numbers of placed orders start here, above every demo order's (R100001…). */
const FIRST_NUMBER = 200_001;

export function createOrdersStore(store: DocumentStore) {
  /**
   * A conditional update of one document with `events` recorded in the same atomic write: the
   * document after it, or null when `filter` matched nothing (nothing was written).
   */
  async function updateWithEvents<T>(
    collection: string,
    filter: Filter,
    update: Update,
    events: readonly WriteOp[],
  ): Promise<T | null> {
    if (events.length === 0) return (await store.collection(collection).updateOne(filter, update)) as T | null;
    const done = await store.atomic([{ kind: 'update', collection, filter, update }, ...events]);
    if (done.ok) return done.docs[0] as T;
    if (done.failures.some((f) => f.index === 0 && f.reason === 'NO_MATCH')) return null;
    throw new Error(
      `${collection} ${String(filter._id)}: its events could not be recorded (${JSON.stringify(done.failures)})`,
    );
  }

  const orders = store.collection<OrderDoc>(COLLECTIONS.orders);
  const counters = store.collection<{ _id: string; value: number }>(COLLECTIONS.counters);
  const carts = store.collection<CartDoc>(COLLECTIONS.carts);
  const promotions = store.collection<PromotionDoc>(COLLECTIONS.promotions);
  const returns = store.collection<ReturnDoc>(COLLECTIONS.returns);
  return {
    async init(): Promise<void> {
      await orders.createIndex({ fields: ['number'], unique: true });
      await orders.createIndex({ fields: ['customerId'] });
      await carts.createIndex({ fields: ['customerId'] });
      await promotions.createIndex({ fields: ['code'] });
      await orders.createIndex({ fields: ['placedAt'] });
      await orders.createIndex({ fields: ['paymentDueBy'] });
      await orders.createIndex({ fields: ['storeLocationId'] });
      await returns.createIndex({ fields: ['orderId'] });
    },
    /** Throws DuplicateKeyError when the id (a coupon's code) is taken. */
    insertPromotion: (doc: PromotionDoc) => promotions.insertOne(doc),
    promotionsByCodes: (codes: string[]) => promotions.findAll({ code: { $in: codes } }),
    /** Active promotions without a code (they apply on their own), at most 50. */
    automaticPromotions: () => promotions.findAll({ code: null, active: true }, { limit: 50 }),
    listPromotions: (activeOnly: boolean) =>
      promotions.findAll(activeOnly ? { active: true } : {}, {
        sort: { field: 'createdAt', direction: -1 },
        limit: 200,
      }),
    /** Uses a promotion once, within its limit: null when it is used up. */
    takePromotion: (p: Pick<PromotionDoc, '_id' | 'usageLimit'>) =>
      promotions.updateOne(p.usageLimit === null ? { _id: p._id } : { _id: p._id, used: { $lt: p.usageLimit } }, {
        $inc: { used: 1 },
      }),
    givePromotionBack: (id: string) => promotions.updateOne({ _id: id, used: { $gt: 0 } }, { $inc: { used: -1 } }),
    cartById: (id: string) => carts.findById(id),
    cartsByIds: (ids: readonly string[]) => carts.findByIds(ids),
    insertCart: (doc: CartDoc) => carts.insertOne(doc),
    /** Compare-and-set on the revision: null when the cart changed meanwhile (or is gone). */
    updateCart: (cart: Pick<CartDoc, '_id' | 'revision'>, set: Partial<CartDoc>, events: WriteOp[] = []) =>
      updateWithEvents<CartDoc>(
        COLLECTIONS.carts,
        { _id: cart._id, revision: cart.revision },
        { $set: { ...set, revision: cart.revision + 1 } },
        events,
      ),
    /** A customer's ACTIVE carts, the most recently changed first. */
    activeCartsOf: (customerId: string) =>
      carts.findAll({ customerId, status: 'ACTIVE' }, { sort: { field: 'updatedAt', direction: -1 }, limit: 5 }),
    ordersByIds: (ids: readonly string[]) => orders.findByIds(ids),
    orderById: (id: string) => orders.findById(id),
    /**
     * Stores a new order and records `events` (`orderEvent`) in the same atomic
     * write. Throws DuplicateKeyError when the order exists.
     */
    async insertOrder(doc: OrderDoc, events: WriteOp[] = []): Promise<void> {
      if (events.length === 0) return orders.insertOne(doc);
      const done = await store.atomic([{ kind: 'insert', collection: COLLECTIONS.orders, doc }, ...events]);
      if (done.ok) return;
      if (done.failures.some((f) => f.index === 0)) throw new DuplicateKeyError(COLLECTIONS.orders, doc._id);
      throw new Error(`order ${doc._id}: its events could not be recorded (${JSON.stringify(done.failures)})`);
    },
    /**
     * Compare-and-set on status and updatedAt, with `events` recorded in the same atomic write:
     * null when the order changed meanwhile (read it again; nothing was written).
     */
    async updateOrder(
      order: Pick<OrderDoc, '_id' | 'status' | 'updatedAt'>,
      set: Partial<OrderDoc>,
      events: WriteOp[] = [],
    ): Promise<OrderDoc | null> {
      const filter = { _id: order._id, status: order.status, updatedAt: order.updatedAt };
      return updateWithEvents<OrderDoc>(COLLECTIONS.orders, filter, { $set: set }, events);
    },
    /** Records events that describe no stored change (unmet demand), so they outlive a failed publish. */
    async recordEvents(events: WriteOp[]): Promise<void> {
      const done = await store.atomic(events);
      if (!done.ok) throw new Error(`events could not be recorded (${JSON.stringify(done.failures)})`);
    },
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
    /** Orders whose payment is overdue at `nowIso` and still missing, the most overdue first. */
    overdueUnpaid: (nowIso: string, limit: number) =>
      orders.findAll(
        {
          paymentDueBy: { $lt: nowIso },
          'payment.status': { $in: ['NONE', 'FAILED'] },
          status: { $nin: ['FULFILLED', 'CANCELLED'] },
        },
        { sort: { field: 'paymentDueBy', direction: 1 }, limit },
      ),
    /** The cursor that resumes `ordersPage` right after `order`. */
    orderCursor: (order: OrderDoc) => encodeCursor(order.placedAt, order._id),
    ordersByNumbers: (numbers: readonly string[]) => orders.findAll({ number: { $in: [...numbers] } }),
    ordersByCustomerIds: (customerIds: readonly string[]) =>
      orders.findAll({ customerId: { $in: [...customerIds] } }, { sort: { field: 'placedAt', direction: -1 } }),

    returnById: (id: string) => returns.findById(id),
    /**
     * Stores a new return with `events` (`orderEvent`) in the same atomic write. Throws
     * DuplicateKeyError when the return (its id derived from the idempotency key) exists.
     */
    async insertReturn(doc: ReturnDoc, events: WriteOp[] = []): Promise<void> {
      const done = await store.atomic([{ kind: 'insert', collection: COLLECTIONS.returns, doc }, ...events]);
      if (done.ok) return;
      if (done.failures.some((f) => f.index === 0)) throw new DuplicateKeyError(COLLECTIONS.returns, doc._id);
      throw new Error(`return ${doc._id}: its events could not be recorded (${JSON.stringify(done.failures)})`);
    },
    /** Compare-and-set on the revision, with `events` in the same write: null when the return changed meanwhile. */
    async updateReturn(
      ret: Pick<ReturnDoc, '_id' | 'revision'>,
      set: Partial<ReturnDoc>,
      events: WriteOp[] = [],
    ): Promise<ReturnDoc | null> {
      const filter = { _id: ret._id, revision: ret.revision };
      return updateWithEvents<ReturnDoc>(
        COLLECTIONS.returns,
        filter,
        { $set: { ...set, revision: ret.revision + 1 } },
        events,
      );
    },
    /** The returns of these orders, oldest first (at most 50 per order). */
    returnsByOrderIds: (orderIds: readonly string[]) =>
      returns.findAll({ orderId: { $in: [...orderIds] } }, { sort: { field: 'createdAt', direction: 1 } }),
    /**
     * Replaces an order's return claims, compare-and-set on `returnsRevision` (absent: never
     * changed): null when another return changed them meanwhile (read the order again).
     */
    setReturnClaims: (order: Pick<OrderDoc, '_id' | 'returnsRevision'>, claims: ReturnClaimDoc[]) =>
      orders.updateOne(
        { _id: order._id, returnsRevision: order.returnsRevision ?? { $exists: false } },
        { $set: { returnClaims: claims, returnsRevision: (order.returnsRevision ?? 0) + 1 } },
      ),

    /**
     * Appends a note once per id: the update only matches while no note with that id exists, so a
     * retried request (same idempotency key) cannot add it twice. Null when nothing was appended
     * (unknown order, or the note is already there).
     */
    appendNote: (orderId: string, note: OrderNoteDoc, at: string, events: WriteOp[] = []) =>
      updateWithEvents<OrderDoc>(
        COLLECTIONS.orders,
        { _id: orderId, 'notes.id': { $ne: note.id } },
        { $push: { notes: note }, $set: { updatedAt: at } },
        events,
      ),
  };
}

export type OrdersStore = ReturnType<typeof createOrdersStore>;
