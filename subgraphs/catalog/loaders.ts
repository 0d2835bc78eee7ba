import DataLoader from 'dataloader';
import type { SalesChannel } from '../../platform/shared/commerce';
import { groupByKeys } from '../batching';
import type { ChannelSourcingDoc, InventoryLevelDoc, ProductDoc, ReservationDoc, VariantDoc } from './model';
import type { CatalogStore } from './store';

/**
 * Per-request loaders: every list on a page costs one store round trip per batch. A listing of
 * 48 variants asking for availability (per channel, per location or near a point) loads the
 * stock of all 48 SKUs with one `levelsBySku` batch.
 */
export function createCatalogLoaders(store: CatalogStore, options: { batch?: boolean } = {}) {
  // `batch: false` exists for the benchmark's "without DataLoader" baseline: one call per key.
  const o = { batch: options.batch ?? true };
  return {
    productById: new DataLoader<string, ProductDoc | null>((ids) => store.productsByIds(ids), o),
    variantBySku: new DataLoader<string, VariantDoc | null>((skus) => store.variantsBySkus(skus), o),
    variantsByProductId: new DataLoader<string, VariantDoc[]>(
      async (ids) => groupByKeys(await store.variantsByProductIds(ids), (v) => v.productId, ids),
      o,
    ),
    levelById: new DataLoader<string, InventoryLevelDoc | null>((ids) => store.levelsByIds(ids), o),
    levelsBySku: new DataLoader<string, InventoryLevelDoc[]>(
      async (skus) => groupByKeys(await store.levelsBySkus(skus), (l) => l.sku, skus),
      o,
    ),
    sourcingByChannel: new DataLoader<SalesChannel, ChannelSourcingDoc | null>(
      (channels) => store.sourcingByChannels(channels),
      o,
    ),
    reservationById: new DataLoader<string, ReservationDoc | null>((ids) => store.reservations.byIds(ids), o),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
