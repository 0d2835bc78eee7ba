import type { Principal } from '../platform/auth/principal';
import { bearer, OPERATOR, postGraphQL } from './support/http';
import { MARKET, RETRY, settle, stockEvent, THREE_PL, until, verify, webhookRig, withKey } from './support/webhooks';

/**
 * Partner webhooks delivered: a real receiver verifies every signature itself (docs/api.md
 * "Partner webhooks"); an event reaches a webhook once, retried with backoff, dead after the last
 * attempt and replayed by an operator.
 */
const rig = webhookRig();

describe('order status of a marketplace order', () => {
  it('reaches the partner’s webhook once per event, signed, with its event id; a tampered body fails the check', async () => {
    const key = await rig.createKey(MARKET, ['orders:read']);
    const hook = await rig.registered(withKey(key), { url: `${rig.base}/orders`, events: ['ORDER_STATUS'] });

    const partner: Principal = { kind: 'partner', partnerId: MARKET, scopes: ['orders:write', 'orders:read'] };
    const sku = (
      await postGraphQL<{ availableStock: { sku: string; available: number }[] }>(
        rig.gw.url,
        `{ availableStock(skus: ["SKU-0001-41-FOR","SKU-0002-38-NOI","SKU-0003-40-BLA"], channel: MARKETPLACE) { sku available } }`,
      )
    ).body.data?.availableStock.find((p) => p.available > 0)?.sku;
    const placed = await postGraphQL<{ placeOrder: { order?: { id: string } } }>(
      rig.gw.url,
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { ... on PlacedOrder { order { id } } } }`,
      {
        input: {
          channel: 'MARKETPLACE',
          destination: { lat: 48.85, lng: 2.35, countryCode: 'FR' },
          idempotencyKey: 'webhook-order-1',
          lines: [{ sku: sku ?? 'SKU-0001-41-FOR', quantity: 1 }],
        },
      },
      bearer(partner),
    );
    const orderId = placed.body.data!.placeOrder.order!.id;
    const cancelled = await postGraphQL(
      rig.gw.url,
      `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { __typename } }`,
      { input: { orderId, reason: 'customer changed their mind', idempotencyKey: 'webhook-cancel-1' } },
      bearer(OPERATOR),
    );
    expect(cancelled.body.errors).toBeUndefined();

    const got = await until(() => rig.hitsOn('/orders').length >= 2 && rig.hitsOn('/orders'), 'two order deliveries');
    await new Promise((r) => setTimeout(r, 200)); // any duplicate would have arrived by now
    const bodies = rig
      .hitsOn('/orders')
      .map((h) => JSON.parse(h.body) as { id: string; type: string; data: Record<string, unknown> });
    expect(bodies.map((b) => b.type).sort()).toEqual(['order.cancelled', 'order.status_changed']);
    expect(bodies.find((b) => b.type === 'order.status_changed')!.data).toMatchObject({
      orderId,
      to: 'CANCELLED',
      channel: 'MARKETPLACE',
    });
    expect(new Set(bodies.map((b) => b.id)).size).toBe(bodies.length);
    for (const hit of got) {
      expect(verify(hit, hook.secret)).toBe(true);
      expect(hit.headers['x-webhook-event-id']).toBe((JSON.parse(hit.body) as { id: string }).id);
      expect(hit.headers['x-webhook-id']).toBe(hook.id);
      expect(verify({ ...hit, body: hit.body.replace(orderId, 'ord_forged') }, hook.secret)).toBe(false);
      expect(verify(hit, 'whsec_another')).toBe(false);
    }
    expect((await rig.deliveries(hook.id)).map((d) => [d.status, d.attempts])).toEqual([
      ['DELIVERED', 1],
      ['DELIVERED', 1],
    ]);
  });

  it('orders of other channels and of other partners do not reach it', async () => {
    const key = await rig.createKey(MARKET, ['orders:read']);
    await rig.registered(withKey(key), { url: `${rig.base}/others`, events: ['ORDER_STATUS'] });
    const event = (eventId: string, over: Record<string, unknown>) => ({
      eventId,
      orderId: 'ord_x',
      customerId: null,
      channel: 'MARKETPLACE',
      partnerId: MARKET,
      from: 'CONFIRMED',
      to: 'SHIPPED',
      reason: 'r',
      at: new Date().toISOString(),
      ...over,
    });
    await rig.bus().publish('orders.order.status-changed', event('evt_other_channel', { channel: 'WEB' }));
    await rig.bus().publish('orders.order.status-changed', event('evt_other_partner', { partnerId: 'partner_other' }));
    await rig.bus().publish('orders.order.status-changed', event('evt_mine', {}));
    await until(() => rig.hitsOn('/others').length === 1, 'the one delivery');
    await new Promise((r) => setTimeout(r, 200));
    expect(rig.hitsOn('/others').map((h) => h.headers['x-webhook-event-id'])).toEqual(['evt_mine']);
  });
});

describe('delivery', () => {
  it('an event delivered twice on the bus is one delivery', async () => {
    const key = await rig.createKey(MARKET, ['orders:read']);
    const hook = await rig.registered(withKey(key), {
      url: `${rig.base}/twice`,
      events: ['STOCK'],
      locationIds: ['loc_store_01'],
    });
    await rig.bus().publish('catalog.inventory.changed', stockEvent('evt_twice', 'loc_store_01'));
    await rig.bus().publish('catalog.inventory.changed', stockEvent('evt_twice', 'loc_store_01'));
    await until(() => rig.hitsOn('/twice').length === 1, 'the delivery');
    await new Promise((r) => setTimeout(r, 300));
    expect(rig.hitsOn('/twice')).toHaveLength(1);
    expect(await rig.deliveries(hook.id)).toHaveLength(1);
  });

  it('stock events reach a webhook only for the locations it registered', async () => {
    const key = await rig.createKey(MARKET, ['orders:read']);
    await rig.registered(withKey(key), {
      url: `${rig.base}/stock`,
      events: ['STOCK'],
      locationIds: ['loc_store_02', 'loc_store_03'],
    });
    await rig.bus().publish('catalog.inventory.changed', stockEvent('evt_s1', 'loc_store_04'));
    await rig.bus().publish('catalog.inventory.changed', stockEvent('evt_s2', 'loc_store_03'));
    await until(() => rig.hitsOn('/stock').length === 1, 'the stock delivery');
    await new Promise((r) => setTimeout(r, 200));
    const body = JSON.parse(rig.hitsOn('/stock')[0]!.body) as {
      id: string;
      type: string;
      data: Record<string, unknown>;
    };
    expect(body).toMatchObject({
      id: 'evt_s2',
      type: 'stock.changed',
      data: { sku: 'SKU-TEST', locationId: 'loc_store_03', available: 4 },
    });
    expect(body.data).not.toHaveProperty('cause');
  });

  it('a receiver answering 500 is retried with growing waits until it answers 2xx', async () => {
    rig.answers.set('/flaky', (n) => (n < 3 ? 500 : 204));
    const key = await rig.createKey(MARKET, ['orders:read']);
    const hook = await rig.registered(withKey(key), {
      url: `${rig.base}/flaky`,
      events: ['STOCK'],
      locationIds: ['loc_store_05'],
    });
    await rig.bus().publish('catalog.inventory.changed', stockEvent('evt_flaky', 'loc_store_05'));
    const [d] = await until(async () => {
      const list = await rig.deliveries(hook.id);
      return list[0]?.status === 'DELIVERED' && list;
    }, 'the delivery');
    expect(d).toMatchObject({ status: 'DELIVERED', attempts: 3, eventId: 'evt_flaky' });
    const at = rig.hitsOn('/flaky').map((h) => h.at);
    expect(at).toHaveLength(3);
    // Backoff: at least the base after the first failure, at least twice the base after the second.
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(RETRY.baseMs - 5);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(2 * RETRY.baseMs - 5);
    for (const hit of rig.hitsOn('/flaky')) {
      expect(hit.headers['x-webhook-event-id']).toBe('evt_flaky');
      expect(verify(hit, hook.secret)).toBe(true);
    }
  });

  it('a receiver that always fails ends DEAD, is in the dead letters, and a replay delivers it once it is fixed', async () => {
    let broken = true;
    rig.answers.set('/down', () => (broken ? 503 : 200));
    const key = await rig.createKey(MARKET, ['orders:read']);
    const hook = await rig.registered(withKey(key), {
      url: `${rig.base}/down`,
      events: ['STOCK'],
      locationIds: ['loc_store_06'],
    });
    await rig.bus().publish('catalog.inventory.changed', stockEvent('evt_down', 'loc_store_06'));
    const dead = await until(async () => {
      const list = await rig.deliveries(hook.id, 'DEAD');
      return list.length === 1 && list[0]!;
    }, 'the dead letter');
    expect(dead).toMatchObject({ eventId: 'evt_down', attempts: RETRY.maxAttempts, lastError: 'HTTP 503' });
    expect(rig.hitsOn('/down')).toHaveLength(RETRY.maxAttempts);
    await settle();
    expect(rig.hitsOn('/down')).toHaveLength(RETRY.maxAttempts); // nothing more once dead

    broken = false;
    const replay = await postGraphQL<{ replayWebhookDelivery: { __typename: string; status?: string } }>(
      rig.gw.url,
      `mutation($id: ID!) { replayWebhookDelivery(id: $id) { __typename ... on WebhookDelivery { status attempts } } }`,
      { id: dead.id },
      bearer(OPERATOR),
    );
    expect(replay.body.data!.replayWebhookDelivery).toMatchObject({ __typename: 'WebhookDelivery', status: 'PENDING' });
    await until(async () => (await rig.deliveries(hook.id, 'DELIVERED')).length === 1, 'the replayed delivery');
    expect(rig.hitsOn('/down')).toHaveLength(RETRY.maxAttempts + 1);
    expect(verify(rig.hitsOn('/down').at(-1)!, hook.secret)).toBe(true);
    expect(await rig.deliveries(hook.id, 'DEAD')).toEqual([]);
  });

  it('a revoked key’s webhooks receive nothing more', async () => {
    const key = await rig.createKey(MARKET, ['orders:read']);
    const hook = await rig.registered(withKey(key), {
      url: `${rig.base}/revoked`,
      events: ['STOCK'],
      locationIds: ['loc_store_07'],
    });
    const revoke = await postGraphQL(
      rig.gw.url,
      `mutation($id: ID!) { revokePartnerKey(id: $id) { __typename } }`,
      { id: hook.keyId },
      bearer(OPERATOR),
    );
    expect(revoke.body.errors).toBeUndefined();
    await rig.bus().publish('catalog.inventory.changed', stockEvent('evt_revoked', 'loc_store_07'));
    await settle(300);
    expect(rig.hitsOn('/revoked')).toEqual([]);
  });

  it('a 3PL gets fulfillment orders at the nodes it operates, and may not ask for others', async () => {
    const key = await rig.createKey(THREE_PL, ['fulfillment:write'], ['WEB']);
    const other = await rig.register(withKey(key), {
      url: `${rig.base}/3pl`,
      events: ['FULFILLMENT'],
      locationIds: ['loc_3pl_01', 'loc_store_01'],
    });
    expect(other.body.data!.registerWebhook).toMatchObject({ code: 'LOCATION_NOT_OPERATED', field: 'locationIds' });
    const hook = await rig.registered(withKey(key), {
      url: `${rig.base}/3pl`,
      events: ['FULFILLMENT'],
      locationIds: ['loc_3pl_01'],
    });
    const change = (eventId: string, locationId: string) => ({
      eventId,
      fulfillmentOrderId: 'fo_x',
      orderId: 'ord_x',
      locationId,
      pickupLocationId: null,
      from: 'OPEN',
      to: 'ACCEPTED',
      action: 'ACCEPT',
    });
    await rig.bus().publish('fulfillment.fulfillment-order.changed', change('evt_fo_elsewhere', 'loc_store_01'));
    await rig.bus().publish('fulfillment.fulfillment-order.changed', change('evt_fo_mine', 'loc_3pl_01'));
    await until(() => rig.hitsOn('/3pl').length === 1, 'the fulfillment delivery');
    await settle();
    expect(rig.hitsOn('/3pl').map((h) => JSON.parse(h.body) as { id: string; type: string })).toEqual([
      expect.objectContaining({ id: 'evt_fo_mine', type: 'fulfillment_order.changed' }),
    ]);
    expect(verify(rig.hitsOn('/3pl')[0]!, hook.secret)).toBe(true);
  });

  it('a ping reaches the receiver signed like any event', async () => {
    const key = await rig.createKey(MARKET, ['orders:read']);
    const hook = await rig.registered(withKey(key), { url: `${rig.base}/ping`, events: ['ORDER_STATUS'] });
    const ping = await postGraphQL<{ pingWebhook: { __typename: string; type?: string } }>(
      rig.gw.url,
      `mutation($id: ID!) { pingWebhook(id: $id) { __typename ... on WebhookDelivery { type } } }`,
      { id: hook.id },
      withKey(key),
    );
    expect(ping.body.data!.pingWebhook).toEqual({ __typename: 'WebhookDelivery', type: 'webhook.ping' });
    await until(() => rig.hitsOn('/ping').length === 1, 'the ping');
    expect(verify(rig.hitsOn('/ping')[0]!, hook.secret)).toBe(true);
  });
});
