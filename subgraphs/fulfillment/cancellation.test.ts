import { held, useFulfillmentFixture } from '../../test/support/fulfillment-fixture';
import type { ReservationDoc } from '../catalog/model';
import { FulfillmentTopics } from './events';
import type { FulfillmentOrderDoc } from './model';

/**
 * Cancelling order lines through fulfillment's `cancelLines` (what orders' cancelOrder calls):
 * what it does to fulfillment orders, backorders and the stock held in catalog's ledger, and that a
 * refusal or a repeat changes nothing.
 */
const f = useFulfillmentFixture();
const S1 = 'SKU-1-S';
const S2 = 'SKU-2-S';
const ship = (id: string, sku: string, quantity: number) => ({
  id,
  sku,
  quantity,
  deliveryMethod: 'SHIP' as const,
  pickupLocationId: null,
});
const at = (id: string, sku: string, quantity: number, method: 'PICKUP_IN_STORE' | 'SHIP_TO_STORE', store: string) => ({
  id,
  sku,
  quantity,
  deliveryMethod: method,
  pickupLocationId: store,
});

async function routed(service: ReturnType<typeof f.instance>['service'], req: ReturnType<typeof f.order>) {
  const outcome = await service.routeOrder(req);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

async function steps(service: ReturnType<typeof f.instance>['service'], fo: FulfillmentOrderDoc, actions: string[]) {
  for (const action of actions) {
    const outcome = await service.transition({
      id: fo._id,
      action: action as never,
      sourceEventId: `${fo._id}-${action}`,
    });
    expect(outcome).toMatchObject({ ok: true });
  }
}

const heldAt = async (sku: string, locationId: string) => held(await f.level(sku, locationId));
const events = (action?: string) =>
  f.published
    .filter((e) => e.topic === FulfillmentTopics.fulfillmentOrderChanged)
    .map((e) => e.payload as { fulfillmentOrderId: string; from: string; to: string; action: string })
    .filter((e) => !action || e.action === action);

describe('cancelLines', () => {
  it('every line of an order: each fulfillment order is cancelled and every held unit comes back', async () => {
    const { service } = f.instance();
    const before = await f.snapshot();
    const req = f.order([ship('l1', S1, 2), at('l2', S2, 1, 'PICKUP_IN_STORE', 'loc_store_01')]);
    const { fulfillmentOrders } = await routed(service, req);
    expect(fulfillmentOrders).toHaveLength(2);
    const pickup = fulfillmentOrders.find((fo) => fo.deliveryMethod === 'PICKUP_IN_STORE')!;
    await steps(service, pickup, ['ACCEPT', 'READY_FOR_PICKUP']); // a ready pickup may still be cancelled

    const answer = await service.cancelLines({
      orderId: req.orderId,
      orderLineIds: ['l1', 'l2'],
      reason: 'shopper cancelled',
      idempotencyKey: 'c1',
    });
    expect(answer).toEqual({
      ok: true,
      cancelledFulfillmentOrderIds: fulfillmentOrders.map((fo) => fo._id).sort(),
      changed: true,
    });
    for (const fo of fulfillmentOrders) expect((await f.fulfillmentOrder(fo._id)).status).toBe('CANCELLED');
    // Reserved and committed units are back, available restored; nothing else moved.
    const after = await f.snapshot();
    expect(after.levels.map(held)).toEqual(before.levels.map(held));
    expect(events('CANCEL').map((e) => [e.fulfillmentOrderId, e.from, e.to])).toEqual(
      expect.arrayContaining([
        [pickup._id, 'READY_FOR_PICKUP', 'CANCELLED'],
        [fulfillmentOrders.find((fo) => fo !== pickup)!._id, 'OPEN', 'CANCELLED'],
      ]),
    );
    expect(await service.orderFulfillment(req.orderId)).toMatchObject({
      fulfillmentOrders: [{ status: 'CANCELLED' }, { status: 'CANCELLED' }],
      waiting: [],
    });
  });

  it('some lines of a fulfillment order: they leave it with their hold, the rest ships as before', async () => {
    const { service } = f.instance();
    const before = await f.snapshot();
    const req = f.order([ship('l1', S1, 2), ship('l2', S2, 1)], { profile: { maxShipments: 1 } });
    const [fo] = (await routed(service, req)).fulfillmentOrders;
    const node = fo!.locationId;
    const [s1, s2] = [S1, S2].map((sku) => held(before.levels.find((l) => l._id === `${sku}@${node}`)!));
    await steps(service, fo!, ['ACCEPT']);
    const answer = await service.cancelLines({
      orderId: req.orderId,
      orderLineIds: ['l2'],
      reason: 'out of budget',
      idempotencyKey: 'c2',
    });
    expect(answer).toEqual({ ok: true, cancelledFulfillmentOrderIds: [], changed: true });
    const kept = await f.fulfillmentOrder(fo!._id);
    expect(kept).toMatchObject({
      status: 'ACCEPTED',
      lines: [{ orderLineId: 'l1', quantity: 2 }],
      cancelledLines: [{ orderLineId: 'l2', sku: S2, quantity: 1, holdLineKey: `${fo!._id}/l2`, key: 'c2' }],
    });
    // l2's unit is back; l1's two stay committed.
    expect(await heldAt(S2, node)).toEqual(s2);
    expect(await heldAt(S1, node)).toEqual({ ...s1!, committed: s1!.committed + 2, available: s1!.available - 2 });
    expect(events('CANCEL_LINES')).toEqual([expect.objectContaining({ from: 'ACCEPTED', to: 'ACCEPTED' })]);

    await steps(service, kept, ['SHIP']);
    expect(await heldAt(S1, node)).toEqual({ ...s1!, onHand: s1!.onHand - 2, available: s1!.available - 2 });
    expect(await heldAt(S2, node)).toEqual(s2);
    const [reservation] = await f.store.collection<ReservationDoc>('reservations').findAll({ ownerId: req.orderId });
    expect(reservation!.lines.map((l) => [l.lineKey, l.status])).toEqual([
      [`${fo!._id}/l1`, 'SHIPPED'],
      [`${fo!._id}/l2`, 'RELEASED'],
    ]);
  });

  it('a received ship-to-store order: the lines’ units are released into the pickup store’s stock (`/arrived` keys)', async () => {
    const { service } = f.instance();
    const req = f.order([
      at('l1', S1, 1, 'SHIP_TO_STORE', 'loc_store_03'),
      at('l2', S2, 2, 'SHIP_TO_STORE', 'loc_store_03'),
    ]);
    const [fo] = (await routed(service, req)).fulfillmentOrders;
    await steps(service, fo!, ['ACCEPT', 'SHIP', 'RECEIVE']);
    expect(await heldAt(S2, 'loc_store_03')).toMatchObject({ onHand: 2, committed: 2, available: 0 });
    const answer = await service.cancelLines({
      orderId: req.orderId,
      orderLineIds: ['l2'],
      reason: 'not collected',
      idempotencyKey: 'c3',
    });
    expect(answer).toMatchObject({ ok: true, changed: true });
    expect(await heldAt(S2, 'loc_store_03')).toMatchObject({ onHand: 2, committed: 0, available: 2 });
    expect(await heldAt(S1, 'loc_store_03')).toMatchObject({ onHand: 1, committed: 1, available: 0 });
    expect((await f.fulfillmentOrder(fo!._id)).cancelledLines).toMatchObject([
      { orderLineId: 'l2', holdLineKey: `${fo!._id}/l2/arrived` },
    ]);
  });

  it('refusals change nothing: an unknown line (checked first), then a line already shipped', async () => {
    const { service } = f.instance();
    const req = f.order([ship('l1', S1, 1), at('l2', S2, 1, 'PICKUP_IN_STORE', 'loc_store_01')]);
    const { fulfillmentOrders } = await routed(service, req);
    const other = f.order([ship('x1', S1, 1)]);
    await routed(service, other);
    const shipped = fulfillmentOrders.find((fo) => fo.deliveryMethod === 'SHIP')!;
    await steps(service, shipped, ['ACCEPT', 'SHIP']);
    const before = await f.snapshot();
    const published = f.published.length;
    const cancel = (orderLineIds: string[]) =>
      service.cancelLines({ orderId: req.orderId, orderLineIds, reason: 'r', idempotencyKey: 'refused' });

    expect(await cancel(['l2', 'x1', 'l9', 'l1'])).toEqual({
      ok: false,
      code: 'UNKNOWN_LINE',
      message: expect.stringContaining('x1, l9'),
      orderLineIds: ['x1', 'l9'],
    });
    expect(await cancel(['l2', 'l1'])).toEqual({
      ok: false,
      code: 'ALREADY_SHIPPED',
      message: expect.any(String),
      orderLineIds: ['l1'],
    });
    expect(await f.snapshot()).toEqual(before);
    expect(f.published).toHaveLength(published);
    // The refused key was not taken: a request that can be served may still use it.
    expect(await cancel(['l2'])).toMatchObject({ ok: true, changed: true });
  });

  it('is idempotent by key per order: a repeat changes nothing, another request under the key conflicts', async () => {
    const { service } = f.instance();
    const req = f.order([ship('l1', S1, 1), ship('l2', S2, 1)], { profile: { maxShipments: 1 } });
    const [fo] = (await routed(service, req)).fulfillmentOrders;
    const cancel = { orderId: req.orderId, orderLineIds: ['l1'], reason: 'r', idempotencyKey: 'same' };
    expect(await service.cancelLines(cancel)).toEqual({ ok: true, cancelledFulfillmentOrderIds: [], changed: true });
    const before = await f.snapshot();
    const published = f.published.length;
    const again = f.instance().service; // another instance answers the same
    expect(await again.cancelLines({ ...cancel, orderLineIds: ['l1', 'l1'] })).toEqual({
      ok: true,
      cancelledFulfillmentOrderIds: [],
      changed: false,
    });
    for (const other of [{ reason: 'other' }, { orderLineIds: ['l1', 'l2'] }]) {
      expect(await service.cancelLines({ ...cancel, ...other })).toEqual({
        ok: false,
        code: 'IDEMPOTENCY_CONFLICT',
        message: expect.any(String),
        orderLineIds: [],
      });
    }
    expect(await f.snapshot()).toEqual(before);
    expect(f.published).toHaveLength(published);
    // The last line under a new key cancels the fulfillment order whole.
    expect(await service.cancelLines({ ...cancel, orderLineIds: ['l2'], idempotencyKey: 'next' })).toEqual({
      ok: true,
      cancelledFulfillmentOrderIds: [fo!._id],
      changed: true,
    });
  });

  it('waiting backorder lines leave the backorder; the last one cancels it (published), nothing held moves', async () => {
    const { service } = f.instance();
    const before = await f.snapshot();
    const req = f.order([ship('l1', S1, 30), ship('l2', S2, 30)], { profile: { allowBackorder: true } });
    const { backorder } = await routed(service, req);
    expect(backorder).toMatchObject({ status: 'WAITING', skus: [S1, S2] });
    const cancel = (ids: string[], key: string) =>
      service.cancelLines({ orderId: req.orderId, orderLineIds: ids, reason: 'too slow', idempotencyKey: key });

    expect(await cancel(['l1'], 'b1')).toEqual({ ok: true, cancelledFulfillmentOrderIds: [], changed: true });
    expect(await f.backorder(backorder!._id)).toMatchObject({
      status: 'WAITING',
      lines: [{ id: 'l2' }],
      skus: [S2],
      shortLines: [{ lineId: 'l2' }],
      cancelledLines: [{ orderLineId: 'l1', key: 'b1', holdLineKey: null }],
    });
    expect((await service.orderFulfillment(req.orderId)).waiting).toEqual([
      { backorderId: backorder!._id, orderLineId: 'l2', sku: S2, quantity: 30 },
    ]);
    expect(await cancel(['l1'], 'b2')).toMatchObject({ ok: false, code: 'UNKNOWN_LINE', orderLineIds: ['l1'] });
    expect(await cancel(['l2'], 'b3')).toMatchObject({ ok: true, changed: true });
    expect(await f.backorder(backorder!._id)).toMatchObject({
      status: 'CANCELLED',
      reason: 'LINES_CANCELLED',
      lines: [],
    });
    expect(f.published.filter((e) => e.topic === FulfillmentTopics.backorderCancelled).map((e) => e.payload)).toEqual([
      {
        orderId: req.orderId,
        backorderId: backorder!._id,
        orderLineIds: ['l2'],
        reason: 'LINES_CANCELLED',
        eventId: expect.stringMatching(/^evt_/),
      },
    ]);
    expect((await f.snapshot()).levels).toEqual(before.levels);
  });

  it('malformed requests are BAD_USER_INPUT', async () => {
    const { service } = f.instance();
    const base = { orderId: 'ord_x', orderLineIds: ['l1'], reason: 'r', idempotencyKey: 'k' };
    for (const bad of [
      { orderLineIds: [] },
      { orderLineIds: Array.from({ length: 101 }, (_, i) => `l${i}`) },
      { reason: 'x'.repeat(501) },
      { idempotencyKey: '  ' },
      { orderId: '' },
    ]) {
      await expect(service.cancelLines({ ...base, ...bad })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
  });
});

describe('orderFulfillment', () => {
  it('every fulfillment order of the order in any status, by id, and the waiting lines; an unknown order has neither', async () => {
    const { service } = f.instance();
    const req = f.order([ship('l1', S1, 1), at('l2', S2, 1, 'PICKUP_IN_STORE', 'loc_store_01')]);
    const { fulfillmentOrders } = await routed(service, req);
    const pickup = fulfillmentOrders.find((fo) => fo.deliveryMethod === 'PICKUP_IN_STORE')!;
    await steps(service, pickup, ['REJECT']); // re-routed elsewhere, or parked as a backorder
    const view = await service.orderFulfillment(req.orderId);
    const ids = view.fulfillmentOrders.map((fo) => fo._id);
    expect(ids).toEqual([...ids].sort());
    expect(view.fulfillmentOrders.find((fo) => fo._id === pickup._id)?.status).toBe('REJECTED');
    const standing = [...view.fulfillmentOrders.filter((fo) => fo.status !== 'REJECTED'), ...[]].flatMap((fo) =>
      fo.lines.map((l) => l.orderLineId),
    );
    expect([...standing, ...view.waiting.map((w) => w.orderLineId)].sort()).toEqual(['l1', 'l2']);
    expect(await service.orderFulfillment('ord_nobody')).toEqual({
      orderId: 'ord_nobody',
      fulfillmentOrders: [],
      waiting: [],
    });
  });
});
