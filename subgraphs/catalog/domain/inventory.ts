import type { InventoryLevelDoc } from '../model';

export type StockQuantities = Pick<
  InventoryLevelDoc,
  'onHand' | 'committed' | 'reserved' | 'damaged' | 'safetyStock' | 'qualityControl'
>;

/** Units on hand that are spoken for: everything but `available`. */
export function allocatedUnits(q: StockQuantities): number {
  return q.committed + q.reserved + q.damaged + q.safetyStock + q.qualityControl;
}

/** available = onHand − (committed + reserved + damaged + safetyStock + qualityControl), never negative. */
export function availableUnits(q: StockQuantities): number {
  return Math.max(0, q.onHand - allocatedUnits(q));
}

/** The inventory invariant every stored level must satisfy. */
export function isConsistent(q: StockQuantities): boolean {
  const parts = [q.onHand, q.committed, q.reserved, q.damaged, q.safetyStock, q.qualityControl];
  return parts.every((n) => Number.isInteger(n) && n >= 0) && q.onHand >= allocatedUnits(q);
}

export type AdjustmentCheck =
  { ok: true } | { ok: false; code: 'INVALID_QUANTITY' | 'INSUFFICIENT_STOCK'; message: string };

/**
 * May `delta` be applied to onHand? A decrease may only consume available units: stock that is
 * committed to orders, reserved, damaged, held as safety stock or in QC cannot be adjusted away.
 */
export function checkAdjustment(q: StockQuantities, delta: number): AdjustmentCheck {
  if (!Number.isInteger(delta) || delta === 0) {
    return { ok: false, code: 'INVALID_QUANTITY', message: 'delta must be a non-zero integer' };
  }
  if (Math.abs(delta) > 1_000_000) {
    return { ok: false, code: 'INVALID_QUANTITY', message: 'delta must be within ±1,000,000' };
  }
  if (delta < 0 && -delta > availableUnits(q)) {
    return {
      ok: false,
      code: 'INSUFFICIENT_STOCK',
      message: `cannot remove ${-delta} units: only ${availableUnits(q)} available`,
    };
  }
  return { ok: true };
}

export function levelId(sku: string, locationId: string): string {
  return `${sku}@${locationId}`;
}

/** A position for a location that does not stock the SKU: zero everywhere. */
export function emptyLevel(sku: string, locationId: string, at: string): InventoryLevelDoc {
  return {
    _id: levelId(sku, locationId),
    sku,
    locationId,
    onHand: 0,
    committed: 0,
    reserved: 0,
    damaged: 0,
    safetyStock: 0,
    qualityControl: 0,
    incoming: [],
    sequence: 0,
    updatedAt: at,
  };
}
