import type { BaseContext } from '../types';
import type { AttributionLoaders } from './loaders';
import type { AttributionStore } from './store';

export interface AttributionContext extends BaseContext {
  store: AttributionStore;
  loaders: AttributionLoaders;
}
