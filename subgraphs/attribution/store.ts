import { createHash } from 'node:crypto';
import { DuplicateKeyError, type DocumentStore, type Filter } from '../../platform/store/port';
import type { CampaignDoc, ConversionDoc, TouchpointDoc } from './model';

export type RecordOutcome =
  { ok: true; touchpoint: TouchpointDoc; recorded: boolean } | { ok: false; reason: 'CONFLICT' };

export function touchpointHash(t: Omit<TouchpointDoc, '_id' | 'requestHash'>): string {
  return createHash('sha256')
    .update(JSON.stringify([t.customerId, t.campaignId, t.type, t.channel, t.occurredAt]))
    .digest('hex');
}

/** The attribution subgraph's collections, named once (the store, demo seeding and fixtures use these). */
export const COLLECTIONS = { campaigns: 'campaigns', touchpoints: 'touchpoints', conversions: 'conversions' } as const;

export function createAttributionStore(store: DocumentStore) {
  const campaigns = store.collection<CampaignDoc>(COLLECTIONS.campaigns);
  const touchpoints = store.collection<TouchpointDoc>(COLLECTIONS.touchpoints);
  const conversions = store.collection<ConversionDoc>(COLLECTIONS.conversions);
  return {
    async init(): Promise<void> {
      await campaigns.createIndex({ fields: ['status'] });
      await touchpoints.createIndex({ fields: ['customerId'] });
      await touchpoints.createIndex({ fields: ['campaignId'] });
    },
    campaignsByIds: (ids: readonly string[]) => campaigns.findByIds(ids),
    listCampaigns: (filter: Filter) => campaigns.findAll(filter, { sort: { field: '_id', direction: 1 } }),
    conversionsByIds: (orderIds: readonly string[]) => conversions.findByIds(orderIds),
    touchpointsByCustomerIds: (customerIds: readonly string[]) =>
      touchpoints.findAll({ customerId: { $in: [...customerIds] } }, { sort: { field: 'occurredAt', direction: -1 } }),
    countTouchpointsByCampaign: (campaignId: string) => touchpoints.count({ campaignId }),

    /** Inserts a touchpoint once per source event id; a replay with different content is a conflict. */
    async recordTouchpoint(doc: TouchpointDoc): Promise<RecordOutcome> {
      try {
        await touchpoints.insertOne(doc);
        return { ok: true, touchpoint: doc, recorded: true };
      } catch (err) {
        if (!(err instanceof DuplicateKeyError)) throw err;
        const existing = await touchpoints.findById(doc._id);
        if (!existing || existing.requestHash !== doc.requestHash) return { ok: false, reason: 'CONFLICT' };
        return { ok: true, touchpoint: existing, recorded: false };
      }
    },
  };
}

export type AttributionStore = ReturnType<typeof createAttributionStore>;
