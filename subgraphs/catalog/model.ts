import type { SalesChannel } from '../../platform/shared/commerce';

/** Collection `products`, `_id` like `prod_0001`. */
export interface ProductDoc {
  _id: string;
  handle: string;
  title: string;
  description: string;
  brand: string;
  category: string;
  tags: string[];
  status: 'ACTIVE' | 'DRAFT' | 'ARCHIVED';
  createdAt: string;
}

export interface VariantOption {
  name: string;
  value: string;
}

export interface PriceDoc {
  channel: SalesChannel;
  currencyCode: string;
  /** Integer minor units. */
  amount: number;
  /** Optional strike-through price, minor units. */
  compareAtAmount: number | null;
}

/** Collection `variants`, `_id` = the SKU (e.g. `SKU-0001-M-BLK`). */
export interface VariantDoc {
  _id: string;
  productId: string;
  title: string;
  options: VariantOption[];
  prices: PriceDoc[];
  barcode: string;
  weightGrams: number;
}

export interface IncomingStock {
  quantity: number;
  expectedAt: string;
}

/**
 * Collection `inventory_levels`, `_id` = `${sku}@${locationId}`.
 * Invariant: onHand = available + committed + reserved + damaged + safetyStock + qualityControl,
 * with `available` derived and never negative.
 */
export interface InventoryLevelDoc {
  _id: string;
  sku: string;
  locationId: string;
  onHand: number;
  committed: number;
  reserved: number;
  damaged: number;
  safetyStock: number;
  qualityControl: number;
  incoming: IncomingStock[];
  /** Incremented on every change; lets subscribers order and de-duplicate stock events. */
  sequence: number;
  updatedAt: string;
}

export const MOVEMENT_TYPES = [
  'RECEIPT',
  'SALE',
  'POS_CARRY_OUT',
  'ADJUSTMENT',
  'COUNT',
  'TRANSFER',
  'RETURN',
  'DAMAGE',
] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];

/** Collection `inventory_movements` (append-only ledger), `_id` = the source event id. */
export interface InventoryMovementDoc {
  _id: string;
  sku: string;
  locationId: string;
  type: MovementType;
  /** Change to onHand (signed). */
  delta: number;
  reason: string | null;
  /** Sequence of the level after this movement. */
  sequence: number;
  /** Fingerprint of the request, so a replay with different content is a conflict. */
  requestHash: string;
  createdAt: string;
}
