import type { ReservationDoc, ReservationKind, ReservationLine, ReservationLineRequest } from '../model';
import { levelId } from './level-ops';
import { aggregateStatus, lineChange, lineEntries, positionChanges } from './reservation-lifecycle';
import { invalid, newLinesProblem, refuse, replay, type TransitionPlan } from './reservation-transitions';
import { normalizeLines, operationHash } from './reservations';

/** Units received at a location straight into a reservation. Caller-chosen keys are already checked. */
export interface ReceiveRequest {
  key: string;
  lines: readonly ReservationLineRequest[];
  /** Recorded on the RECEIPT entries; null: `received into reservation <id>`. */
  reason: string | null;
}

/** The kinds of hold that may receive units: an order's (ship-to-store) and a transfer's. */
export const RECEIVING_KINDS: readonly ReservationKind[] = ['ORDER', 'TRANSFER'];

/**
 * Units arriving at a location straight into `res` (a ship-to-store transfer received at its
 * pickup store): each new line is COMMITTED, and its position gains onHand and committed together
 * (available does not move), recorded as a RECEIPT entry naming the reservation. `stocked` tells
 * which positions exist; a missing one is created with the receipt. Lines follow the reservation
 * rules (1..100, positive quantities up to 10,000, keys new to the reservation). Allowed on ORDER
 * and TRANSFER holds whatever their status (INVALID_TRANSITION otherwise); idempotent by `key`.
 */
export function planReceive(
  res: ReservationDoc,
  req: ReceiveRequest,
  now: Date,
  stocked: (levelId: string) => boolean,
): TransitionPlan {
  const normalized = normalizeLines(req.lines);
  if (!normalized.ok) return invalid(normalized);
  const hash = operationHash(['RECEIVE', normalized.lines, req.reason]);
  const replayed = replay(res, req.key, hash);
  if (replayed) return replayed;
  if (!RECEIVING_KINDS.includes(res.kind)) return refuse(`cannot receive units into a ${res.kind} reservation`);
  const unfit = newLinesProblem(res, normalized.lines);
  if (unfit) return invalid(unfit);
  const at = now.toISOString();
  const added: ReservationLine[] = normalized.lines.map((l) => ({ ...l, status: 'COMMITTED', releaseReason: null }));
  const lines = [...res.lines, ...added];
  const indexed = added.map((line, i) => ({ index: res.lines.length + i, line }));
  const where = new Map(added.map(({ sku, locationId }) => [levelId(sku, locationId), { sku, locationId }]));
  return {
    kind: 'apply',
    set: {
      lines,
      status: aggregateStatus(lines),
      updatedAt: at,
      revision: res.revision + 1,
      operations: [...res.operations, { key: req.key, hash }],
    },
    positions: positionChanges(added.map((line) => lineChange('RECEIVE', line))).map((p) =>
      stocked(p.levelId) ? p : { ...p, create: where.get(p.levelId)! },
    ),
    entries: lineEntries(res, 'RECEIVE', indexed, at, req.reason ?? `received into reservation ${res._id}`),
  };
}
