import type { Collection, DocumentStore, Filter, Update, WriteOp } from '../../platform/store/port';
import { held, useFulfillmentFixture } from '../../test/support/fulfillment-fixture';
import { FulfillmentTopics } from './events';
import type { FulfillmentOrderDoc } from './model';

/**
 * Cancellations racing other writers, made deterministic by running the other writer at a chosen
 * point of the cancellation (a store that calls back before one of its writes): a shipment, a
 * crash half-way and its retry, the same request twice at once, and a backorder retry.
 */
const f = useFulfillmentFixture();
const S1 = 'SKU-1-S';
const S2 = 'SKU-2-S';
type Service = ReturnType<typeof f.instance>['service'];
const line = (id: string, sku: string, quantity: number, pickupAt?: string) => ({
  id,
  sku,
  quantity,
  deliveryMethod: pickupAt ? ('PICKUP_IN_STORE' as const) : ('SHIP' as const),
  pickupLocationId: pickupAt ?? null,
});

/** `store`, except that `hook` runs before each write named `method` to `collection` (and may throw). */
function intercept(
  store: DocumentStore,
  collection: string,
  method: 'updateOne' | 'insertOne' | 'atomic',
  hook: (args: unknown[]) => Promise<void>,
): DocumentStore {
  const wrap = <T extends object>(target: T, name: string) =>
    new Proxy(target, {
      get(t, p) {
        const value = Reflect.get(t, p) as unknown;
        if (typeof value !== 'function') return value;
        if (p === name) {
          return async (...args: unknown[]) => {
            await hook(args);
            return (value as (...a: unknown[]) => unknown).apply(t, args);
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(t);
      },
    });
  if (method === 'atomic') return wrap(store, 'atomic');
  return new Proxy(store, {
    get(t, p) {
      if (p !== 'collection') return (Reflect.get(t, p) as (...a: unknown[]) => unknown).bind(t);
      return (name: string) => {
        const c = t.collection(name);
        return name === collection ? wrap(c as Collection<{ _id: string }>, method) : c;
      };
    },
  });
}

async function route(service: Service, req: ReturnType<typeof f.order>) {
  const outcome = await service.routeOrder(req);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

const step = (service: Service, fo: FulfillmentOrderDoc, action: string) =>
  service.transition({ id: fo._id, action: action as never, sourceEventId: `${fo._id}-${action}` });

it('a shipment wins the race for one fulfillment order: ALREADY_SHIPPED for its lines, the other stays cancelled', async () => {
  const racer = f.instance().service;
  const before = await f.snapshot();
  const req = f.order([line('l1', S1, 1), line('l2', S2, 1, 'loc_store_01')]);
  const [first, second] = [...(await route(racer, req)).fulfillmentOrders].sort((a, b) => (a._id < b._id ? -1 : 1));
  // The second one (cancelled last) is ready to leave its node; it leaves just as it is being cancelled.
  const leave = second!.deliveryMethod === 'SHIP' ? 'SHIP' : 'PICKED_UP';
  for (const action of leave === 'SHIP' ? ['ACCEPT'] : ['ACCEPT', 'READY_FOR_PICKUP']) {
    expect(await step(racer, second!, action)).toMatchObject({ ok: true });
  }
  let raced = false;
  const { service } = f.instance({
    store: (s) =>
      // Fulfillment orders change in an atomic write with their event (the outbox).
      intercept(s, '', 'atomic', async ([ops]) => {
        const [write] = ops as WriteOp[];
        if (write?.kind !== 'update' || write.collection !== 'fulfillment_orders') return;
        const set = (write.update as Update).$set as Partial<FulfillmentOrderDoc> | undefined;
        if (raced || (write.filter as Filter)._id !== second!._id || set?.status !== 'CANCELLED') return;
        raced = true;
        expect(await step(racer, second!, leave)).toMatchObject({ ok: true, changed: true });
      }),
  });
  const cancel = { orderId: req.orderId, orderLineIds: ['l1', 'l2'], reason: 'r', idempotencyKey: 'race' };
  const shippedLine = second!.lines[0]!.orderLineId;
  const refused = {
    ok: false,
    code: 'ALREADY_SHIPPED',
    message: expect.any(String),
    orderLineIds: [shippedLine],
  };
  expect(await service.cancelLines(cancel)).toEqual(refused);
  expect(raced).toBe(true);
  // What was cancelled before the race was lost stays cancelled, its stock back.
  expect((await f.fulfillmentOrder(first!._id)).status).toBe('CANCELLED');
  expect((await f.fulfillmentOrder(second!._id)).status).toBe(leave === 'SHIP' ? 'SHIPPED' : 'PICKED_UP');
  const firstSku = first!.lines[0]!.sku;
  const id = `${firstSku}@${first!.locationId}`;
  expect(held(await f.level(firstSku, first!.locationId))).toEqual(held(before.levels.find((l) => l._id === id)!));
  // A retry with the same key is answered the same and changes nothing.
  const after = await f.snapshot();
  expect(await f.instance().service.cancelLines(cancel)).toEqual(refused);
  expect(await f.snapshot()).toEqual(after);
});

it.each([
  ['a whole fulfillment order', ['l1', 'l2']],
  ['some lines of one', ['l2']],
])(
  'a crash between cancelling %s and releasing its stock: a retry with the same key releases it, once',
  async (_name, cancelled) => {
    const { service } = f.instance();
    const before = await f.snapshot();
    const req = f.order([line('l1', S1, 1), line('l2', S2, 2)], { profile: { maxShipments: 1 } });
    const [fo] = (await route(service, req)).fulfillmentOrders;
    let armed = true;
    const crashing = f.instance({
      store: (s) =>
        intercept(s, '', 'atomic', async ([ops]) => {
          if (!armed || !(ops as WriteOp[]).some((op) => op.collection === 'reservations')) return;
          armed = false; // catalog's release: the process dies before it is written
          throw new Error('crash');
        }),
    }).service;
    const cancel = { orderId: req.orderId, orderLineIds: cancelled, reason: 'r', idempotencyKey: 'crash' };
    await expect(crashing.cancelLines(cancel)).rejects.toThrow('crash');
    const stuck = await f.fulfillmentOrder(fo!._id);
    expect(stuck.status === 'CANCELLED' || stuck.lines.length === 1).toBe(true);
    const node = fo!.locationId;
    const s2 = `${S2}@${node}`;
    expect(held(await f.level(S2, node))).not.toEqual(held(before.levels.find((l) => l._id === s2)!));

    const whole = cancelled.length === 2 ? [fo!._id] : [];
    const retry = f.instance().service;
    expect(await retry.cancelLines(cancel)).toEqual({ ok: true, cancelledFulfillmentOrderIds: whole, changed: true });
    expect(held(await f.level(S2, node))).toEqual(held(before.levels.find((l) => l._id === s2)!));
    const settled = await f.snapshot();
    expect(await retry.cancelLines(cancel)).toEqual({ ok: true, cancelledFulfillmentOrderIds: whole, changed: false });
    expect(await f.snapshot()).toEqual(settled);
  },
);

it('the same request twice at once, and two requests for different lines of one fulfillment order: each line once', async () => {
  const [a, b] = [f.instance().service, f.instance().service];
  const before = await f.snapshot();
  const req = f.order([line('l1', S1, 1), line('l2', S2, 1), line('l3', 'SKU-1-M', 1)], {
    profile: { maxShipments: 1 },
  });
  const [fo] = (await route(a, req)).fulfillmentOrders;
  const cancel = (service: typeof a, ids: string[], key: string) =>
    service.cancelLines({ orderId: req.orderId, orderLineIds: ids, reason: 'r', idempotencyKey: key });
  const [x, y, z] = await Promise.all([cancel(a, ['l1'], 'k1'), cancel(b, ['l1'], 'k1'), cancel(b, ['l2'], 'k2')]);
  for (const answer of [x, y, z]) expect(answer).toMatchObject({ ok: true, cancelledFulfillmentOrderIds: [] });
  const kept = await f.fulfillmentOrder(fo!._id);
  expect(kept.lines.map((l) => l.orderLineId)).toEqual(['l3']);
  expect(kept.cancelledLines!.map((c) => [c.orderLineId, c.key]).sort()).toEqual([
    ['l1', 'k1'],
    ['l2', 'k2'],
  ]);
  const node = fo!.locationId;
  for (const sku of [S1, S2]) {
    expect(held(await f.level(sku, node))).toEqual(held(before.levels.find((l) => l._id === `${sku}@${node}`)!));
  }
  const changedEvents = f.published.filter(
    (e) =>
      e.topic === FulfillmentTopics.fulfillmentOrderChanged &&
      (e.payload as { action: string }).action === 'CANCEL_LINES',
  );
  expect(changedEvents).toHaveLength(2);
});

it('a backorder retry that routed lines cancelled meanwhile loses: what it made is cancelled and its stock released', async () => {
  const retrying = f.instance().service;
  const before = await f.snapshot();
  // Short on one node (WEB may split later, one node now): both lines wait.
  const req = f.order([line('l1', S1, 8), line('l2', S2, 1)], { profile: { allowBackorder: true, maxShipments: 1 } });
  const { backorder } = await route(retrying, req);
  expect(backorder).toMatchObject({ status: 'WAITING' });
  const canceller = f.instance().service;
  let cancelled = false;
  const racing = f.instance({
    store: (s) =>
      intercept(s, 'fulfillment_orders', 'insertOne', async () => {
        if (cancelled) return;
        cancelled = true; // held, about to record the fulfillment orders: the shopper drops l2
        const answer = await canceller.cancelLines({
          orderId: req.orderId,
          orderLineIds: ['l2'],
          reason: 'r',
          idempotencyKey: 'drop-l2',
        });
        expect(answer).toMatchObject({ ok: true, changed: true });
      }),
  }).service;
  expect(await racing.retryBackorders(S1)).toBe(0);
  expect(cancelled).toBe(true);
  const view = await racing.orderFulfillment(req.orderId);
  expect(view.fulfillmentOrders.length).toBeGreaterThan(0);
  expect(view.fulfillmentOrders.every((fo) => fo.status === 'CANCELLED')).toBe(true);
  expect(view.waiting.map((w) => w.orderLineId)).toEqual(['l1']);
  expect((await f.snapshot()).levels.map(held)).toEqual(before.levels.map(held));
  expect(f.published.some((e) => e.topic === FulfillmentTopics.orderRouted)).toBe(false);
  // The next retry routes what still waits.
  expect(await retrying.retryBackorders(S1)).toBe(1);
  expect(await f.backorder(backorder!._id)).toMatchObject({ status: 'ROUTED', lines: [{ id: 'l1' }] });
});
