import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { fulfillmentClient, ROUTING_SERVICE as SERVICE, staffOf } from './support/fulfillment';
import { bearer, postGraphQL } from './support/http';

/**
 * Distributed order management end to end through the gateway: orders are routed for real (as
 * orders' placeOrder does, the internal service principal), their stock held in catalog's ledger,
 * and each fulfillment order driven by the staff of its node. Inventory positions and statuses are
 * checked after every step. Who may route and step: test/fulfillment-access.test.ts.
 */
let gw: EmbeddedGateway;
let n = 0;
const { level, route, step, stocked } = fulfillmentClient(() => gw.url);

beforeAll(async () => {
  gw = await startEmbeddedGateway();
});
afterAll(() => gw.stop());

describe('routing through the gateway', () => {
  it('ship from store: routed to a store, accepted (committed), shipped (stock leaves), delivered', async () => {
    const [pos] = await stocked(3, 'loc_store_');
    expect(pos).toBeDefined();
    const { answer } = await route([{ id: 'l1', sku: pos!.sku, quantity: 2, deliveryMethod: 'SHIP' }], {
      profile: { locationTypes: ['STORE'], maxShipments: 1 },
    });
    expect(answer?.__typename).toBe('RoutedOrder');
    const [fo] = answer!.fulfillmentOrders!;
    expect(fo).toMatchObject({ status: 'OPEN', deliveryMethod: 'SHIP', lines: [{ orderLineId: 'l1', quantity: 2 }] });
    const at = fo!.location.id;
    const held = await level(pos!.sku, at);

    const accepted = await step(fo!, 'ACCEPT', staffOf(at));
    expect(accepted.fulfillmentOrder?.status).toBe('ACCEPTED');
    const afterAccept = await level(pos!.sku, at);
    expect(afterAccept.committed - held.committed).toBe(2);
    expect(held.reserved - afterAccept.reserved).toBe(2);

    const shipped = await step(fo!, 'SHIP', staffOf(at), { carrier: 'Colissimo', trackingNumber: '6A123' });
    expect(shipped.fulfillmentOrder?.status).toBe('SHIPPED');
    const afterShip = await level(pos!.sku, at);
    expect(afterAccept.onHand - afterShip.onHand).toBe(2);
    expect(afterAccept.committed - afterShip.committed).toBe(2);
    expect(afterShip.available).toBe(afterAccept.available);

    expect((await step(fo!, 'DELIVER', staffOf(at))).fulfillmentOrder?.status).toBe('DELIVERED');
    // Nothing applies to a delivered order, and the refusal changes nothing.
    expect(await step(fo!, 'CANCEL', staffOf(at))).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await level(pos!.sku, at)).toEqual(afterShip);
  });

  it('BOPIS: held at the store, accepted, ready (with a hold expiry), picked up (stock leaves)', async () => {
    const pickupStores = await postGraphQL<{ locations: { id: string }[] }>(
      gw.url,
      '{ locations(filter: { capability: PICKUP_IN_STORE, active: true }) { id } }',
    );
    const ids = new Set(pickupStores.body.data!.locations.map((l) => l.id));
    const [pos] = (await stocked(2, 'loc_store_')).filter((p) => ids.has(p.locationId));
    const before = await level(pos!.sku, pos!.locationId);
    const { answer } = await route([
      { id: 'l1', sku: pos!.sku, quantity: 1, deliveryMethod: 'PICKUP_IN_STORE', pickupLocationId: pos!.locationId },
    ]);
    if (answer?.__typename !== 'RoutedOrder') throw new Error(JSON.stringify(answer));
    const [fo] = answer.fulfillmentOrders!;
    expect(fo).toMatchObject({ status: 'OPEN', location: { id: pos!.locationId }, deliveryMethod: 'PICKUP_IN_STORE' });
    const held = await level(pos!.sku, pos!.locationId);
    expect(before.available - held.available).toBe(1);
    expect(held.reserved - before.reserved).toBe(1);

    const staff = staffOf(pos!.locationId);
    await step(fo!, 'ACCEPT', staff);
    // A pickup is never shipped: refused, nothing changes.
    expect(await step(fo!, 'SHIP', staff)).toMatchObject({ code: 'INVALID_TRANSITION' });
    const ready = await step(fo!, 'READY_FOR_PICKUP', staff);
    expect(ready.fulfillmentOrder).toMatchObject({ status: 'READY_FOR_PICKUP' });
    expect(Date.parse(ready.fulfillmentOrder!.pickupExpiresAt!)).toBeGreaterThan(Date.now());
    const picked = await step(fo!, 'PICKED_UP', staff);
    expect(picked.fulfillmentOrder?.status).toBe('PICKED_UP');
    const after = await level(pos!.sku, pos!.locationId);
    expect(before.onHand - after.onHand).toBe(1);
    expect(after.committed).toBe(before.committed);
    expect(after.reserved).toBe(before.reserved);
  });

  it('a split order: more units than any one node holds, parts sum to the order', async () => {
    const stock = await stocked(1);
    // A SKU held at two or more nodes: order one more unit than the best node holds.
    const sku = stock.find((s) => stock.filter((o) => o.sku === s.sku).length >= 2)!.sku;
    const best = Math.max(...stock.filter((s) => s.sku === sku).map((s) => s.available));
    const quantity = best + 1;
    const { answer } = await route([{ id: 'l1', sku, quantity, deliveryMethod: 'SHIP' }], {
      profile: { maxShipments: 3, stayInCountry: false },
    });
    expect(answer?.__typename).toBe('RoutedOrder');
    const fos = answer!.fulfillmentOrders!;
    expect(fos.length).toBeGreaterThanOrEqual(2);
    expect(new Set(fos.map((f) => f.location.id)).size).toBe(fos.length);
    expect(fos.flatMap((f) => f.lines).reduce((sum, l) => sum + l.quantity, 0)).toBe(quantity);
  });

  it('a node rejects: its stock is released and the lines re-routed, never back to it', async () => {
    const [pos] = await stocked(2, 'loc_dc_');
    const { answer } = await route([{ id: 'l1', sku: pos!.sku, quantity: 1, deliveryMethod: 'SHIP' }], {
      profile: { maxShipments: 1, stayInCountry: false },
    });
    const [fo] = answer!.fulfillmentOrders!;
    const at = fo!.location.id;
    const held = await level(pos!.sku, at);
    const rejected = await step(fo!, 'REJECT', staffOf(at), { reason: 'damaged in the bin' });
    expect(rejected.fulfillmentOrder?.status).toBe('REJECTED');
    const released = await level(pos!.sku, at);
    expect(held.reserved - released.reserved).toBe(1);
    expect(released.available - held.available).toBe(1);
    for (const r of rejected.rerouted ?? []) {
      expect(r.location.id).not.toBe(at);
      expect(r.status).toBe('OPEN');
    }
    expect((rejected.rerouted ?? []).flatMap((r) => r.lines).reduce((s, l) => s + l.quantity, 0)).toBe(1);
  });

  it('a dropship line goes to the supplier, which ships it; its stock leaves the supplier', async () => {
    const [pos] = await stocked(1, 'loc_dropship_');
    expect(pos).toBeDefined();
    const { answer } = await route([{ id: 'l1', sku: pos!.sku, quantity: 1, deliveryMethod: 'SHIP' }], {
      profile: { locationTypes: ['DROPSHIP_SUPPLIER'], maxShipments: 1 },
    });
    const [fo] = answer!.fulfillmentOrders!;
    expect(fo!.location.id).toBe('loc_dropship_01');
    const held = await level(pos!.sku, 'loc_dropship_01');
    for (const action of ['ACCEPT', 'SHIP'] as const) {
      expect((await step(fo!, action, SERVICE)).fulfillmentOrder?.status).toBe(
        action === 'ACCEPT' ? 'ACCEPTED' : 'SHIPPED',
      );
    }
    const after = await level(pos!.sku, 'loc_dropship_01');
    expect(held.onHand - after.onHand).toBe(1);
    expect(held.reserved - after.reserved).toBe(1);
  });

  it('a step is idempotent by source event id; the same id with other content is a conflict', async () => {
    const [pos] = await stocked(1, 'loc_dc_');
    const { answer } = await route([{ id: 'l1', sku: pos!.sku, quantity: 1, deliveryMethod: 'SHIP' }], {
      profile: { maxShipments: 1, stayInCountry: false },
    });
    const [fo] = answer!.fulfillmentOrders!;
    const staff = staffOf(fo!.location.id);
    const send = (reason: string) =>
      postGraphQL<{ updateFulfillmentOrder: { __typename: string; changed?: boolean; code?: string } }>(
        gw.url,
        `mutation { updateFulfillmentOrder(input: { id: "${fo!.id}", action: CANCEL, sourceEventId: "evt-1", reason: "${reason}" }) {
          __typename ... on FulfillmentOrderUpdate { changed } ... on FulfillmentOrderError { code } } }`,
        undefined,
        bearer(staff),
      );
    const before = await level(pos!.sku, fo!.location.id);
    expect((await send('customer')).body.data?.updateFulfillmentOrder).toMatchObject({ changed: true });
    const once = await level(pos!.sku, fo!.location.id);
    expect(before.reserved - once.reserved).toBe(1);
    expect((await send('customer')).body.data?.updateFulfillmentOrder).toMatchObject({ changed: false });
    expect((await send('other')).body.data?.updateFulfillmentOrder).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' });
    expect(await level(pos!.sku, fo!.location.id)).toEqual(once);
  });

  it('routing an order twice holds its stock once', async () => {
    const [pos] = await stocked(1, 'loc_dc_');
    const input = {
      orderId: `ord_twice_${++n}`,
      channel: 'WEB',
      destination: { lat: 48.85, lng: 2.35, countryCode: 'FR' },
      lines: [{ id: 'l1', sku: pos!.sku, quantity: 1, deliveryMethod: 'SHIP' }],
      idempotencyKey: 'twice',
    };
    const q = `mutation($input: RouteOrderInput!) { routeOrder(input: $input) { ... on RoutedOrder { replay fulfillmentOrders { id } } } }`;
    const first = await postGraphQL<{ routeOrder: { replay: boolean; fulfillmentOrders: { id: string }[] } }>(
      gw.url,
      q,
      { input },
      bearer(SERVICE),
    );
    const again = await postGraphQL<{ routeOrder: { replay: boolean; fulfillmentOrders: { id: string }[] } }>(
      gw.url,
      q,
      { input },
      bearer(SERVICE),
    );
    expect(first.body.data?.routeOrder.replay).toBe(false);
    expect(again.body.data?.routeOrder).toEqual({
      replay: true,
      fulfillmentOrders: first.body.data?.routeOrder.fulfillmentOrders,
    });
  });

  it('many orders at once for the last units never oversell and leave no stray hold', async () => {
    const [pos] = (await stocked(1, 'loc_store_')).sort((a, b) => a.sku.localeCompare(b.sku));
    const stock = await postGraphQL<{ availableStock: { sku: string; locationId: string; available: number }[] }>(
      gw.url,
      'query($skus: [String!]!) { availableStock(skus: $skus, channel: WEB) { sku locationId available } }',
      { skus: [pos!.sku] },
      bearer(SERVICE),
    );
    const total = stock.body.data!.availableStock.reduce((s, p) => s + p.available, 0);
    const attempts = Math.min(total + 5, 40);
    const results = await Promise.all(
      Array.from({ length: attempts }, () =>
        route([{ id: 'l1', sku: pos!.sku, quantity: 1, deliveryMethod: 'SHIP' }], {
          profile: { maxShipments: 1, stayInCountry: false, requireCapacity: false },
        }),
      ),
    );
    const routed = results.filter((r) => r.answer?.__typename === 'RoutedOrder');
    const refused = results.filter((r) => r.answer?.__typename === 'RoutingFailure');
    expect(routed.length + refused.length).toBe(attempts);
    expect(routed.length).toBeLessThanOrEqual(total);
    const after = await postGraphQL<{ availableStock: { available: number }[] }>(
      gw.url,
      'query($skus: [String!]!) { availableStock(skus: $skus, channel: WEB) { available } }',
      { skus: [pos!.sku] },
      bearer(SERVICE),
    );
    // Every unit that left the available pool is held by exactly one routed order.
    expect(total - after.body.data!.availableStock.reduce((s, p) => s + p.available, 0)).toBe(routed.length);
  });
});
