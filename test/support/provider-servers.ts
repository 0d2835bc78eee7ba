import type { Config } from '../../platform/config';
import { silentLogger } from '../../platform/logger';
import { freePort } from '../../platform/net';
import type { Infrastructure } from '../../platform/runtime';
import { createSubgraphServer } from '../../subgraphs/server';

/**
 * Fulfillment and catalog as their own HTTP servers on one infrastructure (distributed mode), each
 * calling the other over HTTP: catalog reads the network from fulfillment when it starts, and
 * fulfillment holds and releases stock through catalog. Catalog's port is chosen first so that
 * fulfillment, which must be up before catalog starts, already knows where catalog will be.
 */
export async function startProviderServers(config: Config, infrastructure: Infrastructure) {
  const catalogPort = await freePort();
  const catalogUrl = `http://127.0.0.1:${catalogPort}/graphql`;
  const fulfillment = createSubgraphServer(
    'fulfillment',
    { ...config, subgraphPort: 0, subgraphUrls: { ...config.subgraphUrls, catalog: catalogUrl } },
    { logger: silentLogger, infrastructure },
  );
  const { url: fulfillmentUrl } = await fulfillment.start();
  const catalog = createSubgraphServer(
    'catalog',
    {
      ...config,
      subgraphPort: catalogPort,
      subgraphUrls: { ...config.subgraphUrls, catalog: catalogUrl, fulfillment: fulfillmentUrl },
    },
    { logger: silentLogger, infrastructure },
  );
  await catalog.start();
  return {
    /** The config a caller of both servers uses. */
    config: { ...config, subgraphUrls: { ...config.subgraphUrls, catalog: catalogUrl, fulfillment: fulfillmentUrl } },
    stop: async () => {
      await catalog.stop();
      await fulfillment.stop();
    },
  };
}
