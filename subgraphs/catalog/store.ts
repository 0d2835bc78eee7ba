import { createHash } from 'node:crypto';
import { encodeCursor } from '../../platform/store/cursor';
import { DuplicateKeyError, type DocumentStore, type Filter } from '../../platform/store/port';
import { checkAdjustment, levelId } from './domain/inventory';
import type { InventoryLevelDoc, InventoryMovementDoc, MovementType, ProductDoc, VariantDoc } from './model';

export interface AdjustRequest {
  sku: string;
  locationId: string;
  delta: number;
  type: MovementType;
  reason: string;
  sourceEventId: string;
}

export type AdjustOutcome =
  | { ok: true; level: InventoryLevelDoc; applied: boolean }
  | {
      ok: false;
      code: 'UNKNOWN_SKU' | 'UNKNOWN_POSITION' | 'INSUFFICIENT_STOCK' | 'INVALID_QUANTITY' | 'IDEMPOTENCY_CONFLICT';
      message: string;
    };

const MAX_CAS_RETRIES = 50;

/** The catalog subgraph's collections: products, variants, inventory levels and their movement ledger. */
export function createCatalogStore(store: DocumentStore) {
  const products = store.collection<ProductDoc>('products');
  const variants = store.collection<VariantDoc>('variants');
  const levels = store.collection<InventoryLevelDoc>('inventory_levels');
  const movements = store.collection<InventoryMovementDoc>('inventory_movements');

  return {
    async init(): Promise<void> {
      await products.createIndex({ fields: ['handle'], unique: true });
      await products.createIndex({ fields: ['category'] });
      await products.createIndex({ fields: ['brand'] });
      await variants.createIndex({ fields: ['productId'] });
      await levels.createIndex({ fields: ['sku'] });
      await levels.createIndex({ fields: ['locationId'] });
      await movements.createIndex({ fields: ['sku', 'locationId'] });
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
    levelsBySkus: (skus: readonly string[]) =>
      levels.findAll({ sku: { $in: [...skus] } }, { sort: { field: '_id', direction: 1 } }),

    /**
     * Applies a stock movement to onHand exactly once per source event id. The movement is
     * claimed first (its `_id` is the event id), then the level is changed with a
     * compare-and-set on `sequence`, so concurrent writers never lose an update and a
     * decrease can never take `available` below zero. A rejected movement releases its claim.
     */
    async adjust(req: AdjustRequest, at: string): Promise<AdjustOutcome> {
      const requestHash = createHash('sha256')
        .update(JSON.stringify([req.sku, req.locationId, req.delta, req.type, req.reason]))
        .digest('hex');
      const existing = await movements.findById(req.sourceEventId);
      if (existing) return replay(existing, requestHash);
      const [variant] = await variants.findByIds([req.sku]);
      if (!variant) return { ok: false, code: 'UNKNOWN_SKU', message: `unknown SKU ${req.sku}` };
      const id = levelId(req.sku, req.locationId);
      const current = await levels.findById(id);
      if (!current) {
        return { ok: false, code: 'UNKNOWN_POSITION', message: `${req.locationId} does not stock ${req.sku}` };
      }
      const check = checkAdjustment(current, req.delta);
      if (!check.ok) return check;
      const movement: InventoryMovementDoc = {
        _id: req.sourceEventId,
        sku: req.sku,
        locationId: req.locationId,
        type: req.type,
        delta: req.delta,
        reason: req.reason,
        sequence: -1,
        requestHash,
        createdAt: at,
      };
      try {
        await movements.insertOne(movement);
      } catch (err) {
        if (!(err instanceof DuplicateKeyError)) throw err;
        const winner = await movements.findById(req.sourceEventId);
        if (winner) return replay(winner, requestHash);
        throw err;
      }
      let level: InventoryLevelDoc | null = current;
      for (let attempt = 0; attempt < MAX_CAS_RETRIES && level; attempt++) {
        const verdict = checkAdjustment(level, req.delta);
        if (!verdict.ok) {
          await movements.deleteOne({ _id: req.sourceEventId, sequence: -1 });
          return verdict;
        }
        const updated = await levels.updateOne(
          { _id: id, sequence: level.sequence },
          { $inc: { onHand: req.delta, sequence: 1 }, $set: { updatedAt: at } },
        );
        if (updated) {
          await movements.updateOne({ _id: req.sourceEventId }, { $set: { sequence: updated.sequence } });
          return { ok: true, level: updated, applied: true };
        }
        level = await levels.findById(id);
      }
      await movements.deleteOne({ _id: req.sourceEventId, sequence: -1 });
      throw new Error(`inventory level ${id} is too contended; movement ${req.sourceEventId} not applied`);
    },
  };

  async function replay(existing: InventoryMovementDoc, requestHash: string): Promise<AdjustOutcome> {
    if (existing.requestHash !== requestHash) {
      return {
        ok: false,
        code: 'IDEMPOTENCY_CONFLICT',
        message: `source event ${existing._id} was already used for a different movement`,
      };
    }
    const level = await levels.findById(levelId(existing.sku, existing.locationId));
    if (!level) return { ok: false, code: 'UNKNOWN_POSITION', message: 'position no longer exists' };
    return { ok: true, level, applied: false };
  }
}

export type CatalogStore = ReturnType<typeof createCatalogStore>;
