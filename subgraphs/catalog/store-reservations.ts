import type { DocumentStore, WriteOp } from '../../platform/store/port';
import { levelId, levelUpdate, MOVEMENTS, RESERVATIONS } from './domain/level-ops';
import { lineDelta } from './domain/reservation-lifecycle';
import type { TransitionPlan } from './domain/reservations';
import type { InventoryLevelDoc, InventoryMovementDoc, ReservationDoc } from './model';
import { createReservationBatcher } from './reservation-batcher';

export type ReservationWrite =
  | { ok: true; levels: InventoryLevelDoc[] }
  /**
   * Nothing was written. `duplicate`: the reservation's id (its idempotency key) is taken;
   * otherwise at least one position refused its hold (unknown, not stocked or short).
   */
  | { ok: false; duplicate: boolean };

export type TransitionWrite =
  | { ok: true; reservation: ReservationDoc; levels: InventoryLevelDoc[] }
  /** The reservation is no longer in the status and expiry the plan was made from: nothing written. */
  | { ok: false };

/**
 * The reservation ledger's persistence. Every write is one atomic batch: the reservation document
 * (inserted under its idempotency key's id, or compared-and-set on the status and expiry it was
 * planned from), the conditional update of every position it touches and the ledger entries that
 * record those changes. Rules live in `domain/reservations.ts`, orchestration in the service.
 */
export function createReservationLedger(store: DocumentStore, { batching = true }: { batching?: boolean } = {}) {
  const reservations = store.collection<ReservationDoc>(RESERVATIONS);

  async function insertAlone(
    doc: ReservationDoc,
    entries: readonly InventoryMovementDoc[],
    at: string,
  ): Promise<ReservationWrite> {
    const ops: WriteOp[] = [
      { kind: 'insert', collection: RESERVATIONS, doc },
      ...doc.lines.map((l) => levelUpdate(levelId(l.sku, l.locationId), lineDelta('RESERVE', null, l.quantity), at)),
      ...entries.map((e): WriteOp => ({ kind: 'insert', collection: MOVEMENTS, doc: e })),
    ];
    const result = await store.atomic(ops);
    if (result.ok) return { ok: true, levels: result.docs.slice(1, 1 + doc.lines.length) as InventoryLevelDoc[] };
    return { ok: false, duplicate: result.failures.some((f) => f.index === 0 && f.reason === 'DUPLICATE_KEY') };
  }

  const batcher = createReservationBatcher((ops) => store.atomic(ops));

  return {
    async init(): Promise<void> {
      await reservations.createIndex({ fields: ['status', 'expiresAt'] });
      await reservations.createIndex({ fields: ['ownerId'] });
    },
    byId: (id: string) => reservations.findById(id),
    byIds: (ids: readonly string[]) => reservations.findByIds(ids),

    /**
     * Writes a new reservation with its holds and RESERVE entries: group-committed with the
     * requests of the same event-loop turn when possible, else alone.
     */
    async insert(doc: ReservationDoc, entries: InventoryMovementDoc[], at: string): Promise<ReservationWrite> {
      if (batching) {
        const batched = await batcher.submit({ doc, entries, at });
        if (batched.ok) return batched;
      }
      return insertAlone(doc, entries, at);
    },

    /** Applies a planned transition of `res` (as read), or reports that it changed meanwhile. */
    async transition(
      res: ReservationDoc,
      plan: Extract<TransitionPlan, { kind: 'apply' }>,
      at: string,
    ): Promise<TransitionWrite> {
      const ops: WriteOp[] = [
        {
          kind: 'update',
          collection: RESERVATIONS,
          filter: { _id: res._id, status: res.status, expiresAt: res.expiresAt },
          update: { $set: plan.set },
        },
        ...plan.positions
          .filter((p) => Object.keys(p.delta).length > 0)
          .map((p) => levelUpdate(p.levelId, p.delta, at)),
        ...plan.entries.map((e): WriteOp => ({ kind: 'insert', collection: MOVEMENTS, doc: e })),
      ];
      const result = await store.atomic(ops);
      if (result.ok) {
        const docs = result.docs as (ReservationDoc | InventoryLevelDoc | InventoryMovementDoc)[];
        return {
          ok: true,
          reservation: docs[0] as ReservationDoc,
          levels: docs.slice(1).filter((d): d is InventoryLevelDoc => 'onHand' in d),
        };
      }
      if (result.failures.some((f) => f.index === 0)) return { ok: false };
      throw new Error(
        `reservation ${res._id}: positions refused ${String(plan.set.status)} (inventory invariant broken)`,
      );
    },

    /**
     * Deletes up to `limit` finished reservations (shipped, released, expired) last changed before
     * `before`. Only finished ones: their stock has already moved, so nothing else changes.
     */
    async purgeFinished(before: string, limit: number): Promise<number> {
      const old = await reservations.findAll(
        { status: { $in: ['SHIPPED', 'RELEASED', 'EXPIRED'] }, updatedAt: { $lt: before } },
        { limit },
      );
      let purged = 0;
      for (const r of old) {
        if (await reservations.deleteOne({ _id: r._id, status: r.status, updatedAt: r.updatedAt })) purged += 1;
      }
      return purged;
    },

    /** ACTIVE reservations past their expiry, oldest first. */
    expiredCandidates: (at: string, limit: number) =>
      reservations.findAll(
        { status: 'ACTIVE', expiresAt: { $lte: at } },
        { sort: { field: 'expiresAt', direction: 1 }, limit },
      ),
  };
}

export type ReservationLedger = ReturnType<typeof createReservationLedger>;
