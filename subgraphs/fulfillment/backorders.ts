import type { EventBus, Unsubscribe } from '../../platform/bus/port';
import type { Logger } from '../../platform/logger';
import { CatalogTopics, type InventoryChangedEvent } from '../catalog/api';

/**
 * Backorders wait for stock: every catalog inventory change that leaves units available asks for
 * the waiting backorders of that SKU to be retried. Retries run one at a time; a SKU changing again
 * while its retry is queued is retried once, so an event storm is not a retry storm.
 */
export function retryOnStock(bus: EventBus, retry: (sku: string) => Promise<unknown>, logger: Logger) {
  const queued = new Set<string>();
  let draining: Promise<void> | null = null;
  let unsubscribe: Unsubscribe | null = null;

  async function drain(): Promise<void> {
    while (queued.size > 0) {
      const sku = queued.values().next().value as string;
      queued.delete(sku);
      await retry(sku).catch((err: unknown) => logger.error({ err, sku }, 'backorder retry failed'));
    }
  }

  return {
    async start() {
      unsubscribe = await bus.subscribe<InventoryChangedEvent>(CatalogTopics.inventoryChanged, ({ payload }) => {
        if (payload.available <= 0) return;
        queued.add(payload.sku);
        draining ??= drain().finally(() => {
          draining = null;
        });
      });
    },
    async stop() {
      await unsubscribe?.();
      unsubscribe = null;
      queued.clear();
      await draining;
    },
    /** Resolves once every queued retry has run (tests). */
    settled: () => draining ?? Promise.resolve(),
  };
}
