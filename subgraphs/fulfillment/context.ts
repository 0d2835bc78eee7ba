import type { BaseContext } from '../types';
import type { FulfillmentLoaders } from './loaders';
import type { FulfillmentStore } from './store';

export interface FulfillmentContext extends BaseContext {
  store: FulfillmentStore;
  loaders: FulfillmentLoaders;
}
