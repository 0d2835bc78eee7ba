import type { SalesChannel } from '../../platform/shared/commerce';
import { encodeCursor } from '../../platform/store/cursor';
import type { DocumentStore, Filter, WriteOp } from '../../platform/store/port';
import { COLLECTIONS } from './collections';
import type { ChannelSourcingDoc, InventoryLevelDoc, InventoryMovementDoc, ProductDoc, VariantDoc } from './model';
import { createMovementLedger } from './store-movements';
import { createReplacementLedger } from './store-replacements';
import { createReservationLedger } from './store-reservations';

export { COLLECTIONS } from './collections';

/**
 * The catalog subgraph's collections: products, variants, inventory levels, the movement ledger,
 * the reservation ledger and channel sourcing profiles.
 */
export function createCatalogStore(store: DocumentStore) {
  const products = store.collection<ProductDoc>(COLLECTIONS.products);
  const variants = store.collection<VariantDoc>(COLLECTIONS.variants);
  const levels = store.collection<InventoryLevelDoc>(COLLECTIONS.levels);
  const movements = store.collection<InventoryMovementDoc>(COLLECTIONS.movements);
  const sourcing = store.collection<ChannelSourcingDoc>(COLLECTIONS.sourcing);
  const reservations = createReservationLedger(store);

  return {
    async init(): Promise<void> {
      await products.createIndex({ fields: ['handle'], unique: true });
      await products.createIndex({ fields: ['category'] });
      await products.createIndex({ fields: ['brand'] });
      await products.createIndex({ fields: ['searchTerms'] });
      await variants.createIndex({ fields: ['productId'] });
      await levels.createIndex({ fields: ['sku'] });
      await levels.createIndex({ fields: ['locationId'] });
      await movements.createIndex({ fields: ['sku'] });
      await reservations.init();
    },
    productsByIds: (ids: readonly string[]) => products.findByIds(ids),
    productByHandle: (handle: string) => products.findOne({ handle }),
    productsPage: (filter: Filter, limit: number, after?: string) => products.findPage(filter, { limit, after }),
    /** The cursor that resumes a product listing (ordered by id) right after `product`. */
    productCursor: (product: ProductDoc) => encodeCursor(product._id, product._id),
    variantsBySkus: (skus: readonly string[]) => variants.findByIds(skus),
    variantsByProductIds: (ids: readonly string[]) =>
      variants.findAll({ productId: { $in: [...ids] } }, { sort: { field: '_id', direction: 1 } }),
    levelsByIds: (ids: readonly string[]) => levels.findByIds(ids),
    /** Every position of every given SKU in one round trip (a listing page's stock). */
    levelsBySkus: (skus: readonly string[]) =>
      levels.findAll({ sku: { $in: [...skus] } }, { sort: { field: '_id', direction: 1 } }),
    sourcingByChannels: (channels: readonly SalesChannel[]) => sourcing.findByIds(channels),
    /** Writes a channel's whole profile (last writer wins) with `events` (its outbox entry) in one atomic write. */
    async saveSourcing(doc: ChannelSourcingDoc, events: WriteOp): Promise<void> {
      const { _id, ...fields } = doc;
      for (let attempt = 0; attempt < 3; attempt++) {
        const exists = (await sourcing.findById(_id)) !== null;
        const write: WriteOp = exists
          ? { kind: 'update', collection: COLLECTIONS.sourcing, filter: { _id }, update: { $set: fields } }
          : { kind: 'insert', collection: COLLECTIONS.sourcing, doc };
        if ((await store.atomic([write, events])).ok) return; // else created or deleted meanwhile: look again
      }
      throw new Error(`sourcing profile ${_id} is too contended; not saved`);
    },
    movements: createMovementLedger(store),
    reservations,
    replacements: createReplacementLedger(store),
  };
}

export type CatalogStore = ReturnType<typeof createCatalogStore>;
