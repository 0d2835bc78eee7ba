import type { Money, SalesChannel } from '../../platform/shared/commerce';

export const MARKETING_CHANNELS = ['SEARCH', 'SOCIAL', 'EMAIL', 'DISPLAY', 'AFFILIATE', 'SMS', 'IN_STORE'] as const;
export type MarketingChannel = (typeof MARKETING_CHANNELS)[number];

export const TOUCHPOINT_TYPES = [
  'IMPRESSION',
  'CLICK',
  'EMAIL_OPEN',
  'EMAIL_CLICK',
  'STORE_VISIT',
  'APP_OPEN',
] as const;
export type TouchpointType = (typeof TOUCHPOINT_TYPES)[number];

export type CampaignStatus = 'SCHEDULED' | 'ACTIVE' | 'PAUSED' | 'ENDED';

/** Collection `campaigns`, `_id` like `cmp_001`. */
export interface CampaignDoc {
  _id: string;
  name: string;
  channel: MarketingChannel;
  status: CampaignStatus;
  startsAt: string;
  endsAt: string;
  budget: Money;
  createdAt: string;
}

/** Collection `touchpoints`, `_id` = the source event id (idempotent ingestion). */
export interface TouchpointDoc {
  _id: string;
  customerId: string;
  campaignId: string | null;
  type: TouchpointType;
  channel: MarketingChannel;
  occurredAt: string;
  requestHash: string;
}

/** Collection `conversions`, `_id` = the order id: a sale from any channel, POS included. */
export interface ConversionDoc {
  _id: string;
  customerId: string | null;
  channel: SalesChannel;
  revenue: Money;
  occurredAt: string;
}
