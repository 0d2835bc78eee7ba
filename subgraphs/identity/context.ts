import type { BaseContext } from '../types';
import type { IdentityLoaders } from './loaders';
import type { IdentityService } from './service';

export interface IdentityContext extends BaseContext {
  service: IdentityService;
  loaders: IdentityLoaders;
}
