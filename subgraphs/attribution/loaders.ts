import DataLoader from 'dataloader';
import { groupByKeys } from '../batching';
import type { CampaignDoc, ConversionDoc, TouchpointDoc } from './model';
import type { AttributionStore } from './store';

export function createAttributionLoaders(store: AttributionStore) {
  return {
    campaignById: new DataLoader<string, CampaignDoc | null>((ids) => store.campaignsByIds(ids)),
    conversionByOrderId: new DataLoader<string, ConversionDoc | null>((ids) => store.conversionsByIds(ids)),
    /** Newest first. */
    touchpointsByCustomerId: new DataLoader<string, TouchpointDoc[]>(async (customerIds) =>
      groupByKeys(await store.touchpointsByCustomerIds(customerIds), (t) => t.customerId, customerIds),
    ),
    touchpointCountByCampaignId: new DataLoader<string, number>((ids) =>
      Promise.all(ids.map((id) => store.countTouchpointsByCampaign(id))),
    ),
  };
}

export type AttributionLoaders = ReturnType<typeof createAttributionLoaders>;
