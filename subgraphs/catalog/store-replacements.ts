import type { DocumentStore, WriteOp } from '../../platform/store/port';
import { MOVEMENTS, positionWrite, RESERVATIONS } from './domain/level-ops';
import type { ReplacementPlan } from './domain/reservation-replacement';
import type { InventoryLevelDoc, ReservationDoc } from './model';

export type ReplacementWrite =
  | { ok: true; levels: InventoryLevelDoc[]; replaced: ReservationDoc | null }
  /**
   * Nothing was written. `duplicate`: the new reservation's id (its idempotency key) is taken;
   * `stale`: the replaced hold changed since it was read; otherwise a position refused (short).
   */
  | { ok: false; duplicate: boolean; stale: boolean };

/**
 * The write of a reservation that takes over a hold (domain/reservation-replacement.ts), one
 * atomic batch: the new reservation inserted under its idempotency key's id, the replaced hold
 * compared-and-set on the revision it was read at, one conditional update per position for the
 * net change, and the ledger entries of both. Never group-committed: it touches a second
 * reservation, and replacements (checkouts of held carts) are not the hot path.
 */
export function createReplacementLedger(store: DocumentStore) {
  return {
    /** Writes `plan` with `events` (its outbox entry) in one atomic batch. */
    async insertReplacing(
      plan: Extract<ReplacementPlan, { kind: 'write' }>,
      at: string,
      events: WriteOp,
    ): Promise<ReplacementWrite> {
      const { reservation, replaced, positions, entries } = plan;
      const revision = replaced && (replaced.res.revision === 0 ? { $in: [0, null] } : replaced.res.revision);
      const ops: WriteOp[] = [
        { kind: 'insert', collection: RESERVATIONS, doc: reservation },
        ...(replaced
          ? [
              {
                kind: 'update',
                collection: RESERVATIONS,
                filter: { _id: replaced.res._id, revision },
                update: { $set: replaced.set },
              } satisfies WriteOp,
            ]
          : []),
        ...positions.map((p) => positionWrite(p, at)),
        ...entries.map((doc): WriteOp => ({ kind: 'insert', collection: MOVEMENTS, doc })),
        events,
      ];
      const first = replaced ? 2 : 1;
      const result = await store.atomic(ops);
      if (result.ok) {
        return {
          ok: true,
          levels: result.docs.slice(first, first + positions.length) as InventoryLevelDoc[],
          replaced: replaced ? (result.docs[1] as ReservationDoc) : null,
        };
      }
      return {
        ok: false,
        duplicate: result.failures.some((f) => f.index === 0 && f.reason === 'DUPLICATE_KEY'),
        stale: replaced !== null && result.failures.some((f) => f.index === 1),
      };
    },
  };
}

export type ReplacementLedger = ReturnType<typeof createReplacementLedger>;
