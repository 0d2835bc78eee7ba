import { createEventBus } from './bus';
import type { EventBus } from './bus/port';
import type { Config } from './config';
import type { Logger } from './logger';
import { createDocumentStore } from './store';
import type { DocumentStore } from './store/port';

export interface Infrastructure {
  store: DocumentStore;
  bus: EventBus;
  close(): Promise<void>;
}

/**
 * Opens the document store and event bus chosen by configuration (MongoDB / Redis when their
 * URLs are set, else the embedded engines). Demo data is the subgraphs' business
 * (`subgraphs/seed.ts`), loaded by the host once the subgraphs are built.
 */
export async function createInfrastructure(config: Config, logger: Logger): Promise<Infrastructure> {
  const store = await createDocumentStore({ mongodbUri: config.mongodbUri, mongodbDatabase: config.mongodbDatabase });
  let bus: EventBus;
  try {
    bus = await createEventBus({ redisUrl: config.redisUrl });
  } catch (err) {
    await store.close();
    throw err;
  }
  logger.info({ store: store.engine, bus: bus.engine }, 'infrastructure ready');
  return {
    store,
    bus,
    async close() {
      await Promise.allSettled([bus.close(), store.close()]);
    },
  };
}

/** `/readyz` for a process that owns infrastructure: ready when the store and the bus answer. */
export async function infrastructureReadiness(
  infra: Infrastructure,
  details: Record<string, unknown> = {},
): Promise<{ ready: boolean; details: Record<string, unknown> }> {
  const checks = await Promise.allSettled([infra.store.ping(), infra.bus.ping()]);
  const [store, bus] = checks.map((c) => (c.status === 'fulfilled' ? 'up' : 'down'));
  return { ready: store === 'up' && bus === 'up', details: { ...details, store, bus } };
}
