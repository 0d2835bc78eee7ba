import { fixtureScenario } from '../../demo/fixture';
import { outboxOf, recordingBus, type PublishedEvent } from '../../test/support/bus';
import { createMemoryBus } from '../../platform/bus/memory';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import type { DocumentStore } from '../../platform/store/port';
import type { InventoryLevelDoc } from '../catalog/model';
import type { FulfillmentContext } from '../fulfillment/context';
import { buildSubgraph, inProcessBindings, type ServiceBindings } from '../registry';
import { seedScenario } from '../seed';
import { OrderTopics } from './events';
import type { OrderDoc, ReturnDoc } from './model';
import { createOrdersService, type OrdersService } from './service';
import { COLLECTIONS, createOrdersStore } from './store';

/** Any event id the outbox gives an event. */
const EVENT_ID = expect.stringMatching(/^evt_[0-9a-f-]{36}$/) as unknown as string;

/**
 * Returns on the fixture network (demo/fixture.ts: every position onHand 10, 6 available), with
 * catalog and fulfillment in-process: an order is routed and stepped by fulfillment for real, then
 * returned, received (feeding catalog's ledger) and refunded through orders' service.
 */
const NOW = new Date('2026-11-30T09:00:00.000Z');
const SKU = 'SKU-1-S';
const STORE = 'loc_store_01';
let store: DocumentStore;
let bindings: ServiceBindings;
let steps: FulfillmentContext['service'];
let service: OrdersService;
let published: PublishedEvent[];
let n = 0;

function ordersService(catalog = bindings.catalog) {
  const { bus, published: events } = recordingBus();
  published = events;
  return createOrdersService(
    createOrdersStore(store),
    outboxOf(COLLECTIONS.outbox, store, bus),
    () => NOW,
    silentLogger,
    {
      ...bindings,
      catalog,
    },
  );
}

beforeEach(async () => {
  store = createMemoryStore();
  const scenario = fixtureScenario({ products: 2, onHand: 10 });
  // Stores and the warehouse take returns; loc_store_02 does not.
  for (const l of scenario.locations) if (l.id !== 'loc_store_02') l.capabilities.push('RETURNS');
  await seedScenario(store, scenario);
  const deps = { store, bus: createMemoryBus(), logger: silentLogger, now: () => NOW };
  bindings = inProcessBindings(deps);
  const fulfillment = buildSubgraph('fulfillment', deps, bindings);
  steps = (
    fulfillment.createContext({
      principal: { kind: 'service', service: 'test' },
      requestId: 't',
    }) as never as FulfillmentContext
  ).service;
  await createOrdersStore(store).init();
  service = ordersService();
});
afterEach(() => store.close());

/** An order of `quantity` units of SKU shipped to Paris, routed; its fulfillment orders stepped through `actions`. */
async function order(quantity: number, actions: string[] = ['ACCEPT', 'SHIP', 'DELIVER']): Promise<OrderDoc> {
  const id = `ord_ret_${++n}`;
  const line = { id: `${id}-1`, sku: SKU, quantity, deliveryMethod: 'SHIP' as const, pickupLocationId: null };
  const doc: OrderDoc = {
    _id: id,
    number: `R9${n}`,
    customerId: 'cus_1',
    channel: 'WEB',
    status: 'CONFIRMED',
    currencyCode: 'EUR',
    lines: [{ ...line, unitPrice: 1001, lineTotal: 1001 * quantity }],
    subtotal: 1001 * quantity,
    shippingTotal: 0,
    total: 1001 * quantity,
    storeLocationId: null,
    partnerId: null,
    externalId: null,
    notes: [],
    placedAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
  await store.collection<OrderDoc>('orders').insertOne(doc);
  const routed = await bindings.fulfillment.routeOrder({
    orderId: id,
    channel: 'WEB',
    destination: { lat: 48.8566, lng: 2.3522, countryCode: 'FR' },
    lines: [line],
    idempotencyKey: `route-${id}`,
  });
  if (!routed.ok) throw new Error(routed.message);
  for (const fo of routed.fulfillmentOrders) {
    for (const action of actions) {
      expect(
        await steps.transition({ id: fo.id, action: action as never, sourceEventId: `${fo.id}-${action}` }),
      ).toMatchObject({ ok: true });
    }
  }
  return doc;
}

const request = (o: OrderDoc, quantity: number, key = `k${++n}`) =>
  service.requestReturn({
    orderId: o._id,
    lines: [{ orderLineId: o.lines[0]!.id, quantity, reason: 'too small' }],
    idempotencyKey: `customer:cus_1|${key}`,
    requestedBy: 'customer:cus_1',
  });
const receive = (
  ret: ReturnDoc,
  lines: [number, 'RESTOCK' | 'DAMAGED' | 'NOT_RESTOCKED'][],
  at = STORE,
  event = 'scan-1',
) =>
  service.receiveReturn({
    returnId: ret._id,
    locationId: at,
    lines: lines.map(([quantity, grade]) => ({ orderLineId: ret.lines[0]!.orderLineId, quantity, grade })),
    sourceEventId: event,
  });
const level = async (locationId = STORE) => {
  const l = (await store.collection<InventoryLevelDoc>('inventory_levels').findById(`${SKU}@${locationId}`))!;
  return { onHand: l.onHand, available: l.available, damaged: l.damaged, qualityControl: l.qualityControl };
};
const state = async () => ({
  orders: await store.collection('orders').findAll({}),
  returns: await store.collection('returns').findAll({}),
  levels: await store.collection('inventory_levels').findAll({}),
});
const created = async (o: OrderDoc, quantity: number) => {
  const outcome = await request(o, quantity);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.ret;
};

describe('requesting a return', () => {
  it.each([
    ['routed, nothing done yet', []],
    ['accepted', ['ACCEPT']],
    ['shipped, not yet delivered', ['ACCEPT', 'SHIP']],
  ])('%s: nothing is returnable, and the refusal changes nothing', async (_case, actions) => {
    const o = await order(2, actions);
    const before = await state();
    expect(await request(o, 1)).toMatchObject({
      ok: false,
      code: 'NOT_RETURNABLE',
      lines: [{ orderLineId: o.lines[0]!.id, requested: 1, returnable: 0 }],
    });
    expect(await state()).toEqual(before);
    expect(published).toEqual([]);
  });

  it('delivered: up to what arrived, less what other returns hold; a retry answers the same return', async () => {
    const o = await order(3);
    const first = await request(o, 2, 'a');
    expect(first).toMatchObject({
      ok: true,
      changed: true,
      ret: { status: 'REQUESTED', lines: [{ quantity: 2, grade: null }] },
    });
    const ret = (first as { ret: ReturnDoc }).ret;
    expect(ret.refund).toEqual({ status: 'NOT_REFUNDED', amount: 2002, currencyCode: 'EUR', reference: null });
    expect(published).toEqual([
      {
        topic: OrderTopics.returnRequested,
        payload: expect.objectContaining({ returnId: ret._id, refundAmount: 2002 }),
      },
    ]);
    expect(await request(o, 2, 'b')).toMatchObject({
      ok: false,
      code: 'NOT_RETURNABLE',
      lines: [{ requested: 2, returnable: 1 }],
    });
    const before = await state();
    expect(await request(o, 2, 'a')).toEqual({ ok: true, ret, changed: false });
    expect(await request(o, 1, 'a')).toMatchObject({ ok: false, code: 'IDEMPOTENCY_CONFLICT' });
    expect(await state()).toEqual(before);
    expect(published).toHaveLength(1);
  });

  it('two requests racing for the last unit: exactly one gets it', async () => {
    const o = await order(2);
    await created(o, 1);
    const answers = await Promise.all([request(o, 1), request(o, 1), request(o, 1)]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).map((a) => !a.ok && a.code)).toEqual(['NOT_RETURNABLE', 'NOT_RETURNABLE']);
    const [stored] = await store.collection<OrderDoc>('orders').findAll({ _id: o._id });
    expect(stored!.returnClaims!.flatMap((c) => c.lines).reduce((s, l) => s + l.quantity, 0)).toBe(2);
  });

  it('a retry after the claim was taken but the return not stored stores it, claiming nothing twice', async () => {
    const o = await order(2);
    const ret = (await request(o, 2, 'orig')) as { ret: ReturnDoc };
    await store.collection('returns').deleteOne({ _id: ret.ret._id });
    expect(await request(o, 1, 'other')).toMatchObject({ ok: false, code: 'NOT_RETURNABLE' });
    expect(await request(o, 2, 'orig')).toMatchObject({ ok: true, changed: true, ret: { _id: ret.ret._id } });
    const [stored] = await store.collection<OrderDoc>('orders').findAll({ _id: o._id });
    expect(stored!.returnClaims).toHaveLength(1);
  });
});

describe('receiving a return', () => {
  it('graded RESTOCK and DAMAGED at a store: the stock counts them at once, the refund what arrived', async () => {
    const o = await order(3);
    const ret = await created(o, 3);
    const before = await level();
    const received = await receive(ret, [
      [1, 'RESTOCK'],
      [1, 'DAMAGED'],
    ]);
    expect(received).toMatchObject({ ok: true, changed: true, ret: { status: 'RECEIVED', receivedLocationId: STORE } });
    const doc = (received as { ret: ReturnDoc }).ret;
    expect(doc.lines.map((l) => [l.quantity, l.grade])).toEqual([
      [1, 'RESTOCK'],
      [1, 'DAMAGED'],
      [1, null],
    ]);
    expect(doc.refund.amount).toBe(2002);
    const after = await level();
    expect(after).toEqual({
      ...before,
      onHand: before.onHand + 2,
      available: before.available + 1,
      damaged: before.damaged + 1,
    });
    expect(published.at(-1)).toMatchObject({
      topic: OrderTopics.returnReceived,
      payload: { returnId: ret._id, locationId: STORE },
    });
    // The unit that did not arrive may be returned again.
    expect(await request(o, 1)).toMatchObject({ ok: true });

    // The same event again: the same return, nothing moves; another event or other content: refused.
    const snapshot = await state();
    expect(
      await receive(ret, [
        [1, 'RESTOCK'],
        [1, 'DAMAGED'],
      ]),
    ).toMatchObject({ ok: true, changed: false });
    expect(await receive(ret, [[1, 'RESTOCK']])).toMatchObject({ ok: false, code: 'IDEMPOTENCY_CONFLICT' });
    expect(await receive(ret, [[1, 'RESTOCK']], STORE, 'scan-2')).toMatchObject({
      ok: false,
      code: 'INVALID_TRANSITION',
    });
    expect(await state()).toEqual(snapshot);
  });

  it('NOT_RESTOCKED units are counted on hand in quality control, never available', async () => {
    const o = await order(1);
    const ret = await created(o, 1);
    const before = await level('loc_dc_01');
    expect(await receive(ret, [[1, 'NOT_RESTOCKED']], 'loc_dc_01')).toMatchObject({ ok: true });
    expect(await level('loc_dc_01')).toEqual({
      ...before,
      onHand: before.onHand + 1,
      qualityControl: before.qualityControl + 1,
    });
  });

  it.each<[string, string, [number, 'RESTOCK'][], string]>([
    ['more than requested', STORE, [[3, 'RESTOCK']], 'EXCEEDS_REQUESTED'],
    ['at a store not taking returns', 'loc_store_02', [[1, 'RESTOCK']], 'INVALID_LOCATION'],
    ['at an unknown location', 'loc_nowhere', [[1, 'RESTOCK']], 'INVALID_LOCATION'],
  ])('%s: refused, nothing changed', async (_case, at, lines, code) => {
    const o = await order(2);
    const ret = await created(o, 2);
    const before = await state();
    expect(await receive(ret, lines, at)).toMatchObject({ ok: false, code });
    expect(await state()).toEqual(before);
  });

  it('a receipt that stopped half-way is finished by its retry, each line moving stock once', async () => {
    const o = await order(2);
    const ret = await created(o, 2);
    const before = await level();
    let calls = 0;
    service = ordersService({
      ...bindings.catalog,
      recordReturn: async (input) => {
        if (++calls === 2) throw new Error('catalog went away');
        return bindings.catalog.recordReturn(input);
      },
    });
    await expect(
      receive(ret, [
        [1, 'RESTOCK'],
        [1, 'DAMAGED'],
      ]),
    ).rejects.toThrow('catalog went away');
    expect((await level()).onHand).toBe(before.onHand + 1);
    expect((await service.returnById(ret._id))!.status).toBe('REQUESTED');
    expect(
      await receive(ret, [
        [1, 'RESTOCK'],
        [1, 'DAMAGED'],
      ]),
    ).toMatchObject({ ok: true, ret: { status: 'RECEIVED' } });
    expect(await level()).toEqual({
      ...before,
      onHand: before.onHand + 2,
      available: before.available + 1,
      damaged: before.damaged + 1,
    });
  });
});

describe('refunds', () => {
  it('pending before receipt, refunded only once received; idempotent by key', async () => {
    const o = await order(1);
    const ret = await created(o, 1);
    const refund = (status: 'PENDING' | 'REFUNDED', key: string, reference: string | null = 'RF-1') =>
      service.updateRefund({ returnId: ret._id, status, reference, idempotencyKey: key });
    expect(await refund('PENDING', 'p1')).toMatchObject({
      ok: true,
      ret: { status: 'REQUESTED', refund: { status: 'PENDING' } },
    });
    expect(await refund('REFUNDED', 'r1')).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    await receive(ret, [[1, 'RESTOCK']]);
    const done = await refund('REFUNDED', 'r2');
    expect(done).toMatchObject({
      ok: true,
      changed: true,
      ret: { status: 'REFUNDED', refund: { status: 'REFUNDED', amount: 1001, reference: 'RF-1' } },
    });
    expect(published.filter((e) => e.topic === OrderTopics.returnRefunded)).toEqual([
      {
        topic: OrderTopics.returnRefunded,
        payload: {
          returnId: ret._id,
          orderId: o._id,
          amount: 1001,
          currencyCode: 'EUR',
          reference: 'RF-1',
          eventId: EVENT_ID,
        },
      },
    ]);
    expect(await refund('REFUNDED', 'r2')).toMatchObject({ ok: true, changed: false });
    expect(await refund('PENDING', 'r2')).toMatchObject({ ok: false, code: 'IDEMPOTENCY_CONFLICT' });
    expect(await refund('PENDING', 'p2')).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await refund('REFUNDED', 'r3', 'x'.repeat(201))).toMatchObject({
      ok: false,
      code: 'INVALID_RETURN',
      field: 'reference',
    });
    expect(published.filter((e) => e.topic === OrderTopics.returnRefunded)).toHaveLength(1);
  });
});
