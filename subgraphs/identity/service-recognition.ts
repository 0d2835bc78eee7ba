import { describePrincipal, type Principal } from '../../platform/auth/principal';
import { requireKey } from '../../platform/validation';
import { identifierKey, normalizeIdentifier } from './domain/identifiers';
import { signRecognitionToken, verifyRecognitionToken } from './domain/recognition-token';
import { IdentityTopics, type ShopperRecognisedEvent } from './events';
import type { CustomerDoc } from './model';
import type { IdentityStore } from './store';

export type RecognitionMethod = ShopperRecognisedEvent['via'];

/** Why a shopper was not recognised (or a token not issued); each changes nothing. */
export type RecognitionFailure = {
  ok: false;
  code: 'INVALID_TOKEN' | 'EXPIRED_TOKEN' | 'ALREADY_USED' | 'UNKNOWN_CUSTOMER' | 'INVALID_REQUEST';
  message: string;
};

export type IssueTokenOutcome = { ok: true; token: string; expiresAt: string } | RecognitionFailure;
/** `replay`: the same caller repeated a redemption under the same idempotency key (nothing new happened). */
export type RecognitionOutcome =
  { ok: true; customer: CustomerDoc; via: RecognitionMethod; replay: boolean } | RecognitionFailure;

/** The service interface's answer (api.ts): the customer's id instead of the profile. */
export type RecognizeShopperResult =
  | { ok: true; customerId: string; via: RecognitionMethod }
  | { ok: false; code: RecognitionFailure['code']; message: string };

export const recognizeShopperResult = (o: RecognitionOutcome): RecognizeShopperResult =>
  o.ok ? { ok: true, customerId: o.customer._id, via: o.via } : { ok: false, code: o.code, message: o.message };

/** Exactly one of `token` and `loyaltyCard`. */
export interface RecognizeInput {
  token?: string | null;
  loyaltyCard?: string | null;
  /** 1..200 characters: the same caller repeating a redemption under it gets the same answer. */
  idempotencyKey?: string | null;
}

export interface RecognitionSettings {
  /** The HS256 key tokens are signed and checked with (domain/recognition-token.ts). */
  key: Uint8Array;
  ttlSeconds: number;
}

/** Redemption entries outlive their token by this much: identity instances' clocks may differ a little. */
const PURGE_MARGIN_MS = 5 * 60_000;
const PURGE_BATCH = 500;

const fail = (code: RecognitionFailure['code'], message: string): RecognitionFailure => ({ ok: false, code, message });

/** The store location a caller recognises shoppers at: staff's and devices' own; none for internal callers. */
const locationOf = (p: Principal) => (p.kind === 'associate' || p.kind === 'device' ? p.locationId : null);

/**
 * In-store recognition: a signed-in shopper gets a short-lived token for the app to show as a QR
 * code; store staff, kiosks and POS (and internal callers) redeem it once, or present a loyalty
 * card instead. Every recognition publishes `identity.shopper.recognised`.
 */
export function createRecognitionService(
  store: IdentityStore,
  emit: <T>(topic: string, payload: T) => Promise<void>,
  now: () => Date,
  settings: RecognitionSettings,
) {
  async function byToken(raw: string, by: string, idempotencyKey: string | null): Promise<RecognitionOutcome> {
    const at = now();
    const verified = await verifyRecognitionToken(settings.key, raw, at);
    if (!verified.ok) return verified;
    // Checked before the token is used up: a token naming no profile stays refused the same way.
    const customer = await store.customerById(verified.customerId);
    if (!customer) return fail('UNKNOWN_CUSTOMER', 'the token names no known customer');
    const claim = await store.redeemToken({
      _id: verified.jti,
      customerId: customer._id,
      redeemedAt: at.toISOString(),
      expiresAt: verified.expiresAt,
      by,
      idempotencyKey,
    });
    if (claim.ok) return { ok: true, customer, via: 'QR_TOKEN', replay: false };
    const replay =
      idempotencyKey !== null && claim.earlier?.by === by && claim.earlier.idempotencyKey === idempotencyKey;
    return replay
      ? { ok: true, customer, via: 'QR_TOKEN', replay }
      : fail('ALREADY_USED', 'the token was already used');
  }

  async function byLoyaltyCard(raw: string): Promise<RecognitionOutcome> {
    const card = normalizeIdentifier('LOYALTY_CARD', raw);
    if (!card.ok) return fail('INVALID_REQUEST', `loyaltyCard ${card.reason}`);
    const [identifier] = await store.identifiersByKeys([identifierKey('LOYALTY_CARD', card.value)]);
    const customer = identifier ? await store.customerById(identifier.customerId) : null;
    if (!customer) return fail('UNKNOWN_CUSTOMER', 'no customer holds this loyalty card');
    return { ok: true, customer, via: 'LOYALTY_CARD', replay: false };
  }

  return {
    /** A token for the signed-in customer `customerId` to show in store. */
    async issueRecognitionToken(customerId: string): Promise<IssueTokenOutcome> {
      const customer = await store.customerById(customerId);
      if (!customer) return fail('UNKNOWN_CUSTOMER', `customer ${customerId} has no profile`);
      const { token, expiresAt } = await signRecognitionToken(settings.key, customer._id, settings.ttlSeconds, now());
      return { ok: true, token, expiresAt };
    },

    /**
     * Recognises a shopper for `caller` from a token (redeemed: single use) or a loyalty card.
     * BAD_USER_INPUT only for a malformed idempotency key; everything else is a typed answer.
     */
    async recognizeShopper(input: RecognizeInput, caller: Principal): Promise<RecognitionOutcome> {
      const key = input.idempotencyKey == null ? null : requireKey(input.idempotencyKey, 'idempotencyKey');
      const { token, loyaltyCard } = input;
      if ((token == null) === (loyaltyCard == null)) {
        return fail('INVALID_REQUEST', 'give exactly one of token and loyaltyCard');
      }
      const outcome =
        token != null ? await byToken(token, describePrincipal(caller), key) : await byLoyaltyCard(loyaltyCard!);
      if (outcome.ok && !outcome.replay) {
        await emit<ShopperRecognisedEvent>(IdentityTopics.shopperRecognised, {
          customerId: outcome.customer._id,
          via: outcome.via,
          locationId: locationOf(caller),
        });
      }
      return outcome;
    },

    /** Forgets redemptions of tokens long expired (a batch per call); how many. */
    purgeRedeemedTokens: () =>
      store.purgeRedeemedTokens(new Date(now().getTime() - PURGE_MARGIN_MS).toISOString(), PURGE_BATCH),
  };
}
