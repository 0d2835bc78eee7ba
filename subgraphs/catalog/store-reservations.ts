import type { DocumentStore, Filter, WriteOp } from '../../platform/store/port';
import { createReservationBatcher } from './reservation-batcher';
import { levelId, levelUpdate, LEVELS, MOVEMENTS, RESERVATIONS } from './domain/level-ops';
import {
  lineDelta,
  nextStatus,
  normalizeLines,
  reservationIdFor,
  reservationRequestHash,
  validTtl,
  MAX_TTL_SECONDS,
  MIN_TTL_SECONDS,
  type ReservationOp,
} from './domain/reservations';
import type {
  InventoryLevelDoc,
  InventoryMovementDoc,
  ReservationDoc,
  ReservationKind,
  ReservationLine,
} from './model';

export interface ReserveInput {
  kind: ReservationKind;
  ownerId: string;
  idempotencyKey: string;
  lines: ReservationLine[];
  ttlSeconds: number;
}

export interface Shortfall {
  sku: string;
  locationId: string;
  requested: number;
  available: number;
}

export type ReservationErrorCode =
  | 'INVALID_QUANTITY'
  | 'INVALID_TTL'
  | 'IDEMPOTENCY_CONFLICT'
  | 'UNKNOWN_POSITION'
  | 'RESERVATION_NOT_FOUND'
  | 'INVALID_TRANSITION';

export type ReserveOutcome =
  | { ok: true; reservation: ReservationDoc; levels: InventoryLevelDoc[]; replay: boolean }
  | { ok: false; code: 'INSUFFICIENT_STOCK'; message: string; shortfalls: Shortfall[] }
  | { ok: false; code: ReservationErrorCode; message: string; shortfalls?: undefined };

export type TransitionOutcome =
  | { ok: true; reservation: ReservationDoc; levels: InventoryLevelDoc[]; changed: boolean }
  | { ok: false; code: ReservationErrorCode; message: string };

const RETRIES = 5;

/**
 * The reservation ledger. Every operation is one atomic batch: the reservation document (whose
 * `_id` is derived from the idempotency key, and whose status is compared-and-set) together with
 * the conditional updates of every position it touches. So a reservation is all-or-nothing, never
 * oversells, is applied once per key, and a status change moves stock exactly once even when
 * several instances (or sweepers) race.
 */
export function createReservationLedger(store: DocumentStore, { batching = true }: { batching?: boolean } = {}) {
  const reservations = store.collection<ReservationDoc>(RESERVATIONS);
  const levels = store.collection<InventoryLevelDoc>(LEVELS);

  async function shortfallsOf(lines: ReservationLine[], failedIdx: number[]): Promise<ReserveOutcome | null> {
    const failed = failedIdx.map((i) => lines[i]!);
    const current = await levels.findByIds(failed.map((l) => levelId(l.sku, l.locationId)));
    const missing = failed.filter((_, i) => current[i] === null);
    if (missing.length > 0) {
      return {
        ok: false,
        code: 'UNKNOWN_POSITION',
        message: `not stocked: ${missing.map((l) => `${l.sku}@${l.locationId}`).join(', ')}`,
      };
    }
    const shortfalls = failed
      .map((l, i) => ({
        sku: l.sku,
        locationId: l.locationId,
        requested: l.quantity,
        available: current[i]!.available,
      }))
      .filter((s) => s.available < s.requested);
    if (shortfalls.length === 0) return null; // stock came back meanwhile: worth another try
    return { ok: false, code: 'INSUFFICIENT_STOCK', message: `${shortfalls.length} line(s) short`, shortfalls };
  }

  async function transition(
    id: string,
    op: ReservationOp,
    at: string,
    extra: { releaseReason?: string; expiresAt?: string } = {},
  ): Promise<TransitionOutcome> {
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const res = await reservations.findById(id);
      if (!res) return { ok: false, code: 'RESERVATION_NOT_FOUND', message: `reservation ${id} not found` };
      const next = nextStatus(res.status, op);
      if (!next) {
        const alreadyDone = {
          COMMIT: 'COMMITTED',
          RELEASE: 'RELEASED',
          EXPIRE: 'EXPIRED',
          SHIP: 'SHIPPED',
          EXTEND: null,
        }[op];
        if (res.status === alreadyDone) return { ok: true, reservation: res, levels: [], changed: false };
        return {
          ok: false,
          code: 'INVALID_TRANSITION',
          message: `cannot ${op.toLowerCase()} a ${res.status} reservation`,
        };
      }
      const guard: Filter =
        op === 'EXPIRE' ? { expiresAt: { $lte: at } } : op === 'EXTEND' ? { expiresAt: { $gt: at } } : {};
      const set: Record<string, unknown> = { status: next, updatedAt: at };
      if (extra.releaseReason) set.releaseReason = extra.releaseReason;
      if (extra.expiresAt) set.expiresAt = extra.expiresAt;
      const ops: WriteOp[] = [
        {
          kind: 'update',
          collection: RESERVATIONS,
          filter: { _id: id, status: res.status, ...guard },
          update: { $set: set },
        },
      ];
      for (const line of res.lines) {
        const delta = lineDelta(op, res.status, line.quantity);
        if (Object.keys(delta).length > 0) ops.push(levelUpdate(levelId(line.sku, line.locationId), delta, at));
      }
      if (op === 'SHIP') {
        res.lines.forEach((line, i) => {
          const movement: InventoryMovementDoc = {
            _id: `${id}:ship:${i}`,
            type: 'SALE',
            sku: line.sku,
            locationId: line.locationId,
            toLocationId: null,
            quantity: line.quantity,
            effects: [{ locationId: line.locationId, delta: lineDelta('SHIP', 'COMMITTED', line.quantity) }],
            reason: `shipped reservation ${id}`,
            requestHash: id,
            createdAt: at,
          };
          ops.push({ kind: 'insert', collection: MOVEMENTS, doc: movement });
        });
      }
      const result = await store.atomic(ops);
      if (result.ok) {
        const docs = result.docs as (ReservationDoc | InventoryLevelDoc | InventoryMovementDoc)[];
        return {
          ok: true,
          reservation: docs[0] as ReservationDoc,
          levels: docs.slice(1, 1 + res.lines.length).filter((d): d is InventoryLevelDoc => 'onHand' in d),
          changed: true,
        };
      }
      if (!result.failures.some((f) => f.index === 0)) {
        throw new Error(`reservation ${id}: positions refused ${op} (inventory invariant broken)`);
      }
      if (op === 'EXPIRE' || op === 'EXTEND') {
        const now = await reservations.findById(id);
        if (now && now.status === res.status) {
          return {
            ok: false,
            code: 'INVALID_TRANSITION',
            message: op === 'EXPIRE' ? 'reservation has not expired' : 'reservation has expired',
          };
        }
      }
      // The status changed under us (another instance, a sweeper): look again.
    }
    throw new Error(`reservation ${id} is too contended`);
  }

  /** One reservation, one atomic batch: its document and its positions, or nothing. */
  async function reserveAlone(doc: ReservationDoc, at: string): Promise<ReserveOutcome> {
    const lines = doc.lines;
    const ops: WriteOp[] = [
      { kind: 'insert', collection: RESERVATIONS, doc },
      ...lines.map((l) => levelUpdate(levelId(l.sku, l.locationId), lineDelta('RESERVE', null, l.quantity), at)),
    ];
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const result = await store.atomic(ops);
      if (result.ok) {
        return { ok: true, reservation: doc, levels: result.docs.slice(1) as InventoryLevelDoc[], replay: false };
      }
      if (result.failures.some((f) => f.index === 0 && f.reason === 'DUPLICATE_KEY')) {
        const existing = await reservations.findById(doc._id);
        if (!existing) continue;
        if (existing.requestHash !== doc.requestHash) {
          return {
            ok: false,
            code: 'IDEMPOTENCY_CONFLICT',
            message: 'idempotencyKey was already used for a different reservation',
          };
        }
        return { ok: true, reservation: existing, levels: [], replay: true };
      }
      const outcome = await shortfallsOf(
        lines,
        result.failures.map((f) => f.index - 1),
      );
      if (outcome) return outcome;
    }
    throw new Error('reservation kept failing although stock looked sufficient');
  }

  const batcher = createReservationBatcher((ops) => store.atomic(ops));

  return {
    async init(): Promise<void> {
      await reservations.createIndex({ fields: ['status', 'expiresAt'] });
      await reservations.createIndex({ fields: ['ownerId'] });
    },
    byIds: (ids: readonly string[]) => reservations.findByIds(ids),

    async reserve(input: ReserveInput, now: Date): Promise<ReserveOutcome> {
      const key = input.idempotencyKey.trim();
      if (!key || key.length > 200)
        return { ok: false, code: 'INVALID_QUANTITY', message: 'idempotencyKey must be 1..200 characters' };
      if (!validTtl(input.ttlSeconds)) {
        return {
          ok: false,
          code: 'INVALID_TTL',
          message: `ttlSeconds must be an integer in [${MIN_TTL_SECONDS}, ${MAX_TTL_SECONDS}]`,
        };
      }
      const normalized = normalizeLines(input.lines);
      if (!normalized.ok) return { ok: false, code: 'INVALID_QUANTITY', message: normalized.message };
      const lines = normalized.lines;
      const at = now.toISOString();
      const doc: ReservationDoc = {
        _id: reservationIdFor(key),
        kind: input.kind,
        ownerId: input.ownerId,
        idempotencyKey: key,
        requestHash: reservationRequestHash(input.kind, input.ownerId, lines, input.ttlSeconds),
        status: 'ACTIVE',
        lines,
        expiresAt: new Date(now.getTime() + input.ttlSeconds * 1000).toISOString(),
        releaseReason: null,
        createdAt: at,
        updatedAt: at,
      };
      if (batching) {
        const batched = await batcher.submit({ doc, at });
        if (batched.ok) return { ok: true, reservation: doc, levels: batched.levels, replay: false };
      }
      return reserveAlone(doc, at);
    },

    commit: (id: string, at: string) => transition(id, 'COMMIT', at),
    release: (id: string, at: string, reason: string) => transition(id, 'RELEASE', at, { releaseReason: reason }),
    ship: (id: string, at: string) => transition(id, 'SHIP', at),
    expire: (id: string, at: string) => transition(id, 'EXPIRE', at, { releaseReason: 'expired' }),
    extend: (id: string, at: string, expiresAt: string) => transition(id, 'EXTEND', at, { expiresAt }),

    /** ACTIVE reservations past their expiry, oldest first. */
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

    expiredCandidates: (at: string, limit: number) =>
      reservations.findAll(
        { status: 'ACTIVE', expiresAt: { $lte: at } },
        { sort: { field: 'expiresAt', direction: 1 }, limit },
      ),
  };
}

export type ReservationLedger = ReturnType<typeof createReservationLedger>;
