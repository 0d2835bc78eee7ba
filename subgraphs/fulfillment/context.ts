import type { BaseContext } from '../types';
import type { FulfillmentLoaders } from './loaders';
import type { FulfillmentService } from './service';

export interface FulfillmentContext extends BaseContext {
  service: FulfillmentService;
  loaders: FulfillmentLoaders;
}
