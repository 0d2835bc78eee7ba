import { createMemoryBus } from '../platform/bus/memory';
import { testConfig, type Config } from '../platform/config';
import { silentLogger } from '../platform/logger';
import { createInfrastructure, type Infrastructure } from '../platform/runtime';
import type { ReturnMovementRequest } from '../subgraphs/catalog/api';
import { inProcessBindings, remoteBindings, type ServiceBindings } from '../subgraphs/registry';
import { demoScenario, seedScenario } from '../subgraphs/seed';
import { startProviderServers } from './support/provider-servers';

/**
 * catalog.recordReturn (orders' returns feed inventory through it) answers alike through both
 * bindings: catalog's own service in-process, and its `recordReturn` mutation over real HTTP as
 * `service:orders`. One store behind both; each movement is made through one binding and repeated
 * (same sourceEventId) through the other, taking turns: the replay answers the same position, not
 * applied again.
 */
let infra: Infrastructure;
let servers: Awaited<ReturnType<typeof startProviderServers>>;
let local: ServiceBindings['catalog'];
let remote: ServiceBindings['catalog'];
const config: Config = testConfig({ host: '127.0.0.1', shutdownGraceMs: 500 });
const SKU = 'SKU-0001-41-FOR';
const STORE = 'loc_store_01';

beforeAll(async () => {
  infra = await createInfrastructure(config, silentLogger);
  await seedScenario(infra.store, demoScenario(42), ['fulfillment', 'identity', 'catalog']);
  servers = await startProviderServers(config, infra);
  local = inProcessBindings({ store: infra.store, bus: createMemoryBus(), logger: silentLogger }).catalog;
  remote = remoteBindings(servers.config, 'orders').catalog;
});

afterAll(async () => {
  await servers.stop();
  await infra.close();
});

const position = async (sku = SKU, locationId = STORE) => {
  const l = await infra.store
    .collection<{ _id: string; onHand: number; available: number; damaged: number; qualityControl: number }>(
      'inventory_levels',
    )
    .findById(`${sku}@${locationId}`);
  return l && { onHand: l.onHand, available: l.available, damaged: l.damaged, qualityControl: l.qualityControl };
};

describe('catalog.recordReturn: in-process and over HTTP answer alike', () => {
  it.each<[ReturnMovementRequest['disposition'], 'local' | 'remote', Record<string, number>]>([
    ['RESTOCK', 'local', { onHand: 1, available: 1 }],
    ['DAMAGED', 'remote', { onHand: 1, damaged: 1 }],
    ['QUALITY_CONTROL', 'local', { onHand: 1, qualityControl: 1 }],
  ])('%s through %s, replayed through the other', async (disposition, first, moved) => {
    const [a, b] = first === 'local' ? [local, remote] : [remote, local];
    const before = (await position())!;
    const input = {
      sku: SKU,
      locationId: STORE,
      quantity: 1,
      disposition,
      sourceEventId: `ret-binding-${disposition}`,
    };
    const applied = await a.recordReturn(input);
    const expected = {
      ...before,
      ...Object.fromEntries(Object.entries(moved).map(([k, v]) => [k, before[k as keyof typeof before] + v])),
    };
    expect(applied).toEqual({ ok: true, applied: true, position: { sku: SKU, locationId: STORE, ...expected } });
    const replayed = await b.recordReturn(input);
    expect(replayed).toEqual({ ...applied, applied: false });
    expect(await position()).toEqual(expected);
  });

  it('a location that never stocked the SKU gets the position', async () => {
    const nodes = (await infra.store.collection('locations').findAll({ type: 'STORE' })).map((l) => l._id);
    const levels = await infra.store
      .collection<{ _id: string; sku: string; locationId: string }>('inventory_levels')
      .findAll({});
    const sku = levels[0]!.sku;
    const fresh = nodes.find((id) => !levels.some((l) => l.sku === sku && l.locationId === id));
    expect(fresh).toBeDefined();
    const input = {
      sku,
      locationId: fresh!,
      quantity: 2,
      disposition: 'RESTOCK' as const,
      sourceEventId: 'ret-binding-new',
    };
    const applied = await remote.recordReturn(input);
    expect(applied).toMatchObject({ ok: true, applied: true, position: { onHand: 2, available: 2 } });
    expect(await local.recordReturn(input)).toEqual({ ...applied, applied: false });
  });

  it.each<[string, Partial<ReturnMovementRequest>, string]>([
    ['an unknown SKU', { sku: 'SKU-NOPE' }, 'UNKNOWN_SKU'],
    ['an unknown location', { locationId: 'loc_nowhere' }, 'UNKNOWN_LOCATION'],
    ['no units', { quantity: 0 }, 'INVALID_QUANTITY'],
  ])('%s: the same refusal, nothing moved', async (_case, over, code) => {
    const before = await position();
    const input = {
      sku: SKU,
      locationId: STORE,
      quantity: 1,
      disposition: 'RESTOCK' as const,
      sourceEventId: `ret-bad-${code}`,
      ...over,
    };
    const [a, b] = [await local.recordReturn(input), await remote.recordReturn(input)];
    expect(a).toMatchObject({ ok: false, code });
    expect(b).toEqual(a);
    expect(await position()).toEqual(before);
  });

  it('the same event with other content is refused through both', async () => {
    const input = {
      sku: SKU,
      locationId: STORE,
      quantity: 1,
      disposition: 'RESTOCK' as const,
      sourceEventId: 'ret-binding-conflict',
    };
    expect(await local.recordReturn(input)).toMatchObject({ ok: true });
    const other = { ...input, disposition: 'DAMAGED' as const };
    const [a, b] = [await local.recordReturn(other), await remote.recordReturn(other)];
    expect(a).toMatchObject({ ok: false });
    expect(b).toEqual(a);
  });

  it('a malformed sourceEventId is BAD_USER_INPUT through both', async () => {
    const input = { sku: SKU, locationId: STORE, quantity: 1, disposition: 'RESTOCK' as const, sourceEventId: ' ' };
    await expect(local.recordReturn(input)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await expect(remote.recordReturn(input)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
