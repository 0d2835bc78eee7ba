import { DuplicateKeyError, type DocumentStore, type Filter } from '../../platform/store/port';
import type { CampaignDoc, ConversionDoc, TouchpointDoc } from './model';

/** Inserted, or the document already stored under the same id (null if it vanished meanwhile). */
export type InsertOutcome = { inserted: true } | { inserted: false; existing: TouchpointDoc | null };

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
    campaignById: (id: string) => campaigns.findById(id),
    listCampaigns: (filter: Filter) => campaigns.findAll(filter, { sort: { field: '_id', direction: 1 } }),
    conversionsByIds: (orderIds: readonly string[]) => conversions.findByIds(orderIds),
    touchpointsByCustomerIds: (customerIds: readonly string[]) =>
      touchpoints.findAll({ customerId: { $in: [...customerIds] } }, { sort: { field: 'occurredAt', direction: -1 } }),
    countTouchpointsByCampaign: (campaignId: string) => touchpoints.count({ campaignId }),

    /** Inserts a touchpoint once per id (the unique `_id` makes concurrent replays safe). */
    async insertTouchpoint(doc: TouchpointDoc): Promise<InsertOutcome> {
      try {
        await touchpoints.insertOne(doc);
        return { inserted: true };
      } catch (err) {
        if (!(err instanceof DuplicateKeyError)) throw err;
        return { inserted: false, existing: await touchpoints.findById(doc._id) };
      }
    },
  };
}

export type AttributionStore = ReturnType<typeof createAttributionStore>;
