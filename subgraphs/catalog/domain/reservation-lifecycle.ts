import type { InventoryMovementDoc, ReservationDoc, ReservationStatus, StateDelta } from '../model';

export type ReservationOp = 'COMMIT' | 'RELEASE' | 'EXPIRE' | 'SHIP' | 'EXTEND';

const TRANSITIONS: Record<ReservationOp, Partial<Record<ReservationStatus, ReservationStatus>>> = {
  COMMIT: { ACTIVE: 'COMMITTED' },
  RELEASE: { ACTIVE: 'RELEASED', COMMITTED: 'RELEASED' },
  EXPIRE: { ACTIVE: 'EXPIRED' },
  SHIP: { COMMITTED: 'SHIPPED' },
  EXTEND: { ACTIVE: 'ACTIVE' },
};

/** The status after `op`, or null when `op` is not allowed from `from` (a typed error; nothing changes). */
export function nextStatus(from: ReservationStatus, op: ReservationOp): ReservationStatus | null {
  return TRANSITIONS[op][from] ?? null;
}

const ENTRY_TYPE = {
  RESERVE: 'RESERVE',
  COMMIT: 'COMMIT',
  RELEASE: 'RELEASE',
  EXPIRE: 'EXPIRE',
  SHIP: 'SALE',
} as const;

/**
 * The ledger entries of one reservation op, one per line (lines are one per position), written in
 * the same atomic batch as the position change. The id carries the reservation's creation time so
 * a key reused after the reservation was purged starts fresh entries.
 */
export function reservationEntries(
  res: ReservationDoc,
  op: Exclude<ReservationOp, 'EXTEND'> | 'RESERVE',
  from: ReservationStatus | null,
  at: string,
  reason: string | null = null,
): InventoryMovementDoc[] {
  return res.lines.map((line, i) => ({
    _id: `${res._id}:${res.createdAt}:${op.toLowerCase()}:${i}`,
    type: ENTRY_TYPE[op],
    sku: line.sku,
    locationId: line.locationId,
    toLocationId: null,
    quantity: line.quantity,
    effects: [{ locationId: line.locationId, delta: lineDelta(op, from, line.quantity) }],
    reason: op === 'SHIP' ? `shipped reservation ${res._id}` : reason,
    reservationId: res._id,
    requestHash: res.requestHash,
    createdAt: at,
  }));
}

/** What `op` does to one line's position, given the reservation's status before it. */
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
