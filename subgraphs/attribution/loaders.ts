import DataLoader from 'dataloader';
import type { CampaignDoc, ConversionDoc, TouchpointDoc } from './model';
import type { AttributionStore } from './store';

export function createAttributionLoaders(store: AttributionStore) {
  return {
    campaignById: new DataLoader<string, CampaignDoc | null>((ids) => store.campaignsByIds(ids)),
    conversionByOrderId: new DataLoader<string, ConversionDoc | null>((ids) => store.conversionsByIds(ids)),
    /** Newest first. */
    touchpointsByCustomerId: new DataLoader<string, TouchpointDoc[]>(async (customerIds) => {
      const byCustomer = new Map<string, TouchpointDoc[]>(customerIds.map((id) => [id, []]));
      for (const t of await store.touchpointsByCustomerIds(customerIds)) byCustomer.get(t.customerId)?.push(t);
      return customerIds.map((id) => byCustomer.get(id) ?? []);
    }),
    touchpointCountByCampaignId: new DataLoader<string, number>((ids) =>
      Promise.all(ids.map((id) => store.countTouchpointsByCampaign(id))),
    ),
  };
}

export type AttributionLoaders = ReturnType<typeof createAttributionLoaders>;
