import { randomUUID } from 'node:crypto';
import { declareServiceInterface } from '../../platform/service-interface';
import type { PartnerCredential } from './service-partner-keys';
import type { RecognizeInput, RecognizeShopperResult } from './service-recognition';

/**
 * Identity's service interface: what others may ask of it. The gateway authenticates partner keys
 * through it (in-process when embedded, over HTTP as `service:gateway` when distributed); the
 * presented secret never leaves the gateway, only its hash does. Orders recognises a shopper in
 * store through it.
 */
export interface IdentityApi {
  /** What the key grants now, or null for an unknown, revoked or wrong-secret key. */
  authenticatePartnerKey(input: { keyId: string; secretHash: string }): Promise<PartnerCredential | null>;
  /**
   * The shopper behind exactly one of `token` (the app's QR token: redeemed, so a token recognises
   * once) or `loyaltyCard` (normalised like `customerByIdentifier`), or why not. Publishes
   * `identity.shopper.recognised`. A malformed `idempotencyKey` is BAD_USER_INPUT; everything else
   * is an answer.
   */
  recognizeShopper(input: RecognizeInput): Promise<RecognizeShopperResult>;
}

export type { PartnerCredential, RecognizeInput as RecognizeShopperRequest, RecognizeShopperResult };

/** The key's id and its secret's hash, or null when `raw` is not shaped like a partner key. */
export { parseKey as parsePartnerKey, KEY_PREFIX as PARTNER_KEY_PREFIX } from './domain/partner-keys';

/**
 * One idempotency key per call of the HTTP binding: the caller's, or one made up for the call. The
 * binding asks for it on every attempt, so a made-up key is kept with the call's input object and a
 * retry after a lost answer replays the redemption instead of finding the token used.
 */
const callKeys = new WeakMap<object, string>();
function recognitionKeyOf(input: RecognizeInput): string {
  if (input.idempotencyKey != null) return input.idempotencyKey;
  let key = callKeys.get(input);
  if (!key) callKeys.set(input, (key = `recognize-${randomUUID()}`));
  return key;
}

interface RecognitionAnswer {
  __typename: 'RecognizedShopper' | 'RecognitionError';
  customer?: { id: string };
  via?: 'QR_TOKEN' | 'LOYALTY_CARD';
  code?: Extract<RecognizeShopperResult, { ok: false }>['code'];
  message?: string;
}

export const IDENTITY_API = declareServiceInterface<IdentityApi>('identity', {
  authenticatePartnerKey: {
    document: `query PartnerCredential($keyId: ID!, $secretHash: String!) {
      partnerCredential(keyId: $keyId, secretHash: $secretHash) {
        partnerId keyId scopes channels fields rateBudget { maximumAvailable restoreRate }
      }
    }`,
    variables: (input) => ({ keyId: input.keyId, secretHash: input.secretHash }),
    result: (data) => (data.partnerCredential as PartnerCredential | null) ?? null,
  },
  recognizeShopper: {
    document: `mutation RecognizeShopper($input: RecognizeShopperInput!) {
      recognizeShopper(input: $input) {
        __typename
        ... on RecognizedShopper { via customer { id } }
        ... on RecognitionError { code message }
      }
    }`,
    variables: (input) => ({
      input: {
        token: input.token ?? null,
        loyaltyCard: input.loyaltyCard ?? null,
        idempotencyKey: recognitionKeyOf(input),
      },
    }),
    idempotencyKey: recognitionKeyOf,
    result: (data) => {
      const r = data.recognizeShopper as RecognitionAnswer;
      return r.__typename === 'RecognizedShopper'
        ? { ok: true, customerId: r.customer!.id, via: r.via! }
        : { ok: false, code: r.code!, message: r.message! };
    },
  },
});

/** Events identity publishes that others may react to. */
export { IdentityTopics, type PartnerKeyChangedEvent, type ShopperRecognisedEvent } from './events';
