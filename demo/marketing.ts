import type { SalesChannel } from '../platform/shared/commerce';
import type {
  CampaignStatus,
  MarketingChannel,
  ScenarioCampaign,
  ScenarioConversion,
  ScenarioOrder,
  ScenarioTouchpoint,
  TouchpointType,
} from './scenario';
import type { Random } from './random';
import { CURRENCY, DAY_MS, DEMO_NOW, iso, pad } from './constants';

/** Campaigns, the touchpoints customers had in the 30 days before buying, and conversions. */

const MINUTE_MS = 60_000;
export const TOUCHPOINT_WINDOW_MS = 30 * DAY_MS;

interface CampaignDef {
  name: string;
  channel: MarketingChannel;
  /** Days relative to the reference clock. */
  start: number;
  end: number;
  paused?: boolean;
  budgetEur: readonly [number, number];
}

// prettier-ignore
const CAMPAIGNS: readonly CampaignDef[] = [
  { name: 'Brand Search — Always On', channel: 'SEARCH', start: -400, end: 365, budgetEur: [40_000, 60_000] },
  { name: 'Generic Search — Outdoor & Camping', channel: 'SEARCH', start: -240, end: 120, budgetEur: [15_000, 25_000] },
  { name: 'Shopping Ads — Home & Kitchen', channel: 'SEARCH', start: -200, end: -20, budgetEur: [10_000, 18_000] },
  { name: 'Instagram — Autumn Collection', channel: 'SOCIAL', start: -75, end: 30, budgetEur: [12_000, 20_000] },
  { name: 'TikTok — Sneaker Drop', channel: 'SOCIAL', start: -120, end: -40, budgetEur: [6_000, 10_000] },
  { name: 'Meta — Soldes d’été 2026', channel: 'SOCIAL', start: -200, end: -100, budgetEur: [15_000, 22_000] },
  { name: 'Newsletter — The Weekly Edit', channel: 'EMAIL', start: -400, end: 365, budgetEur: [3_000, 5_000] },
  { name: 'Loyalty — Gold Member Preview', channel: 'EMAIL', start: -60, end: 10, budgetEur: [1_500, 3_000] },
  { name: 'Abandoned Basket Flow', channel: 'EMAIL', start: -365, end: 365, budgetEur: [1_000, 2_000] },
  { name: 'Programmatic Display — Maison', channel: 'DISPLAY', start: -150, end: 15, budgetEur: [10_000, 16_000] },
  { name: 'Retargeting — Viewed Products', channel: 'DISPLAY', start: -300, end: 200, paused: true, budgetEur: [8_000, 14_000] },
  { name: 'Black Friday 2026', channel: 'DISPLAY', start: 20, end: 31, budgetEur: [25_000, 35_000] },
  { name: 'Affiliate — Cashback Partners', channel: 'AFFILIATE', start: -365, end: 180, budgetEur: [8_000, 12_000] },
  { name: 'Affiliate — Lifestyle Bloggers', channel: 'AFFILIATE', start: -90, end: 60, budgetEur: [4_000, 7_000] },
  { name: 'SMS — Flash Sale Weekend', channel: 'SMS', start: -45, end: -30, budgetEur: [1_000, 2_500] },
  { name: 'SMS — Click & Collect Reminders', channel: 'SMS', start: -300, end: 300, budgetEur: [800, 1_500] },
  { name: 'In-Store — Rentrée Window Event', channel: 'IN_STORE', start: -70, end: -40, budgetEur: [5_000, 9_000] },
  { name: 'In-Store — Loyalty Double Points', channel: 'IN_STORE', start: -200, end: 60, budgetEur: [6_000, 10_000] },
];

const CHANNEL_MIX: Record<SalesChannel, readonly (readonly [MarketingChannel, number])[]> = {
  WEB: [
    ['SEARCH', 30],
    ['EMAIL', 22],
    ['DISPLAY', 15],
    ['AFFILIATE', 12],
    ['SOCIAL', 15],
    ['SMS', 6],
  ],
  APP: [
    ['SOCIAL', 30],
    ['EMAIL', 30],
    ['SMS', 15],
    ['SEARCH', 15],
    ['DISPLAY', 10],
  ],
  KIOSK: [
    ['IN_STORE', 50],
    ['EMAIL', 25],
    ['SEARCH', 15],
    ['SMS', 10],
  ],
  POS: [
    ['IN_STORE', 55],
    ['EMAIL', 20],
    ['SMS', 12],
    ['SOCIAL', 8],
    ['SEARCH', 5],
  ],
  MARKETPLACE: [
    ['DISPLAY', 40],
    ['SEARCH', 35],
    ['AFFILIATE', 25],
  ],
  SOCIAL: [
    ['SOCIAL', 70],
    ['DISPLAY', 15],
    ['EMAIL', 15],
  ],
  B2B: [
    ['EMAIL', 70],
    ['SEARCH', 30],
  ],
};

const TYPES_BY_CHANNEL: Record<MarketingChannel, readonly (readonly [TouchpointType, number])[]> = {
  SEARCH: [
    ['CLICK', 7],
    ['IMPRESSION', 3],
  ],
  SOCIAL: [
    ['IMPRESSION', 6],
    ['CLICK', 3],
    ['APP_OPEN', 1],
  ],
  EMAIL: [
    ['EMAIL_OPEN', 6],
    ['EMAIL_CLICK', 4],
  ],
  DISPLAY: [
    ['IMPRESSION', 8],
    ['CLICK', 2],
  ],
  AFFILIATE: [['CLICK', 1]],
  SMS: [
    ['CLICK', 6],
    ['APP_OPEN', 4],
  ],
  IN_STORE: [['STORE_VISIT', 1]],
};

export function generateCampaigns(rng: Random): ScenarioCampaign[] {
  return CAMPAIGNS.map((def, i): ScenarioCampaign => {
    const startsAt = DEMO_NOW + def.start * DAY_MS;
    const endsAt = DEMO_NOW + def.end * DAY_MS;
    const status: CampaignStatus =
      endsAt <= DEMO_NOW ? 'ENDED' : startsAt > DEMO_NOW ? 'SCHEDULED' : def.paused ? 'PAUSED' : 'ACTIVE';
    return {
      id: `cmp_${pad(i + 1, 3)}`,
      name: def.name,
      channel: def.channel,
      status,
      startsAt: iso(startsAt),
      endsAt: iso(endsAt),
      budget: { amount: rng.int(def.budgetEur[0] / 100, def.budgetEur[1] / 100) * 10_000, currencyCode: CURRENCY },
      createdAt: iso(startsAt - rng.int(7, 30) * DAY_MS),
    };
  });
}

export interface MarketingData {
  touchpoints: ScenarioTouchpoint[];
  conversions: ScenarioConversion[];
}

export function generateMarketing(
  rng: Random,
  campaigns: readonly ScenarioCampaign[],
  orders: readonly ScenarioOrder[],
): MarketingData {
  const windows = campaigns.map((c) => ({ c, start: Date.parse(c.startsAt), end: Date.parse(c.endsAt) }));
  const raw: { at: number; doc: Omit<ScenarioTouchpoint, 'id' | 'occurredAt'> }[] = [];
  for (const order of orders) {
    if (order.customerId === null) continue;
    const placedAt = Date.parse(order.placedAt);
    const count = rng.weighted([
      [0, 5],
      [2, 15],
      [4, 25],
      [6, 25],
      [9, 20],
      [14, 10],
    ] as const);
    for (let i = 0; i < count; i += 1) {
      const channel = rng.weighted(CHANNEL_MIX[order.channel]);
      // Skewed towards the days just before the purchase; strictly before it, within 30 days.
      const offset = 1 + Math.floor(Math.pow(rng.next(), 2) * (TOUCHPOINT_WINDOW_MS / MINUTE_MS - 1));
      const occurredAt = placedAt - offset * MINUTE_MS;
      const running = windows.filter((w) => w.c.channel === channel && w.start <= occurredAt && occurredAt <= w.end);
      const campaignId = running.length > 0 && rng.chance(0.9) ? rng.pick(running).c.id : null;
      raw.push({
        at: occurredAt,
        doc: {
          customerId: order.customerId,
          campaignId,
          type: rng.weighted(TYPES_BY_CHANNEL[channel]),
          channel,
        },
      });
    }
  }
  raw.sort((a, b) => a.at - b.at);
  const touchpoints = raw.map(({ at, doc }, i): ScenarioTouchpoint => ({
    id: `tp_${pad(i + 1, 6)}`,
    customerId: doc.customerId,
    campaignId: doc.campaignId,
    type: doc.type,
    channel: doc.channel,
    occurredAt: iso(at),
  }));

  const conversions = orders
    .filter((o) => o.status !== 'CANCELLED' && o.customerId !== null)
    .map((o): ScenarioConversion => ({
      orderId: o.id,
      customerId: o.customerId,
      channel: o.channel,
      revenue: { amount: o.total, currencyCode: o.currencyCode },
      occurredAt: o.placedAt,
    }));
  return { touchpoints, conversions };
}
