import { notFound } from '../../platform/errors';
import { actsAt } from '../access';
import type { Resolvers } from './__generated__/resolvers-types';

export function createFulfillmentResolvers(): Resolvers {
  return {
    Query: {
      location: async (_, { id }, ctx) =>
        (await ctx.loaders.locationById.load(id)) ?? Promise.reject(notFound('Location', id)),
      locations: (_, { filter }, ctx) => ctx.service.listLocations(filter ?? {}),
      // A node's queue is its own: another location's fulfillment order answers like a missing one.
      fulfillmentOrder: async (_, { id }, ctx) => {
        const fo = await ctx.loaders.fulfillmentOrderById.load(id);
        if (!fo || !actsAt(ctx.principal, fo.locationId)) throw notFound('FulfillmentOrder', id);
        return fo;
      },
    },
    Mutation: {
      updateLocation: async (_, { input }, ctx) => {
        const outcome = await ctx.service.updateLocation(input);
        if (outcome.ok) return { __typename: 'Location' as const, ...outcome.location };
        const { code, message, locationId } = outcome;
        return { __typename: 'FulfillmentError' as const, code, message, locationId };
      },
    },
    Location: {
      __resolveReference: (ref, ctx) => ctx.loaders.locationById.load(ref.id),
      id: (l) => l._id,
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
