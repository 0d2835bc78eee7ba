import type { EventBus } from '../../platform/bus/port';
import { badInput, notFound } from '../../platform/errors';
import type { Filter } from '../../platform/store/port';
import { pageSize } from '../batching';
import type { Resolvers } from './__generated__/resolvers-types';
import { attribute } from './domain/models';
import { AttributionTopics, type TouchpointRecordedEvent } from './events';
import { touchpointHash } from './store';

const MAX_LOOKBACK_DAYS = 365;

function error(code: 'UNKNOWN_CAMPAIGN' | 'INVALID_TOUCHPOINT' | 'IDEMPOTENCY_CONFLICT', message: string) {
  return { __typename: 'AttributionError' as const, code, message };
}

export function createAttributionResolvers(bus: EventBus): Resolvers {
  return {
    Query: {
      campaign: async (_, { id }, ctx) =>
        (await ctx.loaders.campaignById.load(id)) ?? Promise.reject(notFound('Campaign', id)),
      campaigns: (_, { status }, ctx) => {
        const where: Filter = status ? { status } : {};
        return ctx.store.listCampaigns(where);
      },
    },
    Mutation: {
      recordTouchpoint: async (_, { input }, ctx) => {
        const eventId = input.eventId.trim();
        if (!eventId || eventId.length > 200) return error('INVALID_TOUCHPOINT', 'eventId must be 1..200 characters');
        const occurred = input.occurredAt ? new Date(input.occurredAt) : ctx.now();
        if (Number.isNaN(occurred.getTime())) return error('INVALID_TOUCHPOINT', 'occurredAt is not an ISO-8601 time');
        if (occurred.getTime() > ctx.now().getTime() + 5 * 60_000) {
          return error('INVALID_TOUCHPOINT', 'occurredAt is in the future');
        }
        if (input.campaignId && !(await ctx.loaders.campaignById.load(input.campaignId))) {
          return error('UNKNOWN_CAMPAIGN', `campaign ${input.campaignId} not found`);
        }
        const fields = {
          customerId: input.customerId,
          campaignId: input.campaignId ?? null,
          type: input.type,
          channel: input.channel,
          occurredAt: occurred.toISOString(),
        };
        const outcome = await ctx.store.recordTouchpoint({
          _id: eventId,
          ...fields,
          requestHash: touchpointHash(fields),
        });
        if (!outcome.ok)
          return error('IDEMPOTENCY_CONFLICT', `event ${eventId} was already recorded with other content`);
        if (outcome.recorded) {
          await bus.publish<TouchpointRecordedEvent>(AttributionTopics.touchpointRecorded, {
            touchpointId: eventId,
            ...fields,
          });
        }
        return { __typename: 'Touchpoint' as const, ...outcome.touchpoint };
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
      attribution: async (order, { model, lookbackDays }, ctx) => {
        const days = lookbackDays ?? 30;
        if (days < 1 || days > MAX_LOOKBACK_DAYS) {
          throw badInput(`lookbackDays must be between 1 and ${MAX_LOOKBACK_DAYS}`, 'lookbackDays');
        }
        const conversion = await ctx.loaders.conversionByOrderId.load(order.id);
        if (!conversion) return null;
        const touchpoints = conversion.customerId
          ? await ctx.loaders.touchpointsByCustomerId.load(conversion.customerId)
          : [];
        const byId = new Map(touchpoints.map((t) => [t._id, t]));
        const credits = attribute(
          model ?? 'LAST_TOUCH',
          { revenue: conversion.revenue.amount, occurredAt: conversion.occurredAt },
          touchpoints.map((t) => ({ id: t._id, occurredAt: t.occurredAt })),
          days,
        );
        return {
          model: model ?? 'LAST_TOUCH',
          lookbackDays: days,
          conversion,
          credits: credits.map((c) => ({
            touchpoint: byId.get(c.touchpointId)!,
            weight: c.weight,
            revenue: c.revenue,
            currencyCode: conversion.revenue.currencyCode,
          })),
        };
      },
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
