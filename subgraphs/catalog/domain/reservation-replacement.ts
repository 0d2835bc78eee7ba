import type { InventoryMovementDoc, ReservationDoc, ReservationKind, ReservationLine } from '../model';
import { failure, type CatalogFailure } from './errors';
import { levelId, type PositionChange } from './level-ops';
import {
  aggregateStatus,
  lineChange,
  lineEntries,
  nextStatus,
  positionChanges,
  reservationEntries,
  type IndexedLine,
} from './reservation-lifecycle';
import { MAX_LINES } from './reservations';
import { splitSafetyStock } from './safety-stock';

/**
 * A new reservation that takes over a short hold's units in the same atomic write (a cart hold
 * becoming the order's hold at checkout), pure. The hold's ACTIVE lines are released (or, past its
 * expiry, expired: what the sweeper would have done) and the new lines reserved, per position as
 * one net change, so units the hold had count as available for the new reservation and no other
 * shopper can take them in between. All or nothing, like any reservation.
 */

/** The reservation to take over, named with its owner: one of another owner is answered as missing. */
export interface ReplacedRef {
  reservationId: string;
  ownerId: string;
}

/** Kinds of hold whose units a new reservation may take over (short holds made before an order). */
export const REPLACEABLE_KINDS: readonly ReservationKind[] = ['CART', 'CHECKOUT'];

/** Why `res` cannot be taken over by a request naming `ref` (null: it can). */
export function replacementProblem(res: ReservationDoc, ref: ReplacedRef): CatalogFailure | null {
  if (res.ownerId !== ref.ownerId) {
    return failure('RESERVATION_NOT_FOUND', `reservation ${ref.reservationId} of ${ref.ownerId} not found`);
  }
  if (!REPLACEABLE_KINDS.includes(res.kind)) {
    return failure('INVALID_TRANSITION', `a ${res.kind} reservation cannot be replaced (only CART and CHECKOUT holds)`);
  }
  if (res.lines.filter((l) => l.status === 'ACTIVE').length > MAX_LINES) {
    return failure('INVALID_QUANTITY', `a replaced hold has at most ${MAX_LINES} active lines`);
  }
  return null;
}

/** The lines a replacement takes over: the ACTIVE ones (committed stock is no hold to hand on). */
export function handedOver(res: ReservationDoc): IndexedLine[] {
  return res.lines.flatMap((line, index) => (line.status === 'ACTIVE' ? [{ index, line }] : []));
}

/** Per position, the units `lines` give back to `available` and to safety stock when released. */
export function freedUnits(
  lines: readonly Pick<ReservationLine, 'sku' | 'locationId' | 'quantity' | 'fromSafetyStock'>[],
) {
  const freed = new Map<string, number>();
  const freedSafety = new Map<string, number>();
  for (const line of lines) {
    const id = levelId(line.sku, line.locationId);
    const fromSafety = line.fromSafetyStock ?? 0;
    freed.set(id, (freed.get(id) ?? 0) + line.quantity - fromSafety);
    if (fromSafety > 0) freedSafety.set(id, (freedSafety.get(id) ?? 0) + fromSafety);
  }
  return { freed, freedSafety };
}

/** The compare-and-set of the replaced hold: its revision as read, and the fields to set. */
export interface ReplacedUpdate {
  res: ReservationDoc;
  set: Partial<ReservationDoc>;
}

export type ReplacementPlan =
  | {
      kind: 'write';
      /** The new reservation (its lines split against safety stock when it may take some). */
      reservation: ReservationDoc;
      /** Null when the hold has nothing left to hand over (finished, or gone): a plain reservation. */
      replaced: ReplacedUpdate | null;
      /** The net change of every position either touches (positions left unchanged omitted). */
      positions: PositionChange[];
      /** The replaced lines' RELEASE (or EXPIRE) entries, then the new lines' RESERVE entries. */
      entries: InventoryMovementDoc[];
      freed: ReadonlyMap<string, number>;
      freedSafety: ReadonlyMap<string, number>;
    }
  | { kind: 'invalid'; failure: CatalogFailure };

/**
 * The write that reserves `reservation` (planned by `planReservation`, every line ACTIVE) while
 * taking over what `replaced` (as read; null: purged or never made) still holds. A hold past its
 * expiry that the sweeper has not reached yet has its lines expired in the same write; its units
 * count as freed all the same. With `available` (a hold that may take safety stock: each
 * position's available units as read), the new lines are split against it plus what the
 * replaced lines free there.
 */
export function planReplacement(
  reservation: ReservationDoc,
  replaced: ReservationDoc | null,
  ref: ReplacedRef,
  now: Date,
  available?: (levelId: string) => number | null,
): ReplacementPlan {
  const problem = replaced && replacementProblem(replaced, ref);
  if (problem) return { kind: 'invalid', failure: problem };
  const moving = replaced ? handedOver(replaced) : [];
  const { freed, freedSafety } = freedUnits(moving.map(({ line }) => line));
  const at = now.toISOString();
  const lines = available
    ? splitSafetyStock(reservation.lines, (id) => {
        const has = available(id);
        return has === null ? null : has + (freed.get(id) ?? 0);
      })
    : reservation.lines;
  const held = { ...reservation, lines, replaces: ref.reservationId };
  if (!replaced || moving.length === 0) {
    return {
      kind: 'write',
      reservation: held,
      replaced: null,
      positions: positionChanges(lines.map((l) => lineChange('RESERVE', l))),
      entries: reservationEntries(held, held.createdAt),
      freed,
      freedSafety,
    };
  }
  const expired = replaced.expiresAt !== null && replaced.expiresAt <= at;
  const op = expired ? 'EXPIRE' : 'RELEASE';
  const reason = expired ? 'expired' : 'replaced';
  const after = replaced.lines.slice();
  for (const { index, line } of moving)
    after[index] = { ...line, status: nextStatus('ACTIVE', op)!, releaseReason: reason };
  const set: Partial<ReservationDoc> = {
    lines: after,
    status: aggregateStatus(after),
    releaseReason: reason,
    replacedBy: held._id,
    updatedAt: at,
    revision: replaced.revision + 1,
  };
  const positions = positionChanges([
    ...moving.map(({ line }) => lineChange(op, line)),
    ...lines.map((l) => lineChange('RESERVE', l)),
  ]).filter((p) => Object.keys(p.delta).length > 0);
  return {
    kind: 'write',
    reservation: held,
    replaced: { res: replaced, set },
    positions,
    entries: [...lineEntries(replaced, op, moving, at, reason), ...reservationEntries(held, held.createdAt)],
    freed,
    freedSafety,
  };
}

/** A position of a channel's stock snapshot (`availableStock`). */
interface SnapshotPosition {
  sku: string;
  locationId: string;
  available: number;
  safetyStock: number;
  incoming: { quantity: number; expectedAt: string }[];
}

/**
 * A channel's stock snapshot as it would be once `lines` (a hold's ACTIVE lines, to be taken over)
 * were released: their units count in full at their positions (the channel's buffer keeps units
 * back from the channel's pool, not units a shopper already holds), a held position the channel
 * does not list is added, and each SKU's positions stay largest first. Only the SKUs asked for.
 */
export function withReleased<P extends SnapshotPosition>(
  stock: readonly P[],
  skus: readonly string[],
  lines: readonly Pick<ReservationLine, 'sku' | 'locationId' | 'quantity' | 'fromSafetyStock'>[],
): SnapshotPosition[] {
  const asked = new Set(skus);
  const { freed, freedSafety } = freedUnits(lines.filter((l) => asked.has(l.sku)));
  if (freed.size === 0) return [...stock];
  const seen = new Set<string>();
  const out: SnapshotPosition[] = stock.map((s) => {
    const id = levelId(s.sku, s.locationId);
    seen.add(id);
    return {
      ...s,
      available: s.available + (freed.get(id) ?? 0),
      safetyStock: s.safetyStock + (freedSafety.get(id) ?? 0),
    };
  });
  for (const line of lines) {
    const id = levelId(line.sku, line.locationId);
    if (seen.has(id) || !asked.has(line.sku)) continue;
    seen.add(id);
    out.push({
      sku: line.sku,
      locationId: line.locationId,
      available: freed.get(id) ?? 0,
      safetyStock: freedSafety.get(id) ?? 0,
      incoming: [],
    });
  }
  const order = new Map([...new Set(skus)].map((sku, i) => [sku, i]));
  return out
    .map((s, i) => ({ s, i }))
    .sort((a, b) => order.get(a.s.sku)! - order.get(b.s.sku)! || b.s.available - a.s.available || a.i - b.i)
    .map(({ s }) => s);
}
