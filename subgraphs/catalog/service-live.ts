import { badInput, notFound } from '../../platform/errors';
import type { Fanout } from '../../platform/live/fanout';
import { keepChanges, liveStream, type LiveStream } from '../../platform/live/stream';
import { requireKey } from '../../platform/validation';
import { nearbyStores } from './domain/atp';
import { levelId, newLevel } from './domain/level-ops';
import { CatalogTopics, levelOf, type InventoryChangedEvent } from './events';
import type { InventoryLevelDoc } from './model';
import type { ServiceDeps } from './service-deps';

/** A stock-near-a-point subscription: the widest radius (km) and the most stores it watches. */
export const NEAR_LIMITS = { radiusKm: 500, stores: 50 } as const;

/** What one stock subscription may watch. */
export const STOCK_WATCH_LIMITS = { skus: 50, locations: 50, positions: 200 } as const;

export type StockStream = LiveStream<InventoryLevelDoc[], InventoryLevelDoc>;

/** The position a stock event is about: the key stock streams listen by. */
const positionOf = (event: InventoryChangedEvent) => levelId(event.sku, event.locationId);

/**
 * Live stock: a subscription's positions now, then each change of one of them (or, for
 * back-in-stock, each return from 0 available), from catalog's stock events (one bus subscription
 * per process, shared by every stream: `fanout`).
 */
export function createLiveUseCases({ store, now, locationExists, network }: ServiceDeps, fanout: Fanout) {
  /** The stream of known `positions`: each one now (zeros when never stocked), then each change of one. */
  function positionsStream(positions: readonly { sku: string; locationId: string }[]): StockStream {
    const ids = positions.map((p) => levelId(p.sku, p.locationId));
    return liveStream<InventoryLevelDoc[], InventoryLevelDoc>({
      // Only the events of the watched positions reach this stream (the fan-out's index by position).
      listen: (push, gap) =>
        fanout.listen<InventoryChangedEvent>(CatalogTopics.inventoryChanged, (event) => push(levelOf(event)), gap, {
          of: positionOf,
          values: ids,
        }),
      snapshot: async () => {
        const levels = await store.levelsByIds(ids);
        const at = now().toISOString();
        return positions.map((p, i) => levels[i] ?? newLevel(p.sku, p.locationId, at));
      },
      // A change the snapshot already shows (the position's own sequence) is not sent again.
      newer: (change, state) => {
        const shown = state.find((l) => l._id === change._id);
        return !shown || change.sequence > shown.sequence;
      },
    });
  }

  return {
    /** Checks what is watched (typed BAD_USER_INPUT errors) and opens the stream. */
    async watchStock(skus: readonly string[], locationIds: readonly string[]): Promise<StockStream> {
      const wanted = { skus: [...new Set(skus)], locations: [...new Set(locationIds)] };
      if (wanted.skus.length === 0 || wanted.skus.length > STOCK_WATCH_LIMITS.skus) {
        throw badInput(`skus must name 1 to ${STOCK_WATCH_LIMITS.skus} SKUs`, 'skus');
      }
      if (wanted.locations.length === 0 || wanted.locations.length > STOCK_WATCH_LIMITS.locations) {
        throw badInput(`locationIds must name 1 to ${STOCK_WATCH_LIMITS.locations} locations`, 'locationIds');
      }
      if (wanted.skus.length * wanted.locations.length > STOCK_WATCH_LIMITS.positions) {
        throw badInput(
          `at most ${STOCK_WATCH_LIMITS.positions} positions (skus × locationIds) per subscription`,
          'skus',
        );
      }
      const variants = await store.variantsBySkus(wanted.skus);
      const unknownSku = wanted.skus.find((_, i) => variants[i] == null);
      if (unknownSku) throw badInput(`unknown SKU ${unknownSku}`, 'skus');
      for (const id of wanted.locations) {
        if (!(await locationExists(id))) throw badInput(`unknown location ${id}`, 'locationIds');
      }
      return positionsStream(wanted.skus.flatMap((sku) => wanted.locations.map((locationId) => ({ sku, locationId }))));
    },

    /**
     * One position, to hear when it is back in stock: SNAPSHOT it now, then a CHANGE each time its
     * available units go from 0 to more (an unknown SKU or location is NOT_FOUND, as for
     * inventoryLevel; a blank one BAD_USER_INPUT).
     */
    async watchStockNear(
      sku: string,
      near: { lat: number; lng: number },
      radiusKm: number,
      first: number,
    ): Promise<StockStream> {
      const wantedSku = requireKey(sku, 'sku');
      if (!(radiusKm > 0 && radiusKm <= NEAR_LIMITS.radiusKm)) {
        throw badInput(`radiusKm must be in (0, ${NEAR_LIMITS.radiusKm}]`, 'radiusKm');
      }
      if (!(Math.abs(near.lat) <= 90 && Math.abs(near.lng) <= 180))
        throw badInput('near is not a valid coordinate', 'near');
      if (!Number.isInteger(first) || first < 1 || first > NEAR_LIMITS.stores) {
        throw badInput(`first must be 1 to ${NEAR_LIMITS.stores}`, 'first');
      }
      const [variant] = await store.variantsBySkus([wantedSku]);
      if (!variant) throw notFound('Variant', wantedSku);
      const stores = nearbyStores(await network(), near, radiusKm, first);
      return positionsStream(stores.map((s) => ({ sku: wantedSku, locationId: s.id })));
    },

    async watchBackInStock(sku: string, locationId: string): Promise<StockStream> {
      const position = { sku: requireKey(sku, 'sku'), locationId: requireKey(locationId, 'locationId') };
      const [variant] = await store.variantsBySkus([position.sku]);
      if (!variant) throw notFound('Variant', position.sku);
      if (!(await locationExists(position.locationId))) throw notFound('Location', position.locationId);
      // The newest state of the position the stream has shown (a SNAPSHOT, or a change kept or not).
      let shown: { sequence: number; available: number } | null = null;
      return keepChanges(positionsStream([position]), (message) => {
        const level = message.kind === 'SNAPSHOT' ? message.state[0]! : message.change;
        if (message.kind === 'CHANGE' && shown && level.sequence <= shown.sequence) return false; // late
        const back = shown?.available === 0 && level.available > 0;
        shown = { sequence: level.sequence, available: level.available };
        return back;
      });
    },
  };
}
