import { randomBytes } from 'node:crypto';
import type { Logger } from '../../platform/logger';
import { DuplicateKeyError } from '../../platform/store/port';
import type { SalesChannel } from '../../platform/shared/commerce';
import { checkGrace, checkSettings, formatKey, hashSecret, opens, PARTNER_KEY_LIMITS } from './domain/partner-keys';
import { IdentityTopics, type PartnerKeyChangedEvent } from './events';
import type { PartnerKeyDoc, RateBudget } from './model';
import type { IdentityStore } from './store';

/** Expected failures of the partner-key use cases; each changes nothing. */
export type PartnerKeyFailure = {
  ok: false;
  code:
    | 'PARTNER_NOT_FOUND'
    | 'PARTNER_KEY_NOT_FOUND'
    | 'PARTNER_KEY_REVOKED'
    | 'PARTNER_KEY_LIMIT_REACHED'
    | 'INVALID_PARTNER_KEY_INPUT'
    | 'SCOPE_NOT_GRANTED'
    | 'CONCURRENT_CHANGE';
  message: string;
  field: string | null;
};

/** A key as issued: the stored key and, this once, its secret in the form the partner presents. */
export type IssueOutcome = { ok: true; key: PartnerKeyDoc; secret: string } | PartnerKeyFailure;
export type KeyOutcome = { ok: true; key: PartnerKeyDoc } | PartnerKeyFailure;

export interface PartnerKeyInput {
  partnerId: string;
  name: string;
  scopes: readonly string[];
  channels: readonly SalesChannel[];
  fields: readonly string[];
  rateBudget: RateBudget;
}

export type PartnerKeyChanges = Partial<Omit<PartnerKeyInput, 'partnerId'>>;

/** What a valid key establishes for the gateway: the partner principal and its contract. */
export interface PartnerCredential {
  partnerId: string;
  keyId: string;
  scopes: string[];
  channels: SalesChannel[];
  fields: string[];
  rateBudget: RateBudget;
}

const fail = (code: PartnerKeyFailure['code'], message: string, field: string | null = null): PartnerKeyFailure => ({
  ok: false,
  code,
  message,
  field,
});

const keyNotFound = (id: string) => fail('PARTNER_KEY_NOT_FOUND', `partner key ${id} not found`, 'id');
const newSecret = () => randomBytes(32).toString('base64url');

/**
 * Partner keys: operators create, update, rotate and revoke them; the gateway authenticates every
 * partner request with one. Nothing is cached, so a revocation or rotation is in force for the
 * very next request, in every gateway instance.
 */
export function createPartnerKeyService(
  store: IdentityStore,
  emit: <T>(topic: string, payload: T) => Promise<void>,
  now: () => Date,
  logger: Logger,
) {
  const changed = (key: PartnerKeyDoc, change: PartnerKeyChangedEvent['change'], by: string) =>
    emit<PartnerKeyChangedEvent>(IdentityTopics.partnerKeyChanged, {
      keyId: key._id,
      partnerId: key.partnerId,
      change,
      by,
    });

  /** The active key `id`, or why it cannot be changed. */
  async function activeKey(id: string): Promise<{ ok: true; key: PartnerKeyDoc } | PartnerKeyFailure> {
    const key = await store.partnerKeyById(id);
    if (!key) return keyNotFound(id);
    if (key.status !== 'ACTIVE') return fail('PARTNER_KEY_REVOKED', `partner key ${id} is revoked`, 'id');
    return { ok: true, key };
  }

  return {
    /** Issues a new key for a partner; its secret is returned once and never stored. */
    async createPartnerKey(input: PartnerKeyInput, by: string): Promise<IssueOutcome> {
      const partner = await store.partnerById(input.partnerId);
      if (!partner) return fail('PARTNER_NOT_FOUND', `partner ${input.partnerId} not found`, 'partnerId');
      const check = checkSettings(input, partner.scopes);
      if (!check.ok) return fail(check.code, check.message, check.field);
      if ((await store.countPartnerKeys(partner._id)) >= PARTNER_KEY_LIMITS.keysPerPartner) {
        return fail(
          'PARTNER_KEY_LIMIT_REACHED',
          `partner ${partner._id} already holds ${PARTNER_KEY_LIMITS.keysPerPartner} keys`,
          'partnerId',
        );
      }
      const at = now().toISOString();
      const secret = newSecret();
      const { settings } = check;
      const key: PartnerKeyDoc = {
        _id: store.newPartnerKeyId(),
        partnerId: partner._id,
        name: settings.name,
        secretHash: hashSecret(secret),
        previous: null,
        scopes: [...settings.scopes],
        channels: [...settings.channels],
        fields: [...settings.fields],
        rateBudget: settings.rateBudget,
        status: 'ACTIVE',
        revision: 1,
        createdAt: at,
        createdBy: by,
        updatedAt: at,
        rotatedAt: null,
        revokedAt: null,
        revokedBy: null,
      };
      try {
        await store.insertPartnerKey(key);
      } catch (err) {
        // 64 random bits make a clash practically impossible; refuse rather than overwrite.
        if (err instanceof DuplicateKeyError) return fail('CONCURRENT_CHANGE', 'key id clash, retry', null);
        throw err;
      }
      await changed(key, 'CREATED', by);
      logger.info({ keyId: key._id, partnerId: key.partnerId, by }, 'partner key created');
      return { ok: true, key, secret: formatKey(key._id, secret) };
    },

    /** Changes what an active key grants; the partner's next request runs under the new settings. */
    async updatePartnerKey(id: string, changes: PartnerKeyChanges, by: string): Promise<KeyOutcome> {
      const current = await activeKey(id);
      if (!current.ok) return current;
      const { key } = current;
      const partner = await store.partnerById(key.partnerId);
      const check = checkSettings(
        {
          name: changes.name ?? key.name,
          scopes: changes.scopes ?? key.scopes,
          channels: changes.channels ?? key.channels,
          fields: changes.fields ?? key.fields,
          rateBudget: changes.rateBudget ?? key.rateBudget,
        },
        partner?.scopes ?? [],
      );
      if (!check.ok) return fail(check.code, check.message, check.field);
      const { settings } = check;
      const updated = await store.updateActivePartnerKey(id, key.revision, {
        name: settings.name,
        scopes: [...settings.scopes],
        channels: [...settings.channels],
        fields: [...settings.fields],
        rateBudget: settings.rateBudget,
        updatedAt: now().toISOString(),
      });
      if (!updated) return fail('CONCURRENT_CHANGE', `partner key ${id} changed meanwhile; read it and retry`, 'id');
      await changed(updated, 'UPDATED', by);
      logger.info({ keyId: id, partnerId: updated.partnerId, by }, 'partner key updated');
      return { ok: true, key: updated };
    },

    /**
     * Replaces an active key's secret. The old secret keeps working for `graceSeconds` (0: stops
     * at once) so the partner can deploy the new one; only the latest rotation has a grace period.
     */
    async rotatePartnerKey(id: string, graceSeconds: number, by: string): Promise<IssueOutcome> {
      const badGrace = checkGrace(graceSeconds);
      if (badGrace) return fail('INVALID_PARTNER_KEY_INPUT', badGrace, 'graceSeconds');
      const current = await activeKey(id);
      if (!current.ok) return current;
      const { key } = current;
      const at = now();
      const secret = newSecret();
      const updated = await store.updateActivePartnerKey(id, key.revision, {
        secretHash: hashSecret(secret),
        previous:
          graceSeconds > 0
            ? { secretHash: key.secretHash, expiresAt: new Date(at.getTime() + graceSeconds * 1000).toISOString() }
            : null,
        rotatedAt: at.toISOString(),
        updatedAt: at.toISOString(),
      });
      if (!updated) return fail('CONCURRENT_CHANGE', `partner key ${id} changed meanwhile; read it and retry`, 'id');
      await changed(updated, 'ROTATED', by);
      logger.info({ keyId: id, partnerId: updated.partnerId, by, graceSeconds }, 'partner key rotated');
      return { ok: true, key: updated, secret: formatKey(id, secret) };
    },

    /**
     * Revokes a key: no secret of it opens anything from the next request on. Revoking a revoked
     * key changes nothing and answers the key as it is.
     */
    async revokePartnerKey(id: string, by: string): Promise<KeyOutcome> {
      const key = await store.partnerKeyById(id);
      if (!key) return keyNotFound(id);
      if (key.status === 'REVOKED') return { ok: true, key };
      const at = now().toISOString();
      // A concurrent change bumps the revision: read again and retry until revoked (a revocation
      // must never be lost to a race with an update or a rotation).
      let updated: PartnerKeyDoc | null = null;
      for (let current: PartnerKeyDoc | null = key; current?.status === 'ACTIVE' && !updated;) {
        updated = await store.updateActivePartnerKey(id, current.revision, {
          status: 'REVOKED',
          previous: null,
          revokedAt: at,
          revokedBy: by,
          updatedAt: at,
        });
        if (!updated) current = await store.partnerKeyById(id);
      }
      const revoked = updated ?? (await store.partnerKeyById(id)) ?? key;
      if (updated) {
        await changed(updated, 'REVOKED', by);
        logger.info({ keyId: id, partnerId: updated.partnerId, by }, 'partner key revoked');
      }
      return { ok: true, key: revoked };
    },

    partnerKey: (id: string) => store.partnerKeyById(id),

    /** A partner's keys, oldest first (at most PARTNER_KEY_LIMITS.listMax). */
    partnerKeys: (partnerId: string, first: number) =>
      store.partnerKeysOf(partnerId, Math.min(Math.max(1, first), PARTNER_KEY_LIMITS.listMax)),

    /** What key `keyId` opened with a secret hashing to `secretHash` grants now, or null. */
    async authenticatePartnerKey(input: { keyId: string; secretHash: string }): Promise<PartnerCredential | null> {
      const key = await store.partnerKeyById(input.keyId);
      if (!key || !opens(key, input.secretHash, now())) return null;
      return {
        partnerId: key.partnerId,
        keyId: key._id,
        scopes: key.scopes,
        channels: key.channels,
        fields: key.fields,
        rateBudget: key.rateBudget,
      };
    },
  };
}

export type PartnerKeyService = ReturnType<typeof createPartnerKeyService>;
