import type { EventBus } from '../../platform/bus/port';
import { notFound } from '../../platform/errors';
import type { Filter } from '../../platform/store/port';
import type { Resolvers } from './__generated__/resolvers-types';
import { planLocationChange } from './domain/location-update';
import { FulfillmentTopics, type LocationUpdatedEvent } from './events';

export function createFulfillmentResolvers(bus: EventBus): Resolvers {
  return {
    Query: {
      location: async (_, { id }, ctx) =>
        (await ctx.loaders.locationById.load(id)) ?? Promise.reject(notFound('Location', id)),
      locations: (_, { filter }, ctx) => {
        const where: Filter = {};
        if (filter?.type) where.type = filter.type;
        if (filter?.capability) where.capabilities = filter.capability;
        if (filter?.active != null) where.active = filter.active;
        return ctx.store.listLocations(where);
      },
      fulfillmentOrder: async (_, { id }, ctx) =>
        (await ctx.loaders.fulfillmentOrderById.load(id)) ?? Promise.reject(notFound('FulfillmentOrder', id)),
    },
    Mutation: {
      updateLocation: async (_, { input }, ctx) => {
        const location = await ctx.loaders.locationById.load(input.id);
        if (!location) {
          return {
            __typename: 'FulfillmentError' as const,
            code: 'LOCATION_NOT_FOUND' as const,
            message: `location ${input.id} not found`,
            locationId: input.id,
          };
        }
        const plan = planLocationChange(location.type, input);
        if (!plan.ok) {
          return {
            __typename: 'FulfillmentError' as const,
            code: plan.code,
            message: plan.message,
            locationId: input.id,
          };
        }
        const changed = Object.keys(plan.set);
        if (changed.length === 0) return { __typename: 'Location' as const, ...location };
        const updated = await ctx.store.updateLocation(input.id, { ...plan.set, updatedAt: ctx.now().toISOString() });
        if (!updated) throw notFound('Location', input.id);
        await bus.publish<LocationUpdatedEvent>(FulfillmentTopics.locationUpdated, { locationId: input.id, changed });
        return { __typename: 'Location' as const, ...updated };
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
