import type { BaseContext } from '../types';
import type { FulfillmentLoaders } from './loaders';
import type { FulfillmentService } from './service';
import type { FulfillmentLive } from './service-live';

export interface FulfillmentContext extends BaseContext {
  service: FulfillmentService;
  loaders: FulfillmentLoaders;
  /** Live work queues (subscriptions). */
  live: FulfillmentLive;
}
