import type { EventBus } from '../../platform/bus/port';
import { badInput } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import { requireKey } from '../../platform/validation';
import { attribute, type AttributionModel } from './domain/models';
import { buildTouchpoint, checkLookback, isSameTouchpoint, type TouchpointInput } from './domain/touchpoints';
import { AttributionTopics, type TouchpointRecordedEvent } from './events';
import type { AttributionLoaders } from './loaders';
import type { OrderAttributionResult } from './mappers';
import type { CampaignStatus, TouchpointDoc } from './model';
import type { AttributionStore } from './store';

/** Expected failures of attribution's use cases; each changes nothing. */
export interface AttributionFailure {
  ok: false;
  code: 'UNKNOWN_CAMPAIGN' | 'INVALID_TOUCHPOINT' | 'IDEMPOTENCY_CONFLICT';
  message: string;
}

/** `recorded` is false for a replay of the same event with the same content. */
export type RecordOutcome = { ok: true; touchpoint: TouchpointDoc; recorded: boolean } | AttributionFailure;

/** The per-request reads an attribution needs (the request's loaders, so a page of orders is one batch). */
export type AttributionReads = Pick<AttributionLoaders, 'conversionByOrderId' | 'touchpointsByCustomerId'>;

/**
 * Attribution's use cases: validate through domain/, write through the store, publish the event.
 * The only place attribution publishes.
 */
export function createAttributionService(store: AttributionStore, bus: EventBus, now: () => Date, logger: Logger) {
  async function emit<T>(topic: string, payload: T): Promise<void> {
    await bus.publish<T>(topic, payload);
    logger.debug({ topic }, 'attribution event published');
  }
  const fail = (code: AttributionFailure['code'], message: string): AttributionFailure => ({
    ok: false,
    code,
    message,
  });

  return {
    listCampaigns: (status?: CampaignStatus | null) => store.listCampaigns(status ? { status } : {}),

    /**
     * Records a touchpoint once per event id. A blank or over-long eventId is a client bug
     * (BAD_USER_INPUT, thrown); a bad time, an unknown campaign or a different replay are typed failures.
     */
    async recordTouchpoint(input: TouchpointInput & { eventId: string }): Promise<RecordOutcome> {
      const eventId = requireKey(input.eventId, 'eventId');
      const check = buildTouchpoint(eventId, input, now());
      if (!check.ok) return fail('INVALID_TOUCHPOINT', check.message);
      const touchpoint = check.touchpoint;
      if (touchpoint.campaignId && !(await store.campaignById(touchpoint.campaignId))) {
        return fail('UNKNOWN_CAMPAIGN', `campaign ${touchpoint.campaignId} not found`);
      }
      const outcome = await store.insertTouchpoint(touchpoint);
      if (!outcome.inserted) {
        if (!outcome.existing || !isSameTouchpoint(outcome.existing, touchpoint)) {
          return fail('IDEMPOTENCY_CONFLICT', `event ${eventId} was already recorded with other content`);
        }
        return { ok: true, touchpoint: outcome.existing, recorded: false };
      }
      const { _id, requestHash: _hash, ...fields } = touchpoint;
      await emit<TouchpointRecordedEvent>(AttributionTopics.touchpointRecorded, { touchpointId: _id, ...fields });
      return { ok: true, touchpoint, recorded: true };
    },

    /**
     * How an order's revenue is credited to the customer's touchpoints before it; null for an order
     * without a recorded conversion. A lookback outside 1..365 days is BAD_USER_INPUT.
     */
    async attribution(
      orderId: string,
      options: { model?: AttributionModel | null; lookbackDays?: number | null },
      reads: AttributionReads,
    ): Promise<OrderAttributionResult | null> {
      const lookback = checkLookback(options.lookbackDays);
      if (!lookback.ok) throw badInput(lookback.message, 'lookbackDays');
      const model = options.model ?? 'LAST_TOUCH';
      const conversion = await reads.conversionByOrderId.load(orderId);
      if (!conversion) return null;
      const touchpoints = conversion.customerId ? await reads.touchpointsByCustomerId.load(conversion.customerId) : [];
      const byId = new Map(touchpoints.map((t) => [t._id, t]));
      const credits = attribute(
        model,
        { revenue: conversion.revenue.amount, occurredAt: conversion.occurredAt },
        touchpoints.map((t) => ({ id: t._id, occurredAt: t.occurredAt })),
        lookback.days,
      );
      return {
        model,
        lookbackDays: lookback.days,
        conversion,
        credits: credits.map((c) => ({
          touchpoint: byId.get(c.touchpointId)!,
          weight: c.weight,
          revenue: c.revenue,
          currencyCode: conversion.revenue.currencyCode,
        })),
      };
    },
  };
}

export type AttributionService = ReturnType<typeof createAttributionService>;
