import type { SalesChannel } from '../../platform/shared/commerce';
import type { IncomingAvailability, LocationAtp } from './domain/atp';
import type { InventoryLevelDoc, InventoryMovementDoc } from './model';

/** Catalog's view of a Location: just the key; fulfillment owns the rest. */
export interface LocationRef {
  id: string;
}

export interface MovementResult {
  movement: InventoryMovementDoc;
  levels: InventoryLevelDoc[];
  applied: boolean;
}

export interface ChannelAvailabilityResult {
  channel: SalesChannel;
  available: number;
  bufferUnits: number;
  locations: LocationAtp[];
  incoming: IncomingAvailability[];
}
