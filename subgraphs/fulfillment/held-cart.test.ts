import { useFulfillmentFixture } from '../../test/support/fulfillment-fixture';
import type { ReservationDoc } from '../catalog/model';
import { inProcessBindings } from '../registry';
import { silentLogger } from '../../platform/logger';
import { createMemoryBus } from '../../platform/bus/memory';

/**
 * Routing an order that takes over a cart hold (`replacesHold`): the held units count as available
 * at their store when planning, and become the order's hold in the same write, so the order gets
 * them even when the rest of the store's stock is gone. Fixture: every position onHand 10,
 * committed 2, reserved 1, safety stock 1 → 6 available; loc_store_01 takes pickups.
 */
const fx = useFulfillmentFixture();
const STORE = 'loc_store_01';
const SKU = 'SKU-1-S';

function catalog() {
  return inProcessBindings({ store: fx.store, bus: createMemoryBus(), logger: silentLogger, now: fx.now }).catalog;
}

async function holdAndDrain(quantity: number) {
  const api = catalog();
  const hold = await api.reserve({
    kind: 'CART',
    ownerId: 'cart_1',
    lines: [{ sku: SKU, locationId: STORE, quantity }],
    ttlSeconds: 900,
    idempotencyKey: 'cart-hold-1',
  });
  if (!hold.ok) throw new Error(hold.code);
  // Another shopper takes everything else the store has.
  const rest = await api.reserve({
    kind: 'CART',
    ownerId: 'cart_2',
    lines: [{ sku: SKU, locationId: STORE, quantity: 6 - quantity }],
    idempotencyKey: 'cart-hold-2',
  });
  if (!rest.ok) throw new Error(rest.code);
  return { reservationId: hold.reservation.id, ownerId: 'cart_1' };
}

const pickup = (quantity: number) => [
  { id: 'l1', sku: SKU, quantity, deliveryMethod: 'PICKUP_IN_STORE' as const, pickupLocationId: STORE },
];

it('the held units route the pickup to its store and pass to the order; the cart hold is RELEASED', async () => {
  const { service } = fx.instance();
  const held = await holdAndDrain(2);
  // Without the hold, nobody (this order included) can have those units.
  expect(await service.routeOrder(fx.order(pickup(2)))).toMatchObject({ ok: false, code: 'OUT_OF_STOCK' });
  const routed = await service.routeOrder(fx.order(pickup(2), { replacesHold: held }));
  expect(routed).toMatchObject({ ok: true, backorder: null });
  if (!routed.ok) return;
  expect(routed.fulfillmentOrders.map((f) => [f.locationId, f.deliveryMethod])).toEqual([[STORE, 'PICKUP_IN_STORE']]);
  const cartHold = await fx.store.collection<ReservationDoc>('reservations').findById(held.reservationId);
  expect(cartHold).toMatchObject({ status: 'RELEASED', replacedBy: routed.fulfillmentOrders[0]!.reservationId });
  // Reserved: the seed's 1, the other shopper's 4 and the order's 2, counted once.
  expect(await fx.level(SKU, STORE)).toMatchObject({ onHand: 10, reserved: 7, available: 0 });
});

it('more than the hold: the rest must be available; short, nothing is held and the cart hold stays', async () => {
  const { service } = fx.instance();
  const held = await holdAndDrain(2);
  const before = await fx.snapshot();
  expect(await service.routeOrder(fx.order(pickup(3), { replacesHold: held }))).toMatchObject({
    ok: false,
    code: 'OUT_OF_STOCK',
    shortLines: [{ lineId: 'l1', missing: 1 }],
  });
  expect(await fx.snapshot()).toEqual(before);
});

it('a hold past its expiry is no hold: the order takes those units like any others (the write expires it)', async () => {
  const { service } = fx.instance();
  const api = catalog();
  const hold = await api.reserve({
    kind: 'CART',
    ownerId: 'cart_1',
    lines: [{ sku: SKU, locationId: STORE, quantity: 2 }],
    ttlSeconds: 60,
    idempotencyKey: 'cart-hold-x',
  });
  if (!hold.ok) throw new Error(hold.code);
  fx.advance(61);
  const routed = await service.routeOrder(
    fx.order(pickup(6), { replacesHold: { reservationId: hold.reservation.id, ownerId: 'cart_1' } }),
  );
  // The order takes the hold's 2 units with the store's other 4: all 6.
  expect(routed).toMatchObject({ ok: true });
  expect(await fx.store.collection<ReservationDoc>('reservations').findById(hold.reservation.id)).toMatchObject({
    status: 'EXPIRED',
  });
  expect(await fx.level(SKU, STORE)).toMatchObject({ reserved: 7, available: 0 });
});
