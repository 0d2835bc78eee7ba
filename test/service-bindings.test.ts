import { createMemoryBus } from '../platform/bus/memory';
import { testConfig, type SubgraphName } from '../platform/config';
import { silentLogger } from '../platform/logger';
import { createInfrastructure, type Infrastructure } from '../platform/runtime';
import { DEMO_PARTNER_KEYS } from '../subgraphs/identity/demo';
import {
  bindingsFrom,
  buildSubgraph,
  inProcessBindings,
  parsePartnerKey,
  remoteBindings,
  type ServiceBindings,
} from '../subgraphs/registry';
import { demoScenario, seedScenario } from '../subgraphs/seed';
import { createSubgraphServer, type SubgraphServer } from '../subgraphs/server';
import type { Subgraph } from '../subgraphs/types';

/**
 * Every declared service interface gives the same answers through both bindings: the owner's own
 * implementation in-process, and its GraphQL API over real HTTP as the signed service principal.
 */
let infra: Infrastructure;
let fulfillment: SubgraphServer;
let identity: SubgraphServer;
let catalog: SubgraphServer;
let url: string;
let identityUrl: string;
let catalogUrl: string;
const config = testConfig({ host: '127.0.0.1', subgraphPort: 0, shutdownGraceMs: 500 });

beforeAll(async () => {
  infra = await createInfrastructure(config, silentLogger);
  await seedScenario(infra.store, demoScenario(42), ['fulfillment', 'identity', 'catalog']);
  fulfillment = createSubgraphServer('fulfillment', config, { logger: silentLogger, infrastructure: infra });
  identity = createSubgraphServer('identity', config, { logger: silentLogger, infrastructure: infra });
  ({ url } = await fulfillment.start());
  ({ url: identityUrl } = await identity.start());
  // Catalog reads the network from the fulfillment server above, over HTTP, as in distributed mode.
  const catalogConfig = { ...config, subgraphUrls: { ...config.subgraphUrls, fulfillment: url } };
  catalog = createSubgraphServer('catalog', catalogConfig, { logger: silentLogger, infrastructure: infra });
  ({ url: catalogUrl } = await catalog.start());
});

afterAll(async () => {
  await catalog.stop();
  await fulfillment.stop();
  await identity.stop();
  await infra.close();
});

describe('service interface bindings', () => {
  it('fulfillment.listNetwork: in-process and over HTTP return the same network', async () => {
    const local = inProcessBindings({ store: infra.store, bus: createMemoryBus(), logger: silentLogger });
    const remote = remoteBindings({ ...config, subgraphUrls: { ...config.subgraphUrls, fulfillment: url } }, 'catalog');
    const [a, b] = await Promise.all([local.fulfillment.listNetwork(), remote.fulfillment.listNetwork()]);
    expect(a.length).toBeGreaterThan(30);
    expect(b).toEqual(a);
  });

  it('identity.authenticatePartnerKey: in-process and over HTTP grant the same, and refuse the same', async () => {
    const local = inProcessBindings({ store: infra.store, bus: createMemoryBus(), logger: silentLogger });
    const remote = remoteBindings(
      { ...config, subgraphUrls: { ...config.subgraphUrls, identity: identityUrl } },
      'gateway',
    );
    const demo = DEMO_PARTNER_KEYS[0]!;
    const good = parsePartnerKey(demo.key)!;
    const wrong = { ...good, secretHash: '0'.repeat(64) };
    for (const input of [good, wrong, { keyId: 'pk_0000000000000000', secretHash: good.secretHash }]) {
      const [a, b] = await Promise.all([
        local.identity.authenticatePartnerKey(input),
        remote.identity.authenticatePartnerKey(input),
      ]);
      expect(b).toEqual(a);
    }
    expect(await remote.identity.authenticatePartnerKey(good)).toMatchObject({
      partnerId: demo.partnerId,
      keyId: demo.id,
    });
    expect(await remote.identity.authenticatePartnerKey(wrong)).toBeNull();
  });

  describe('catalog: every operation answers alike in-process and over HTTP', () => {
    // One store behind both bindings. Each change is made through one binding and repeated (same
    // idempotency key) through the other, which must answer exactly the same; the two take turns
    // making the change, so each binding applies changes and replays them.
    let local: ServiceBindings['catalog'];
    let remote: ServiceBindings['catalog'];
    beforeAll(() => {
      local = inProcessBindings({ store: infra.store, bus: createMemoryBus(), logger: silentLogger }).catalog;
      remote = remoteBindings(
        { ...config, subgraphUrls: { ...config.subgraphUrls, catalog: catalogUrl } },
        'fulfillment',
      ).catalog;
    });
    const both = async <T>(call: (api: ServiceBindings['catalog']) => Promise<T>, first: 'local' | 'remote') => {
      const [a, b] = first === 'local' ? [local, remote] : [remote, local];
      const applied = await call(a);
      const replayed = await call(b);
      expect(replayed).toEqual(applied);
      return applied;
    };
    const SKU = 'SKU-0001-41-FOR';

    it('reserve, per-line commit, ship and release, reroute, and their refusals', async () => {
      const lines = [
        { lineKey: 'ol-1', sku: SKU, locationId: 'loc_dc_01', quantity: 1 },
        { lineKey: 'ol-2', sku: SKU, locationId: 'loc_store_01', quantity: 1 },
      ];
      const held = await both(
        (api) => api.reserve({ kind: 'ORDER', ownerId: 'ord_b1', lines, idempotencyKey: 'bindings-order-1' }),
        'local',
      );
      if (!held.ok) throw new Error(held.code);
      expect(held.reservation).toMatchObject({ status: 'ACTIVE', expiresAt: null });
      const reservationId = held.reservation.id;

      const committed = await both(
        (api) => api.commitLines({ reservationId, lineKeys: ['ol-1'], idempotencyKey: 'b-commit-1' }),
        'remote',
      );
      expect(committed.ok && committed.reservation.lines.map((l) => l.status)).toEqual(['COMMITTED', 'ACTIVE']);
      await both((api) => api.shipLines({ reservationId, lineKeys: ['ol-1'], idempotencyKey: 'b-ship-1' }), 'local');

      const rerouted = await both(
        (api) =>
          api.reroute({
            reservationId,
            release: ['ol-2'],
            add: [{ lineKey: 'ol-2b', sku: SKU, locationId: 'loc_dc_01', quantity: 1 }],
            reason: 'store rejected',
            idempotencyKey: 'b-reroute-1',
          }),
        'remote',
      );
      expect(rerouted).toMatchObject({ ok: true, reservation: { releaseReason: 'store rejected' } });
      // Typed refusals, the same through both (nothing changes, so the order does not matter).
      const short = await both(
        (api) =>
          api.reserve({
            kind: 'CART',
            ownerId: 'cart_b',
            lines: [{ sku: SKU, locationId: 'loc_dc_01', quantity: 10_000 }],
            idempotencyKey: 'bindings-short',
          }),
        'local',
      );
      expect(short).toMatchObject({ ok: false, code: 'INSUFFICIENT_STOCK', shortfalls: [{ requested: 10_000 }] });
      const shortReroute = await both(
        (api) =>
          api.reroute({
            reservationId,
            add: [{ lineKey: 'n', sku: SKU, locationId: 'loc_dc_01', quantity: 10_000 }],
            idempotencyKey: 'b-reroute-short',
          }),
        'remote',
      );
      expect(shortReroute).toMatchObject({
        ok: false,
        code: 'INSUFFICIENT_STOCK',
        shortfalls: [{ sku: SKU, locationId: 'loc_dc_01', requested: 10_000 }],
      });
      const released = await both(
        (api) => api.releaseLines({ reservationId, reason: 'order cancelled', idempotencyKey: 'b-release-1' }),
        'local',
      );
      expect(released).toMatchObject({ ok: true, reservation: { status: 'SHIPPED' } });

      expect(
        await both((api) => api.shipLines({ reservationId, lineKeys: ['nope'], idempotencyKey: 'b-x' }), 'local'),
      ).toEqual({ ok: false, code: 'UNKNOWN_LINE_KEY', message: expect.any(String), sku: null, locationId: null });
      expect(
        await both((api) => api.commitLines({ reservationId: 'res_missing', idempotencyKey: 'b-y' }), 'remote'),
      ).toMatchObject({ ok: false, code: 'RESERVATION_NOT_FOUND' });
      const unknownSku = await both(
        (api) =>
          api.reserve({
            kind: 'CART',
            ownerId: 'c',
            lines: [{ sku: 'SKU-NOPE', locationId: 'loc_dc_01', quantity: 1 }],
            idempotencyKey: 'bindings-unknown',
          }),
        'local',
      );
      expect(unknownSku).toEqual({
        ok: false,
        code: 'UNKNOWN_SKU',
        message: expect.any(String),
        sku: 'SKU-NOPE',
        locationId: 'loc_dc_01',
      });
    });

    it('receiveLines: units received into a shipped order, then shipped, and its refusals', async () => {
      const held = await both(
        (api) =>
          api.reserve({
            kind: 'ORDER',
            ownerId: 'ord_b2',
            lines: [{ lineKey: 'leg', sku: SKU, locationId: 'loc_dc_01', quantity: 1 }],
            idempotencyKey: 'bindings-order-2',
          }),
        'remote',
      );
      if (!held.ok) throw new Error(held.code);
      const reservationId = held.reservation.id;
      await both((api) => api.commitLines({ reservationId, idempotencyKey: 'b2-commit' }), 'local');
      await both((api) => api.shipLines({ reservationId, idempotencyKey: 'b2-ship' }), 'remote');
      const arriving = [{ lineKey: 'pickup', sku: SKU, locationId: 'loc_store_02', quantity: 1 }];
      const received = await both(
        (api) => api.receiveLines({ reservationId, lines: arriving, reason: 'ASN-1', idempotencyKey: 'b2-receive' }),
        'local',
      );
      expect(received).toMatchObject({ ok: true, reservation: { status: 'COMMITTED' } });
      expect(received.ok && received.reservation.lines.map((l) => [l.lineKey, l.status])).toEqual([
        ['leg', 'SHIPPED'],
        ['pickup', 'COMMITTED'],
      ]);
      const shipped = await both(
        (api) => api.shipLines({ reservationId, lineKeys: ['pickup'], idempotencyKey: 'b2-ship-pickup' }),
        'remote',
      );
      expect(shipped).toMatchObject({ ok: true, reservation: { status: 'SHIPPED' } });
      // The receipt's key with other content conflicts; refusals change nothing, so either order.
      expect(
        await both(
          (api) =>
            api.receiveLines({
              reservationId,
              lines: [{ ...arriving[0]!, quantity: 2 }],
              idempotencyKey: 'b2-receive',
            }),
          'local',
        ),
      ).toMatchObject({ ok: false, code: 'IDEMPOTENCY_CONFLICT' });
      expect(
        await both((api) => api.receiveLines({ reservationId, lines: arriving, idempotencyKey: 'b2-again' }), 'remote'),
      ).toEqual({
        ok: false,
        code: 'DUPLICATE_LINE_KEY',
        message: expect.any(String),
        sku: SKU,
        locationId: 'loc_store_02',
      });
      expect(
        await both(
          (api) => api.receiveLines({ reservationId: 'res_missing', lines: arriving, idempotencyKey: 'b2-x' }),
          'local',
        ),
      ).toMatchObject({ ok: false, code: 'RESERVATION_NOT_FOUND' });
      const cart = await both(
        (api) =>
          api.reserve({
            kind: 'CART',
            ownerId: 'cart_b2',
            lines: [{ sku: SKU, locationId: 'loc_dc_01', quantity: 1 }],
            idempotencyKey: 'bindings-cart-2',
          }),
        'local',
      );
      if (!cart.ok) throw new Error(cart.code);
      expect(
        await both(
          (api) => api.receiveLines({ reservationId: cart.reservation.id, lines: arriving, idempotencyKey: 'b2-cart' }),
          'remote',
        ),
      ).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    });

    it('allowSafetyStock: holds and re-routes that may take safety stock, and their shortfalls', async () => {
      // Seed 42: 1 unit available at loc_store_01 and 1 of safety stock.
      const sku = 'SKU-0010-41-ECR';
      const line = (lineKey: string, quantity: number) => ({ lineKey, sku, locationId: 'loc_store_01', quantity });
      const short = await both(
        (api) =>
          api.reserve({
            kind: 'ORDER',
            ownerId: 'ord_b3',
            lines: [line('a', 3)],
            allowSafetyStock: true,
            idempotencyKey: 'bindings-safety-short',
          }),
        'local',
      );
      expect(short).toMatchObject({ ok: false, shortfalls: [{ sku, requested: 3, available: 2 }] });
      const held = await both(
        (api) =>
          api.reserve({
            kind: 'ORDER',
            ownerId: 'ord_b3',
            lines: [line('a', 1)],
            allowSafetyStock: true,
            idempotencyKey: 'bindings-safety',
          }),
        'remote',
      );
      if (!held.ok) throw new Error(held.code);
      const rerouted = await both(
        (api) =>
          api.reroute({
            reservationId: held.reservation.id,
            release: ['a'],
            add: [line('b', 2)],
            allowSafetyStock: true,
            idempotencyKey: 'b3-reroute',
          }),
        'local',
      );
      expect(rerouted.ok && rerouted.reservation.lines.map((l) => [l.lineKey, l.status])).toEqual([
        ['a', 'RELEASED'],
        ['b', 'ACTIVE'],
      ]);
      // The same re-route without the flag is another request under the key.
      expect(
        await both(
          (api) =>
            api.reroute({
              reservationId: held.reservation.id,
              release: ['a'],
              add: [line('b', 2)],
              idempotencyKey: 'b3-reroute',
            }),
          'remote',
        ),
      ).toMatchObject({ ok: false, code: 'IDEMPOTENCY_CONFLICT' });
      await both(
        (api) => api.releaseLines({ reservationId: held.reservation.id, idempotencyKey: 'b3-release' }),
        'remote',
      );
    });

    it('malformed arguments are BAD_USER_INPUT through both', async () => {
      for (const api of [local, remote]) {
        await expect(
          api.commitLines({ reservationId: 'res_x', lineKeys: [], idempotencyKey: 'k' }),
        ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
        await expect(
          api.receiveLines({ reservationId: 'res_x', lines: [], idempotencyKey: ' ' }),
        ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
        await expect(api.availableStock({ skus: [], channel: 'WEB' })).rejects.toMatchObject({
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
    });

    it('prices: the same channel prices', async () => {
      const skus = [SKU, 'SKU-0162-M-NVY', 'SKU-NOPE'];
      for (const channel of ['WEB', 'MARKETPLACE'] as const) {
        const [a, b] = await Promise.all([local.prices({ skus, channel }), remote.prices({ skus, channel })]);
        expect(a.map((p) => p.sku)).toEqual([SKU, 'SKU-0162-M-NVY']);
        expect(b).toEqual(a);
      }
    });

    it('availableStock: the same network snapshot, with safety stock and incoming deliveries', async () => {
      // Seed 42: SKU-0001-40-FOR has two purchase orders on their way to loc_dc_01.
      const skus = [SKU, 'SKU-0162-M-NVY', 'SKU-NOPE', 'SKU-0001-40-FOR'];
      for (const channel of ['WEB', 'MARKETPLACE', 'KIOSK'] as const) {
        const [a, b] = await Promise.all([
          local.availableStock({ skus, channel }),
          remote.availableStock({ skus, channel }),
        ]);
        expect(a.length).toBeGreaterThan(1);
        expect(b).toEqual(a);
        expect(a.find((s) => s.sku === 'SKU-0001-40-FOR' && s.locationId === 'loc_dc_01')?.incoming).toEqual([
          { quantity: 290, expectedAt: '2026-11-14T13:00:00.000Z' },
          { quantity: 80, expectedAt: '2026-12-02T09:00:00.000Z' },
        ]);
        expect(a.some((s) => s.safetyStock > 0)).toBe(true);
      }
    });
  });

  it('in-process bindings are lazy: subgraphs that call each other build in any order', async () => {
    const deps = { store: infra.store, bus: createMemoryBus(), logger: silentLogger };
    const built: Partial<Record<SubgraphName, Subgraph>> = {};
    const bindings = bindingsFrom(built);
    const stock = () => bindings.catalog.availableStock({ skus: ['SKU-0001-41-FOR'], channel: 'WEB' });
    await expect(stock()).rejects.toThrow('service interface "catalog" has no in-process implementation built');
    // Catalog first, bound to a fulfillment that does not exist yet; it is only needed when called.
    built.catalog = buildSubgraph('catalog', deps, bindings);
    await expect(stock()).rejects.toThrow('service interface "fulfillment" has no in-process implementation built');
    built.fulfillment = buildSubgraph('fulfillment', deps, bindings);
    expect((await stock()).length).toBeGreaterThan(1);
  });

  it('a remote binding to a stopped owner fails as SUBGRAPH_UNAVAILABLE naming it', async () => {
    const remote = remoteBindings(
      { ...config, subgraphUrls: { ...config.subgraphUrls, fulfillment: 'http://127.0.0.1:9/graphql' } },
      'catalog',
    );
    await expect(remote.fulfillment.listNetwork()).rejects.toMatchObject({
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'fulfillment' },
    });
  });
});
