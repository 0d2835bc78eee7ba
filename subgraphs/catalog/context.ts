import type { BaseContext } from '../types';
import type { CatalogLoaders } from './loaders';
import type { NetworkCache } from './network';
import type { InventoryService } from './service';

export interface CatalogContext extends BaseContext {
  service: InventoryService;
  loaders: CatalogLoaders;
  /** Catalog's cached read model of fulfillment's network (locations known, ATP, nearby stock). */
  network: NetworkCache;
}
