import DataLoader from 'dataloader';
import { groupByKeys } from '../batching';
import { levelId } from './domain/inventory';
import type { InventoryLevelDoc, ProductDoc, VariantDoc } from './model';
import type { CatalogStore } from './store';

/** Per-request loaders: every list on a page (variants, stock) costs one store round trip per batch. */
export function createCatalogLoaders(store: CatalogStore) {
  return {
    productById: new DataLoader<string, ProductDoc | null>((ids) => store.productsByIds(ids)),
    variantBySku: new DataLoader<string, VariantDoc | null>((skus) => store.variantsBySkus(skus)),
    variantsByProductId: new DataLoader<string, VariantDoc[]>(async (ids) =>
      groupByKeys(await store.variantsByProductIds(ids), (v) => v.productId, ids),
    ),
    levelById: new DataLoader<string, InventoryLevelDoc | null>((ids) => store.levelsByIds(ids)),
    levelsBySku: new DataLoader<string, InventoryLevelDoc[]>(async (skus) =>
      groupByKeys(await store.levelsBySkus(skus), (l) => l.sku, skus),
    ),
  };
}

export function levelKey(sku: string, locationId: string): string {
  return levelId(sku, locationId);
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
