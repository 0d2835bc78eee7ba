import type { EventBus } from '../../platform/bus/port';
import type { Logger } from '../../platform/logger';
import type { NetworkLocation } from './domain/atp';
import { CatalogTopics, inventoryChanged, type ReservationChangedEvent, type SourcingUpdatedEvent } from './events';
import type { ChannelSourcingDoc, InventoryLevelDoc, ReservationDoc } from './model';
import type { CatalogStore } from './store';

/** What catalog's use cases need. */
export interface ServiceDeps {
  store: CatalogStore;
  bus: EventBus;
  now: () => Date;
  logger: Logger;
  /** A location is known when fulfillment's network (catalog's cached read model) has it. */
  locationExists: (id: string) => Promise<boolean>;
  /** The network (catalog's cached read model of fulfillment's), for channel availability. */
  network: () => Promise<NetworkLocation[]>;
}

/** Catalog's events, published only by its use cases, after the change they describe is stored. */
export function createPublisher(bus: EventBus) {
  return {
    async levels(levels: readonly InventoryLevelDoc[], type: string, sourceEventId: string): Promise<void> {
      for (const level of levels) {
        await bus.publish(CatalogTopics.inventoryChanged, inventoryChanged(level, { type, sourceEventId }));
      }
    },
    async reservation(r: ReservationDoc): Promise<void> {
      await bus.publish<ReservationChangedEvent>(CatalogTopics.reservationChanged, {
        reservationId: r._id,
        ownerId: r.ownerId,
        kind: r.kind,
        status: r.status,
        lines: r.lines.map((l) => ({ lineKey: l.lineKey, status: l.status })),
      });
    },
    async sourcing(doc: ChannelSourcingDoc): Promise<void> {
      await bus.publish<SourcingUpdatedEvent>(CatalogTopics.sourcingUpdated, {
        channel: doc._id,
        locationTypes: doc.locationTypes,
        capabilities: doc.capabilities,
        bufferUnits: doc.bufferUnits,
        updatedAt: doc.updatedAt,
      });
    },
  };
}

export type CatalogPublisher = ReturnType<typeof createPublisher>;
