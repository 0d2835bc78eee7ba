import { notFound } from '../../platform/errors';
import type { Fanout } from '../../platform/live/fanout';
import { liveStream, type LiveStream, type StreamMessage } from '../../platform/live/stream';
import { requireKey } from '../../platform/validation';
import { pageSize } from '../batching';
import { inQueueAt, involvedLocationIds } from './domain/fulfillment-order';
import { FulfillmentTopics, type FulfillmentOrderChangedEvent, type OrderRoutedEvent } from './events';
import type { FulfillmentOrderDoc } from './model';
import type { FulfillmentStore } from './store';

/** Which fulfillment orders changed (a step of one, or the ones a routing made); read when the message is sent. */
export interface QueueChange {
  fulfillmentOrderIds: string[];
}

export type QueueStream = LiveStream<FulfillmentOrderDoc[], QueueChange>;
export type QueueMessage = StreamMessage<FulfillmentOrderDoc[], QueueChange>;

/** Events recorded before they named every node involved lack these fields. */
type Recorded<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/**
 * Live work queues: a node's queue now, then each fulfillment order of it that takes a step or is
 * routed to it, from fulfillment's own events (one bus subscription per topic per process, shared
 * by every stream: `fanout`). The events name every node involved, so a stream picks its own
 * without a read; the fulfillment orders are read again for each message, as they are then.
 */
export function createLiveUseCases({ store, fanout }: { store: FulfillmentStore; fanout: Fanout }) {
  return {
    /** Checks the location (unknown: NOT_FOUND) and `first` (1..100) and opens its queue's stream. */
    async watchQueue(locationId: string, first: number | null | undefined): Promise<QueueStream> {
      const id = requireKey(locationId, 'locationId');
      const size = pageSize(first, 50, 100);
      if (!(await store.locationById(id))) throw notFound('Location', locationId);
      const stream: QueueStream = liveStream<FulfillmentOrderDoc[], QueueChange>({
        listen: async (push, gap) => {
          const stops = await Promise.all([
            fanout.listen<Recorded<FulfillmentOrderChangedEvent, 'pickupLocationId'>>(
              FulfillmentTopics.fulfillmentOrderChanged,
              (event) => {
                if (event.locationId === id || event.pickupLocationId === id) {
                  push({ fulfillmentOrderIds: [event.fulfillmentOrderId] });
                } else if (event.pickupLocationId === undefined) {
                  stream.resnapshot(); // it may be a transfer coming here: a fresh snapshot is right either way
                }
              },
              gap,
            ),
            fanout.listen<Recorded<OrderRoutedEvent, 'locationIds'>>(
              FulfillmentTopics.orderRouted,
              (event) => {
                if (event.locationIds === undefined) stream.resnapshot();
                else if (event.locationIds.includes(id)) push({ fulfillmentOrderIds: event.fulfillmentOrderIds });
              },
              gap,
            ),
          ]);
          return async () => {
            await Promise.all(stops.map((stop) => stop()));
          };
        },
        snapshot: () => store.queueOf(id, size),
      });
      return stream;
    },

    /**
     * What a CHANGE of `locationId`'s queue shows: the changed fulfillment orders this node works on
     * or receives, as they are now, and which of them are not in its queue.
     */
    async changedAt(locationId: string, change: QueueChange) {
      const found = await store.fulfillmentOrdersByIds(change.fulfillmentOrderIds);
      const fulfillmentOrders = found.filter(
        (fo): fo is FulfillmentOrderDoc => fo !== null && involvedLocationIds(fo).includes(locationId),
      );
      const leftQueueIds = fulfillmentOrders.filter((fo) => !inQueueAt(fo, locationId)).map((fo) => fo._id);
      return { fulfillmentOrders, leftQueueIds };
    },
  };
}

export type FulfillmentLive = ReturnType<typeof createLiveUseCases>;
