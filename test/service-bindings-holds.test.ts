import { createMemoryBus } from '../platform/bus/memory';
import { testConfig, type Config } from '../platform/config';
import { silentLogger } from '../platform/logger';
import { createInfrastructure, type Infrastructure } from '../platform/runtime';
import type { ReservationDoc } from '../subgraphs/catalog/model';
import { inProcessBindings, remoteBindings, type ServiceBindings } from '../subgraphs/registry';
import { demoScenario, seedScenario } from '../subgraphs/seed';
import { startProviderServers } from './support/provider-servers';

/**
 * Cart holds across service interfaces answer alike in-process and over real HTTP (distributed
 * mode): catalog's `reserve` taking a hold over (`replaces`) and `availableStock` counting it
 * (`releasing`), each change made through one binding and replayed through the other; and
 * fulfillment's `routeOrder` with `replacesHold` over HTTP, which plans and holds through catalog's
 * own HTTP API.
 */
let infra: Infrastructure;
let servers: Awaited<ReturnType<typeof startProviderServers>>;
let local: ServiceBindings['catalog'];
let remote: ServiceBindings['catalog'];
let remoteFulfillment: ServiceBindings['fulfillment'];
const config: Config = testConfig({ host: '127.0.0.1', shutdownGraceMs: 500 });
const SKU = 'SKU-0001-41-FOR';

beforeAll(async () => {
  infra = await createInfrastructure(config, silentLogger);
  await seedScenario(infra.store, demoScenario(42), ['fulfillment', 'identity', 'catalog']);
  servers = await startProviderServers(config, infra);
  local = inProcessBindings({ store: infra.store, bus: createMemoryBus(), logger: silentLogger }).catalog;
  const remotes = remoteBindings(servers.config, 'orders');
  remote = remotes.catalog;
  remoteFulfillment = remotes.fulfillment;
});

afterAll(async () => {
  await servers.stop();
  await infra.close();
});

const both = async <T>(call: (api: ServiceBindings['catalog']) => Promise<T>, first: 'local' | 'remote') => {
  const [a, b] = first === 'local' ? [local, remote] : [remote, local];
  const applied = await call(a);
  const replayed = await call(b);
  expect(replayed).toEqual(applied);
  return applied;
};

it('a cart hold taken over by an order (replaces), and the snapshot counting it (releasing)', async () => {
  const at = { sku: SKU, locationId: 'loc_store_01' };
  const cart = await both(
    (api) =>
      api.reserve({
        kind: 'CART',
        ownerId: 'cart_b4',
        lines: [{ ...at, quantity: 1 }],
        ttlSeconds: 600,
        idempotencyKey: 'bindings-cart-4',
      }),
    'remote',
  );
  if (!cart.ok) throw new Error(cart.code);
  const hold = { reservationId: cart.reservation.id, ownerId: 'cart_b4' };
  const units = (stock: { sku: string; locationId: string; available: number }[]) =>
    stock.find((s) => s.sku === SKU && s.locationId === at.locationId)?.available ?? 0;
  const [plain, releasing, remoteReleasing] = await Promise.all([
    local.availableStock({ skus: [SKU], channel: 'WEB' }),
    local.availableStock({ skus: [SKU], channel: 'WEB', releasing: hold }),
    remote.availableStock({ skus: [SKU], channel: 'WEB', releasing: hold }),
  ]);
  expect(units(releasing)).toBe(units(plain) + 1);
  expect(remoteReleasing).toEqual(releasing);
  expect(
    await both(
      (api) =>
        api.reserve({
          kind: 'ORDER',
          ownerId: 'ord_b4',
          lines: [{ lineKey: 'l1', ...at, quantity: 1 }],
          replaces: { ...hold, ownerId: 'cart_other' },
          idempotencyKey: 'bindings-order-4x',
        }),
      'local',
    ),
  ).toMatchObject({ ok: false, code: 'RESERVATION_NOT_FOUND' });
  const order = await both(
    (api) =>
      api.reserve({
        kind: 'ORDER',
        ownerId: 'ord_b4',
        lines: [{ lineKey: 'l1', ...at, quantity: 1 }],
        replaces: hold,
        idempotencyKey: 'bindings-order-4',
      }),
    'remote',
  );
  expect(order).toMatchObject({ ok: true, reservation: { status: 'ACTIVE' } });
  // The hold was taken over: releasing it now is a replay of what the order's write did.
  const released = await both(
    (api) => api.releaseLines({ reservationId: hold.reservationId, idempotencyKey: 'b4-release' }),
    'local',
  );
  expect(released).toMatchObject({
    ok: true,
    reservation: { status: 'RELEASED', releaseReason: 'replaced', lines: [{ status: 'RELEASED' }] },
  });
  expect(units(await remote.availableStock({ skus: [SKU], channel: 'WEB', releasing: hold }))).toBe(units(plain));
  if (order.ok) await local.releaseLines({ reservationId: order.reservation.id, idempotencyKey: 'b4-done' });
});

it('fulfillment.routeOrder over HTTP takes a cart hold over through catalog over HTTP', async () => {
  const at = { sku: SKU, locationId: 'loc_store_01' };
  const held = await local.reserve({
    kind: 'CART',
    ownerId: 'cart_b5',
    lines: [{ ...at, quantity: 1 }],
    ttlSeconds: 600,
    idempotencyKey: 'bindings-cart-5',
  });
  if (!held.ok) throw new Error(held.code);
  const routed = await remoteFulfillment.routeOrder({
    orderId: 'ord_bindings_5',
    channel: 'WEB',
    destination: null,
    lines: [{ id: 'l1', sku: SKU, quantity: 1, deliveryMethod: 'PICKUP_IN_STORE', pickupLocationId: at.locationId }],
    idempotencyKey: 'route-bindings-5',
    replacesHold: { reservationId: held.reservation.id, ownerId: 'cart_b5' },
  });
  expect(routed).toMatchObject({ ok: true, fulfillmentOrders: [{ locationId: at.locationId }] });
  const hold = await infra.store.collection<ReservationDoc>('reservations').findById(held.reservation.id);
  expect(hold).toMatchObject({ status: 'RELEASED', releaseReason: 'replaced' });
});
