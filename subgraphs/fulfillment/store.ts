import {
  DuplicateKeyError,
  type DocumentStore,
  type Filter,
  type Update,
  type WriteOp,
} from '../../platform/store/port';
import type { SalesChannel } from '../../platform/shared/commerce';
import type {
  BackorderDoc,
  CancellationDoc,
  FulfillmentCapability,
  FulfillmentOrderDoc,
  LocationDoc,
  LocationLoadDoc,
  LocationType,
  SourcingProfileDoc,
} from './model';

/** Which locations to list; every criterion given must hold. */
export interface LocationCriteria {
  type?: LocationType | null;
  /** Locations offering this capability (among others). */
  capability?: FulfillmentCapability | null;
  active?: boolean | null;
}

/** The fulfillment subgraph's collections (the network, its fulfillment orders), named once. */
export const COLLECTIONS = {
  locations: 'locations',
  fulfillmentOrders: 'fulfillment_orders',
  locationLoads: 'location_loads',
  sourcingProfiles: 'sourcing_profiles',
  backorders: 'backorders',
  cancellations: 'cancellations',
  /** Fulfillment's transactional outbox (platform/outbox.ts). */
  outbox: 'fulfillment_outbox',
} as const;

export function createFulfillmentStore(store: DocumentStore) {
  const locations = store.collection<LocationDoc>(COLLECTIONS.locations);
  const fulfillmentOrders = store.collection<FulfillmentOrderDoc>(COLLECTIONS.fulfillmentOrders);
  const loads = store.collection<LocationLoadDoc>(COLLECTIONS.locationLoads);
  const profiles = store.collection<SourcingProfileDoc>(COLLECTIONS.sourcingProfiles);
  const backorders = store.collection<BackorderDoc>(COLLECTIONS.backorders);
  const cancellations = store.collection<CancellationDoc>(COLLECTIONS.cancellations);

  /**
   * A conditional update of one document with `events` (an outbox entry) in the same atomic write:
   * the document after it, or null when `filter` matched nothing (nothing was written).
   */
  async function updateWithEvents<T>(
    collection: string,
    filter: Filter,
    update: Update,
    events: WriteOp | undefined,
  ): Promise<T | null> {
    if (!events) return (await store.collection(collection).updateOne(filter, update)) as T | null;
    const done = await store.atomic([{ kind: 'update', collection, filter, update }, events]);
    if (done.ok) return done.docs[0] as T;
    if (done.failures.some((f) => f.index === 0 && f.reason === 'NO_MATCH')) return null;
    throw new Error(`${collection}: events not recorded (${JSON.stringify(done.failures)})`);
  }

  return {
    async init(): Promise<void> {
      await locations.createIndex({ fields: ['code'], unique: true });
      await locations.createIndex({ fields: ['type'] });
      await fulfillmentOrders.createIndex({ fields: ['orderId'] });
      await fulfillmentOrders.createIndex({ fields: ['locationId'] });
      await fulfillmentOrders.createIndex({ fields: ['pickupLocationId'] });
      await fulfillmentOrders.createIndex({ fields: ['status'] });
      await backorders.createIndex({ fields: ['skus'] });
      await backorders.createIndex({ fields: ['orderId'] });
      await backorders.createIndex({ fields: ['status', 'createdAt'] });
    },
    locationsByIds: (ids: readonly string[]) => locations.findByIds(ids),
    locationById: (id: string) => locations.findById(id),
    listLocations(criteria: LocationCriteria = {}) {
      const where: Filter = {};
      if (criteria.type) where.type = criteria.type;
      // array "any element" match: the capability is one of the location's
      if (criteria.capability) where.capabilities = criteria.capability;
      if (criteria.active != null) where.active = criteria.active;
      return locations.findAll(where, { sort: { field: '_id', direction: 1 } });
    },
    fulfillmentOrdersByIds: (ids: readonly string[]) => fulfillmentOrders.findByIds(ids),
    fulfillmentOrdersByOrderIds: (orderIds: readonly string[]) =>
      fulfillmentOrders.findAll({ orderId: { $in: [...orderIds] } }, { sort: { field: '_id', direction: 1 } }),
    updateLocation: (id: string, set: Record<string, unknown>, events?: WriteOp) =>
      updateWithEvents<LocationDoc>(COLLECTIONS.locations, { _id: id }, { $set: set }, events),

    fulfillmentOrderById: (id: string) => fulfillmentOrders.findById(id),
    /**
     * Stores a routing's fulfillment orders, with `events` (an outbox entry) when given; true when
     * the events were recorded (false: a retried routing of the same order found them stored, with
     * the events of the routing that stored them).
     */
    async insertFulfillmentOrders(docs: FulfillmentOrderDoc[], events?: WriteOp): Promise<boolean> {
      if (events) {
        const inserts = docs.map((doc): WriteOp => ({
          kind: 'insert',
          collection: COLLECTIONS.fulfillmentOrders,
          doc,
        }));
        const done = await store.atomic([...inserts, events]);
        if (done.ok) return true;
        if (!done.failures.every((f) => f.reason === 'DUPLICATE_KEY' && f.index < docs.length)) {
          throw new Error(`fulfillment orders of ${docs[0]?.orderId}: not stored (${JSON.stringify(done.failures)})`);
        }
      }
      for (const doc of docs) {
        try {
          await fulfillmentOrders.insertOne(doc);
        } catch (err) {
          // A retried routing of the same order: the document is already there.
          if (!(err instanceof DuplicateKeyError)) throw err;
        }
      }
      return false;
    },
    /**
     * Compare-and-set: applies only while the order is still in `status` as of `updatedAt`, with
     * `events` (an outbox entry) in the same write.
     */
    updateFulfillmentOrder: (
      id: string,
      status: string,
      updatedAt: string,
      set: Partial<FulfillmentOrderDoc>,
      events?: WriteOp,
    ) =>
      updateWithEvents<FulfillmentOrderDoc>(
        COLLECTIONS.fulfillmentOrders,
        { _id: id, status, updatedAt },
        { $set: set },
        events,
      ),
    /** Records a backorder once (a retried routing finds it there). */
    async insertBackorder(doc: BackorderDoc): Promise<BackorderDoc> {
      try {
        await backorders.insertOne(doc);
        return doc;
      } catch (err) {
        if (!(err instanceof DuplicateKeyError)) throw err;
        return (await backorders.findById(doc._id)) ?? doc;
      }
    },
    backorderById: (id: string) => backorders.findById(id),
    backordersOf: (orderId: string) => backorders.findAll({ orderId }, { sort: { field: '_id', direction: 1 } }),
    /** Waiting backorders holding `sku`, oldest first. */
    waitingBackorders: (sku: string, limit: number) =>
      backorders.findAll({ skus: sku, status: 'WAITING' }, { sort: { field: 'createdAt', direction: 1 }, limit }),
    /** Waiting backorders holding any of `skus`, oldest first (what incoming stock is already promised to). */
    waitingBackordersOf: (skus: string[], limit: number) =>
      backorders.findAll(
        { skus: { $in: skus }, status: 'WAITING' },
        { sort: { field: 'createdAt', direction: 1 }, limit },
      ),
    listBackorders: (status: string | null, limit: number) =>
      backorders.findAll(status ? { status } : {}, { sort: { field: 'createdAt', direction: 1 }, limit }),
    /**
     * Compare-and-set on the attempt count, while it waits: one retry, cancellation or expiry of a
     * backorder at a time, across instances (each that changes its lines moves the count on).
     */
    updateBackorder: (id: string, attempts: number, set: Partial<BackorderDoc>, events?: WriteOp) =>
      updateWithEvents<BackorderDoc>(
        COLLECTIONS.backorders,
        { _id: id, status: 'WAITING', attempts },
        { $set: set },
        events,
      ),

    /** Waiting backorders created before `beforeIso`, oldest first, at most `limit`. */
    staleBackorders: (beforeIso: string, limit: number) =>
      backorders.findAll(
        { status: 'WAITING', createdAt: { $lt: beforeIso } },
        { sort: { field: 'createdAt', direction: 1 }, limit },
      ),

    cancellationById: (id: string) => cancellations.findById(id),
    /** Records a cancellation request once; a concurrent or earlier one with the same id is returned instead. */
    async insertCancellation(doc: CancellationDoc): Promise<CancellationDoc> {
      try {
        await cancellations.insertOne(doc);
        return doc;
      } catch (err) {
        if (!(err instanceof DuplicateKeyError)) throw err;
        return (await cancellations.findById(doc._id)) ?? doc;
      }
    },
    finishCancellation: (id: string, cancelledFulfillmentOrderIds: string[], at: string) =>
      cancellations.updateOne({ _id: id }, { $set: { status: 'DONE', cancelledFulfillmentOrderIds, updatedAt: at } }),

    /** Ready pickups whose hold ran out before `nowIso`, oldest first, at most `limit`. */
    expiredPickups: (nowIso: string, limit: number) =>
      fulfillmentOrders.findAll(
        { status: 'READY_FOR_PICKUP', pickupExpiresAt: { $lt: nowIso } },
        { sort: { field: 'pickupExpiresAt', direction: 1 }, limit },
      ),
    /**
     * A node's work, the most urgent promise first: what it fulfils (open to ready; a ship-to-store
     * order it made is no longer its work once shipped) and the ship-to-store transfers coming to it
     * to receive and hand over.
     */
    async queueOf(locationId: string, first: number): Promise<FulfillmentOrderDoc[]> {
      const byPromise = { sort: { field: 'promisedBy', direction: 1 as const }, limit: first };
      const [own, arriving] = await Promise.all([
        fulfillmentOrders.findAll(
          { locationId, status: { $in: ['OPEN', 'ACCEPTED', 'IN_PROGRESS', 'READY_FOR_PICKUP'] } },
          byPromise,
        ),
        fulfillmentOrders.findAll(
          {
            pickupLocationId: locationId,
            deliveryMethod: 'SHIP_TO_STORE',
            status: { $in: ['SHIPPED', 'READY_FOR_PICKUP'] },
          },
          byPromise,
        ),
      ]);
      const work = new Map<string, FulfillmentOrderDoc>();
      for (const fo of [...own, ...arriving]) {
        const received = fo.deliveryMethod === 'SHIP_TO_STORE' && fo.status === 'READY_FOR_PICKUP';
        // A received ship-to-store order is ready at its pickup store, not at the node that shipped it.
        if (received && fo.pickupLocationId !== locationId) continue;
        work.set(fo._id, fo);
      }
      return [...work.values()]
        .sort((a, b) => (a.promisedBy < b.promisedBy ? -1 : a.promisedBy > b.promisedBy ? 1 : a._id < b._id ? -1 : 1))
        .slice(0, first);
    },
    /** Counts one more fulfillment order taken by a node on its local `date`. */
    async countTaken(locationId: string, date: string): Promise<void> {
      const _id = `${locationId}:${date}`;
      for (let attempt = 0; attempt < 3; attempt++) {
        if (await loads.updateOne({ _id }, { $inc: { taken: 1 } })) return;
        try {
          await loads.insertOne({ _id, locationId, date, taken: 1 });
          return;
        } catch (err) {
          if (!(err instanceof DuplicateKeyError)) throw err; // created meanwhile: increment it
        }
      }
    },

    /** The loads of `locationIds` on their own local `dates` (same order; null: nothing taken yet). */
    loadsByIds: (ids: readonly string[]) => loads.findByIds(ids),

    sourcingProfiles: () => profiles.findAll({}, { sort: { field: '_id', direction: 1 } }),
    sourcingProfile: (channel: SalesChannel) => profiles.findById(channel),
    /**
     * Writes a channel's whole profile (the service builds it from the current one, checked) with
     * `events` (an outbox entry) in the same atomic write; last writer wins.
     */
    async saveSourcingProfile(doc: SourcingProfileDoc, events: WriteOp): Promise<SourcingProfileDoc> {
      const { _id, ...rest } = doc;
      for (let attempt = 0; attempt < 3; attempt++) {
        const updated = await updateWithEvents<SourcingProfileDoc>(
          COLLECTIONS.sourcingProfiles,
          { _id },
          { $set: rest },
          events,
        );
        if (updated) return updated;
        const inserted = await store.atomic([
          { kind: 'insert', collection: COLLECTIONS.sourcingProfiles, doc },
          events,
        ]);
        if (inserted.ok) return doc;
        // Created concurrently: write over it.
      }
      throw new Error(`sourcing profile ${_id} is too contended; not saved`);
    },
  };
}

export type FulfillmentStore = ReturnType<typeof createFulfillmentStore>;
