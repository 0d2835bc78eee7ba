import type { BaseContext } from '../types';
import type { IdentityLoaders } from './loaders';
import type { IdentityService } from './service';
import type { WebhookUseCases } from './service-webhooks';

export interface IdentityContext extends BaseContext {
  service: IdentityService;
  loaders: IdentityLoaders;
  /** Partner webhooks' use cases (service-webhooks.ts). */
  webhooks: WebhookUseCases;
}
