import { MAX_ATOMIC_OPS, type AtomicResult, type WriteOp } from '../../platform/store/port';
import { MOVEMENTS, positionWrite, RESERVATIONS } from './domain/level-ops';
import { lineChange, positionChanges } from './domain/reservation-lifecycle';
import type { InventoryLevelDoc, InventoryMovementDoc, ReservationDoc } from './model';

/** A planned reservation (already validated by the domain), its RESERVE ledger entries and its outbox entry. */
export interface PendingReservation {
  doc: ReservationDoc;
  entries: readonly InventoryMovementDoc[];
  at: string;
  events: WriteOp;
}

export type BatchResult = { ok: true; levels: InventoryLevelDoc[] } | { ok: false };

const MAX_BATCH = 256;

/**
 * Group commit for reservations. Requests that arrive in the same turn of the event loop are
 * written as ONE atomic batch: every reservation document and ledger entry plus one conditional
 * update per touched position for the sum of their quantities. On a hot SKU this turns N reservations into one
 * position write (and one stock event) instead of N. If the batch cannot be applied whole (a
 * position short of the sum, a reused idempotency key), nothing was written and every request
 * falls back to its own atomic attempt, so the all-or-nothing, never-oversell and idempotency
 * guarantees are exactly those of a single reservation.
 */
type Item = { pending: PendingReservation; resolve: (r: BatchResult) => void; reject: (e: unknown) => void };

export function createReservationBatcher(atomic: (ops: readonly WriteOp[]) => Promise<AtomicResult>) {
  let queue: Item[] = [];
  let scheduled = false;

  async function process(batch: Item[]): Promise<void> {
    if (batch.length === 1) {
      batch[0]!.resolve({ ok: false }); // a lone request takes the ordinary path
      return;
    }
    const totals = positionChanges(
      batch.flatMap(({ pending }) => pending.doc.lines.map((l) => lineChange('RESERVE', l))),
    );
    const at = batch[batch.length - 1]!.pending.at;
    const ops: WriteOp[] = [
      ...batch.map(({ pending }): WriteOp => ({ kind: 'insert', collection: RESERVATIONS, doc: pending.doc })),
      ...totals.map((p) => positionWrite(p, at)),
      ...batch.flatMap(({ pending }) =>
        pending.entries.map((doc): WriteOp => ({ kind: 'insert', collection: MOVEMENTS, doc })),
      ),
      ...batch.map(({ pending }) => pending.events),
    ];
    try {
      const result = await atomic(ops);
      if (!result.ok) {
        for (const item of batch) item.resolve({ ok: false });
        return;
      }
      // The positions changed once for the whole batch: the first request reports (and publishes) them.
      const levels = result.docs.slice(batch.length, batch.length + totals.length) as InventoryLevelDoc[];
      batch.forEach((item, i) => item.resolve({ ok: true, levels: i === 0 ? levels : [] }));
    } catch (err) {
      for (const item of batch) item.reject(err);
    }
  }

  /**
   * The next batch: at most MAX_BATCH requests whose writes fit one atomic call (a document and an
   * outbox entry, and at most a position update and a ledger entry per line, each). A request too
   * big to share goes alone.
   */
  function take(): Item[] {
    let ops = 0;
    let n = 0;
    while (n < queue.length && n < MAX_BATCH) {
      const cost = 2 + 2 * queue[n]!.pending.doc.lines.length;
      if (n > 0 && ops + cost > MAX_ATOMIC_OPS) break;
      ops += cost;
      n += 1;
    }
    const batch = queue.slice(0, n);
    queue = queue.slice(n);
    return batch;
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      while (queue.length > 0) void process(take());
    });
  }

  return {
    /** Resolves `{ ok: true }` when written as part of a batch, `{ ok: false }` when the caller must try alone. */
    submit(pending: PendingReservation): Promise<BatchResult> {
      return new Promise((resolve, reject) => {
        queue.push({ pending, resolve, reject });
        if (queue.length >= MAX_BATCH) void process(take());
        else schedule();
      });
    },
  };
}
