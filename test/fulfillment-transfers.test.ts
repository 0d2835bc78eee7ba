import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { fulfillmentClient, staffOf, type Fo } from './support/fulfillment';
import { bearer, postGraphQL } from './support/http';

/**
 * Ship to store end to end through the gateway: the node that holds the stock ships a transfer to
 * the shopper's store, the store receives it (the units enter its stock straight into the order's
 * hold), and the shopper picks it up there. Each node's staff take only their own steps; both
 * nodes' inventory positions are checked after every step.
 */
let gw: EmbeddedGateway;
const { level, route, step, stocked, queue } = fulfillmentClient(() => gw.url);

beforeAll(async () => {
  gw = await startEmbeddedGateway();
});
afterAll(() => gw.stop());

/** A DC position with stock, and an active store taking pickups. */
async function transferSetup(units: number) {
  const [pos] = await stocked(units, 'loc_dc_');
  const stores = await postGraphQL<{ locations: { id: string }[] }>(
    gw.url,
    '{ locations(filter: { capability: PICKUP_IN_STORE, active: true }) { id } }',
  );
  const store = stores.body.data!.locations[0]!.id;
  return { sku: pos!.sku, store };
}

async function shipToStore(sku: string, store: string, quantity: number): Promise<Fo> {
  const { answer } = await route(
    [{ id: 'l1', sku, quantity, deliveryMethod: 'SHIP_TO_STORE', pickupLocationId: store }],
    { profile: { locationTypes: ['WAREHOUSE'], maxShipments: 1, stayInCountry: false } },
  );
  if (answer?.__typename !== 'RoutedOrder') throw new Error(JSON.stringify(answer));
  const [fo] = answer.fulfillmentOrders!;
  expect(fo).toMatchObject({ status: 'OPEN', deliveryMethod: 'SHIP_TO_STORE', pickupLocation: { id: store } });
  return fo!;
}

it('shipped from the DC, received at the store into the order hold, picked up there', async () => {
  const { sku, store } = await transferSetup(2);
  const fo = await shipToStore(sku, store, 2);
  const source = fo.location.id;
  expect(source).not.toBe(store);
  const storeBefore = await level(sku, store);
  const held = await level(sku, source);
  const dc = staffOf(source);
  const counter = staffOf(store);

  // The store cannot take the node's steps, and cannot receive what was not shipped.
  expect(await step(fo, 'ACCEPT', counter)).toMatchObject({ code: 'WRONG_LOCATION' });
  expect(await step(fo, 'RECEIVE', counter)).toMatchObject({ code: 'INVALID_TRANSITION' });
  expect(await level(sku, source)).toEqual(held);

  expect((await step(fo, 'ACCEPT', dc)).fulfillmentOrder?.status).toBe('ACCEPTED');
  const accepted = await level(sku, source);
  expect([accepted.committed - held.committed, held.reserved - accepted.reserved]).toEqual([2, 2]);
  // Not ready until it arrives at the store.
  expect(await step(fo, 'READY_FOR_PICKUP', dc)).toMatchObject({ code: 'INVALID_TRANSITION' });

  const shipped = await step(fo, 'SHIP', dc, { carrier: 'DHL', trackingNumber: 'JD0001' });
  expect(shipped.fulfillmentOrder).toMatchObject({ status: 'SHIPPED', receivedAt: null });
  const inTransit = await level(sku, source);
  expect([accepted.onHand - inTransit.onHand, accepted.committed - inTransit.committed]).toEqual([2, 2]);
  expect(await level(sku, store)).toEqual(storeBefore);
  // The store sees it coming; the DC's queue no longer holds it.
  expect(await queue(store)).toContainEqual({ id: fo.id, status: 'SHIPPED' });
  expect((await queue(source)).map((f) => f.id)).not.toContain(fo.id);
  // The DC cannot receive it nor mark it delivered: it is the store's now.
  expect(await step(fo, 'RECEIVE', dc)).toMatchObject({ code: 'WRONG_LOCATION' });
  expect(await step(fo, 'DELIVER', dc)).toMatchObject({ code: 'INVALID_TRANSITION' });

  const received = await step(fo, 'RECEIVE', counter, { sourceEventId: `${fo.id}-arrival` });
  expect(received.fulfillmentOrder).toMatchObject({ status: 'READY_FOR_PICKUP' });
  expect(Date.parse(received.fulfillmentOrder!.receivedAt!)).not.toBeNaN();
  expect(Date.parse(received.fulfillmentOrder!.pickupExpiresAt!)).toBeGreaterThan(Date.now());
  const arrived = await level(sku, store);
  // In the store's stock, held for the order: not available to anyone else.
  expect([arrived.onHand - storeBefore.onHand, arrived.committed - storeBefore.committed]).toEqual([2, 2]);
  expect(arrived.available).toBe(storeBefore.available);
  // The same arrival scanned again changes nothing.
  expect(await step(fo, 'RECEIVE', counter, { sourceEventId: `${fo.id}-arrival` })).toMatchObject({ changed: false });
  expect(await level(sku, store)).toEqual(arrived);
  expect(await queue(store)).toContainEqual({ id: fo.id, status: 'READY_FOR_PICKUP' });

  expect(await step(fo, 'PICKED_UP', dc)).toMatchObject({ code: 'WRONG_LOCATION' });
  expect((await step(fo, 'PICKED_UP', counter)).fulfillmentOrder?.status).toBe('PICKED_UP');
  expect(await level(sku, store)).toEqual(storeBefore);
  expect(await level(sku, source)).toEqual(inTransit);
});

it('a received transfer the shopper cancels is restocked at the store', async () => {
  const { sku, store } = await transferSetup(1);
  const fo = await shipToStore(sku, store, 1);
  const dc = staffOf(fo.location.id);
  const storeBefore = await level(sku, store);
  for (const action of ['ACCEPT', 'SHIP'] as const) await step(fo, action, dc);
  await step(fo, 'RECEIVE', staffOf(store));
  // Once received, it is the store's to cancel.
  expect(await step(fo, 'CANCEL', dc)).toMatchObject({ code: 'WRONG_LOCATION' });
  expect((await step(fo, 'CANCEL', staffOf(store), { reason: 'changed mind' })).fulfillmentOrder?.status).toBe(
    'CANCELLED',
  );
  const after = await level(sku, store);
  expect([after.onHand - storeBefore.onHand, after.available - storeBefore.available]).toEqual([1, 1]);
  expect(after.committed).toBe(storeBefore.committed);
});

it('staff of either node read a ship-to-store order; a third node sees nothing', async () => {
  const { sku, store } = await transferSetup(1);
  const fo = await shipToStore(sku, store, 1);
  const read = (who: string) =>
    postGraphQL<{ fulfillmentOrder: { id: string } | null }>(
      gw.url,
      `{ fulfillmentOrder(id: "${fo.id}") { id } }`,
      undefined,
      bearer(staffOf(who)),
    );
  expect((await read(fo.location.id)).body.data?.fulfillmentOrder).toEqual({ id: fo.id });
  expect((await read(store)).body.data?.fulfillmentOrder).toEqual({ id: fo.id });
  const other = await read('loc_store_99');
  expect(other.body.data?.fulfillmentOrder).toBeNull();
  expect(other.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  // A third node's staff cannot step it: answered like a missing order.
  expect(await step(fo, 'ACCEPT', staffOf('loc_store_99'))).toMatchObject({ code: 'FULFILLMENT_ORDER_NOT_FOUND' });
});
