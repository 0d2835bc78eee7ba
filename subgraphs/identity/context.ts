import type { BaseContext } from '../types';
import type { IdentityLoaders } from './loaders';
import type { IdentityStore } from './store';

export interface IdentityContext extends BaseContext {
  store: IdentityStore;
  loaders: IdentityLoaders;
}
