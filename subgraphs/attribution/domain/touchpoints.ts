import { createHash } from 'node:crypto';
import type { MarketingChannel, TouchpointDoc, TouchpointType } from '../model';

/** Clocks of ad platforms and store sensors drift: a touchpoint up to 5 minutes ahead is accepted. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;
export const DEFAULT_LOOKBACK_DAYS = 30;
export const MAX_LOOKBACK_DAYS = 365;

export interface TouchpointInput {
  customerId: string;
  campaignId?: string | null;
  type: TouchpointType;
  channel: MarketingChannel;
  /** ISO-8601; absent means now. */
  occurredAt?: string | null;
}

export type TouchpointCheck = { ok: true; touchpoint: TouchpointDoc } | { ok: false; message: string };

/**
 * The touchpoint an ingested event records, `_id` = its (already checked) event id: `occurredAt`
 * must parse as a time and not lie in the future (beyond the tolerance); it is stored as ISO-8601
 * UTC so equal events hash equally.
 */
export function buildTouchpoint(eventId: string, input: TouchpointInput, now: Date): TouchpointCheck {
  const occurred = input.occurredAt ? new Date(input.occurredAt) : now;
  if (Number.isNaN(occurred.getTime())) return { ok: false, message: 'occurredAt is not an ISO-8601 time' };
  if (occurred.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    return { ok: false, message: 'occurredAt is in the future' };
  }
  const fields = {
    customerId: input.customerId,
    campaignId: input.campaignId ?? null,
    type: input.type,
    channel: input.channel,
    occurredAt: occurred.toISOString(),
  };
  return { ok: true, touchpoint: { _id: eventId, ...fields, requestHash: touchpointHash(fields) } };
}

/** Fingerprint of a touchpoint's content, compared between events that share an id. */
export function touchpointHash(t: Omit<TouchpointDoc, '_id' | 'requestHash'>): string {
  return createHash('sha256')
    .update(JSON.stringify([t.customerId, t.campaignId, t.type, t.channel, t.occurredAt]))
    .digest('hex');
}

/** A replayed event is the same touchpoint only if its content is; otherwise it is a conflict. */
export function isSameTouchpoint(existing: TouchpointDoc, replay: TouchpointDoc): boolean {
  return existing.requestHash === replay.requestHash;
}

export type LookbackCheck = { ok: true; days: number } | { ok: false; message: string };

/** The attribution window in days: 30 when not given, 1..365 otherwise. */
export function checkLookback(days: number | null | undefined): LookbackCheck {
  const value = days ?? DEFAULT_LOOKBACK_DAYS;
  return Number.isInteger(value) && value >= 1 && value <= MAX_LOOKBACK_DAYS
    ? { ok: true, days: value }
    : { ok: false, message: `lookbackDays must be between 1 and ${MAX_LOOKBACK_DAYS}` };
}
