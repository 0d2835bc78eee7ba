import { requireKey } from '../../platform/validation';
import { positionProblem, type CatalogFailure } from './domain/errors';
import { levelId } from './domain/level-ops';
import {
  explainRefusal,
  planReservation,
  planTransition,
  reservationReplay,
  RESERVATION_RETENTION_DAYS,
  type InsufficientStock,
  type TransitionRequest,
} from './domain/reservations';
import type { InventoryLevelDoc, ReservationDoc, ReservationKind, ReservationLine } from './model';
import type { CatalogPublisher, ServiceDeps } from './service-deps';

export interface ReserveInput {
  kind: ReservationKind;
  ownerId: string;
  idempotencyKey: string;
  lines: readonly ReservationLine[];
  ttlSeconds?: number | null;
}

export type ReserveOutcome =
  | { ok: true; reservation: ReservationDoc; levels: InventoryLevelDoc[]; replay: boolean }
  | InsufficientStock
  | CatalogFailure;

export type TransitionOutcome =
  { ok: true; reservation: ReservationDoc; levels: InventoryLevelDoc[]; changed: boolean } | CatalogFailure;

const RETRIES = 5;

/**
 * Reservation use cases: the domain plans (validation, the new document and its ledger entries,
 * transitions), the ledger writes atomically, and this layer reads, retries and publishes. The
 * happy path of a reservation reads nothing: the position updates' conditions are the check, and
 * only a refused write is explained (which line, and why).
 */
export function createReservationUseCases(deps: ServiceDeps, publish: CatalogPublisher) {
  const { store, now, logger, locationExists } = deps;
  const ledger = store.reservations;

  async function explain(requested: readonly ReservationLine[], lines: readonly ReservationLine[]) {
    const skus = [...new Set(lines.map((l) => l.sku))];
    const locations = [...new Set(lines.map((l) => l.locationId))];
    const [levels, variants, known] = await Promise.all([
      store.movements.levelsByIds(lines.map((l) => levelId(l.sku, l.locationId))),
      store.variantsBySkus(skus),
      Promise.all(locations.map((id) => locationExists(id))),
    ]);
    const level = new Map(levels.filter((l): l is InventoryLevelDoc => l !== null).map((l) => [l._id, l]));
    const knownSku = new Set(skus.filter((_, i) => variants[i] != null));
    const knownLocation = new Set(locations.filter((_, i) => known[i]));
    return explainRefusal(
      requested,
      lines,
      (l) =>
        positionProblem(l, {
          skuKnown: knownSku.has(l.sku),
          locationKnown: knownLocation.has(l.locationId),
          stocked: level.has(levelId(l.sku, l.locationId)),
        }),
      (l) => level.get(levelId(l.sku, l.locationId))?.available ?? 0,
    );
  }

  async function transition(id: string, req: TransitionRequest): Promise<TransitionOutcome> {
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const res = await ledger.byId(id);
      if (!res) return { ok: false, code: 'RESERVATION_NOT_FOUND', message: `reservation ${id} not found` };
      const at = now();
      const plan = planTransition(res, req, at);
      if (plan.kind === 'invalid') return plan.failure;
      if (plan.kind === 'unchanged') return { ok: true, reservation: res, levels: [], changed: false };
      const written = await ledger.transition(res, plan, at.toISOString());
      if (written.ok) {
        await publish.levels(written.levels, req.op, id);
        await publish.reservation(written.reservation);
        return { ok: true, reservation: written.reservation, levels: written.levels, changed: true };
      }
      // The reservation changed under us (another instance, a sweeper): look again.
    }
    throw new Error(`reservation ${id} is too contended`);
  }

  return {
    async reserve(input: ReserveInput): Promise<ReserveOutcome> {
      const ownerId = requireKey(input.ownerId, 'ownerId');
      const idempotencyKey = requireKey(input.idempotencyKey, 'idempotencyKey');
      const plan = planReservation({ ...input, ownerId, idempotencyKey }, now());
      if (!plan.ok) return plan;
      const doc = plan.reservation;
      for (let attempt = 0; attempt < RETRIES; attempt++) {
        const written = await ledger.insert(doc, plan.entries, doc.createdAt);
        if (written.ok) {
          // A group-committed batch reports its positions once (first request): one event per change.
          await publish.levels(written.levels, 'RESERVE', doc._id);
          await publish.reservation(doc);
          return { ok: true, reservation: doc, levels: written.levels, replay: false };
        }
        if (written.duplicate) {
          const existing = await ledger.byId(doc._id);
          if (!existing) continue; // purged meanwhile: the key is free again
          return (
            reservationReplay(existing, doc.requestHash) ?? {
              ok: true,
              reservation: existing,
              levels: [],
              replay: true,
            }
          );
        }
        const refusal = await explain(input.lines, doc.lines);
        if (refusal) return refusal;
        // Stock came back between the refused write and the explanation: try again.
      }
      throw new Error('reservation kept failing although stock looked sufficient');
    },
    commit: (id: string) => transition(id, { op: 'COMMIT' }),
    release: (id: string, reason: string) => transition(id, { op: 'RELEASE', reason }),
    ship: (id: string) => transition(id, { op: 'SHIP' }),
    extend: (id: string, ttlSeconds: number) => transition(id, { op: 'EXTEND', ttlSeconds }),

    /**
     * Expires ACTIVE reservations past their expiry. Safe with any number of instances sweeping at
     * once: each expiry is a compare-and-set on the reservation's status inside the same atomic
     * batch that returns its stock, so exactly one sweeper wins each reservation.
     */
    async sweepExpired(limit = 500): Promise<number> {
      const candidates = await ledger.expiredCandidates(now().toISOString(), limit);
      let expired = 0;
      for (const candidate of candidates) {
        const outcome = await transition(candidate._id, { op: 'EXPIRE' });
        if (outcome.ok && outcome.changed) expired += 1;
      }
      if (expired > 0) logger.info({ expired }, 'expired reservations released');
      return expired;
    },

    /**
     * Forgets finished reservations older than `RESERVATION_RETENTION_DAYS`. Until then a replay of
     * their idempotency key returns them; after it, the key is free again. Their ledger entries stay.
     */
    async purgeFinished(limit = 500): Promise<number> {
      const before = new Date(now().getTime() - RESERVATION_RETENTION_DAYS * 86_400_000).toISOString();
      const purged = await ledger.purgeFinished(before, limit);
      if (purged > 0) logger.info({ purged }, 'finished reservations purged');
      return purged;
    },
  };
}
