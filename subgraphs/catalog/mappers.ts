import type { InventoryLevelDoc } from './model';

/** Catalog's view of a Location: just the key; fulfillment owns the rest. */
export interface LocationRef {
  id: string;
}

export interface InventoryAdjustmentResult {
  sourceEventId: string;
  level: InventoryLevelDoc;
  delta: number;
  applied: boolean;
}
