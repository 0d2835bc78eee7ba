import { notFound } from '../../platform/errors';
import { actsAt } from '../access';
import type { Resolvers } from './__generated__/resolvers-types';
import { describePrincipal } from '../../platform/auth/principal';
import type { UpdateLocationOutcome } from './service';

function locationResult(outcome: UpdateLocationOutcome) {
  if (outcome.ok) return { __typename: 'Location' as const, ...outcome.location };
  const { code, message, locationId } = outcome;
  return { __typename: 'FulfillmentError' as const, code, message, locationId };
}

export function createFulfillmentResolvers(): Resolvers {
  return {
    Query: {
      location: async (_, { id }, ctx) =>
        (await ctx.loaders.locationById.load(id)) ?? Promise.reject(notFound('Location', id)),
      locations: (_, { filter }, ctx) => ctx.service.listLocations(filter ?? {}),
      // A node's queue is its own: another location's fulfillment order answers like a missing one.
      sourcingProfiles: (_, __, ctx) => ctx.service.sourcingProfiles(),
      sourcingProfile: (_, { channel }, ctx) => ctx.service.sourcingProfile(channel),
      fulfillmentOrder: async (_, { id }, ctx) => {
        const fo = await ctx.loaders.fulfillmentOrderById.load(id);
        if (!fo || !actsAt(ctx.principal, fo.locationId)) throw notFound('FulfillmentOrder', id);
        return fo;
      },
    },
    Mutation: {
      updateLocation: async (_, { input }, ctx) => locationResult(await ctx.service.updateLocation(input)),
      updateLocationRouting: async (_, { input }, ctx) =>
        locationResult(await ctx.service.updateLocationRouting(input)),
      updateSourcingProfile: async (_, { input }, ctx) => {
        const { channel, weights, ...change } = input;
        const outcome = await ctx.service.updateSourcingProfile(
          channel,
          { ...change, weights: weights ?? null },
          describePrincipal(ctx.principal),
        );
        if (outcome.ok) return { __typename: 'SourcingProfile' as const, ...outcome.profile };
        return {
          __typename: 'FulfillmentError' as const,
          code: outcome.code,
          message: `${outcome.field}: ${outcome.message}`,
          locationId: null,
        };
      },
    },
    SourcingProfile: {
      channel: (p) => p._id,
    },
    Location: {
      __resolveReference: (ref, ctx) => ctx.loaders.locationById.load(ref.id),
      id: (l) => l._id,
      load: async (l, _, ctx) => {
        const taken = (await ctx.loaders.loadByKey.load(ctx.service.todayKey(l)))?.taken ?? 0;
        return ctx.service.loadOf(l, taken);
      },
    },
    FulfillmentOrder: {
      __resolveReference: (ref, ctx) => ctx.loaders.fulfillmentOrderById.load(ref.id),
      id: (fo) => fo._id,
      order: (fo) => ({ id: fo.orderId }),
      location: async (fo, _, ctx) =>
        (await ctx.loaders.locationById.load(fo.locationId)) ?? Promise.reject(notFound('Location', fo.locationId)),
    },
    FulfillmentOrderLine: {
      variant: (line) => ({ sku: line.sku }),
    },
    Order: {
      __resolveReference: (ref) => ({ id: ref.id }),
      fulfillmentOrders: (o, _, ctx) => ctx.loaders.fulfillmentOrdersByOrderId.load(o.id),
    },
  };
}
