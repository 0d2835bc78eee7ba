import type { EventBus } from '../../platform/bus/port';
import { outboxOf, recordingBus } from '../../test/support/bus';
import { useFulfillmentFixture } from '../../test/support/fulfillment-fixture';
import { FulfillmentTopics } from './events';
import { COLLECTIONS } from './store';

/**
 * Fulfillment's events go through its transactional outbox: a routing and a step whose publish
 * failed (the process died after the write, the bus was down) are published by a later relay, once
 * each, in the order they happened, under the ids recorded with the change; catalog's events of the
 * same calls are not fulfillment's to relay.
 */
const f = useFulfillmentFixture();

/** Publishing fulfillment's events fails (catalog's, in the same process, go out). */
const failingFulfillment = (bus: EventBus): EventBus => {
  const publish = bus.publish.bind(bus);
  bus.publish = async <T>(topic: string, payload: T) => {
    if (topic.startsWith('fulfillment.')) throw new Error('gone before publishing');
    return publish(topic, payload);
  };
  return bus;
};

it('a routing and a step whose publish failed are published once each, in order, by a later relay', async () => {
  const { service } = f.instance({ bus: failingFulfillment });
  const req = f.order([{ id: 'l1', sku: 'SKU-1-S', quantity: 1, deliveryMethod: 'SHIP', pickupLocationId: null }]);
  const routed = await service.routeOrder(req);
  if (!routed.ok) throw new Error(routed.message);
  const [fo] = routed.fulfillmentOrders;
  expect(await service.transition({ id: fo!._id, action: 'ACCEPT', sourceEventId: 'accept-1' })).toMatchObject({
    ok: true,
    changed: true,
  });
  expect(f.published.filter((e) => e.topic.startsWith('fulfillment.'))).toEqual([]);

  // Another instance's relay, once the writer's grace period is over.
  const { bus, published } = recordingBus();
  const relay = outboxOf(COLLECTIONS.outbox, f.store, bus);
  expect(await relay.relay()).toBe(2);
  expect(await relay.relay()).toBe(0);
  expect(published.map((e) => e.topic)).toEqual([
    FulfillmentTopics.orderRouted,
    FulfillmentTopics.fulfillmentOrderChanged,
  ]);
  expect(published[0]!.payload).toMatchObject({ orderId: req.orderId, fulfillmentOrderIds: [fo!._id] });
  expect(published[1]!.payload).toMatchObject({ fulfillmentOrderId: fo!._id, from: 'OPEN', to: 'ACCEPTED' });
  const ids = published.map((e) => (e.payload as { eventId: string }).eventId);
  expect(new Set(ids).size).toBe(2);
  await bus.close();
});

it('a replayed step records nothing more', async () => {
  const { service } = f.instance();
  const req = f.order([{ id: 'l1', sku: 'SKU-1-S', quantity: 1, deliveryMethod: 'SHIP', pickupLocationId: null }]);
  const routed = await service.routeOrder(req);
  if (!routed.ok) throw new Error(routed.message);
  const [fo] = routed.fulfillmentOrders;
  const accept = { id: fo!._id, action: 'ACCEPT' as const, sourceEventId: 'accept-2' };
  expect(await service.transition(accept)).toMatchObject({ ok: true, changed: true });
  const entries = () => f.store.collection(COLLECTIONS.outbox).count();
  const recorded = await entries();
  expect(recorded).toBe(2); // the routing and the step, both delivered by their writer
  expect(await service.transition(accept)).toMatchObject({ ok: true, changed: false });
  expect(await entries()).toBe(recorded);
  expect(await f.store.collection(COLLECTIONS.outbox).count({ publishedAt: null })).toBe(0);
});
