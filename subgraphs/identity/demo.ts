import type { DemoScenario } from '../../demo/scenario';
import type { DemoSeeding } from '../types';
import { identifierKey } from './domain/identifiers';
import { formatKey, hashSecret } from './domain/partner-keys';
import type { CustomerDoc, IdentifierDoc, PartnerDoc, PartnerKeyDoc } from './model';
import { COLLECTIONS } from './store';

/**
 * The demo's partner keys (demo data only: their secrets are published here and in docs/api.md).
 * The marketplace key reads its marketplace orders and manages its webhooks; the ad platform's records touchpoints.
 */
export const DEMO_PARTNER_KEYS = [
  {
    id: 'pk_demomarketplace1',
    partnerId: 'partner_marketplace_01',
    name: 'demo marketplace key',
    secret: 'DemoMarketplaceKeyForTheEmbeddedGatewayOnly',
    scopes: ['orders:read'],
    channels: ['MARKETPLACE' as const],
    fields: [
      'Query.order',
      'Query.orderByNumber',
      'Order.*',
      'OrderLine.*',
      'Money.*',
      'OrderNote.*',
      // Its own webhooks (docs/api.md "Partner webhooks").
      'Query.webhooks',
      'Mutation.registerWebhook',
      'Mutation.deleteWebhook',
      'Mutation.pingWebhook',
      'Webhook.*',
      'RegisteredWebhook.*',
      'WebhookDelivery.*',
      'WebhookError.*',
    ],
  },
  {
    id: 'pk_demoadsplatform1',
    partnerId: 'partner_ads_01',
    name: 'demo ad platform key',
    secret: 'DemoAdPlatformKeyForTheEmbeddedGatewayOnly1',
    scopes: ['touchpoints:write'],
    channels: ['SOCIAL' as const],
    fields: ['Mutation.recordTouchpoint', 'Touchpoint.id', 'Touchpoint.occurredAt', 'AttributionError.*'],
  },
].map((k) => ({ ...k, key: formatKey(k.id, k.secret) }));

/**
 * The identity subgraph's documents for the demo scenario: the profiles, the identifier index
 * (keyed by this subgraph's own `identifierKey`, so the seeded index is the one registration
 * checks), the partners and their demo keys.
 */
export function identityDemo(scenario: DemoScenario) {
  const customers = scenario.customers.map((c): CustomerDoc => ({
    _id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phone: c.phone,
    loyaltyTier: c.loyaltyTier,
    marketingOptIn: c.marketingOptIn,
    identifiers: c.identifiers.map((x) => ({ type: x.type, value: x.value, source: x.source, addedAt: x.addedAt })),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  }));
  const identifiers = scenario.customers.flatMap((c) =>
    c.identifiers.map((x): IdentifierDoc => ({
      _id: identifierKey(x.type, x.value),
      type: x.type,
      value: x.value,
      customerId: c.id,
      addedAt: x.addedAt,
    })),
  );
  const partners = scenario.partners.map((p): PartnerDoc => ({
    _id: p.id,
    name: p.name,
    type: p.type,
    scopes: [...p.scopes],
    createdAt: p.createdAt,
  }));
  const partnerKeys = DEMO_PARTNER_KEYS.filter((k) => partners.some((p) => p._id === k.partnerId)).map(
    (k): PartnerKeyDoc => {
      const createdAt = partners.find((p) => p._id === k.partnerId)!.createdAt;
      return {
        _id: k.id,
        partnerId: k.partnerId,
        name: k.name,
        secretHash: hashSecret(k.secret),
        previous: null,
        scopes: [...k.scopes],
        channels: [...k.channels],
        fields: [...k.fields],
        rateBudget: { maximumAvailable: 20_000, restoreRate: 1_000 },
        status: 'ACTIVE',
        revision: 1,
        createdAt,
        createdBy: 'demo',
        updatedAt: createdAt,
        rotatedAt: null,
        revokedAt: null,
        revokedBy: null,
      };
    },
  );
  return {
    [COLLECTIONS.customers]: customers,
    [COLLECTIONS.identifiers]: identifiers,
    [COLLECTIONS.partners]: partners,
    [COLLECTIONS.partnerKeys]: partnerKeys,
    // No token of the demo has been redeemed.
    [COLLECTIONS.redeemedTokens]: [],
    // Webhooks are registered by partners and operators; the demo has none.
    [COLLECTIONS.webhooks]: [],
    [COLLECTIONS.webhookDeliveries]: [],
  };
}

/** The identity subgraph's part in seeding: its collections and its demo documents. */
export const identitySeeding: DemoSeeding = { collections: Object.values(COLLECTIONS), demo: identityDemo };
