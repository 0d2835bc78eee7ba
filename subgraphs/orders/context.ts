import type { BaseContext } from '../types';
import type { OrdersLoaders } from './loaders';
import type { OrdersStore } from './store';

export interface OrdersContext extends BaseContext {
  store: OrdersStore;
  loaders: OrdersLoaders;
}
