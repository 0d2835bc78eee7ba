import { createMemoryBus } from '../platform/bus/memory';
import { testConfig } from '../platform/config';
import { silentLogger } from '../platform/logger';
import { createInfrastructure, type Infrastructure } from '../platform/runtime';
import { inProcessBindings, remoteBindings } from '../subgraphs/registry';
import { demoScenario, seedScenario } from '../subgraphs/seed';
import { createSubgraphServer, type SubgraphServer } from '../subgraphs/server';

/**
 * Every declared service interface gives the same answers through both bindings: the owner's own
 * implementation in-process, and its GraphQL API over real HTTP as the signed service principal.
 */
let infra: Infrastructure;
let fulfillment: SubgraphServer;
let url: string;
const config = testConfig({ host: '127.0.0.1', subgraphPort: 0, shutdownGraceMs: 500 });

beforeAll(async () => {
  infra = await createInfrastructure(config, silentLogger);
  await seedScenario(infra.store, demoScenario(42), ['fulfillment']);
  fulfillment = createSubgraphServer('fulfillment', config, { logger: silentLogger, infrastructure: infra });
  ({ url } = await fulfillment.start());
});

afterAll(async () => {
  await fulfillment.stop();
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
