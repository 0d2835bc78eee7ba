import type { BaseContext } from '../types';
import type { AttributionLoaders } from './loaders';
import type { AttributionService } from './service';

export interface AttributionContext extends BaseContext {
  service: AttributionService;
  loaders: AttributionLoaders;
}
