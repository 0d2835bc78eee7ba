import type { EventBus, Unsubscribe } from '../../platform/bus/port';
import type { Logger } from '../../platform/logger';
import { FulfillmentTopics, type FulfillmentApi } from '../fulfillment/api';
import type { NetworkLocation } from './domain/atp';

export interface NetworkCache {
  /** The current network (cached; one fulfillment call per TTL or change event). */
  get(): Promise<NetworkLocation[]>;
  byId(id: string): Promise<NetworkLocation | null>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Catalog's read model of the network, fetched through fulfillment's service interface, kept for
 * `ttlMs` and dropped at once when fulfillment publishes a location change.
 */
export function createNetworkCache(
  service: FulfillmentApi,
  bus: EventBus,
  logger: Logger,
  ttlMs = 30_000,
): NetworkCache {
  let cached: { at: number; nodes: NetworkLocation[]; byId: Map<string, NetworkLocation> } | null = null;
  let inflight: Promise<NetworkLocation[]> | null = null;
  let unsubscribe: Unsubscribe | null = null;
  let generation = 0;

  async function load(): Promise<NetworkLocation[]> {
    const started = generation;
    const nodes = await service.listNetwork();
    if (started === generation) cached = { at: Date.now(), nodes, byId: new Map(nodes.map((n) => [n.id, n])) };
    return nodes;
  }

  const get = async (): Promise<NetworkLocation[]> => {
    if (cached && Date.now() - cached.at < ttlMs) return cached.nodes;
    inflight ??= load().finally(() => {
      inflight = null;
    });
    return inflight;
  };

  return {
    get,
    async byId(id) {
      const nodes = await get();
      return cached?.byId.get(id) ?? nodes.find((n) => n.id === id) ?? null;
    },
    async start() {
      unsubscribe = await bus.subscribe(FulfillmentTopics.locationUpdated, () => {
        generation += 1;
        cached = null;
        logger.debug('network changed; cache dropped');
      });
    },
    async stop() {
      await unsubscribe?.();
      unsubscribe = null;
    },
  };
}
