import type { InventoryMovementDoc, ReservationDoc, ReservationLine, ReservationStatus, StateDelta } from '../model';
import { levelId, type PositionChange } from './level-ops';

export type { PositionChange } from './level-ops';

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
  RECEIVE: 'RECEIPT',
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
  op: LineOp | 'RESERVE' | 'RECEIVE',
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
    effects: [{ locationId: line.locationId, delta: lineChange(op, line).delta }],
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

/**
 * What `op` does to one line's position, given the line's status before it. `fromSafety`: the
 * units of the line a hold took from safety stock (`allowSafetyStock`); a release or an expiry
 * gives those back to safety stock and the rest to `available`, a commit or a ship moves the line
 * as any other (shipped units that came from safety stock are gone from it).
 */
export function lineDelta(
  op: ReservationOp | 'RESERVE' | 'RECEIVE',
  from: ReservationStatus | null,
  quantity: number,
  fromSafety = 0,
): StateDelta {
  const safety: StateDelta = fromSafety > 0 ? { safetyStock: fromSafety } : {};
  switch (op) {
    case 'RESERVE':
      return fromSafety > 0 ? { reserved: quantity, safetyStock: -fromSafety } : { reserved: quantity };
    case 'RECEIVE':
      return { onHand: quantity, committed: quantity };
    case 'COMMIT':
      return { reserved: -quantity, committed: quantity };
    case 'RELEASE':
      return from === 'COMMITTED' ? { committed: -quantity, ...safety } : { reserved: -quantity, ...safety };
    case 'EXPIRE':
      return { reserved: -quantity, ...safety };
    case 'SHIP':
      return { committed: -quantity, onHand: -quantity };
    case 'EXTEND':
      return {};
  }
}

/** A line's change of its position under `op` (`line.status` is its status before the op). */
export function lineChange(
  op: ReservationOp | 'RESERVE' | 'RECEIVE',
  line: Pick<ReservationLine, 'sku' | 'locationId' | 'quantity' | 'status' | 'fromSafetyStock'>,
): LineChange {
  const fromSafety = line.fromSafetyStock ?? 0;
  const change: LineChange = {
    sku: line.sku,
    locationId: line.locationId,
    delta: lineDelta(op, op === 'RESERVE' || op === 'RECEIVE' ? null : line.status, line.quantity, fromSafety),
  };
  if (op === 'RESERVE' && fromSafety > 0) change.drainsAvailable = true;
  return change;
}

export interface LineChange {
  sku: string;
  locationId: string;
  delta: StateDelta;
  /** A hold that takes units from safety stock (see `PositionChange`). */
  drainsAvailable?: true;
}

/**
 * The summed change of each position a set of line changes touches, in first-touch order: one
 * conditional update per position, whose conditions are those of the changes applied in order
 * (a release before a reserve frees units the reserve may take). A position where a hold takes
 * safety stock must end with nothing available.
 */
export function positionChanges(changes: readonly LineChange[]): PositionChange[] {
  const byId = new Map<string, { delta: StateDelta; drains: boolean }>();
  for (const { sku, locationId, delta, drainsAvailable } of changes) {
    const id = levelId(sku, locationId);
    const sum = byId.get(id) ?? { delta: {}, drains: false };
    for (const [state, d] of Object.entries(delta) as [keyof StateDelta, number][]) {
      sum.delta[state] = (sum.delta[state] ?? 0) + d;
    }
    sum.drains ||= drainsAvailable === true;
    byId.set(id, sum);
  }
  return [...byId].map(([id, { delta, drains }]) => {
    const change: PositionChange = {
      levelId: id,
      delta: Object.fromEntries(Object.entries(delta).filter(([, d]) => d !== 0)) as StateDelta,
    };
    if (drains) change.drainsAvailable = true;
    return change;
  });
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
