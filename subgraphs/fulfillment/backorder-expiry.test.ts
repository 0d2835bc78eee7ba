import { loadConfig } from '../../platform/config';
import { useFulfillmentFixture } from '../../test/support/fulfillment-fixture';
import { FulfillmentTopics } from './events';
import { BACKORDER_MAX_WAIT_SECONDS } from './service-backorders';

/**
 * Backorders do not wait forever: one still waiting BACKORDER_MAX_WAIT_S after it was created (14
 * days unless configured) is cancelled (`WAITED_TOO_LONG`) and `fulfillment.backorder.cancelled`
 * tells orders, exactly once however many instances sweep at the same time.
 */
const f = useFulfillmentFixture();
const short = (n: number) =>
  f.order([{ id: `l${n}`, sku: 'SKU-1-S', quantity: 30, deliveryMethod: 'SHIP', pickupLocationId: null }], {
    profile: { allowBackorder: true },
  });
const cancelledEvents = () => f.published.filter((e) => e.topic === FulfillmentTopics.backorderCancelled);

async function park(service: ReturnType<typeof f.instance>['service'], n: number) {
  const routed = await service.routeOrder(short(n));
  if (!routed.ok || !routed.backorder) throw new Error('expected a backorder');
  return routed.backorder;
}

it('a backorder waiting longer than the limit is cancelled once, with two sweepers racing', async () => {
  const [a, b] = [f.instance().service, f.instance().service];
  const old = await park(a, 1);
  f.advance(3600);
  const younger = await park(a, 2);

  f.advance(BACKORDER_MAX_WAIT_SECONDS - 3600 - 60); // a minute before the first one's limit
  expect(await a.sweepStaleBackorders()).toBe(0);
  expect(cancelledEvents()).toEqual([]);

  f.advance(120);
  const swept = await Promise.all([a.sweepStaleBackorders(), b.sweepStaleBackorders()]);
  expect(swept.reduce((s, n) => s + n, 0)).toBe(1);
  expect(await f.backorder(old._id)).toMatchObject({
    status: 'CANCELLED',
    reason: 'WAITED_TOO_LONG',
    lines: [{ id: 'l1' }],
  });
  expect(await f.backorder(younger._id)).toMatchObject({ status: 'WAITING' });
  expect(cancelledEvents().map((e) => e.payload)).toEqual([
    {
      orderId: old.orderId,
      backorderId: old._id,
      orderLineIds: ['l1'],
      reason: 'WAITED_TOO_LONG',
      eventId: expect.stringMatching(/^evt_/),
    },
  ]);
  // Nothing waits any more: no retry routes it, and its lines are no longer cancellable.
  expect(await a.retryBackorders('SKU-1-S')).toBe(0);
  expect((await a.orderFulfillment(old.orderId)).waiting).toEqual([]);
  expect(
    await a.cancelLines({ orderId: old.orderId, orderLineIds: ['l1'], reason: 'r', idempotencyKey: 'late' }),
  ).toMatchObject({ ok: false, code: 'UNKNOWN_LINE' });
  expect(await b.sweepStaleBackorders()).toBe(0);
  expect(cancelledEvents()).toHaveLength(1);
});

it('the limit is configurable (BACKORDER_MAX_WAIT_S), and a routed backorder is never cancelled', async () => {
  const { service } = f.instance({ backorderMaxWaitSeconds: 3600 });
  const waiting = await park(service, 1);
  const routed = await park(service, 2);
  await f.store.collection('backorders').updateOne({ _id: routed._id }, { $set: { status: 'ROUTED' } });
  f.advance(3601);
  expect(await service.sweepStaleBackorders()).toBe(1);
  expect(await f.backorder(waiting._id)).toMatchObject({ status: 'CANCELLED' });
  expect(await f.backorder(routed._id)).toMatchObject({ status: 'ROUTED' });
});

it('runs on the subgraph’s sweep loop, next to the pickup sweeper', async () => {
  const { service, fulfillment } = f.instance({ backorderMaxWaitSeconds: 60, sweepIntervalMs: 10 });
  const waiting = await park(service, 1);
  f.advance(61);
  await fulfillment.start?.();
  try {
    for (let i = 0; i < 100 && (await f.backorder(waiting._id)).status === 'WAITING'; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    await fulfillment.stop?.();
  }
  expect(await f.backorder(waiting._id)).toMatchObject({ status: 'CANCELLED', reason: 'WAITED_TOO_LONG' });
  expect(cancelledEvents()).toHaveLength(1);
});

it('BACKORDER_MAX_WAIT_S: 14 days by default, 1 s to 365 days', () => {
  expect(loadConfig({ NODE_ENV: 'test' }).backorderMaxWaitSeconds).toBe(BACKORDER_MAX_WAIT_SECONDS);
  expect(loadConfig({ NODE_ENV: 'test', BACKORDER_MAX_WAIT_S: '31536000' }).backorderMaxWaitSeconds).toBe(31_536_000);
  for (const bad of ['0', '31536001', '2.5', 'soon']) {
    expect(() => loadConfig({ NODE_ENV: 'test', BACKORDER_MAX_WAIT_S: bad })).toThrow(/BACKORDER_MAX_WAIT_S/);
  }
});
