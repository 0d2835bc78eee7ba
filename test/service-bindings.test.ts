import { createMemoryBus } from '../platform/bus/memory';
import { testConfig } from '../platform/config';
import { silentLogger } from '../platform/logger';
import { createInfrastructure, type Infrastructure } from '../platform/runtime';
import { DEMO_PARTNER_KEYS } from '../subgraphs/identity/demo';
import { inProcessBindings, parsePartnerKey, remoteBindings } from '../subgraphs/registry';
import { demoScenario, seedScenario } from '../subgraphs/seed';
import { createSubgraphServer, type SubgraphServer } from '../subgraphs/server';

/**
 * Every declared service interface gives the same answers through both bindings: the owner's own
 * implementation in-process, and its GraphQL API over real HTTP as the signed service principal.
 */
let infra: Infrastructure;
let fulfillment: SubgraphServer;
let identity: SubgraphServer;
let url: string;
let identityUrl: string;
const config = testConfig({ host: '127.0.0.1', subgraphPort: 0, shutdownGraceMs: 500 });

beforeAll(async () => {
  infra = await createInfrastructure(config, silentLogger);
  await seedScenario(infra.store, demoScenario(42), ['fulfillment', 'identity']);
  fulfillment = createSubgraphServer('fulfillment', config, { logger: silentLogger, infrastructure: infra });
  identity = createSubgraphServer('identity', config, { logger: silentLogger, infrastructure: infra });
  ({ url } = await fulfillment.start());
  ({ url: identityUrl } = await identity.start());
});

afterAll(async () => {
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
