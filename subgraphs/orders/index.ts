import type { CatalogApi } from '../catalog/api';
import type { IdentityApi } from '../identity/api';
import { FulfillmentTopics, type FulfillmentApi } from '../fulfillment/api';
import type { Unsubscribe } from '../../platform/bus/port';
import { buildSchemaFor } from '../sdl';
import { ordersPolicies } from './policies';
import { baseContext, type Subgraph, type SubgraphDeps } from '../types';
import type { OrdersContext } from './context';
import { ordersSeeding } from './demo';
import { createOrdersLoaders } from './loaders';
import { createOrdersResolvers } from './resolvers';
import { createOrdersService, PAYMENT_WINDOW_SECONDS } from './service';
import { periodic } from '../../platform/periodic';
import { createOutbox } from '../../platform/outbox';
import { createFanout } from '../../platform/live/fanout';
import { createLiveUseCases } from './service-live';
import { COLLECTIONS, createOrdersStore } from './store';

/** Fulfillment's events that may move an order's status. */
const FOLLOWED = [
  FulfillmentTopics.orderRouted,
  FulfillmentTopics.fulfillmentOrderChanged,
  FulfillmentTopics.backorderCancelled,
];

export function buildOrdersSubgraph(
  deps: SubgraphDeps & {
    catalog: CatalogApi;
    fulfillment: FulfillmentApi;
    identity: IdentityApi;
    sweepIntervalMs?: number;
    paymentWindowSeconds?: number;
    cartHoldSeconds?: number;
  },
): Subgraph<OrdersContext> {
  const store = createOrdersStore(deps.store);
  let unsubscribe: Unsubscribe[] | null = null;
  // Orders' events are recorded with their change (a transactional outbox) and relayed to the bus.
  const relay = createOutbox({
    collection: COLLECTIONS.outbox,
    store: deps.store,
    bus: deps.bus,
    logger: deps.logger,
    intervalMs: deps.sweepIntervalMs,
  });
  const service = createOrdersService(
    store,
    relay,
    deps.now ?? (() => new Date()),
    deps.logger,
    {
      catalog: deps.catalog,
      fulfillment: deps.fulfillment,
      identity: deps.identity,
    },
    {
      paymentWindowSeconds: deps.paymentWindowSeconds ?? PAYMENT_WINDOW_SECONDS,
      cartHoldSeconds: deps.cartHoldSeconds,
    },
  );
  const live = createLiveUseCases({ store, fanout: createFanout(deps.bus, deps.logger) });
  // Orders whose payment did not come in time are cancelled, their stock released.
  const unpaidSweeper = periodic(
    'unpaid order sweep',
    () => service.sweepUnpaid(),
    deps.sweepIntervalMs ?? 1000,
    deps.logger,
  );
  return {
    name: 'orders',
    ...ordersSeeding,
    ...buildSchemaFor('orders', createOrdersResolvers(), ordersPolicies, deps.enforceAuthorization !== false),
    createContext: (meta) => ({
      ...baseContext(meta, deps),
      service,
      live,
      loaders: createOrdersLoaders(store, deps.catalog),
    }),
    init: async () => {
      await store.init();
      await relay.init();
    },
    // An order's status follows its fulfillment: each event re-derives it (idempotent).
    start: async () => {
      const follow = (topic: string) =>
        deps.bus.subscribe<{ orderId: string }>(topic, async ({ payload }) => {
          await service.followFulfillment(payload.orderId, topic);
        });
      unsubscribe = await Promise.all(FOLLOWED.map(follow));
      unpaidSweeper.start();
      relay.start();
    },
    stop: async () => {
      await relay.stop();
      await unpaidSweeper.stop();
      await Promise.all((unsubscribe ?? []).map((u) => u()));
      unsubscribe = null;
    },
  };
}
