import { fixtureScenario } from '../../demo/fixture';
import { createMemoryBus } from '../../platform/bus/memory';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import type { DocumentStore } from '../../platform/store/port';
import type { SubgraphName } from '../../platform/config';
import type { CatalogContext } from '../catalog/context';
import type { InventoryLevelDoc, ReservationDoc } from '../catalog/model';
import { bindingsFrom, buildSubgraph } from '../registry';
import { seedScenario } from '../seed';
import type { Subgraph } from '../types';
import type { OrdersContext } from './context';
import type { CartDoc } from './model';

/**
 * Cart holds on a clock the test moves: a hold runs out, catalog's sweeper gives its units back,
 * and the cart's checkout then routes as any other (the hold is simply gone). Every subgraph is
 * built in-process on one fixture store (every position onHand 10, committed 2, reserved 1,
 * safety stock 1 → 6 available; loc_store_01 takes pickups).
 */
const START = new Date('2026-11-30T09:00:00.000Z'); // Monday 10:00 in Paris: stores are open
const STORE = 'loc_store_01';
const SKU = 'SKU-1-S';
let clock = START;
let store: DocumentStore;
let orders: OrdersContext['service'];
let catalog: CatalogContext['service'];

beforeEach(async () => {
  clock = START;
  store = createMemoryStore();
  await seedScenario(store, fixtureScenario({ products: 2, onHand: 10 }));
  const deps = { store, bus: createMemoryBus(), logger: silentLogger, now: () => clock };
  const built: Partial<Record<SubgraphName, Subgraph>> = {};
  const bindings = bindingsFrom(built);
  for (const name of ['identity', 'catalog', 'fulfillment', 'orders'] as const) {
    built[name] = buildSubgraph(name, deps, bindings, { cartHoldSeconds: 300 });
    await built[name]!.init();
  }
  const context = (name: SubgraphName) =>
    built[name]!.createContext({ principal: { kind: 'service', service: 'test' }, requestId: 't' });
  orders = (context('orders') as unknown as OrdersContext).service;
  catalog = (context('catalog') as unknown as CatalogContext).service;
});
afterEach(() => store.close());

const level = async () => (await store.collection<InventoryLevelDoc>('inventory_levels').findById(`${SKU}@${STORE}`))!;
const reservation = (id: string) => store.collection<ReservationDoc>('reservations').findById(id);

async function heldCart(quantity: number, ttlSeconds: number | null = null): Promise<CartDoc> {
  const created = await orders.createCart({
    customerId: 'cus_1',
    channel: 'WEB',
    lines: [{ sku: SKU, quantity, deliveryMethod: 'PICKUP_IN_STORE', pickupLocationId: STORE }],
  });
  if (!created.ok) throw new Error(created.message);
  const held = await orders.holdCart(created.cart._id, ttlSeconds);
  if (!held.ok) throw new Error(held.message);
  return held.cart;
}

const checkout = (cart: CartDoc, key: string) =>
  orders.placeOrder(
    {
      channel: 'WEB',
      customerId: cart.customerId,
      lines: cart.lines.map(({ sku, quantity, deliveryMethod, pickupLocationId }) => ({
        sku,
        quantity,
        deliveryMethod,
        pickupLocationId,
      })),
      cartId: cart._id,
      idempotencyKey: key,
    },
    cart,
  );

it('an expired hold is released by the sweeper; checkout then routes as without it', async () => {
  const cart = await heldCart(2, 60);
  expect(cart.hold).toMatchObject({ expiresAt: new Date(START.getTime() + 60_000).toISOString() });
  expect(await level()).toMatchObject({ available: 4, reserved: 3 });

  clock = new Date(START.getTime() + 61_000);
  expect(await catalog.sweepExpired()).toBe(1);
  expect(await reservation(cart.hold!.reservationId)).toMatchObject({ status: 'EXPIRED' });
  expect(await level()).toMatchObject({ available: 6, reserved: 1 });

  // Another shopper takes 5 of the 6: the expired hold gave the cart no claim on them.
  const other = await catalog.reserve({
    kind: 'CART',
    ownerId: 'cart_other',
    idempotencyKey: 'other',
    lines: [{ sku: SKU, locationId: STORE, quantity: 5 }],
  });
  expect(other.ok).toBe(true);
  expect(await checkout(cart, 'after-expiry')).toMatchObject({ ok: false, code: 'OUT_OF_STOCK' });
  expect(await level()).toMatchObject({ available: 1, reserved: 6 });
});

it('the default duration is configured; an expired hold the sweeper has not reached is no hold either', async () => {
  const cart = await heldCart(2);
  expect(cart.hold!.expiresAt).toBe(new Date(START.getTime() + 300_000).toISOString());
  clock = new Date(START.getTime() + 301_000);
  // Not swept yet: the units are still reserved, but the cart shows no hold and holds again at once.
  const again = await orders.holdCart(cart._id, null);
  expect(again).toMatchObject({ ok: true });
  if (!again.ok) return;
  expect(again.cart.hold!.reservationId).not.toBe(cart.hold!.reservationId);
  // The new hold took the expired one's units over in one write: still 2 held, not 4.
  expect(await reservation(cart.hold!.reservationId)).toMatchObject({ status: 'EXPIRED' });
  expect(await level()).toMatchObject({ available: 4, reserved: 3 });

  const placed = await checkout(again.cart, 'held');
  expect(placed).toMatchObject({ ok: true });
  expect(await reservation(again.cart.hold!.reservationId)).toMatchObject({
    status: 'RELEASED',
    releaseReason: 'replaced',
  });
  expect(await level()).toMatchObject({ available: 4, reserved: 3 });
  const closed = (await store.collection<CartDoc>('carts').findById(cart._id))!;
  expect(closed).toMatchObject({ status: 'CHECKED_OUT', hold: null });
});
