import { createMemoryBus } from '../platform/bus/memory';
import { testConfig, type Config, type SubgraphName } from '../platform/config';
import { silentLogger } from '../platform/logger';
import { createInfrastructure, type Infrastructure } from '../platform/runtime';
import type { CancelLinesRequest, RouteOrderRequest } from '../subgraphs/fulfillment/api';
import type { FulfillmentContext } from '../subgraphs/fulfillment/context';
import { bindingsFrom, buildSubgraph, PROVIDERS, remoteBindings, type ServiceBindings } from '../subgraphs/registry';
import { demoScenario, seedScenario } from '../subgraphs/seed';
import type { Subgraph } from '../subgraphs/types';
import { startProviderServers } from './support/provider-servers';

/**
 * Fulfillment's `orderFulfillment` and `cancelLines` answer alike through both bindings: its own
 * service in-process, and its GraphQL API over real HTTP as the signed service principal (which
 * releases stock through catalog's own HTTP API). One store behind both; a change is made through
 * one binding and repeated (same key) through the other, taking turns, and refusals are the same.
 */
let infra: Infrastructure;
let servers: Awaited<ReturnType<typeof startProviderServers>>;
let local: ServiceBindings['fulfillment'];
let catalog: ServiceBindings['catalog'];
let remote: ServiceBindings['fulfillment'];
let service: FulfillmentContext['service'];
const config: Config = testConfig({ host: '127.0.0.1', shutdownGraceMs: 500 });
let n = 0;

beforeAll(async () => {
  infra = await createInfrastructure(config, silentLogger);
  await seedScenario(infra.store, demoScenario(42), ['fulfillment', 'identity', 'catalog']);
  servers = await startProviderServers(config, infra);
  const built: Partial<Record<SubgraphName, Subgraph>> = {};
  const bindings = bindingsFrom(built);
  const deps = { store: infra.store, bus: createMemoryBus(), logger: silentLogger };
  for (const owner of PROVIDERS) built[owner] = buildSubgraph(owner, deps, bindings);
  local = bindings.fulfillment;
  catalog = bindings.catalog;
  service = (
    built.fulfillment!.createContext({
      principal: { kind: 'service', service: 'test' },
      requestId: 't',
    }) as unknown as FulfillmentContext
  ).service;
  remote = remoteBindings(servers.config, 'orders').fulfillment;
});

afterAll(async () => {
  await servers.stop();
  await infra.close();
});

/** A SKU with at least `units` available at `locationId` for WEB (demo seed 42), other than `not`. */
async function stockedAt(locationId: string, units: number, not?: string): Promise<string> {
  const skus = (await infra.store.collection('variants').findAll({}, { limit: 100 })).map((v) => v._id);
  const stock = await catalog.availableStock({ skus, channel: 'WEB' });
  const found = stock.find((s) => s.locationId === locationId && s.available >= units && s.sku !== not);
  if (!found) throw new Error(`nothing stocked at ${locationId}`);
  return found.sku;
}

async function routed(lines: RouteOrderRequest['lines'], channel: RouteOrderRequest['channel'] = 'WEB') {
  const orderId = `ord_bf_${++n}`;
  const answer = await local.routeOrder({
    orderId,
    channel,
    destination: { lat: 48.8566, lng: 2.3522, countryCode: 'FR' },
    lines,
    idempotencyKey: `bf-${n}`,
  });
  if (!answer.ok) throw new Error(answer.message);
  return { orderId, answer };
}

/** Made through `first`, repeated through the other: the same answer, apart from `changed`. */
async function both(req: CancelLinesRequest, first: 'local' | 'remote') {
  const [a, b] = first === 'local' ? [local, remote] : [remote, local];
  const applied = await a.cancelLines(req);
  const replayed = await b.cancelLines(req);
  expect(replayed).toEqual(applied.ok ? { ...applied, changed: false } : applied);
  return applied;
}

const sameView = async (orderId: string) => {
  const [a, b] = await Promise.all([local.orderFulfillment({ orderId }), remote.orderFulfillment({ orderId })]);
  expect(b).toEqual(a);
  return a;
};

describe('fulfillment: orderFulfillment and cancelLines answer alike in-process and over HTTP', () => {
  it('orderFulfillment: a routed order in several statuses, a backordered one, an unknown one', async () => {
    const pickupSku = await stockedAt('loc_store_01', 2);
    const { orderId, answer } = await routed([
      { id: 'l1', sku: 'SKU-0001-41-FOR', quantity: 1, deliveryMethod: 'SHIP', pickupLocationId: null },
      { id: 'l2', sku: pickupSku, quantity: 1, deliveryMethod: 'PICKUP_IN_STORE', pickupLocationId: 'loc_store_01' },
    ]);
    const [fo] = answer.fulfillmentOrders;
    expect(await service.transition({ id: fo!.id, action: 'ACCEPT', sourceEventId: 'bf-accept' })).toMatchObject({
      ok: true,
    });
    const view = await sameView(orderId);
    expect(view.fulfillmentOrders.map((f) => f.status).sort()).toEqual(['ACCEPTED', 'OPEN']);
    expect(view.fulfillmentOrders[0]).toEqual({
      id: fo!.id,
      status: 'ACCEPTED',
      locationId: fo!.locationId,
      deliveryMethod: fo!.deliveryMethod,
      lines: fo!.lines,
    });

    // Marketplace backorders: more than the whole network holds waits.
    const waiting = await routed(
      [{ id: 'w1', sku: 'SKU-0001-41-FOR', quantity: 5000, deliveryMethod: 'SHIP', pickupLocationId: null }],
      'MARKETPLACE',
    );
    expect(waiting.answer.backorder).not.toBeNull();
    expect(await sameView(waiting.orderId)).toEqual({
      fulfillmentOrders: [],
      waiting: [{ orderLineId: 'w1', quantity: 5000 }],
    });
    expect(await sameView('ord_nobody')).toEqual({ fulfillmentOrders: [], waiting: [] });
  });

  it('cancelLines: some lines, then the rest, then a backorder’s, each made through one and repeated through the other', async () => {
    const sku = 'SKU-0001-41-FOR';
    const other = await stockedAt('loc_dc_01', 2, sku);
    const { orderId, answer } = await routed([
      { id: 'l1', sku, quantity: 1, deliveryMethod: 'SHIP', pickupLocationId: null },
      { id: 'l2', sku: other, quantity: 1, deliveryMethod: 'SHIP', pickupLocationId: null },
    ]);
    const ids = answer.fulfillmentOrders.map((f) => f.id);
    const req = (orderLineIds: string[], key: string) => ({
      orderId,
      orderLineIds,
      reason: 'bindings',
      idempotencyKey: key,
    });
    expect(ids).toHaveLength(1); // one shipment: the cheapest plan for Paris
    expect(await both(req(['l2'], 'bf-c1'), 'remote')).toEqual({
      ok: true,
      cancelledFulfillmentOrderIds: [],
      changed: true,
    });
    expect(await both(req(['l1'], 'bf-c2'), 'local')).toEqual({
      ok: true,
      cancelledFulfillmentOrderIds: ids,
      changed: true,
    });
    expect((await sameView(orderId)).fulfillmentOrders.every((f) => f.status === 'CANCELLED')).toBe(true);
    // Each released its hold in catalog's ledger (over HTTP for the remote one).
    const holds = await infra.store
      .collection<{ _id: string; lines: { status: string }[] }>('reservations')
      .findAll({ ownerId: orderId });
    expect(holds.flatMap((h) => h.lines.map((l) => l.status))).toEqual(['RELEASED', 'RELEASED']);

    const waiting = await routed(
      [
        { id: 'w1', sku, quantity: 5000, deliveryMethod: 'SHIP', pickupLocationId: null },
        { id: 'w2', sku, quantity: 4000, deliveryMethod: 'SHIP', pickupLocationId: null },
      ],
      'MARKETPLACE',
    );
    const w = (orderLineIds: string[], key: string) => ({
      orderId: waiting.orderId,
      orderLineIds,
      reason: 'bindings',
      idempotencyKey: key,
    });
    expect(await both(w(['w1'], 'bf-w1'), 'local')).toEqual({
      ok: true,
      cancelledFulfillmentOrderIds: [],
      changed: true,
    });
    expect((await sameView(waiting.orderId)).waiting).toEqual([{ orderLineId: 'w2', quantity: 4000 }]);
    expect(await both(w(['w2'], 'bf-w2'), 'remote')).toMatchObject({ ok: true, changed: true });
    expect((await sameView(waiting.orderId)).waiting).toEqual([]);
  });

  it('refusals are the same through both and change nothing: unknown, shipped, conflicting key, malformed', async () => {
    const { orderId, answer } = await routed([
      { id: 'l1', sku: 'SKU-0001-41-FOR', quantity: 1, deliveryMethod: 'SHIP', pickupLocationId: null },
    ]);
    const [fo] = answer.fulfillmentOrders;
    for (const action of ['ACCEPT', 'SHIP'] as const) {
      expect(await service.transition({ id: fo!.id, action, sourceEventId: `bf-${action}` })).toMatchObject({
        ok: true,
      });
    }
    const req = { orderId, orderLineIds: ['l1'], reason: 'r', idempotencyKey: 'bf-r1' };
    const view = await sameView(orderId);
    expect(await both(req, 'local')).toEqual({
      ok: false,
      code: 'ALREADY_SHIPPED',
      message: expect.any(String),
      orderLineIds: ['l1'],
    });
    expect(await both({ ...req, orderLineIds: ['l1', 'nope'] }, 'remote')).toMatchObject({
      ok: false,
      code: 'UNKNOWN_LINE',
      orderLineIds: ['nope'],
    });
    // A key already used for this order, with other content.
    const twin = await routed([
      { id: 'l1', sku: 'SKU-0001-41-FOR', quantity: 1, deliveryMethod: 'SHIP', pickupLocationId: null },
      { id: 'l2', sku: 'SKU-0001-41-FOR', quantity: 1, deliveryMethod: 'SHIP', pickupLocationId: null },
    ]);
    await local.cancelLines({ ...req, orderId: twin.orderId, idempotencyKey: 'bf-k' });
    expect(
      await both({ ...req, orderId: twin.orderId, orderLineIds: ['l2'], idempotencyKey: 'bf-k' }, 'remote'),
    ).toEqual({
      ok: false,
      code: 'IDEMPOTENCY_CONFLICT',
      message: expect.any(String),
      orderLineIds: [],
    });
    expect(await sameView(orderId)).toEqual(view);
    for (const api of [local, remote]) {
      for (const bad of [{ orderLineIds: [] }, { reason: 'x'.repeat(501) }, { idempotencyKey: ' ' }]) {
        await expect(api.cancelLines({ ...req, ...bad })).rejects.toMatchObject({
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
    }
  });
});
