import type { BaseContext } from '../types';
import type { CatalogLoaders } from './loaders';
import type { CatalogStore } from './store';

export interface CatalogContext extends BaseContext {
  store: CatalogStore;
  loaders: CatalogLoaders;
}
