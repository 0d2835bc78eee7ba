import type { Fanout } from '../../platform/live/fanout';
import { newEventId, type Outbox, type OutboxEvent, type RecordedEvents } from '../../platform/outbox';
import type { Logger } from '../../platform/logger';
import type { NetworkLocation } from './domain/atp';
import {
  CatalogTopics,
  inventoryChanged,
  type InventoryChangedEvent,
  type ReservationChangedEvent,
  type SourcingUpdatedEvent,
} from './events';
import type { ChannelSourcingDoc, InventoryLevelDoc, ReservationDoc } from './model';
import type { CatalogStore } from './store';

/** What catalog's use cases need. */
export interface ServiceDeps {
  store: CatalogStore;
  /** Catalog's transactional outbox (`catalog_outbox`). */
  outbox: Outbox;
  /** One bus subscription per topic shared by every live stream of this process. */
  fanout: Fanout;
  now: () => Date;
  logger: Logger;
  /** A location is known when fulfillment's network (catalog's cached read model) has it. */
  locationExists: (id: string) => Promise<boolean>;
  /** The network (catalog's cached read model of fulfillment's), for channel availability. */
  network: () => Promise<NetworkLocation[]>;
}

/** Where a recorded stock event points: the position it is about and why it changed. */
interface LevelPointer {
  levelId: string;
  cause: InventoryChangedEvent['cause'];
}

/**
 * Catalog's events, published only by its use cases. Each write records its events in catalog's
 * outbox in the same atomic batch (`pending(...).op`), then publishes them exactly as the write
 * left the positions (`written`). A stock event is recorded as a pointer to its position (the
 * quantities after the write are only known once it is applied); if the publish after the write
 * never happens, the relay reads the position then (`enrich`) and publishes its state at that time.
 */
export function createPublisher(outbox: Outbox) {
  return {
    /**
     * The outbox entry a write changing the positions `levelIds` (and the reservations
     * `reservationIds`) records with it: one event per distinct position, then each reservation's.
     */
    pending(
      at: string,
      cause: InventoryChangedEvent['cause'],
      levelIds: readonly string[],
      reservationIds: readonly string[] = [],
    ): RecordedEvents {
      const events: { topic: string; payload: object }[] = [...new Set(levelIds)].map(
        (id): { topic: string; payload: LevelPointer } => ({
          topic: CatalogTopics.inventoryChanged,
          payload: { levelId: id, cause },
        }),
      );
      for (const reservationId of reservationIds) {
        events.push({ topic: CatalogTopics.reservationChanged, payload: { reservationId } });
      }
      return outbox.record(events, at);
    },

    /**
     * After the write: publishes the positions as it left them (each under its recorded event id;
     * a position another request of a group commit recorded gets a new one) and the reservations.
     */
    async written(
      entry: RecordedEvents,
      levels: readonly InventoryLevelDoc[],
      reservations: readonly ReservationDoc[] = [],
    ): Promise<void> {
      const recorded = new Map(
        entry.events
          .filter((e) => e.topic === CatalogTopics.inventoryChanged)
          .map((e) => [(e.payload as unknown as LevelPointer).levelId, e.payload]),
      );
      const cause = (entry.events[0]!.payload as unknown as Partial<LevelPointer>).cause;
      const events: OutboxEvent[] = levels.map((level) => {
        const pointer = recorded.get(level._id) as (LevelPointer & { eventId: string }) | undefined;
        const payload = inventoryChanged(level, pointer?.cause ?? cause ?? { type: 'UNKNOWN', sourceEventId: '' });
        return {
          topic: CatalogTopics.inventoryChanged,
          payload: { ...payload, eventId: pointer?.eventId ?? newEventId() },
        };
      });
      const reserved = new Map(
        entry.events
          .filter((e) => e.topic === CatalogTopics.reservationChanged)
          .map((e) => [e.payload.reservationId as string, e.payload.eventId]),
      );
      for (const reservation of reservations) {
        events.push({
          topic: CatalogTopics.reservationChanged,
          payload: { ...reservationEvent(reservation), eventId: reserved.get(reservation._id) ?? newEventId() },
        });
      }
      await outbox.deliver(entry, events);
    },

    /** A channel's sourcing profile: recorded with its write (`op`), published after it (`deliver`). */
    sourcing(doc: ChannelSourcingDoc): RecordedEvents {
      const event: SourcingUpdatedEvent = {
        channel: doc._id,
        locationTypes: doc.locationTypes,
        capabilities: doc.capabilities,
        bufferUnits: doc.bufferUnits,
        updatedAt: doc.updatedAt,
      };
      return outbox.record([{ topic: CatalogTopics.sourcingUpdated, payload: event }], doc.updatedAt);
    },
    deliver: (entry: RecordedEvents) => outbox.deliver(entry),
  };
}

export type CatalogPublisher = ReturnType<typeof createPublisher>;

const reservationEvent = (r: ReservationDoc): ReservationChangedEvent => ({
  reservationId: r._id,
  ownerId: r.ownerId,
  kind: r.kind,
  status: r.status,
  lines: r.lines.map((l) => ({ lineKey: l.lineKey, status: l.status })),
});

/**
 * The payload catalog's relay publishes for a recorded event whose writer did not publish it: a
 * position's or a reservation's state now (null when the reservation is gone: purged once finished).
 */
export function catalogEventEnricher(store: CatalogStore) {
  return async (event: OutboxEvent): Promise<OutboxEvent['payload'] | null> => {
    const { eventId } = event.payload;
    if (event.topic === CatalogTopics.inventoryChanged && !('sequence' in event.payload)) {
      const pointer = event.payload as unknown as LevelPointer;
      const [level] = await store.levelsByIds([pointer.levelId]);
      return level ? { ...inventoryChanged(level, pointer.cause), eventId } : null;
    }
    if (event.topic === CatalogTopics.reservationChanged && !('status' in event.payload)) {
      const reservation = await store.reservations.byId(event.payload.reservationId as string);
      return reservation ? { ...reservationEvent(reservation), eventId } : null;
    }
    return event.payload;
  };
}
