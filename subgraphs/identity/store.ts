import { randomBytes } from 'node:crypto';
import { DuplicateKeyError, type DocumentStore } from '../../platform/store/port';
import { identifierKey } from './domain/identifiers';
import type { CustomerDoc, CustomerIdentifier, IdentifierDoc } from './model';

export type ClaimResult = { ok: true } | { ok: false; conflict: CustomerIdentifier };

/** The identity subgraph's collections, named once (the store, demo seeding and fixtures use these). */
export const COLLECTIONS = { customers: 'customers', identifiers: 'identifiers', partners: 'partners' } as const;

export function createIdentityStore(store: DocumentStore) {
  const customers = store.collection<CustomerDoc>(COLLECTIONS.customers);
  const identifiers = store.collection<IdentifierDoc>(COLLECTIONS.identifiers);

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
    async init(): Promise<void> {
      await identifiers.createIndex({ fields: ['customerId'] });
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

    /** Adds one identifier to a profile; returns the updated profile, or the conflict. */
    async addIdentifier(
      customerId: string,
      identifier: CustomerIdentifier,
      now: string,
    ): Promise<{ ok: true; customer: CustomerDoc } | { ok: false; conflict: CustomerIdentifier } | null> {
      const customer = await customers.findById(customerId);
      if (!customer) return null;
      const claim = await claimIdentifiers(customerId, [identifier]);
      if (!claim.ok) return claim;
      const already = customer.identifiers.some((i) => i.type === identifier.type && i.value === identifier.value);
      if (already) return { ok: true, customer };
      const set: Record<string, unknown> = { updatedAt: now };
      if (identifier.type === 'EMAIL' && !customer.email) set.email = identifier.value;
      if (identifier.type === 'PHONE' && !customer.phone) set.phone = identifier.value;
      const updated = await customers.updateOne(
        { _id: customerId, 'identifiers.value': { $ne: identifier.value } },
        { $push: { identifiers: identifier }, $set: set },
      );
      return { ok: true, customer: updated ?? (await customers.findById(customerId)) ?? customer };
    },
  };
}

export type IdentityStore = ReturnType<typeof createIdentityStore>;
