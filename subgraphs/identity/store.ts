import { randomBytes } from 'node:crypto';
import { DuplicateKeyError, type DocumentStore } from '../../platform/store/port';
import { identifierKey } from './domain/identifiers';
import { createWebhookStore } from './store-webhooks';
import type {
  CustomerDoc,
  CustomerIdentifier,
  IdentifierDoc,
  PartnerDoc,
  PartnerKeyDoc,
  RedeemedTokenDoc,
} from './model';

export type ClaimResult = { ok: true } | { ok: false; conflict: CustomerIdentifier };

/** The identity subgraph's collections, named once (the store, demo seeding and fixtures use these). */
export const COLLECTIONS = {
  customers: 'customers',
  identifiers: 'identifiers',
  partners: 'partners',
  partnerKeys: 'partnerKeys',
  redeemedTokens: 'redeemedRecognitionTokens',
  webhooks: 'webhooks',
  webhookDeliveries: 'webhookDeliveries',
} as const;

export function createIdentityStore(store: DocumentStore) {
  const customers = store.collection<CustomerDoc>(COLLECTIONS.customers);
  const identifiers = store.collection<IdentifierDoc>(COLLECTIONS.identifiers);
  const partners = store.collection<PartnerDoc>(COLLECTIONS.partners);
  const partnerKeys = store.collection<PartnerKeyDoc>(COLLECTIONS.partnerKeys);
  const redeemed = store.collection<RedeemedTokenDoc>(COLLECTIONS.redeemedTokens);
  const webhookStore = createWebhookStore(store, COLLECTIONS);

  /**
   * Claims every identifier for `customerId`, all-or-nothing: the `_id` of each identifier
   * document is its key, so two profiles can never hold the same identifier; on a clash the
   * claims made so far are released.
   */
  async function claimIdentifiers(customerId: string, ids: CustomerIdentifier[]): Promise<ClaimResult> {
    const claimed: string[] = [];
    for (const id of ids) {
      const key = identifierKey(id.type, id.value);
      try {
        await identifiers.insertOne({ _id: key, type: id.type, value: id.value, customerId, addedAt: id.addedAt });
        claimed.push(key);
      } catch (err) {
        if (!(err instanceof DuplicateKeyError)) throw err;
        const existing = await identifiers.findById(key);
        if (existing?.customerId === customerId) continue;
        await Promise.all(claimed.map((k) => identifiers.deleteOne({ _id: k, customerId })));
        return { ok: false, conflict: id };
      }
    }
    return { ok: true };
  }

  return {
    ...webhookStore,
    async init(): Promise<void> {
      await identifiers.createIndex({ fields: ['customerId'] });
      await partnerKeys.createIndex({ fields: ['partnerId'] });
      await redeemed.createIndex({ fields: ['expiresAt'] });
      await webhookStore.init();
    },
    customersByIds: (ids: readonly string[]) => customers.findByIds(ids),
    identifiersByKeys: (keys: readonly string[]) => identifiers.findByIds(keys),
    newCustomerId: () => `cus_${randomBytes(6).toString('hex')}`,

    async createCustomer(doc: CustomerDoc): Promise<ClaimResult> {
      const claim = await claimIdentifiers(doc._id, doc.identifiers);
      if (!claim.ok) return claim;
      try {
        await customers.insertOne(doc);
      } catch (err) {
        await Promise.all(
          doc.identifiers.map((i) =>
            identifiers.deleteOne({ _id: identifierKey(i.type, i.value), customerId: doc._id }),
          ),
        );
        throw err;
      }
      return { ok: true };
    },

    customerById: (id: string) => customers.findById(id),
    claimIdentifiers,

    /**
     * Appends `identifier` and sets `set` in one conditional update that only matches while the
     * profile does not hold the value yet; null when it did (a concurrent request added it).
     */
    pushIdentifier: (customerId: string, identifier: CustomerIdentifier, set: Partial<CustomerDoc>) =>
      customers.updateOne(
        { _id: customerId, 'identifiers.value': { $ne: identifier.value } },
        { $push: { identifiers: identifier }, $set: set },
      ),

    partnerById: (id: string) => partners.findById(id),
    partnerKeyById: (id: string) => partnerKeys.findById(id),
    partnerKeysByIds: (ids: readonly string[]) => partnerKeys.findByIds(ids),
    newPartnerKeyId: () => `pk_${randomBytes(8).toString('hex')}`,
    insertPartnerKey: (doc: PartnerKeyDoc) => partnerKeys.insertOne(doc),
    /** A partner's keys, oldest first, at most `limit`. */
    partnerKeysOf: (partnerId: string, limit: number) =>
      partnerKeys.findAll({ partnerId }, { sort: { field: 'createdAt', direction: 1 }, limit }),
    countPartnerKeys: (partnerId: string) => partnerKeys.count({ partnerId }),
    /**
     * Applies `set` to key `id` only while it is active and still at `revision`, and bumps the
     * revision: the compare-and-set that keeps a rotation, an update and a revocation from
     * overwriting each other. Null when the key changed in between (or is gone).
     */
    updateActivePartnerKey: (id: string, revision: number, set: Partial<PartnerKeyDoc>) =>
      partnerKeys.updateOne({ _id: id, status: 'ACTIVE', revision }, { $set: { ...set, revision: revision + 1 } }),

    /**
     * Records a recognition token as redeemed. Refused when it was redeemed before (the duplicate
     * `_id` decides, so of concurrent redemptions exactly one inserts), with the earlier entry.
     */
    async redeemToken(doc: RedeemedTokenDoc): Promise<{ ok: true } | { ok: false; earlier: RedeemedTokenDoc | null }> {
      try {
        await redeemed.insertOne(doc);
        return { ok: true };
      } catch (err) {
        if (!(err instanceof DuplicateKeyError)) throw err;
        return { ok: false, earlier: await redeemed.findById(doc._id) };
      }
    },
    /** Deletes up to `limit` redemption entries of tokens that expired before `before`; how many. */
    async purgeRedeemedTokens(before: string, limit: number): Promise<number> {
      const expired = await redeemed.findAll({ expiresAt: { $lt: before } }, { limit });
      await Promise.all(expired.map((d) => redeemed.deleteOne({ _id: d._id })));
      return expired.length;
    },
  };
}

export type IdentityStore = ReturnType<typeof createIdentityStore>;
