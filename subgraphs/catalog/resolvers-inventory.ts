import type { MutationResolvers } from './__generated__/resolvers-types';
import type { CatalogContext } from './context';
import { mayActOnReservation } from './policies';
import type { CatalogFailure } from './domain/errors';
import type { MovementRequest } from './domain/movements';
import type { InsufficientStock } from './domain/reservations';
import type { RerouteOutcome, ReserveOutcome, TransitionOutcome } from './service';

function catalogError(f: CatalogFailure) {
  return {
    __typename: 'CatalogError' as const,
    code: f.code,
    message: f.message,
    sku: f.sku ?? null,
    locationId: f.locationId ?? null,
  };
}

async function movement(
  ctx: CatalogContext,
  input: { sku: string; locationId: string; sourceEventId: string },
  request: MovementRequest,
  reason: string | null = null,
) {
  const outcome = await ctx.service.applyMovement({
    sourceEventId: input.sourceEventId,
    sku: input.sku,
    locationId: input.locationId,
    request,
    reason,
  });
  if (!outcome.ok) return catalogError(outcome);
  return {
    __typename: 'InventoryMovement' as const,
    movement: outcome.movement,
    levels: outcome.levels,
    applied: outcome.applied,
  };
}

const isShortage = (f: CatalogFailure | InsufficientStock): f is InsufficientStock => 'shortfalls' in f;

function reserveResult(outcome: ReserveOutcome | RerouteOutcome) {
  if (outcome.ok) return { __typename: 'Reservation' as const, ...outcome.reservation };
  if (isShortage(outcome)) {
    return {
      __typename: 'InsufficientStockError' as const,
      code: outcome.code,
      message: outcome.message,
      shortfalls: outcome.shortfalls,
    };
  }
  return catalogError(outcome);
}

function reservationResult(outcome: TransitionOutcome) {
  if (outcome.ok) return { __typename: 'Reservation' as const, ...outcome.reservation };
  return catalogError(outcome);
}

/**
 * A reservation the caller may not act on is answered exactly like a missing one, so its id
 * (derivable from an idempotency key) reveals nothing.
 */
async function hidden(ctx: CatalogContext, reservationId: string) {
  const reservation = await ctx.loaders.reservationById.load(reservationId);
  if (!reservation || mayActOnReservation(ctx.principal, reservation)) return null;
  return catalogError({ ok: false, code: 'RESERVATION_NOT_FOUND', message: `reservation ${reservationId} not found` });
}

/** Mutations: arguments in, one use case of the inventory service, its outcome mapped out. */
export function createInventoryMutations(): MutationResolvers<CatalogContext> {
  return {
    adjustInventory: (_, { input }, ctx) =>
      movement(ctx, input, { type: 'ADJUSTMENT', delta: input.delta }, input.reason),
    receiveStock: (_, { input }, ctx) =>
      movement(
        ctx,
        input,
        input.reference == null
          ? { type: 'RECEIPT', quantity: input.quantity }
          : { type: 'RECEIPT', quantity: input.quantity, reference: input.reference },
      ),
    expectStock: async (_, { input }, ctx) => {
      const outcome = await ctx.service.expectStock(input);
      return outcome.ok ? { __typename: 'InventoryLevel' as const, ...outcome.level } : catalogError(outcome);
    },
    recordStockCount: (_, { input }, ctx) =>
      movement(ctx, input, { type: 'COUNT', countedOnHand: input.countedOnHand }),
    reportDamage: (_, { input }, ctx) =>
      movement(ctx, input, { type: 'DAMAGE', quantity: input.quantity }, input.reason ?? null),
    recordCarryOut: (_, { input }, ctx) => movement(ctx, input, { type: 'POS_CARRY_OUT', quantity: input.quantity }),
    recordReturn: (_, { input }, ctx) =>
      movement(ctx, input, { type: 'RETURN', quantity: input.quantity, disposition: input.disposition }),
    transferStock: (_, { input }, ctx) =>
      movement(
        ctx,
        { sku: input.sku, locationId: input.fromLocationId, sourceEventId: input.sourceEventId },
        { type: 'TRANSFER', quantity: input.quantity, toLocationId: input.toLocationId },
      ),

    reserveStock: async (_, { input }, ctx) =>
      (input.replaces && (await hidden(ctx, input.replaces.reservationId))) ||
      reserveResult(await ctx.service.reserve(input)),
    commitReservation: async (_, { input }, ctx) =>
      (await hidden(ctx, input.reservationId)) ??
      reservationResult(await ctx.service.commit(input.reservationId, input)),
    releaseReservation: async (_, { input }, ctx) =>
      (await hidden(ctx, input.reservationId)) ??
      reservationResult(await ctx.service.release(input.reservationId, input.reason, input)),
    shipReservation: async (_, { input }, ctx) =>
      (await hidden(ctx, input.reservationId)) ?? reservationResult(await ctx.service.ship(input.reservationId, input)),
    rerouteReservation: async (_, { input }, ctx) =>
      (await hidden(ctx, input.reservationId)) ?? reserveResult(await ctx.service.reroute(input)),
    receiveIntoReservation: async (_, { input }, ctx) =>
      (await hidden(ctx, input.reservationId)) ?? reservationResult(await ctx.service.receiveInto(input)),
    extendReservation: async (_, { input }, ctx) =>
      (await hidden(ctx, input.reservationId)) ??
      reservationResult(await ctx.service.extend(input.reservationId, input.ttlSeconds)),

    updateChannelSourcing: async (_, { input }, ctx) => {
      const outcome = await ctx.service.updateSourcing(input);
      if (!outcome.ok) return catalogError(outcome);
      const { _id, locationTypes, capabilities, bufferUnits } = outcome.sourcing;
      return { __typename: 'ChannelSourcing' as const, channel: _id, locationTypes, capabilities, bufferUnits };
    },
  };
}
