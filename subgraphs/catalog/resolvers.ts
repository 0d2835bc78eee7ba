import type { EventBus } from '../../platform/bus/port';
import { badInput, notFound } from '../../platform/errors';
import { InvalidCursorError, type Filter } from '../../platform/store/port';
import { pageSize } from '../batching';
import type { InventoryAdjustmentReason, Resolvers } from './__generated__/resolvers-types';
import { availableUnits, emptyLevel, levelId } from './domain/inventory';
import { CatalogTopics, type InventoryChangedEvent } from './events';
import type { MovementType } from './model';

const MOVEMENT_BY_REASON: Record<InventoryAdjustmentReason, MovementType> = {
  CORRECTION: 'ADJUSTMENT',
  SHRINKAGE: 'ADJUSTMENT',
  CYCLE_COUNT: 'COUNT',
  RECEIVED: 'RECEIPT',
  DAMAGED: 'DAMAGE',
  RETURN_RESTOCK: 'RETURN',
};

export function createCatalogResolvers(bus: EventBus): Resolvers {
  return {
    Query: {
      product: async (_, { id }, ctx) =>
        (await ctx.loaders.productById.load(id)) ?? Promise.reject(notFound('Product', id)),
      productByHandle: (_, { handle }, ctx) => ctx.store.productByHandle(handle),
      products: async (_, { first, after, filter }, ctx) => {
        const limit = pageSize(first);
        const where: Filter = {};
        if (filter?.category) where.category = filter.category;
        if (filter?.brand) where.brand = filter.brand;
        if (filter?.status) where.status = filter.status;
        try {
          const page = await ctx.store.productsPage(where, limit, after ?? undefined);
          for (const p of page.items) ctx.loaders.productById.prime(p._id, p);
          return {
            edges: page.items.map((node) => ({ node, cursor: ctx.store.productCursor(node) })),
            pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
          };
        } catch (err) {
          if (err instanceof InvalidCursorError) throw badInput('after is not a valid cursor', 'after');
          throw err;
        }
      },
      variant: async (_, { sku }, ctx) =>
        (await ctx.loaders.variantBySku.load(sku)) ?? Promise.reject(notFound('Variant', sku)),
      inventoryLevel: (_, { sku, locationId }, ctx) => ctx.loaders.levelById.load(levelId(sku, locationId)),
    },
    Mutation: {
      adjustInventory: async (_, { input }, ctx) => {
        if (!input.sourceEventId.trim()) throw badInput('sourceEventId must not be empty', 'sourceEventId');
        const type = MOVEMENT_BY_REASON[input.reason];
        const outcome = await ctx.store.adjust(
          { ...input, type, reason: input.reason, sourceEventId: input.sourceEventId.trim() },
          ctx.now().toISOString(),
        );
        if (!outcome.ok) {
          return {
            __typename: 'CatalogError' as const,
            code: outcome.code,
            message: outcome.message,
            sku: input.sku,
            locationId: input.locationId,
          };
        }
        const level = outcome.level;
        if (outcome.applied) {
          await bus.publish<InventoryChangedEvent>(CatalogTopics.inventoryChanged, {
            sku: level.sku,
            locationId: level.locationId,
            onHand: level.onHand,
            available: availableUnits(level),
            committed: level.committed,
            reserved: level.reserved,
            damaged: level.damaged,
            safetyStock: level.safetyStock,
            qualityControl: level.qualityControl,
            sequence: level.sequence,
            cause: { type, sourceEventId: input.sourceEventId },
          });
        }
        return {
          __typename: 'InventoryAdjustment' as const,
          sourceEventId: input.sourceEventId,
          level,
          delta: input.delta,
          applied: outcome.applied,
        };
      },
    },
    Product: {
      __resolveReference: (ref, ctx) => ctx.loaders.productById.load(ref.id),
      id: (p) => p._id,
      variants: (p, _, ctx) => ctx.loaders.variantsByProductId.load(p._id),
    },
    Variant: {
      __resolveReference: (ref, ctx) => ctx.loaders.variantBySku.load(ref.sku),
      sku: (v) => v._id,
      product: async (v, _, ctx) => {
        const product = await ctx.loaders.productById.load(v.productId);
        if (!product) throw new Error(`variant ${v._id} references missing product ${v.productId}`);
        return product;
      },
      price: (v, { channel }) => v.prices.find((p) => p.channel === channel) ?? null,
      inventoryLevels: async (v, { locationIds }, ctx) => {
        const levels = await ctx.loaders.levelsBySku.load(v._id);
        return locationIds ? levels.filter((l) => locationIds.includes(l.locationId)) : levels;
      },
      totalAvailable: async (v, _, ctx) =>
        (await ctx.loaders.levelsBySku.load(v._id)).reduce((sum, l) => sum + availableUnits(l), 0),
    },
    Price: {
      amount: (p) => ({ amount: p.amount, currencyCode: p.currencyCode }),
      compareAt: (p) =>
        p.compareAtAmount === null ? null : { amount: p.compareAtAmount, currencyCode: p.currencyCode },
    },
    InventoryLevel: {
      __resolveReference: async (ref, ctx) =>
        (await ctx.loaders.levelById.load(levelId(ref.sku, ref.locationId))) ??
        emptyLevel(ref.sku, ref.locationId, ctx.now().toISOString()),
      available: (l) => availableUnits(l),
      variant: async (l, _, ctx) =>
        (await ctx.loaders.variantBySku.load(l.sku)) ?? Promise.reject(notFound('Variant', l.sku)),
      location: (l) => ({ id: l.locationId }),
    },
    Location: {
      __resolveReference: (ref) => ({ id: ref.id }),
      inventoryLevel: (loc, { sku }, ctx) => ctx.loaders.levelById.load(levelId(sku, loc.id)),
    },
    InventoryAdjustment: {
      inventoryLevel: (a) => a.level,
    },
  };
}
