import { requireKey } from '../../platform/validation';
import { positionProblem } from './domain/errors';
import { levelId } from './domain/level-ops';
import {
  planReroute,
  planTransition,
  type ReroutePlan,
  type TransitionRequest,
} from './domain/reservation-transitions';
import {
  explainRefusal,
  planReservation,
  positionDemands,
  reservationReplay,
  RESERVATION_RETENTION_DAYS,
  type PositionDemand,
} from './domain/reservations';
import type { ReplacedRef } from './domain/reservation-replacement';
import { holdWithSafetyStock } from './domain/safety-stock';
import type { InventoryLevelDoc, ReservationKind, ReservationLineRequest } from './model';
import type { ReservationChange, RerouteOutcome, ReserveOutcome, TransitionOutcome } from './service-change';
import type { CatalogPublisher, ServiceDeps } from './service-deps';
import { createReplacingReserve } from './service-replacement';
import { checkedLineKeys, checkedLines, checkedReroute, optionalKey, reasonOf } from './service-input';

export interface ReserveInput {
  kind: ReservationKind;
  ownerId: string;
  idempotencyKey: string;
  lines: readonly ReservationLineRequest[];
  /** Defaults by kind; an ORDER hold without one never expires. */
  ttlSeconds?: number | null;
  /** Lines may take their position's safety stock once its available units are used up. */
  allowSafetyStock?: boolean | null;
  /**
   * A CART or CHECKOUT hold of the given owner whose units this reservation takes over in the same
   * atomic write (service-replacement.ts).
   */
  replaces?: ReplacedRef | null;
}

/** Which lines a commit, ship or release applies to (every line when omitted), and its idempotency key. */
export interface LineOptions {
  lineKeys?: readonly string[] | null;
  idempotencyKey?: string | null;
}

export interface RerouteInput {
  reservationId: string;
  /** Keys of ACTIVE or COMMITTED lines to release. */
  release?: readonly string[] | null;
  /** New lines to hold (ACTIVE), all or none. */
  add?: readonly ReservationLineRequest[] | null;
  /** The new lines may take safety stock once available is used up. */
  allowSafetyStock?: boolean | null;
  reason?: string | null;
  idempotencyKey: string;
}

export type { RerouteOutcome, ReserveOutcome, TransitionOutcome } from './service-change';

const RESERVE_RETRIES = 5;
/**
 * A hold that may take safety stock is split against the positions as read; each refused attempt
 * means another change of them won, and the units it can take are bounded, so a few more tries.
 */
const SAFETY_RESERVE_RETRIES = 16;

/**
 * Reservation use cases: the domain plans (validation, the new document and its ledger entries,
 * transitions of some or all lines, re-routes), the ledger writes atomically, and this layer
 * reads, retries and publishes. The happy path of a reservation reads nothing: the position
 * updates' conditions are the check, and only a refused write is explained (which line, and why).
 */
export function createReservationUseCases(deps: ServiceDeps, publish: CatalogPublisher, change: ReservationChange) {
  const { store, now, logger, locationExists } = deps;
  const ledger = store.reservations;

  /**
   * Why lines asking `demands` of their positions were refused. A position has its available
   * units, plus its safety stock for a hold that may take it, plus what a re-route frees (`extra`).
   */
  async function explain(
    requested: readonly ReservationLineRequest[],
    demands: readonly PositionDemand[],
    withSafety: boolean,
    extra: (levelId: string) => number = () => 0,
  ) {
    const skus = [...new Set(requested.map((l) => l.sku.trim()))];
    const locations = [...new Set(requested.map((l) => l.locationId.trim()))];
    const [levels, variants, known] = await Promise.all([
      store.movements.levelsByIds(demands.map((d) => levelId(d.sku, d.locationId))),
      store.variantsBySkus(skus),
      Promise.all(locations.map((id) => locationExists(id))),
    ]);
    const level = new Map(levels.filter((l): l is InventoryLevelDoc => l !== null).map((l) => [l._id, l]));
    const knownSku = new Set(skus.filter((_, i) => variants[i] != null));
    const knownLocation = new Set(locations.filter((_, i) => known[i]));
    return explainRefusal(
      requested,
      demands,
      (l) =>
        positionProblem(l, {
          skuKnown: knownSku.has(l.sku),
          locationKnown: knownLocation.has(l.locationId),
          stocked: level.has(levelId(l.sku, l.locationId)),
        }),
      (d) => {
        const id = levelId(d.sku, d.locationId);
        const at = level.get(id);
        return (at?.available ?? 0) + (withSafety ? (at?.safetyStock ?? 0) : 0) + extra(id);
      },
    );
  }

  /** The available units of these positions as they are now (null: not stocked). */
  async function availableNow(ids: readonly string[]): Promise<(levelId: string) => number | null> {
    const levels = await store.movements.levelsByIds(ids);
    const byId = new Map(levels.filter((l): l is InventoryLevelDoc => l !== null).map((l) => [l._id, l.available]));
    return (id) => byId.get(id) ?? null;
  }

  const transition = (id: string, req: TransitionRequest) =>
    change(id, req.op, (res, at) => planTransition(res, req, at)) as Promise<TransitionOutcome>;

  /** The reservation a used idempotency key already made (null: purged meanwhile, the key is free again). */
  async function replayOf(id: string, requestHash: string): Promise<ReserveOutcome | null> {
    const existing = await ledger.byId(id);
    if (!existing) return null;
    return reservationReplay(existing, requestHash) ?? { ok: true, reservation: existing, levels: [], replay: true };
  }

  const replacing = createReplacingReserve(deps, publish, { explain, availableNow, replayOf });

  const lineOptions = (options: LineOptions) => ({
    lineKeys: checkedLineKeys(options.lineKeys),
    key: optionalKey(options.idempotencyKey),
  });

  return {
    async reserve(input: ReserveInput): Promise<ReserveOutcome> {
      const ownerId = requireKey(input.ownerId, 'ownerId');
      const idempotencyKey = requireKey(input.idempotencyKey, 'idempotencyKey');
      const lines = checkedLines(input.lines);
      const replaces = input.replaces
        ? {
            reservationId: requireKey(input.replaces.reservationId, 'replaces.reservationId'),
            ownerId: requireKey(input.replaces.ownerId, 'replaces.ownerId'),
          }
        : null;
      const plan = planReservation({ ...input, ownerId, idempotencyKey, lines, replaces }, now());
      if (!plan.ok) return plan;
      const withSafety = input.allowSafetyStock === true;
      if (replaces) return replacing(plan.reservation, replaces, lines, withSafety);
      // First try every line on available units alone (the hot path reads nothing); a hold that may
      // take safety stock and was refused is then split against the positions as read.
      let { reservation: doc, entries } = plan;
      const demands = positionDemands(doc.lines);
      for (let attempt = 0; attempt < (withSafety ? SAFETY_RESERVE_RETRIES : RESERVE_RETRIES); attempt++) {
        const held = doc.lines.map((l) => levelId(l.sku, l.locationId));
        const events = publish.pending(doc.createdAt, { type: 'RESERVE', sourceEventId: doc._id }, held, [doc._id]);
        const written = await ledger.insert(doc, entries, doc.createdAt, events.op);
        if (written.ok) {
          // A group-committed batch reports its positions once (first request): one event per change.
          await publish.written(events, written.levels, [doc]);
          return { ok: true, reservation: doc, levels: written.levels, replay: false };
        }
        if (written.duplicate) {
          const replayed = await replayOf(doc._id, doc.requestHash);
          if (replayed) return replayed;
          continue; // purged meanwhile: the key is free again
        }
        const refusal = await explain(lines, demands, withSafety);
        if (refusal) return refusal;
        // Stock came back between the refused write and the explanation: try again.
        if (withSafety) {
          ({ reservation: doc, entries } = holdWithSafetyStock(
            plan.reservation,
            await availableNow(demands.map((d) => levelId(d.sku, d.locationId))),
          ));
        }
      }
      throw new Error('reservation kept failing although stock looked sufficient');
    },
    /** ACTIVE → COMMITTED for the lines named (every line when omitted). */
    commit: async (id: string, options: LineOptions = {}) => transition(id, { op: 'COMMIT', ...lineOptions(options) }),
    /** ACTIVE or COMMITTED → RELEASED for the lines named; the reason defaults to `released`. */
    release: async (id: string, reason?: string | null, options: LineOptions = {}) =>
      transition(id, { op: 'RELEASE', reason: reasonOf(reason, 'released'), ...lineOptions(options) }),
    /** COMMITTED → SHIPPED for the lines named: their units leave onHand (SALE entries). */
    ship: async (id: string, options: LineOptions = {}) => transition(id, { op: 'SHIP', ...lineOptions(options) }),
    /** A later expiry for a hold that has one (a hold without expiry is returned unchanged). */
    extend: (id: string, ttlSeconds: number) => transition(id, { op: 'EXTEND', ttlSeconds }),

    /**
     * Releases some lines and holds new ones in one atomic step: every new line or none (then
     * INSUFFICIENT_STOCK with every short position, counting what the releases free there), and
     * nothing changes. Idempotent by key.
     */
    async reroute(input: RerouteInput): Promise<RerouteOutcome> {
      const key = requireKey(input.idempotencyKey, 'idempotencyKey');
      const { release, add } = checkedReroute(input.release, input.add ?? []);
      const withSafety = input.allowSafetyStock === true;
      const req = { key, release, add, reason: reasonOf(input.reason, 'rerouted'), allowSafetyStock: withSafety };
      const ids = [...new Set(add.map((l) => levelId(l.sku.trim(), l.locationId.trim())))];
      return change(
        input.reservationId,
        'REROUTE',
        // A re-route is no hot path: one that may take safety stock reads its positions every time.
        async (res, at) => planReroute(res, req, at, withSafety ? await availableNow(ids) : undefined),
        (plan) => {
          const { demands, freed, freedSafety } = plan as Extract<ReroutePlan, { kind: 'apply' }>;
          const extra = (id: string) => (freed.get(id) ?? 0) + (withSafety ? (freedSafety.get(id) ?? 0) : 0);
          return explain(add, demands, withSafety, extra);
        },
      );
    },

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
