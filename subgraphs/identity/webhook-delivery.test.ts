import { createMemoryBus } from '../../platform/bus/memory';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import { sealSecret, secretKey } from './domain/webhooks';
import type { PartnerKeyDoc, WebhookDoc } from './model';
import { createWebhookDelivery, DEFAULT_DELIVERY_SETTINGS } from './service-webhook-delivery';
import { createWebhookUseCases } from './service-webhooks';
import { createIdentityStore } from './store';

/**
 * The delivery sweeper on a fake clock, with a fake HTTP client: two instances sweeping at once
 * send a delivery once; a failure is due again exactly after the backoff, and DEAD after the last
 * attempt.
 */
const sealKey = secretKey('a test internal secret, long enough');
const settings = { ...DEFAULT_DELIVERY_SETTINGS, baseMs: 1000, maxMs: 4000, maxAttempts: 3 };

async function setup() {
  let clock = Date.parse('2026-11-01T12:00:00.000Z');
  const now = () => new Date(clock);
  const store = createIdentityStore(createMemoryStore());
  await store.init();
  const key = { _id: 'pk_1', partnerId: 'p1', status: 'ACTIVE', revision: 1 } as PartnerKeyDoc;
  await store.insertPartnerKey(key);
  const webhook: WebhookDoc = {
    _id: 'wh_1',
    keyId: 'pk_1',
    partnerId: 'p1',
    slot: 1,
    url: 'https://hooks.partner.example/x',
    events: ['STOCK'],
    locationIds: ['loc_a'],
    secret: sealSecret(sealKey, 'whsec_test'),
    createdAt: now().toISOString(),
    createdBy: 'test',
  };
  await store.insertWebhook(webhook);
  const webhooks = createWebhookUseCases({
    store,
    fulfillment: { listNetwork: async () => [] },
    now,
    logger: silentLogger,
    sealKey,
    allowLoopback: false,
  });
  const calls: { url: string; headers: Record<string, string> }[] = [];
  let status = 200;
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, headers: init.headers as Record<string, string> });
    await new Promise((r) => setTimeout(r, 5));
    return new Response(null, { status });
  }) as unknown as typeof globalThis.fetch;
  // The partner's host name, as DNS answers it (a public address unless a test says otherwise).
  let resolvesTo = ['93.184.216.34'];
  const worker = () =>
    createWebhookDelivery({
      store,
      bus: createMemoryBus(),
      webhooks,
      now,
      logger: silentLogger,
      sealKey,
      settings,
      fetch,
      lookup: async () => resolvesTo,
    });
  return {
    store,
    webhook,
    webhooks,
    calls,
    worker,
    advance: (ms: number) => (clock += ms),
    failWith: (s: number) => (status = s),
    resolve: (addresses: string[]) => (resolvesTo = addresses),
    now,
  };
}

it('two instances sweeping at once send a due delivery once', async () => {
  const t = await setup();
  await t.webhooks.enqueue(t.webhook, 'evt_1', 'stock.changed', '{}');
  await Promise.all([t.worker().sweep(), t.worker().sweep(), t.worker().sweep()]);
  expect(t.calls).toHaveLength(1);
  expect(t.calls[0]!.headers['x-webhook-event-id']).toBe('evt_1');
  expect((await t.store.listDeliveries({}, 10))[0]).toMatchObject({ status: 'DELIVERED', attempts: 1 });
});

it('a failed attempt is due again after base × 2^(n−1), and DEAD after the last', async () => {
  const t = await setup();
  t.failWith(500);
  const worker = t.worker();
  const delivery = (await t.webhooks.enqueue(t.webhook, 'evt_2', 'stock.changed', '{}'))!;
  const state = async () => (await t.store.deliveryById(delivery._id))!;

  await worker.sweep();
  expect(await state()).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: 500 });
  expect(Date.parse((await state()).nextAttemptAt) - t.now().getTime()).toBe(1000);
  t.advance(999);
  await worker.sweep();
  expect(t.calls).toHaveLength(1); // not due yet
  t.advance(1);
  await worker.sweep();
  expect(Date.parse((await state()).nextAttemptAt) - t.now().getTime()).toBe(2000);
  t.advance(2000);
  await worker.sweep();
  expect(await state()).toMatchObject({ status: 'DEAD', attempts: 3, lastError: 'HTTP 500' });
  t.advance(60_000);
  await worker.sweep();
  expect(t.calls).toHaveLength(3);
});

it('an event handled twice by the bus makes one delivery; a revoked key’s delivery ends DEAD unsent', async () => {
  const t = await setup();
  const worker = t.worker();
  const event = {
    id: 'bus-1',
    topic: 'catalog.inventory.changed',
    publishedAt: t.now().toISOString(),
    payload: { eventId: 'evt_3', sku: 'S', locationId: 'loc_a', sequence: 1 },
  };
  await worker.handle(event);
  await worker.handle({ ...event, id: 'bus-2' });
  expect(await t.store.listDeliveries({}, 10)).toHaveLength(1);
  await t.store.updateActivePartnerKey('pk_1', 1, { status: 'REVOKED' });
  await worker.sweep();
  expect(t.calls).toHaveLength(0);
  expect((await t.store.listDeliveries({}, 10))[0]).toMatchObject({ status: 'DEAD', lastError: 'partner key revoked' });
  await worker.handle({ ...event, payload: { ...event.payload, eventId: 'evt_4' } });
  expect(await t.store.listDeliveries({}, 10)).toHaveLength(1); // no new delivery for a revoked key
});

it('a host name that resolves to an internal address is not posted to (the attempt fails, and is retried)', async () => {
  const t = await setup();
  t.resolve(['10.0.0.5']);
  const worker = t.worker();
  const delivery = (await t.webhooks.enqueue(t.webhook, 'evt_ssrf', 'stock.changed', '{}'))!;
  await worker.sweep();
  expect(t.calls).toHaveLength(0);
  expect(await t.store.deliveryById(delivery._id)).toMatchObject({
    status: 'PENDING',
    attempts: 1,
    lastError: 'hooks.partner.example resolves to an internal address; not sent',
  });
  // DNS points back at a public address: the next attempt goes out.
  t.resolve(['93.184.216.34']);
  t.advance(1000);
  await worker.sweep();
  expect(t.calls).toHaveLength(1);
});
