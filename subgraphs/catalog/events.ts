import { levelId } from './domain/level-ops';
import type { ChannelSourcingDoc, InventoryLevelDoc } from './model';

/** Topics the catalog subgraph publishes. */
export const CatalogTopics = {
  inventoryChanged: 'catalog.inventory.changed',
  reservationChanged: 'catalog.reservation.changed',
  sourcingUpdated: 'catalog.sourcing.updated',
} as const;

/**
 * Published after every change to a position, with its new quantities. `sequence` increases by
 * one per change of that position, so a subscriber can order events and notice a gap.
 */
export interface InventoryChangedEvent {
  sku: string;
  locationId: string;
  onHand: number;
  available: number;
  committed: number;
  reserved: number;
  damaged: number;
  safetyStock: number;
  qualityControl: number;
  incoming: InventoryLevelDoc['incoming'];
  sequence: number;
  updatedAt: string;
  cause: { type: string; sourceEventId: string };
}

/** Published after a reservation is created or any of its lines changes, with every line's status. */
export interface ReservationChangedEvent {
  reservationId: string;
  ownerId: string;
  kind: string;
  /** The aggregate of the lines' statuses. */
  status: string;
  lines: { lineKey: string; status: string }[];
}

/** The position an event describes, as stored. */
export function levelOf(event: InventoryChangedEvent): InventoryLevelDoc {
  const { cause, ...level } = event;
  void cause;
  const { eventId, ...rest } = level as typeof level & { eventId?: string };
  void eventId;
  return { _id: levelId(event.sku, event.locationId), ...rest };
}

export function inventoryChanged(
  level: InventoryLevelDoc,
  cause: InventoryChangedEvent['cause'],
): InventoryChangedEvent {
  return {
    sku: level.sku,
    locationId: level.locationId,
    onHand: level.onHand,
    available: level.available,
    committed: level.committed,
    reserved: level.reserved,
    damaged: level.damaged,
    safetyStock: level.safetyStock,
    qualityControl: level.qualityControl,
    incoming: level.incoming,
    sequence: level.sequence,
    updatedAt: level.updatedAt,
    cause,
  };
}

/** Published when an operator changes where a channel may sell from, with the new profile. */
export interface SourcingUpdatedEvent {
  channel: ChannelSourcingDoc['_id'];
  locationTypes: ChannelSourcingDoc['locationTypes'];
  capabilities: string[];
  bufferUnits: number;
  updatedAt: string;
}
