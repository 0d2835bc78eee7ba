import { badInput } from '../../platform/errors';
import type { MutationResolvers } from './__generated__/resolvers-types';
import { DEFAULT_SOURCING } from './domain/atp';
import type { MovementRequest } from './domain/movements';
import type { CatalogContext } from './context';
import type { ChannelSourcingDoc } from './model';
import type { MovementInput, MovementOutcome } from './store-movements';
import type { ReserveOutcome, TransitionOutcome } from './store-reservations';

const LOCATION_TYPES = ['WAREHOUSE', 'STORE', 'THIRD_PARTY_LOGISTICS', 'DROPSHIP_SUPPLIER'] as const;

function catalogError(code: string, message: string, sku?: string, locationId?: string) {
  return {
    __typename: 'CatalogError' as const,
    code: code as never,
    message,
    sku: sku ?? null,
    locationId: locationId ?? null,
  };
}

async function movement(
  ctx: CatalogContext,
  input: { sku: string; locationId: string; sourceEventId: string },
  request: MovementRequest,
  reason: string | null = null,
) {
  const sourceEventId = input.sourceEventId.trim();
  if (!sourceEventId || sourceEventId.length > 200)
    throw badInput('sourceEventId must be 1..200 characters', 'sourceEventId');
  const full: MovementInput = { sourceEventId, sku: input.sku, locationId: input.locationId, request, reason };
  const outcome: MovementOutcome = await ctx.inventory.applyMovement(full);
  if (!outcome.ok) return catalogError(outcome.code, outcome.message, input.sku, input.locationId);
  return {
    __typename: 'InventoryMovement' as const,
    movement: outcome.movement,
    levels: outcome.levels,
    applied: outcome.applied,
  };
}

function reserveResult(outcome: ReserveOutcome) {
  if (outcome.ok) return { __typename: 'Reservation' as const, ...outcome.reservation };
  if (outcome.code === 'INSUFFICIENT_STOCK') {
    return {
      __typename: 'InsufficientStockError' as const,
      code: outcome.code,
      message: outcome.message,
      shortfalls: outcome.shortfalls,
    };
  }
  return catalogError(outcome.code, outcome.message);
}

function reservationResult(outcome: TransitionOutcome) {
  if (outcome.ok) return { __typename: 'Reservation' as const, ...outcome.reservation };
  return catalogError(outcome.code, outcome.message);
}

export function createInventoryMutations(): MutationResolvers<CatalogContext> {
  return {
    adjustInventory: (_, { input }, ctx) =>
      movement(ctx, input, { type: 'ADJUSTMENT', delta: input.delta }, input.reason),
    receiveStock: (_, { input }, ctx) => movement(ctx, input, { type: 'RECEIPT', quantity: input.quantity }),
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

    reserveStock: async (_, { input }, ctx) => {
      if (!input.ownerId.trim() || input.ownerId.length > 200)
        throw badInput('ownerId must be 1..200 characters', 'ownerId');
      return reserveResult(
        await ctx.inventory.reserve({
          kind: input.kind,
          ownerId: input.ownerId.trim(),
          idempotencyKey: input.idempotencyKey,
          lines: input.lines,
          ttlSeconds: input.ttlSeconds,
        }),
      );
    },
    commitReservation: async (_, { input }, ctx) => reservationResult(await ctx.inventory.commit(input.reservationId)),
    releaseReservation: async (_, { input }, ctx) =>
      reservationResult(await ctx.inventory.release(input.reservationId, input.reason?.trim() || 'released')),
    shipReservation: async (_, { input }, ctx) => reservationResult(await ctx.inventory.ship(input.reservationId)),
    extendReservation: async (_, { input }, ctx) => {
      if (!Number.isInteger(input.ttlSeconds) || input.ttlSeconds < 10 || input.ttlSeconds > 7 * 24 * 3600) {
        return catalogError('INVALID_TTL', 'ttlSeconds must be an integer in [10, 604800]');
      }
      return reservationResult(await ctx.inventory.extend(input.reservationId, input.ttlSeconds));
    },

    updateChannelSourcing: async (_, { input }, ctx) => {
      const current = (await ctx.loaders.sourcingByChannel.load(input.channel)) ?? {
        _id: input.channel,
        ...DEFAULT_SOURCING[input.channel],
        updatedAt: ctx.now().toISOString(),
      };
      const locationTypes = input.locationTypes ?? current.locationTypes;
      const invalid = locationTypes.filter((t) => !(LOCATION_TYPES as readonly string[]).includes(t));
      if (invalid.length > 0 || locationTypes.length === 0) {
        return catalogError(
          'INVALID_QUANTITY',
          `locationTypes must be non-empty and among ${LOCATION_TYPES.join(', ')}`,
        );
      }
      const bufferUnits = input.bufferUnits ?? current.bufferUnits;
      if (!Number.isInteger(bufferUnits) || bufferUnits < 0 || bufferUnits > 10_000) {
        return catalogError('INVALID_QUANTITY', 'bufferUnits must be an integer in [0, 10000]');
      }
      const doc: ChannelSourcingDoc = {
        _id: input.channel,
        locationTypes: locationTypes as ChannelSourcingDoc['locationTypes'],
        capabilities: input.capabilities ?? current.capabilities,
        bufferUnits,
        updatedAt: ctx.now().toISOString(),
      };
      await ctx.store.saveSourcing(doc);
      const { _id, updatedAt: _u, ...rest } = doc;
      return { __typename: 'ChannelSourcing' as const, channel: _id, ...rest };
    },
  };
}
