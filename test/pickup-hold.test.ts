import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { fulfillmentClient, staffOf, type Fo } from './support/fulfillment';
import { bearer, postGraphQL } from './support/http';

/**
 * Pickup holds run out end to end: a gateway whose pickups are held 2 seconds (`PICKUP_HOLD_S`)
 * and swept every 100 ms. A ready BOPIS order nobody collects is cancelled by the sweeper and its
 * units are available at the store again; a late pickup scan is refused and changes nothing.
 */
let gw: EmbeddedGateway;
const { level, route, step, stocked } = fulfillmentClient(() => gw.url);

beforeAll(async () => {
  gw = await startEmbeddedGateway({ pickupHoldSeconds: 2, reservationSweepMs: 100 });
});
afterAll(() => gw.stop());

/** The fulfillment order's status as its store's staff read it, once it leaves `from` (or after 15 s). */
async function statusAfter(fo: Fo, from: string, at: string): Promise<string> {
  for (let i = 0; i < 150; i++) {
    const res = await postGraphQL<{ fulfillmentOrder: { status: string } }>(
      gw.url,
      `{ fulfillmentOrder(id: "${fo.id}") { status } }`,
      undefined,
      bearer(staffOf(at)),
    );
    const status = res.body.data!.fulfillmentOrder.status;
    if (status !== from) return status;
    await new Promise((r) => setTimeout(r, 100));
  }
  return from;
}

it('a ready BOPIS order not collected in time is cancelled and its units are available again', async () => {
  const stores = await postGraphQL<{ locations: { id: string }[] }>(
    gw.url,
    '{ locations(filter: { capability: PICKUP_IN_STORE, active: true }) { id } }',
  );
  const ids = new Set(stores.body.data!.locations.map((l) => l.id));
  const [pos] = (await stocked(1, 'loc_store_')).filter((p) => ids.has(p.locationId));
  const before = await level(pos!.sku, pos!.locationId);
  const { answer } = await route([
    { id: 'l1', sku: pos!.sku, quantity: 1, deliveryMethod: 'PICKUP_IN_STORE', pickupLocationId: pos!.locationId },
  ]);
  if (answer?.__typename !== 'RoutedOrder') throw new Error(JSON.stringify(answer));
  const [fo] = answer.fulfillmentOrders!;
  const staff = staffOf(pos!.locationId);
  await step(fo!, 'ACCEPT', staff);
  const ready = await step(fo!, 'READY_FOR_PICKUP', staff);
  expect(ready.fulfillmentOrder?.status).toBe('READY_FOR_PICKUP');
  const held = await level(pos!.sku, pos!.locationId);
  expect(before.available - held.available).toBe(1);

  expect(await statusAfter(fo!, 'READY_FOR_PICKUP', pos!.locationId)).toBe('CANCELLED');
  expect(await level(pos!.sku, pos!.locationId)).toEqual(before);
  // The shopper arrives late: refused, nothing moves.
  expect(await step(fo!, 'PICKED_UP', staff)).toMatchObject({ code: 'INVALID_TRANSITION' });
  expect(await level(pos!.sku, pos!.locationId)).toEqual(before);
});
