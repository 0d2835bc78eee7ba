import type { DemoScenario } from '../../demo/scenario';
import type { DemoSeeding } from '../types';
import type { CampaignDoc, ConversionDoc, TouchpointDoc } from './model';
import { COLLECTIONS } from './store';

/**
 * Seeded touchpoints carry this request fingerprint: they were not recorded from a request, so a
 * replayed `recordTouchpoint` with a seeded id is a conflict, never a silent match.
 */
export const DEMO_REQUEST_HASH = 'demo';

/** The attribution subgraph's documents for the demo scenario: campaigns, touchpoints, conversions (keyed by order). */
export function attributionDemo(scenario: DemoScenario) {
  const campaigns = scenario.campaigns.map((c): CampaignDoc => ({
    _id: c.id,
    name: c.name,
    channel: c.channel,
    status: c.status,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    budget: { amount: c.budget.amount, currencyCode: c.budget.currencyCode },
    createdAt: c.createdAt,
  }));
  const touchpoints = scenario.touchpoints.map((t): TouchpointDoc => ({
    _id: t.id,
    customerId: t.customerId,
    campaignId: t.campaignId,
    type: t.type,
    channel: t.channel,
    occurredAt: t.occurredAt,
    requestHash: DEMO_REQUEST_HASH,
  }));
  const conversions = scenario.conversions.map((c): ConversionDoc => ({
    _id: c.orderId,
    customerId: c.customerId,
    channel: c.channel,
    revenue: { amount: c.revenue.amount, currencyCode: c.revenue.currencyCode },
    occurredAt: c.occurredAt,
  }));
  return {
    [COLLECTIONS.campaigns]: campaigns,
    [COLLECTIONS.touchpoints]: touchpoints,
    [COLLECTIONS.conversions]: conversions,
  };
}

/** The attribution subgraph's part in seeding: its collections and its demo documents. */
export const attributionSeeding: DemoSeeding = { collections: Object.values(COLLECTIONS), demo: attributionDemo };
