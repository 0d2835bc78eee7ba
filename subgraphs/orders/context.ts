import type { BaseContext } from '../types';
import type { OrdersLoaders } from './loaders';
import type { OrdersService } from './service';
import type { OrdersLive } from './service-live';

export interface OrdersContext extends BaseContext {
  service: OrdersService;
  loaders: OrdersLoaders;
  /** Live orders (subscriptions). */
  live: OrdersLive;
}
