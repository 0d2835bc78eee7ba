import type { InventoryMovementDoc, ReservationDoc, ReservationLine } from '../model';
import { levelId } from './level-ops';
import { reservationEntries } from './reservation-lifecycle';

type HeldUnits = Pick<ReservationLine, 'sku' | 'locationId' | 'quantity' | 'fromSafetyStock'>;

/**
 * Holds that may take safety stock (`allowSafetyStock`, a sourcing profile with `keepSafetyStock:
 * false`): per position, lines in order take units from `available` while it lasts and the rest
 * from safety stock, recorded as the line's `fromSafetyStock` (absent when it takes none).
 * `available` tells what a position has for these lines (null: unknown, the lines stay whole and
 * the write is refused and explained). Whether safety stock covers the rest is the write's
 * condition (`safetyStock ≥ Σ fromSafetyStock`), as is "available used up" (it must end at 0).
 */
export function splitSafetyStock<L extends HeldUnits>(
  lines: readonly L[],
  available: (levelId: string) => number | null,
): L[] {
  const left = new Map<string, number>();
  return lines.map((line) => {
    const id = levelId(line.sku, line.locationId);
    const room = left.get(id) ?? available(id) ?? Number.POSITIVE_INFINITY;
    const fromAvailable = Math.min(line.quantity, Math.max(0, room));
    left.set(id, room - fromAvailable);
    const { fromSafetyStock: _previous, ...whole } = line;
    const fromSafety = line.quantity - fromAvailable;
    return (fromSafety > 0 ? { ...whole, fromSafetyStock: fromSafety } : whole) as L;
  });
}

/** A new reservation's lines split against what their positions have, with the RESERVE entries to match. */
export function holdWithSafetyStock(
  reservation: ReservationDoc,
  available: (levelId: string) => number | null,
): { reservation: ReservationDoc; entries: InventoryMovementDoc[] } {
  const split = { ...reservation, lines: splitSafetyStock(reservation.lines, available) };
  return { reservation: split, entries: reservationEntries(split, split.createdAt) };
}
