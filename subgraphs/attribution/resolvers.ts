import { notFound } from '../../platform/errors';
import { pageSize } from '../batching';
import type { Resolvers } from './__generated__/resolvers-types';

export function createAttributionResolvers(): Resolvers {
  return {
    Query: {
      campaign: async (_, { id }, ctx) =>
        (await ctx.loaders.campaignById.load(id)) ?? Promise.reject(notFound('Campaign', id)),
      campaigns: (_, { status }, ctx) => ctx.service.listCampaigns(status),
    },
    Mutation: {
      recordTouchpoint: async (_, { input }, ctx) => {
        const outcome = await ctx.service.recordTouchpoint(input);
        if (outcome.ok) return { __typename: 'Touchpoint' as const, ...outcome.touchpoint };
        return { __typename: 'AttributionError' as const, code: outcome.code, message: outcome.message };
      },
    },
    Campaign: {
      __resolveReference: (ref, ctx) => ctx.loaders.campaignById.load(ref.id),
      id: (c) => c._id,
      touchpointCount: (c, _, ctx) => ctx.loaders.touchpointCountByCampaignId.load(c._id),
    },
    Touchpoint: {
      id: (t) => t._id,
      customer: (t) => ({ id: t.customerId }),
      campaign: (t, _, ctx) => (t.campaignId ? ctx.loaders.campaignById.load(t.campaignId) : null),
    },
    Order: {
      __resolveReference: (ref) => ({ id: ref.id }),
      attribution: (order, { model, lookbackDays }, ctx) =>
        ctx.service.attribution(order.id, { model, lookbackDays }, ctx.loaders),
    },
    AttributionCredit: {
      campaign: (c, _, ctx) =>
        c.touchpoint.campaignId ? ctx.loaders.campaignById.load(c.touchpoint.campaignId) : null,
      revenue: (c) => ({ amount: c.revenue, currencyCode: c.currencyCode }),
    },
    Customer: {
      __resolveReference: (ref) => ({ id: ref.id }),
      touchpoints: async (c, { first }, ctx) => {
        const limit = pageSize(first);
        return (await ctx.loaders.touchpointsByCustomerId.load(c.id)).slice(0, limit);
      },
    },
  };
}
