import type { CatalogFailure } from './domain/errors';
import { levelId } from './domain/level-ops';
import { planReplacement, type ReplacedRef } from './domain/reservation-replacement';
import { positionDemands, type InsufficientStock, type PositionDemand } from './domain/reservations';
import type { ReservationDoc, ReservationLineRequest } from './model';
import type { CatalogPublisher, ServiceDeps } from './service-deps';
import type { ReserveOutcome } from './service-change';

/** What the reservation use cases lend the replacing path (service-reservations.ts). */
export interface ReserveHelpers {
  /** Why a write asking `demands` was refused; `extra` is what a position has beyond `available`. */
  explain(
    requested: readonly ReservationLineRequest[],
    demands: readonly PositionDemand[],
    withSafety: boolean,
    extra?: (levelId: string) => number,
  ): Promise<CatalogFailure | InsufficientStock | null>;
  /** The available units of these positions now (null: not stocked). */
  availableNow(ids: readonly string[]): Promise<(levelId: string) => number | null>;
  /** The answer for an idempotency key already used (null: its reservation was purged). */
  replayOf(id: string, requestHash: string): Promise<ReserveOutcome | null>;
}

/** Each lost compare-and-set of the replaced hold means another change of it won (the sweeper, a release). */
const REPLACE_RETRIES = 16;

/**
 * A reservation that takes over a hold's units (`ReserveInput.replaces`): the hold is read, the
 * write planned (domain/reservation-replacement.ts) and applied as one atomic batch, again from
 * the top when the hold changed meanwhile. A hold that has nothing left to hand over (expired and
 * swept, released, already taken over, purged) leaves a plain reservation of available units.
 * Short stock is explained counting what the hold frees at each position; nothing is written then.
 */
export function createReplacingReserve(
  { store, now }: Pick<ServiceDeps, 'store' | 'now'>,
  publish: CatalogPublisher,
  helpers: ReserveHelpers,
) {
  return async function reserveReplacing(
    planned: ReservationDoc,
    ref: ReplacedRef,
    requested: readonly ReservationLineRequest[],
    withSafety: boolean,
  ): Promise<ReserveOutcome> {
    const ids = [...new Set(planned.lines.map((l) => levelId(l.sku, l.locationId)))];
    const demands = positionDemands(planned.lines);
    for (let attempt = 0; attempt < REPLACE_RETRIES; attempt++) {
      const replaced = await store.reservations.byId(ref.reservationId);
      // A hold that may take safety stock is split against the positions as read (not the hot path).
      const available = withSafety ? await helpers.availableNow(ids) : undefined;
      const plan = planReplacement(planned, replaced, ref, now(), available);
      if (plan.kind === 'invalid') return plan.failure;
      const events = publish.pending(
        planned.createdAt,
        { type: 'RESERVE', sourceEventId: plan.reservation._id },
        plan.positions.filter((p) => Object.keys(p.delta).length > 0).map((p) => p.levelId),
        [...(plan.replaced ? [plan.replaced.res._id] : []), plan.reservation._id],
      );
      const written = await store.replacements.insertReplacing(plan, planned.createdAt, events.op);
      if (written.ok) {
        await publish.written(events, written.levels, [
          ...(written.replaced ? [written.replaced] : []),
          plan.reservation,
        ]);
        return { ok: true, reservation: plan.reservation, levels: written.levels, replay: false };
      }
      if (written.duplicate) {
        const replayed = await helpers.replayOf(planned._id, planned.requestHash);
        if (replayed) return replayed;
        continue; // purged meanwhile: the key is free again
      }
      if (written.stale) continue;
      const { freed, freedSafety } = plan;
      const extra = (id: string) => (freed.get(id) ?? 0) + (withSafety ? (freedSafety.get(id) ?? 0) : 0);
      const refusal = await helpers.explain(requested, demands, withSafety, extra);
      if (refusal) return refusal;
      // Stock came back between the refused write and the explanation: try again.
    }
    throw new Error(`reservation ${planned._id}: the hold it replaces (${ref.reservationId}) is too contended`);
  };
}
