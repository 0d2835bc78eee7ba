import type { InventoryMovementDoc, ReservationDoc, ReservationLine, ReservationStatus, StateDelta } from '../model';
import { levelId } from './level-ops';

export type ReservationOp = 'COMMIT' | 'RELEASE' | 'EXPIRE' | 'SHIP' | 'EXTEND';
/** The ops that move a line (EXTEND moves the reservation's expiry only). */
export type LineOp = Exclude<ReservationOp, 'EXTEND'>;

const TRANSITIONS: Record<ReservationOp, Partial<Record<ReservationStatus, ReservationStatus>>> = {
  COMMIT: { ACTIVE: 'COMMITTED' },
  RELEASE: { ACTIVE: 'RELEASED', COMMITTED: 'RELEASED' },
  EXPIRE: { ACTIVE: 'EXPIRED' },
  SHIP: { COMMITTED: 'SHIPPED' },
  EXTEND: { ACTIVE: 'ACTIVE' },
};

/**
 * A line's status after `op` (for EXTEND, the reservation's), or null when `op` is not allowed from
 * `from` (a typed error; nothing changes).
 */
export function nextStatus(from: ReservationStatus, op: ReservationOp): ReservationStatus | null {
  return TRANSITIONS[op][from] ?? null;
}

/** Where each line op leads: a line already there replays the op unchanged. */
export const TARGET: Record<LineOp, ReservationStatus> = {
  COMMIT: 'COMMITTED',
  RELEASE: 'RELEASED',
  EXPIRE: 'EXPIRED',
  SHIP: 'SHIPPED',
};

/** A line in one of these statuses holds stock (reserved or committed units). */
export function holdsStock(status: ReservationStatus): boolean {
  return status === 'ACTIVE' || status === 'COMMITTED';
}

/** Most live first: a reservation's status is its first line status in this order. */
const PRECEDENCE: readonly ReservationStatus[] = ['ACTIVE', 'COMMITTED', 'SHIPPED', 'RELEASED', 'EXPIRED'];

/**
 * A reservation's status from its lines': ACTIVE while any line is ACTIVE; else COMMITTED while any
 * is COMMITTED; else (nothing held any more) SHIPPED if any line shipped, RELEASED if any was
 * released, EXPIRED otherwise. So ACTIVE means "something can still expire", ACTIVE or COMMITTED
 * "something is held", and the other three "finished" (purged after the retention period).
 */
export function aggregateStatus(lines: readonly Pick<ReservationLine, 'status'>[]): ReservationStatus {
  const present = new Set(lines.map((l) => l.status));
  return PRECEDENCE.find((s) => present.has(s)) ?? 'EXPIRED';
}

const ENTRY_TYPE = {
  RESERVE: 'RESERVE',
  COMMIT: 'COMMIT',
  RELEASE: 'RELEASE',
  EXPIRE: 'EXPIRE',
  SHIP: 'SALE',
} as const;

/** A line of `res` by its index in `res.lines` (the index names its ledger entries). */
export interface IndexedLine {
  index: number;
  line: ReservationLine;
}

/**
 * The ledger entries of one op on some lines of `res`, one per line, written in the same atomic
 * batch as the position change. `line.status` is the line's status before the op. An entry's id is
 * the reservation's id and creation time, the op and the line's index: a line takes each op at most
 * once, and a key reused after the reservation was purged starts fresh entries.
 */
export function lineEntries(
  res: Pick<ReservationDoc, '_id' | 'createdAt' | 'requestHash'>,
  op: LineOp | 'RESERVE',
  lines: readonly IndexedLine[],
  at: string,
  reason: string | null = null,
): InventoryMovementDoc[] {
  return lines.map(({ index, line }) => ({
    _id: `${res._id}:${res.createdAt}:${op.toLowerCase()}:${index}`,
    type: ENTRY_TYPE[op],
    sku: line.sku,
    locationId: line.locationId,
    toLocationId: null,
    quantity: line.quantity,
    effects: [
      { locationId: line.locationId, delta: lineDelta(op, op === 'RESERVE' ? null : line.status, line.quantity) },
    ],
    reason: op === 'SHIP' ? `shipped reservation ${res._id}` : reason,
    reservationId: res._id,
    requestHash: res.requestHash,
    createdAt: at,
  }));
}

/** The RESERVE entries of every line of a new reservation. */
export function reservationEntries(res: ReservationDoc, at: string): InventoryMovementDoc[] {
  return lineEntries(
    res,
    'RESERVE',
    res.lines.map((line, index) => ({ index, line })),
    at,
  );
}

/** What `op` does to one line's position, given the line's status before it. */
export function lineDelta(op: ReservationOp | 'RESERVE', from: ReservationStatus | null, quantity: number): StateDelta {
  switch (op) {
    case 'RESERVE':
      return { reserved: quantity };
    case 'COMMIT':
      return { reserved: -quantity, committed: quantity };
    case 'RELEASE':
      return from === 'COMMITTED' ? { committed: -quantity } : { reserved: -quantity };
    case 'EXPIRE':
      return { reserved: -quantity };
    case 'SHIP':
      return { committed: -quantity, onHand: -quantity };
    case 'EXTEND':
      return {};
  }
}

export interface PositionChange {
  levelId: string;
  delta: StateDelta;
}

/**
 * The summed change of each position a set of line changes touches, in first-touch order: one
 * conditional update per position, whose conditions are those of the changes applied in order
 * (a release before a reserve frees units the reserve may take).
 */
export function positionChanges(
  changes: readonly { sku: string; locationId: string; delta: StateDelta }[],
): PositionChange[] {
  const byId = new Map<string, StateDelta>();
  for (const { sku, locationId, delta } of changes) {
    const id = levelId(sku, locationId);
    const sum = byId.get(id) ?? {};
    for (const [state, d] of Object.entries(delta) as [keyof StateDelta, number][]) sum[state] = (sum[state] ?? 0) + d;
    byId.set(id, sum);
  }
  return [...byId].map(([id, delta]) => ({
    levelId: id,
    delta: Object.fromEntries(Object.entries(delta).filter(([, d]) => d !== 0)) as StateDelta,
  }));
}

/**
 * A stored reservation in today's shape. Documents written before lines had keys and statuses (and
 * before the revision and the applied operations were kept) read as if they had them: each line's
 * key is its position, its status the reservation's, its release reason the reservation's when it
 * was released or expired; revision 0 (the write then compare-and-sets "0 or absent").
 */
export function upgradeReservation(doc: ReservationDoc): ReservationDoc {
  if (doc.revision !== undefined && doc.lines.every((l) => l.lineKey !== undefined)) return doc;
  const finishedWithReason = doc.status === 'RELEASED' || doc.status === 'EXPIRED';
  return {
    ...doc,
    lines: doc.lines.map((l) => ({
      ...l,
      lineKey: l.lineKey ?? levelId(l.sku, l.locationId),
      status: l.status ?? doc.status,
      releaseReason: l.releaseReason ?? (finishedWithReason ? doc.releaseReason : null),
    })),
    expiresAt: doc.expiresAt ?? null,
    revision: doc.revision ?? 0,
    operations: doc.operations ?? [],
  };
}
