import { periodic } from '../../platform/periodic';
import { buildSchemaFor } from '../sdl';
import { identityPolicies } from './policies';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { IdentityApi } from './api';
import type { IdentityContext } from './context';
import { identitySeeding } from './demo';
import { randomRecognitionKey, recognitionKey, DEFAULT_RECOGNITION_TTL_SECONDS } from './domain/recognition-token';
import { createIdentityLoaders } from './loaders';
import { createIdentityResolvers } from './resolvers';
import { createIdentityService } from './service';
import { recognizeShopperResult } from './service-recognition';
import { createIdentityStore } from './store';
import type { FulfillmentApi } from '../fulfillment/api';
import type { Config } from '../../platform/config';
import { randomBytes } from 'node:crypto';
import { secretKey } from './domain/webhooks';
import { createWebhookUseCases } from './service-webhooks';
import { createWebhookDelivery, DEFAULT_DELIVERY_SETTINGS } from './service-webhook-delivery';

/** How often redemptions of long-expired recognition tokens are forgotten. */
const PURGE_INTERVAL_MS = 60_000;

export function buildIdentitySubgraph(
  deps: SubgraphDeps & {
    /** The secret recognition tokens' key is derived from (default: a random key of this process). */
    internalSecret?: string;
    /** How long a recognition token lives, in seconds (default 120). */
    recognitionTokenTtlSeconds?: number;
    /** Fulfillment's network: which partner operates a location (FULFILLMENT webhooks). */
    fulfillment: Pick<FulfillmentApi, 'listNetwork'>;
    /** How partner webhooks are delivered (default: DEFAULT_DELIVERY_SETTINGS, localhost allowed). */
    webhooks?: Partial<Config['webhooks']>;
  },
): Subgraph<IdentityContext> & { api: IdentityApi } {
  const store = createIdentityStore(deps.store);
  const service = createIdentityService(store, deps.bus, deps.now ?? (() => new Date()), deps.logger, {
    key: deps.internalSecret ? recognitionKey(deps.internalSecret) : randomRecognitionKey(),
    ttlSeconds: deps.recognitionTokenTtlSeconds ?? DEFAULT_RECOGNITION_TTL_SECONDS,
  });
  const api: IdentityApi = {
    authenticatePartnerKey: (input) => service.authenticatePartnerKey(input),
    // In process the caller is an internal service (orders); over HTTP it is `service:<caller>`.
    recognizeShopper: async (input) =>
      recognizeShopperResult(await service.recognizeShopper(input, { kind: 'service', service: 'in-process' })),
  };
  const now = deps.now ?? (() => new Date());
  // Without the internal secret (a subgraph built alone in a test), secrets are sealed with a key of this process.
  const sealKey = deps.internalSecret ? secretKey(deps.internalSecret) : randomBytes(32);
  const hooks = { ...DEFAULT_DELIVERY_SETTINGS, allowLoopback: true, ...deps.webhooks };
  const webhooks = createWebhookUseCases({
    store,
    fulfillment: deps.fulfillment,
    now,
    logger: deps.logger,
    sealKey,
    allowLoopback: hooks.allowLoopback,
  });
  const delivery = createWebhookDelivery({
    store,
    bus: deps.bus,
    webhooks,
    now,
    logger: deps.logger,
    sealKey,
    settings: hooks,
  });
  const deliverySweep = periodic('webhook delivery', () => delivery.sweep(), hooks.sweepMs, deps.logger);
  const purge = periodic(
    'recognition token purge',
    () => service.purgeRedeemedTokens(),
    PURGE_INTERVAL_MS,
    deps.logger,
  );
  return {
    name: 'identity',
    ...identitySeeding,
    ...buildSchemaFor('identity', createIdentityResolvers(), identityPolicies, deps.enforceAuthorization !== false),
    createContext: (meta) => ({ ...baseContext(meta, deps), service, webhooks, loaders: createIdentityLoaders(store) }),
    init: () => store.init(),
    start: async () => {
      purge.start();
      await delivery.start();
      deliverySweep.start();
    },
    stop: async () => {
      await delivery.stop();
      await deliverySweep.stop();
      await purge.stop();
    },
    api,
  };
}
