import type { DocumentStore, WriteOp } from '../../platform/store/port';
import { MOVEMENTS, positionWrite, RESERVATIONS } from './domain/level-ops';
import { lineChange, positionChanges, upgradeReservation } from './domain/reservation-lifecycle';
import type { ApplyPlan } from './domain/reservation-transitions';
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
  /**
   * Nothing was written. `stale`: the reservation changed since it was read (its revision moved);
   * otherwise a position refused its change (a re-route's new line is short, a receipt would pass
   * the on-hand bound, a position to create exists by now).
   */
  | { ok: false; stale: boolean };

/**
 * The reservation ledger's persistence. Every write is one atomic batch: the reservation document
 * (inserted under its idempotency key's id, or compared-and-set on the revision it was planned
 * from), the conditional update of every position it touches and the ledger entries that record
 * those changes. Rules live in `domain/reservation*.ts`, orchestration in the service. Documents
 * read here are in today's shape, whatever shape they were stored in (`upgradeReservation`).
 */
export function createReservationLedger(store: DocumentStore, { batching = true }: { batching?: boolean } = {}) {
  const reservations = store.collection<ReservationDoc>(RESERVATIONS);

  async function insertAlone(
    doc: ReservationDoc,
    entries: readonly InventoryMovementDoc[],
    at: string,
    events: WriteOp,
  ): Promise<ReservationWrite> {
    const positions = positionChanges(doc.lines.map((l) => lineChange('RESERVE', l)));
    const ops: WriteOp[] = [
      { kind: 'insert', collection: RESERVATIONS, doc },
      ...positions.map((p) => positionWrite(p, at)),
      ...entries.map((e): WriteOp => ({ kind: 'insert', collection: MOVEMENTS, doc: e })),
      events,
    ];
    const result = await store.atomic(ops);
    if (result.ok) return { ok: true, levels: result.docs.slice(1, 1 + positions.length) as InventoryLevelDoc[] };
    return { ok: false, duplicate: result.failures.some((f) => f.index === 0 && f.reason === 'DUPLICATE_KEY') };
  }

  const batcher = createReservationBatcher((ops) => store.atomic(ops));

  return {
    async init(): Promise<void> {
      await reservations.createIndex({ fields: ['status', 'expiresAt'] });
      await reservations.createIndex({ fields: ['ownerId'] });
    },
    byId: async (id: string) => {
      const doc = await reservations.findById(id);
      return doc && upgradeReservation(doc);
    },
    byIds: async (ids: readonly string[]) =>
      (await reservations.findByIds(ids)).map((doc) => doc && upgradeReservation(doc)),

    /**
     * Writes a new reservation with its holds, RESERVE entries and `events` (its outbox entry):
     * group-committed with the requests of the same event-loop turn when possible, else alone.
     */
    async insert(
      doc: ReservationDoc,
      entries: InventoryMovementDoc[],
      at: string,
      events: WriteOp,
    ): Promise<ReservationWrite> {
      if (batching) {
        const batched = await batcher.submit({ doc, entries, at, events });
        if (batched.ok) return batched;
      }
      return insertAlone(doc, entries, at, events);
    },

    /**
     * Applies a planned change of `res` (as read), a transition or a re-route, with `events` (its
     * outbox entry). Reports, writing nothing, that the reservation changed meanwhile or that a
     * position refused.
     */
    async apply(res: ReservationDoc, plan: ApplyPlan, at: string, events: WriteOp): Promise<TransitionWrite> {
      // Documents from before revisions existed have none: "0 or absent" matches them too.
      const revision = res.revision === 0 ? { $in: [0, null] } : res.revision;
      const ops: WriteOp[] = [
        {
          kind: 'update',
          collection: RESERVATIONS,
          filter: { _id: res._id, revision },
          update: { $set: plan.set },
        },
        ...plan.positions.filter((p) => Object.keys(p.delta).length > 0).map((p) => positionWrite(p, at)),
        ...plan.entries.map((e): WriteOp => ({ kind: 'insert', collection: MOVEMENTS, doc: e })),
        events,
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
      return { ok: false, stale: result.failures.some((f) => f.index === 0) };
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

    /**
     * Reservations with ACTIVE lines past their expiry, oldest first. A hold without expiry
     * (`expiresAt: null`) never matches: range conditions compare only values of the same type.
     */
    expiredCandidates: async (at: string, limit: number) =>
      (
        await reservations.findAll(
          { status: 'ACTIVE', expiresAt: { $lte: at } },
          { sort: { field: 'expiresAt', direction: 1 }, limit },
        )
      ).map(upgradeReservation),
  };
}

export type ReservationLedger = ReturnType<typeof createReservationLedger>;
