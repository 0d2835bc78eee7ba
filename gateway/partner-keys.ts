import { GraphQLError } from 'graphql';
import { refuseCredentials } from '../platform/auth/headers';
import type { Principal } from '../platform/auth/principal';
import { ErrorCode } from '../platform/errors';
import type { Logger } from '../platform/logger';
import type { ThrottleSettings } from '../platform/limits/throttle';
import { parsePartnerKey, PARTNER_KEY_PREFIX, type IdentityApi } from '../subgraphs/registry';

/** What a partner key establishes for one request: who, what it may select, what it may spend. */
export interface KeyCredential {
  principal: Principal;
  /** The field contract: `Type.field` and `Type.*` coordinates. */
  contract: ReadonlySet<string>;
  budget: ThrottleSettings;
}

export type PartnerKeyAuthenticator = (raw: string) => Promise<KeyCredential>;

/** Whether a bearer credential is a partner key (rather than a JWT). */
export const isPartnerKey = (credential: string): boolean => credential.startsWith(PARTNER_KEY_PREFIX);

/**
 * Authenticates a presented partner key through identity's service interface on every request:
 * nothing is cached, so a revocation or rotation holds from the next request on, in every gateway
 * instance. A malformed, unknown, wrong-secret or revoked key is the same 401 (which one is logged,
 * never the secret); identity being unreachable is a 503, not a refusal.
 */
export function partnerKeyAuthenticator(
  identity: Pick<IdentityApi, 'authenticatePartnerKey'>,
  logger: Logger,
): PartnerKeyAuthenticator {
  return async (raw) => {
    const parsed = parsePartnerKey(raw);
    let credential = null;
    if (parsed) {
      try {
        credential = await identity.authenticatePartnerKey(parsed);
      } catch (err) {
        logger.error({ err, keyId: parsed.keyId }, 'partner key could not be checked');
        throw new GraphQLError('partner keys cannot be checked right now; retry later', {
          extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, http: { status: 503 } },
        });
      }
    }
    if (!credential) {
      logger.info({ keyId: parsed?.keyId ?? null, malformed: !parsed }, 'partner key refused');
      throw refuseCredentials('invalid API key');
    }
    return {
      principal: {
        kind: 'partner',
        partnerId: credential.partnerId,
        scopes: [...credential.scopes],
        keyId: credential.keyId,
        channels: [...credential.channels],
      },
      contract: new Set(credential.fields),
      budget: { ...credential.rateBudget },
    };
  };
}
