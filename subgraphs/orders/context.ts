import type { BaseContext } from '../types';
import type { OrdersLoaders } from './loaders';
import type { OrdersService } from './service';

export interface OrdersContext extends BaseContext {
  service: OrdersService;
  loaders: OrdersLoaders;
}
