import { testConfig, type Config } from '../../platform/config';
import { createGateway, type GatewayDeps, type RunningGateway } from '../../gateway/server';

export interface EmbeddedGateway extends RunningGateway {
  stop(): Promise<void>;
}

/** The whole supergraph in-process, on a free port, with demo data in the in-memory engine. */
export async function startEmbeddedGateway(
  overrides: Partial<Config> = {},
  deps: GatewayDeps = {},
): Promise<EmbeddedGateway> {
  const config = testConfig({ host: '127.0.0.1', port: 0, shutdownGraceMs: 1000, ...overrides });
  const gateway = createGateway(config, deps);
  const running = await gateway.start();
  return { ...running, stop: () => gateway.stop() };
}
