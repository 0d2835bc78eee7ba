import { fixtureScenario } from '../../demo/fixture';
import { createMemoryBus } from '../../platform/bus/memory';
import type { BusEvent, EventBus } from '../../platform/bus/port';
import { createMemoryStore } from '../../platform/store/memory';
import type { DocumentStore } from '../../platform/store/port';
import type { InventoryChangedEvent } from '../../subgraphs/catalog/events';
import type {
  InventoryLevelDoc,
  InventoryMovementDoc,
  ReservationDoc,
  ReservationLineRequest,
} from '../../subgraphs/catalog/model';
import type { InventoryService } from '../../subgraphs/catalog/service';
import { startCatalog } from './catalog';
import { seedScenario } from '../../subgraphs/seed';

const START = '2026-11-01T12:00:00.000Z';

/**
 * Catalog's inventory service on a fresh in-memory store seeded with the fixture scenario (every
 * position onHand 10, committed 2, reserved 1, safetyStock 1 → available 6), a controllable
 * clock, and every stock event collected. Registers its own beforeEach/afterEach.
 */
export function useInventoryFixture(options: { products?: number; onHand?: number } = {}) {
  let clock = new Date(START);
  let store: DocumentStore;
  let bus: EventBus;
  let inv: InventoryService;
  let events: BusEvent<InventoryChangedEvent>[] = [];

  const catalogInstance = (extra: { sweepIntervalMs?: number } = {}) =>
    startCatalog({ store, bus, now: () => clock, ...extra });

  beforeEach(async () => {
    clock = new Date(START);
    store = createMemoryStore();
    bus = createMemoryBus();
    await seedScenario(store, fixtureScenario({ products: options.products ?? 2, onHand: options.onHand ?? 10 }));
    inv = (await catalogInstance()).inventory;
    events = [];
    await bus.subscribe<InventoryChangedEvent>('catalog.inventory.changed', (e) => events.push(e));
  });
  afterEach(async () => {
    await bus.close();
    await store.close();
  });

  const line = (sku: string, locationId: string, quantity: number): ReservationLineRequest => ({
    sku,
    locationId,
    quantity,
  });
  return {
    get store() {
      return store;
    },
    get bus() {
      return bus;
    },
    get inv() {
      return inv;
    },
    get events() {
      return events;
    },
    now: () => clock,
    advance: (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000)),
    catalogInstance,
    level: async (sku: string, loc: string) =>
      (await store.collection<InventoryLevelDoc>('inventory_levels').findById(`${sku}@${loc}`))!,
    allLevels: () => store.collection<InventoryLevelDoc>('inventory_levels').findAll({}),
    line,
    reserve: (key: string, lines: ReservationLineRequest[], ttlSeconds = 900) =>
      inv.reserve({ kind: 'CART', ownerId: 'cart_1', idempotencyKey: key, lines, ttlSeconds }),
    /** Lets in-process event deliveries run. */
    settle: () => new Promise((r) => setTimeout(r, 0)),
    reservations: () => store.collection<ReservationDoc>('reservations'),
    ledger: () => store.collection<InventoryMovementDoc>('inventory_movements'),
    /** Everything a refused request must leave as it was: positions, ledger and reservations. */
    snapshot: async () => ({
      levels: await store.collection<InventoryLevelDoc>('inventory_levels').findAll({}),
      ledger: await store.collection<InventoryMovementDoc>('inventory_movements').findAll({}),
      reservations: await store.collection<ReservationDoc>('reservations').findAll({}),
    }),
    /** An order held at three lines: two at the store (one SKU twice, own keys) and one at the DC. */
    async orderHold(key = 'order-1', ttlSeconds: number | null = null) {
      const r = await inv.reserve({
        kind: 'ORDER',
        ownerId: 'ord_1',
        idempotencyKey: key,
        ttlSeconds,
        lines: [
          { lineKey: 'ol-1', sku: 'SKU-1-S', locationId: 'loc_store_01', quantity: 1 },
          { lineKey: 'ol-2', sku: 'SKU-1-S', locationId: 'loc_store_01', quantity: 2 },
          { lineKey: 'ol-3', sku: 'SKU-2-S', locationId: 'loc_dc_01', quantity: 3 },
        ],
      });
      if (!r.ok) throw new Error(`reserve failed: ${r.code}`);
      return r.reservation;
    },
  };
}

/** Each line's status by line key. */
export const lineStatuses = (r: { lines: { lineKey: string; status: string }[] }) =>
  Object.fromEntries(r.lines.map((l) => [l.lineKey, l.status]));
