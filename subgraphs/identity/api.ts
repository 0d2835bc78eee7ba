import { declareServiceInterface } from '../../platform/service-interface';
import type { PartnerCredential } from './service-partner-keys';

/**
 * Identity's service interface: what others may ask of it. The gateway authenticates partner keys
 * through it (in-process when embedded, over HTTP as `service:gateway` when distributed); the
 * presented secret never leaves the gateway, only its hash does.
 */
export interface IdentityApi {
  /** What the key grants now, or null for an unknown, revoked or wrong-secret key. */
  authenticatePartnerKey(input: { keyId: string; secretHash: string }): Promise<PartnerCredential | null>;
}

export type { PartnerCredential };

/** The key's id and its secret's hash, or null when `raw` is not shaped like a partner key. */
export { parseKey as parsePartnerKey, KEY_PREFIX as PARTNER_KEY_PREFIX } from './domain/partner-keys';

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
});

/** Events identity publishes that others may react to. */
export { IdentityTopics, type PartnerKeyChangedEvent } from './events';
