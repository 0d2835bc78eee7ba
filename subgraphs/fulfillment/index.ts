import { periodic } from '../../platform/periodic';
import { retryOnStock } from './backorders';
import { buildSchemaFor } from '../sdl';
import { fulfillmentPolicies } from './policies';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { CatalogApi } from '../catalog/api';
import type { FulfillmentApi } from './api';
import type { FulfillmentContext } from './context';
import { fulfillmentSeeding } from './demo';
import { createFulfillmentLoaders } from './loaders';
import { createFulfillmentResolvers } from './resolvers';
import { createFulfillmentService } from './service';
import { BACKORDER_MAX_WAIT_SECONDS } from './service-backorders';
import { PICKUP_HOLD_SECONDS } from './service-orders';
import { COLLECTIONS, createFulfillmentStore } from './store';
import { createOutbox } from '../../platform/outbox';
import { createFanout } from '../../platform/live/fanout';
import { createLiveUseCases } from './service-live';

/** The routing engine's offline entry point, for `npm run route` (subgraphs/route-main.ts). */
export { routeInstances, type RoutedInstances } from './domain/routing/offline';

export function buildFulfillmentSubgraph(
  deps: SubgraphDeps & {
    catalog: CatalogApi;
    sweepIntervalMs?: number;
    pickupHoldSeconds?: number;
    backorderMaxWaitSeconds?: number;
  },
): Subgraph<FulfillmentContext> & { api: FulfillmentApi } {
  const store = createFulfillmentStore(deps.store);
  // Every event is recorded with its change and delivered after it; the relay publishes what a
  // crash or a failed publish left behind.
  const outbox = createOutbox({
    collection: COLLECTIONS.outbox,
    store: deps.store,
    bus: deps.bus,
    logger: deps.logger,
    intervalMs: deps.sweepIntervalMs,
  });
  const service = createFulfillmentService(store, outbox, deps.now ?? (() => new Date()), deps.logger, deps.catalog, {
    pickupHoldSeconds: deps.pickupHoldSeconds ?? PICKUP_HOLD_SECONDS,
    backorderMaxWaitSeconds: deps.backorderMaxWaitSeconds ?? BACKORDER_MAX_WAIT_SECONDS,
  });
  const live = createLiveUseCases({ store, fanout: createFanout(deps.bus, deps.logger) });
  // Ready pickups past their hold and backorders that waited too long, on one loop; one sweep
  // failing does not keep the other from running.
  const sweeps = [
    ['pickup hold sweep', () => service.sweepExpiredPickups()],
    ['backorder wait sweep', () => service.sweepStaleBackorders()],
  ] as const;
  const sweeper = periodic(
    'fulfillment sweep',
    async () => {
      for (const [task, sweep] of sweeps) {
        await sweep().catch((err: unknown) => deps.logger.error({ err, task }, `${task} failed`));
      }
    },
    deps.sweepIntervalMs ?? 1000,
    deps.logger,
  );
  const backorderRetries = retryOnStock(deps.bus, (sku) => service.retryBackorders(sku), deps.logger);
  // The in-process binding of fulfillment's service interface: its own service.
  const api: FulfillmentApi = {
    listNetwork: () => service.listNetwork(),
    routeOrder: async (input) => {
      const outcome = await service.routeOrder(input);
      if (!outcome.ok) return outcome;
      return {
        ok: true,
        replay: outcome.replay,
        backorder: outcome.backorder ? { id: outcome.backorder._id, reason: outcome.backorder.reason } : null,
        fulfillmentOrders: outcome.fulfillmentOrders.map((f) => ({
          id: f._id,
          locationId: f.locationId,
          deliveryMethod: f.deliveryMethod,
          promisedBy: f.promisedBy,
          lines: f.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })),
        })),
      };
    },
    orderFulfillment: async ({ orderId }) => {
      const view = await service.orderFulfillment(orderId);
      return {
        fulfillmentOrders: view.fulfillmentOrders.map((f) => ({
          id: f._id,
          status: f.status,
          locationId: f.locationId,
          deliveryMethod: f.deliveryMethod,
          lines: f.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })),
        })),
        waiting: view.waiting.map((w) => ({ orderLineId: w.orderLineId, quantity: w.quantity })),
      };
    },
    cancelLines: (input) => service.cancelLines(input),
  };
  return {
    name: 'fulfillment',
    ...fulfillmentSeeding,
    ...buildSchemaFor(
      'fulfillment',
      createFulfillmentResolvers(),
      fulfillmentPolicies,
      deps.enforceAuthorization !== false,
    ),
    createContext: (meta) => ({
      ...baseContext(meta, deps),
      service,
      live,
      loaders: createFulfillmentLoaders(store),
    }),
    init: async () => {
      await store.init();
      await outbox.init();
    },
    start: async () => {
      sweeper.start();
      outbox.start();
      await backorderRetries.start();
    },
    stop: async () => {
      await backorderRetries.stop();
      await outbox.stop();
      await sweeper.stop();
    },
    api,
  };
}
