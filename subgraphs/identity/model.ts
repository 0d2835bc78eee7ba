import type { SalesChannel } from '../../platform/shared/commerce';
import type { WebhookEventType } from './domain/webhooks';

export const IDENTIFIER_TYPES = [
  'EMAIL',
  'PHONE',
  'LOYALTY_CARD',
  'DEVICE_ID',
  'PAYMENT_TOKEN',
  'MARKETPLACE_ID',
  'EXTERNAL',
] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

export type LoyaltyTier = 'NONE' | 'SILVER' | 'GOLD' | 'PLATINUM';

export interface CustomerIdentifier {
  type: IdentifierType;
  /** Normalised (see domain/identifiers.ts): lower-case email, E.164 phone, trimmed others. */
  value: string;
  /** Channel where the identifier was first seen. */
  source: SalesChannel;
  addedAt: string;
}

/** Collection `customers`, `_id` like `cus_000001`. */
export interface CustomerDoc {
  _id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  loyaltyTier: LoyaltyTier;
  marketingOptIn: boolean;
  identifiers: CustomerIdentifier[];
  createdAt: string;
  updatedAt: string;
}

/**
 * Collection `identifiers`: one document per (type, value), `_id` = `${type}:${value}`.
 * The `_id` uniqueness is what makes "an identifier belongs to one profile" atomic on
 * both engines.
 */
export interface IdentifierDoc {
  _id: string;
  type: IdentifierType;
  value: string;
  customerId: string;
  addedAt: string;
}

/** Collection `partners`: organisations with API access (marketplace, 3PL, ad platform). */
export interface PartnerDoc {
  _id: string;
  name: string;
  type: 'MARKETPLACE' | 'THIRD_PARTY_LOGISTICS' | 'DROPSHIP_SUPPLIER' | 'AD_PLATFORM';
  scopes: string[];
  createdAt: string;
}

/** A partner key's share of the cost budget (the throttle's leaky bucket, docs/security.md). */
export interface RateBudget {
  maximumAvailable: number;
  restoreRate: number;
}

export type PartnerKeyStatus = 'ACTIVE' | 'REVOKED';

/**
 * Collection `partnerKeys`, `_id` like `pk_0123456789abcdef`: one API key of a partner. Only the
 * SHA-256 of its secret is kept (domain/partner-keys.ts); the secret itself is shown once.
 */
export interface PartnerKeyDoc {
  _id: string;
  partnerId: string;
  name: string;
  secretHash: string;
  /** The secret a rotation replaced, still accepted until `expiresAt` (the rotation's grace). */
  previous: { secretHash: string; expiresAt: string } | null;
  /** What the key grants: a subset of its partner's scopes. */
  scopes: string[];
  /** The sales channels whose orders the key reads. */
  channels: SalesChannel[];
  /** The field contract: `Type.field` or `Type.*` coordinates the key's operations may select. */
  fields: string[];
  rateBudget: RateBudget;
  status: PartnerKeyStatus;
  /** Bumped by every change: the compare-and-set that keeps two changes from overwriting each other. */
  revision: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  rotatedAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
}

/**
 * Collection `redeemedRecognitionTokens`, `_id` = the token's `jti`: a recognition token already
 * redeemed. Inserting it is the redemption (a second insert is a duplicate key), so a token is
 * redeemed once on every engine; `expiresAt` is the token's, after which the entry may be purged
 * (the token itself is refused as expired by then).
 */
export interface RedeemedTokenDoc {
  _id: string;
  customerId: string;
  redeemedAt: string;
  expiresAt: string;
  /** Who redeemed it (`describePrincipal`) and under which idempotency key: only they may replay it. */
  by: string;
  idempotencyKey: string | null;
}

/**
 * Collection `webhooks`, `_id` like `wh_0123456789abcdef`: where a partner key's events are sent.
 * `slot` (1..5) is unique per key, which is what holds the per-key limit under concurrent
 * registrations; `secret` is the signing secret sealed with identity's key (domain/webhooks.ts).
 */
export interface WebhookDoc {
  _id: string;
  keyId: string;
  partnerId: string;
  slot: number;
  url: string;
  events: WebhookEventType[];
  locationIds: string[];
  secret: string;
  createdAt: string;
  createdBy: string;
}

export type WebhookDeliveryStatus = 'PENDING' | 'DELIVERED' | 'DEAD';

/**
 * Collection `webhookDeliveries`, `_id` = `deliveryId(webhookId, eventId)`: one event for one
 * webhook. Its id is what makes an event delivered twice on the bus one delivery. `body` is the
 * exact JSON sent (and signed) on every attempt.
 */
export interface WebhookDeliveryDoc {
  _id: string;
  webhookId: string;
  keyId: string;
  partnerId: string;
  eventId: string;
  type: string;
  body: string;
  status: WebhookDeliveryStatus;
  /** Attempts made so far (a replay starts again from 0). */
  attempts: number;
  /** When it is due (PENDING); while an attempt is in flight, when that attempt's claim lapses. */
  nextAttemptAt: string;
  lastAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  deliveredAt: string | null;
}
