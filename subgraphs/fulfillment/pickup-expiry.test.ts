import { fixtureScenario } from '../../demo/fixture';
import { createMemoryBus } from '../../platform/bus/memory';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import type { DocumentStore } from '../../platform/store/port';
import { buildSubgraph, inProcessBindings } from '../registry';
import { seedScenario } from '../seed';
import type { FulfillmentContext } from './context';
import { PICKUP_HOLD_SECONDS } from './service-orders';

/**
 * BOPIS holds expire on a clock: a ready pickup not collected within PICKUP_HOLD_SECONDS (72 h) is
 * cancelled and its stock released, exactly once however many instances sweep at the same time.
 */
let clock = new Date('2026-11-30T09:00:00.000Z'); // 10:00 in Paris, a Monday: stores are open
let store: DocumentStore;

async function instance() {
  const deps = { store, bus: createMemoryBus(), logger: silentLogger, now: () => clock };
  const bindings = inProcessBindings(deps);
  const fulfillment = buildSubgraph('fulfillment', deps, bindings);
  const ctx = fulfillment.createContext({
    principal: { kind: 'service', service: 'test' },
    requestId: 't',
  }) as unknown as FulfillmentContext;
  return { fulfillment, service: ctx.service };
}

async function level(sku: string, locationId: string) {
  return store
    .collection<{ _id: string; onHand: number; reserved: number; committed: number; available: number }>(
      'inventory_levels',
    )
    .findById(`${sku}@${locationId}`);
}

beforeEach(async () => {
  clock = new Date('2026-11-30T09:00:00.000Z');
  store = createMemoryStore();
  await seedScenario(store, fixtureScenario({ products: 1, onHand: 10 }));
});
afterEach(() => store.close());

it('a ready pickup not collected in time is cancelled and its stock released, once, with two sweepers racing', async () => {
  const a = await instance();
  const b = await instance();
  const sku = (await store.collection<{ _id: string }>('variants').findAll({}))[0]!._id;
  const before = await level(sku, 'loc_store_01');
  const routed = await a.service.routeOrder({
    orderId: 'ord_pickup_1',
    channel: 'WEB',
    destination: null,
    lines: [{ id: 'l1', sku, quantity: 2, deliveryMethod: 'PICKUP_IN_STORE', pickupLocationId: 'loc_store_01' }],
    idempotencyKey: 'pickup-1',
  });
  if (!routed.ok) throw new Error(routed.message);
  const [fo] = routed.fulfillmentOrders;
  expect(fo).toMatchObject({ locationId: 'loc_store_01', status: 'OPEN' });
  for (const action of ['ACCEPT', 'READY_FOR_PICKUP'] as const) {
    expect(await a.service.transition({ id: fo!._id, action, sourceEventId: action })).toMatchObject({ ok: true });
  }
  const ready = await level(sku, 'loc_store_01');
  expect(ready!.committed - before!.committed).toBe(2);

  // One minute before the hold ends: nothing happens.
  clock = new Date(clock.getTime() + PICKUP_HOLD_SECONDS * 1000 - 60_000);
  expect(await a.service.sweepExpiredPickups()).toBe(0);
  expect(await level(sku, 'loc_store_01')).toEqual(ready);

  clock = new Date(clock.getTime() + 120_000);
  const swept = await Promise.all([a.service.sweepExpiredPickups(), b.service.sweepExpiredPickups()]);
  expect(swept.reduce((s, n) => s + n, 0)).toBe(1);
  const after = await level(sku, 'loc_store_01');
  expect(after).toMatchObject({
    onHand: before!.onHand,
    committed: before!.committed,
    reserved: before!.reserved,
    available: before!.available,
  });
  const stored = await store.collection<{ _id: string; status: string }>('fulfillment_orders').findById(fo!._id);
  expect(stored?.status).toBe('CANCELLED');
  // A late pickup scan is refused and changes nothing.
  expect(await a.service.transition({ id: fo!._id, action: 'PICKED_UP', sourceEventId: 'late' })).toMatchObject({
    ok: false,
    code: 'INVALID_TRANSITION',
  });
  expect(await level(sku, 'loc_store_01')).toEqual(after);
});

it('a received ship-to-store order not collected in time is released into the pickup store’s stock', async () => {
  const { service } = await instance();
  const sku = (await store.collection<{ _id: string }>('variants').findAll({}))[0]!._id;
  const routed = await service.routeOrder({
    orderId: 'ord_sts_1',
    channel: 'WEB',
    destination: null,
    lines: [{ id: 'l1', sku, quantity: 1, deliveryMethod: 'SHIP_TO_STORE', pickupLocationId: 'loc_store_03' }],
    idempotencyKey: 'sts-1',
  });
  if (!routed.ok) throw new Error(routed.message);
  const [fo] = routed.fulfillmentOrders;
  expect(fo).toMatchObject({ locationId: 'loc_dc_01', pickupLocationId: 'loc_store_03' });
  const storeBefore = await level(sku, 'loc_store_03'); // the fixture does not stock it: no position yet
  for (const action of ['ACCEPT', 'SHIP', 'RECEIVE'] as const) {
    expect(await service.transition({ id: fo!._id, action, sourceEventId: action })).toMatchObject({ ok: true });
  }
  expect(await level(sku, 'loc_store_03')).toMatchObject({ onHand: 1, committed: 1, available: 0 });
  clock = new Date(clock.getTime() + PICKUP_HOLD_SECONDS * 1000 + 60_000);
  expect(await service.sweepExpiredPickups()).toBe(1);
  expect(storeBefore).toBeNull();
  expect(await level(sku, 'loc_store_03')).toMatchObject({ onHand: 1, committed: 0, available: 1 });
});
