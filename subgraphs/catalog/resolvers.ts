import { badInput, notFound } from '../../platform/errors';
import { pageSize } from '../batching';
import type { Resolvers } from './__generated__/resolvers-types';
import { channelAtp, nearbyAvailability, sourcingFor } from './domain/atp';
import { incomingEntries } from './domain/incoming';
import { availableDelta, levelId, newLevel, unitsTotal } from './domain/level-ops';
import { requireKnown, unknownIds } from './lookups';
import type { InventoryLevelDoc } from './model';
import type { CatalogContext } from './context';
import type { StreamMessage } from '../../platform/live/stream';
import { mayActOnReservation } from './policies';
import { createInventoryMutations } from './resolvers-inventory';

const MAX_RADIUS_KM = 500;

/** One message of a stock stream (snapshot, then changes) as a StockUpdate. */
const stockUpdate = (message: StreamMessage<InventoryLevelDoc[], InventoryLevelDoc>) => ({
  kind: message.kind,
  sequence: message.sequence,
  levels: message.kind === 'SNAPSHOT' ? message.state : [message.change],
});

export function createCatalogResolvers(): Resolvers {
  return {
    Query: {
      product: async (_, { id }, ctx) =>
        (await ctx.loaders.productById.load(id)) ?? Promise.reject(notFound('Product', id)),
      productByHandle: (_, { handle }, ctx) => ctx.service.productByHandle(handle),
      products: async (_, { first, after, filter }, ctx) => {
        const page = await ctx.service.listProducts(filter ?? {}, pageSize(first), after ?? undefined);
        for (const { node } of page.edges) ctx.loaders.productById.prime(node._id, node);
        return page;
      },
      variant: async (_, { sku }, ctx) =>
        (await ctx.loaders.variantBySku.load(sku)) ?? Promise.reject(notFound('Variant', sku)),
      inventoryLevel: (_, { sku, locationId }, ctx) => positionOf(ctx, sku, locationId),
      inventoryMovements: async (_, { sku, locationId, first, after }, ctx) => {
        await requireKnown(ctx, { sku, locationId });
        const page = await ctx.service.positionHistory(sku, locationId, pageSize(first), after ?? undefined);
        // Each movement shows the current state of the positions it touched (one batched load).
        const edges = await Promise.all(
          page.edges.map(async ({ node: m, cursor }) => {
            const levels = await Promise.all(
              m.effects.map((e) => ctx.loaders.levelById.load(levelId(m.sku, e.locationId))),
            );
            return {
              cursor,
              node: { movement: m, applied: true, levels: levels.filter((l): l is InventoryLevelDoc => l !== null) },
            };
          }),
        );
        return { edges, pageInfo: page.pageInfo };
      },
      // A reservation the caller may not see is answered exactly like a missing one.
      reservation: async (_, { id }, ctx) => {
        const reservation = await ctx.loaders.reservationById.load(id);
        if (!reservation || !mayActOnReservation(ctx.principal, reservation)) throw notFound('Reservation', id);
        return reservation;
      },
      channelSourcing: (_, __, ctx) => ctx.service.channelSourcing(),
      // A hold the caller may not act on counts nothing, exactly like a missing one.
      availableStock: (_, { skus, channel, releasing }, ctx) =>
        ctx.service.availableStock(skus, channel, releasing ?? null, (r) => mayActOnReservation(ctx.principal, r)),
      channelPrices: (_, { skus, channel, currencyCode }, ctx) =>
        ctx.service.channelPrices(skus, channel, currencyCode ?? 'EUR'),
    },
    Mutation: createInventoryMutations(),
    Subscription: {
      // Each message of a stream (snapshot, then changes) is one StockUpdate.
      stockChanged: {
        subscribe: (_, { skus, locationIds }, ctx) => ctx.service.watchStock(skus, locationIds),
        resolve: stockUpdate,
      },
      backInStock: {
        subscribe: (_, { sku, locationId }, ctx) => ctx.service.watchBackInStock(sku, locationId),
        resolve: stockUpdate,
      },
      stockNear: {
        subscribe: (_, { sku, near, radiusKm, first }, ctx) =>
          ctx.service.watchStockNear(sku, near, radiusKm ?? 10, first ?? 10),
        resolve: stockUpdate,
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
      price: (v, { channel, currencyCode }) =>
        v.prices.find((p) => p.channel === channel && p.currencyCode === (currencyCode ?? 'EUR')) ?? null,
      inventoryLevels: async (v, { locationIds }, ctx) => {
        if (!locationIds) return ctx.loaders.levelsBySku.load(v._id);
        if (locationIds.length > 100) throw badInput('at most 100 locationIds', 'locationIds');
        // Only the positions asked for (one batched lookup by id), in the order of the full list.
        const ids = [...new Set(locationIds)].map((locationId) => levelId(v._id, locationId)).sort();
        const levels = await ctx.loaders.levelById.loadMany(ids);
        return levels.filter((l): l is InventoryLevelDoc => l !== null && !(l instanceof Error));
      },
      totalAvailable: async (v, _, ctx) =>
        unitsTotal((await ctx.loaders.levelsBySku.load(v._id)).map((l) => l.available)),
      availability: async (v, { channel }, ctx) => {
        const [levels, stored, network] = await Promise.all([
          ctx.loaders.levelsBySku.load(v._id),
          ctx.loaders.sourcingByChannel.load(channel),
          ctx.network.get(),
        ]);
        const profile = sourcingFor(channel, stored);
        return { channel, bufferUnits: profile.bufferUnits, ...channelAtp(levels, profile, network) };
      },
      availabilityAt: async (v, { locationIds }, ctx) => {
        if (locationIds.length > 100) throw badInput('at most 100 locationIds', 'locationIds');
        // An unknown location nulls only its own entry (with NOT_FOUND), not the whole list.
        return locationIds.map(async (locationId) => {
          const [unknown, level] = await Promise.all([
            unknownIds(ctx, { locationId }),
            ctx.loaders.levelById.load(levelId(v._id, locationId)),
          ]);
          if (unknown) throw unknown;
          return {
            locationId,
            available: level?.available ?? 0,
            safetyStock: level?.safetyStock ?? 0,
            incoming: incomingEntries(level?.incoming),
          };
        });
      },
      availabilityNear: async (v, { near, radiusKm, quantity, first }, ctx) => {
        const radius = radiusKm ?? 25;
        if (!(radius > 0 && radius <= MAX_RADIUS_KM))
          throw badInput(`radiusKm must be in (0, ${MAX_RADIUS_KM}]`, 'radiusKm');
        if (Math.abs(near.lat) > 90 || Math.abs(near.lng) > 180)
          throw badInput('near is not a valid coordinate', 'near');
        const units = quantity ?? 1;
        if (!Number.isInteger(units) || units < 1) throw badInput('quantity must be a positive integer', 'quantity');
        const [levels, network] = await Promise.all([ctx.loaders.levelsBySku.load(v._id), ctx.network.get()]);
        return nearbyAvailability(levels, network, near, radius, units, pageSize(first, 10, 50));
      },
    },
    Price: {
      amount: (p) => ({ amount: p.amount, currencyCode: p.currencyCode }),
      compareAt: (p) =>
        p.compareAtAmount === null ? null : { amount: p.compareAtAmount, currencyCode: p.currencyCode },
    },
    InventoryLevel: {
      __resolveReference: async (ref, ctx) =>
        (await ctx.loaders.levelById.load(levelId(ref.sku, ref.locationId))) ??
        newLevel(ref.sku, ref.locationId, ctx.now().toISOString()),
      variant: async (l, _, ctx) =>
        (await ctx.loaders.variantBySku.load(l.sku)) ?? Promise.reject(notFound('Variant', l.sku)),
      location: (l) => ({ id: l.locationId }),
      incoming: (l) => incomingEntries(l.incoming),
    },
    Location: {
      __resolveReference: (ref) => ({ id: ref.id }),
      inventoryLevel: (loc, { sku }, ctx) => positionOf(ctx, sku, loc.id),
    },
    InventoryMovement: {
      sourceEventId: (m) => m.movement._id,
      type: (m) => m.movement.type,
      sku: (m) => m.movement.sku,
      locationId: (m) => m.movement.locationId,
      toLocationId: (m) => m.movement.toLocationId,
      quantity: (m) => m.movement.quantity,
      reason: (m) => m.movement.reason,
      changes: (m) =>
        m.movement.effects.map(({ locationId, delta }) => ({
          locationId,
          onHand: delta.onHand ?? 0,
          available: availableDelta(delta),
          committed: delta.committed ?? 0,
          reserved: delta.reserved ?? 0,
          damaged: delta.damaged ?? 0,
          safetyStock: delta.safetyStock ?? 0,
          qualityControl: delta.qualityControl ?? 0,
        })),
      reservationId: (m) => m.movement.reservationId ?? null,
      reservation: (m, _, ctx) =>
        m.movement.reservationId ? ctx.loaders.reservationById.load(m.movement.reservationId) : null,
      createdAt: (m) => m.movement.createdAt,
      inventoryLevels: (m) => m.levels,
    },
    Reservation: {
      __resolveReference: (ref, ctx) => ctx.loaders.reservationById.load(ref.id),
      id: (r) => r._id,
    },
    ReservationLine: {
      variant: async (l, _, ctx) =>
        (await ctx.loaders.variantBySku.load(l.sku)) ?? Promise.reject(notFound('Variant', l.sku)),
      location: (l) => ({ id: l.locationId }),
      fromSafetyStock: (l) => l.fromSafetyStock ?? 0,
    },
    LocationAvailability: { location: (l) => ({ id: l.locationId }) },
    ChannelStock: { location: (l) => ({ id: l.locationId }) },
    NearbyAvailability: { location: (n) => ({ id: n.location.id }) },
  };
}

/** A position by SKU and location: NOT_FOUND for an unknown one, zero where never stocked. */
async function positionOf(ctx: CatalogContext, sku: string, locationId: string): Promise<InventoryLevelDoc> {
  await requireKnown(ctx, { sku, locationId });
  return (
    (await ctx.loaders.levelById.load(levelId(sku, locationId))) ?? newLevel(sku, locationId, ctx.now().toISOString())
  );
}
