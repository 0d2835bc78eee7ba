import type { BaseContext } from '../types';
import type { CatalogLoaders } from './loaders';
import type { NetworkCache } from './network';
import type { InventoryService } from './service';
import type { CatalogStore } from './store';

export interface CatalogContext extends BaseContext {
  store: CatalogStore;
  loaders: CatalogLoaders;
  inventory: InventoryService;
  network: NetworkCache;
}
