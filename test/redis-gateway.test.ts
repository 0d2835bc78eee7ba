import { createRedisBus } from '../platform/bus/redis';
import type { BusEvent, EventBus } from '../platform/bus/port';
import type { InventoryChangedEvent } from '../subgraphs/catalog/events';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, postGraphQL } from './support/http';
import { describeWithRedis } from './support/redis';

/**
 * The gateway on the Redis event bus (what production runs): a stock change made through one
 * gateway reaches a subscriber on another bus instance through a real Redis.
 */
let gw: EmbeddedGateway;
let observer: EventBus;

async function until<T>(probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describeWithRedis('gateway on Redis', (redis) => {
  beforeAll(async () => {
    gw = await startEmbeddedGateway({ redisUrl: redis.url });
    observer = await createRedisBus(redis.url);
  });
  afterAll(async () => {
    await observer?.close();
    await gw?.stop();
  });

  it('runs on the Redis bus and is ready', async () => {
    expect(gw.infrastructure!.bus.engine).toBe('redis');
    const ready = await fetch(gw.url.replace('/graphql', '/readyz'));
    expect(await ready.json()).toMatchObject({ status: 'ready', bus: 'up' });
  });

  it('a stock change through the gateway is fanned out to another instance through Redis', async () => {
    const seen: BusEvent<InventoryChangedEvent>[] = [];
    const unsubscribe = await observer.subscribe<InventoryChangedEvent>('catalog.inventory.changed', (e) =>
      seen.push(e),
    );
    try {
      const eventId = `redis-gw-${process.pid}-${Date.now()}`;
      const res = await postGraphQL<{ adjustInventory: { inventoryLevels: { onHand: number; sequence: number }[] } }>(
        gw.url,
        `mutation { adjustInventory(input: { sku: "SKU-0001-41-FOR", locationId: "loc_dc_01", delta: 3, reason: RECEIVED, sourceEventId: "${eventId}" }) {
          ... on InventoryMovement { inventoryLevels { onHand sequence } } } }`,
        undefined,
        bearer({ kind: 'associate', userId: 'emp_dc_1', locationId: 'loc_dc_01' }),
      );
      const level = res.body.data!.adjustInventory.inventoryLevels[0]!;
      const event = await until(() => seen.find((e) => e.payload.cause.sourceEventId === eventId));
      expect(event.payload).toMatchObject({
        sku: 'SKU-0001-41-FOR',
        locationId: 'loc_dc_01',
        onHand: level.onHand,
        sequence: level.sequence,
      });
      expect(event.payload.onHand).toBe(
        event.payload.available +
          event.payload.committed +
          event.payload.reserved +
          event.payload.damaged +
          event.payload.safetyStock +
          event.payload.qualityControl,
      );
    } finally {
      await unsubscribe();
    }
  });
});
