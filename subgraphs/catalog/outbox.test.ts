import { createMemoryBus } from '../../platform/bus/memory';
import type { BusEvent, EventBus } from '../../platform/bus/port';
import { silentLogger } from '../../platform/logger';
import { createOutbox, type OutboxDoc } from '../../platform/outbox';
import { createMemoryStore } from '../../platform/store/memory';
import type { DocumentStore } from '../../platform/store/port';
import { fixtureScenario } from '../../demo/fixture';
import { startCatalog } from '../../test/support/catalog';
import { seedScenario } from '../seed';
import { CatalogTopics, type InventoryChangedEvent, type ReservationChangedEvent } from './events';
import type { InventoryLevelDoc } from './model';
import { catalogEventEnricher } from './service-deps';
import { COLLECTIONS, createCatalogStore } from './store';

/**
 * Catalog's stock, reservation and sourcing events go through its transactional outbox: each is
 * recorded in the write that changes the position, published right after it with the exact
 * state the write produced, and — when that publish never happens (the process dies, the bus is
 * down) — published by the relay of any instance later, with the position's state at that time.
 */
const SKU = 'SKU-1-S';
const STORE = 'loc_store_01';

/** A bus whose publish always fails, as if the process died right after each write. */
function deadBus(inner: EventBus): EventBus {
  return { ...inner, engine: inner.engine, publish: () => Promise.reject(new Error('gone')) } as EventBus;
}

async function setup() {
  const store = createMemoryStore();
  await seedScenario(store, fixtureScenario({ products: 3 }));
  const bus = createMemoryBus();
  const seen: BusEvent<Record<string, unknown>>[] = [];
  for (const topic of [CatalogTopics.inventoryChanged, CatalogTopics.reservationChanged]) {
    await bus.subscribe<Record<string, unknown>>(topic, (e) => {
      seen.push(e);
    });
  }
  return { store, bus, seen, close: () => Promise.all([bus.close(), store.close()]) };
}

/** The relay of another instance started later (its clock past the grace period and any lease). */
const restartedRelay = (store: DocumentStore, bus: EventBus) =>
  createOutbox({
    collection: COLLECTIONS.outbox,
    store,
    bus,
    logger: silentLogger,
    now: () => new Date(Date.now() + 60_000),
    enrich: catalogEventEnricher(createCatalogStore(store)),
  });

const level = (store: DocumentStore) =>
  store.collection<InventoryLevelDoc>(COLLECTIONS.levels).findById(`${SKU}@${STORE}`);
const pending = (store: DocumentStore) =>
  store.collection<OutboxDoc>(COLLECTIONS.outbox).findAll({ publishedAt: null });

it('a stock change whose publish failed is published once after a restart, with the state at that time', async () => {
  const { store, bus, seen, close } = await setup();
  const before = (await level(store))!;
  const crashed = await startCatalog({ store, bus: deadBus(bus) });
  const receipt = await crashed.inventory.applyMovement({
    sku: SKU,
    locationId: STORE,
    sourceEventId: 'asn-1',
    request: { type: 'RECEIPT', quantity: 5 },
    reason: null,
  });
  expect(receipt).toMatchObject({ ok: true });
  expect(seen).toEqual([]);
  const [entry] = await pending(store);
  expect(entry!.events).toHaveLength(1);
  const eventId = entry!.events[0]!.payload.eventId;

  // Meanwhile the position moved on (another instance sold 2): the relay publishes the state now.
  const other = await startCatalog({ store, bus: createMemoryBus() });
  const sold = await other.inventory.applyMovement({
    sku: SKU,
    locationId: STORE,
    sourceEventId: 'till-1',
    request: { type: 'POS_CARRY_OUT', quantity: 2 },
    reason: null,
  });
  expect(sold).toMatchObject({ ok: true });
  const relay = restartedRelay(store, bus);
  expect(await relay.relay()).toBeGreaterThanOrEqual(1);
  expect(await relay.relay()).toBe(0);
  const published = seen.filter((e) => e.payload.eventId === eventId);
  expect(published).toHaveLength(1);
  const now = (await level(store))!;
  expect(published[0]!.payload as unknown as InventoryChangedEvent).toMatchObject({
    sku: SKU,
    locationId: STORE,
    onHand: before.onHand + 5 - 2,
    available: now.available,
    sequence: now.sequence,
    cause: { type: 'RECEIPT', sourceEventId: 'asn-1' },
  });
  expect(await pending(store)).toEqual([]);
  await close();
});

it('a reservation publishes its positions exactly as the write left them, under the recorded ids, once', async () => {
  const { store, bus, seen, close } = await setup();
  const catalog = await startCatalog({ store, bus });
  const held = await catalog.inventory.reserve({
    kind: 'ORDER',
    ownerId: 'ord_1',
    lines: [{ sku: SKU, locationId: STORE, quantity: 1 }],
    idempotencyKey: 'k1',
  });
  expect(held).toMatchObject({ ok: true });
  const now = (await level(store))!;
  expect(seen.map((e) => e.topic)).toEqual([CatalogTopics.inventoryChanged, CatalogTopics.reservationChanged]);
  expect(seen[0]!.payload).toMatchObject({ reserved: now.reserved, sequence: now.sequence, available: now.available });
  expect(seen[1]!.payload as unknown as ReservationChangedEvent).toMatchObject({ ownerId: 'ord_1', status: 'ACTIVE' });
  // The entry recorded with the write names the same event ids and is marked published.
  const [entry] = await store.collection<OutboxDoc>(COLLECTIONS.outbox).findAll({});
  expect(entry!.events.map((e) => e.payload.eventId)).toEqual(seen.map((e) => e.payload.eventId));
  expect(entry!.publishedAt).not.toBeNull();
  expect(await restartedRelay(store, bus).relay()).toBe(0);
  expect(seen).toHaveLength(2);
  await close();
});

it('a refused write records no event', async () => {
  const { store, bus, seen, close } = await setup();
  const catalog = await startCatalog({ store, bus });
  const refused = await catalog.inventory.reserve({
    kind: 'ORDER',
    ownerId: 'ord_2',
    lines: [{ sku: SKU, locationId: STORE, quantity: 10_000 }],
    idempotencyKey: 'k2',
  });
  expect(refused).toMatchObject({ ok: false });
  expect(await store.collection(COLLECTIONS.outbox).count()).toBe(0);
  expect(seen).toEqual([]);
  await close();
});
