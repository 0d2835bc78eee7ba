import type { CatalogFailure } from './domain/errors';
import type { ApplyPlan, ReroutePlan, TransitionPlan } from './domain/reservation-transitions';
import type { InsufficientStock } from './domain/reservations';
import type { InventoryLevelDoc, ReservationDoc } from './model';
import type { CatalogPublisher, ServiceDeps } from './service-deps';

export type TransitionOutcome =
  { ok: true; reservation: ReservationDoc; levels: InventoryLevelDoc[]; changed: boolean } | CatalogFailure;

export type RerouteOutcome = TransitionOutcome | InsufficientStock;

export type ReserveOutcome =
  | { ok: true; reservation: ReservationDoc; levels: InventoryLevelDoc[]; replay: boolean }
  | InsufficientStock
  | CatalogFailure;

/** Each lost compare-and-set means another change of the reservation won; several may queue up. */
const TRANSITION_RETRIES = 16;

/** Plans a change of a reservation as read at a time (may read what else it needs first). */
export type ChangePlanner = (
  res: ReservationDoc,
  at: Date,
) => TransitionPlan | ReroutePlan | Promise<TransitionPlan | ReroutePlan>;

/** Explains why the positions refused a planned change; null: worth another try. */
export type RefusalExplainer = (plan: ApplyPlan) => Promise<InsufficientStock | CatalogFailure | null>;

/**
 * How every change of an existing reservation runs (transitions, re-routes, receipts): read the
 * reservation, plan the change and write it, again from the top when the reservation changed
 * meanwhile. A position refusal is explained by `refused` (a re-route's short lines, a receipt
 * past the on-hand bound); for a transition it cannot happen while the inventory invariant holds.
 */
export function createReservationChange({ store, now }: ServiceDeps, publish: CatalogPublisher) {
  const ledger = store.reservations;
  return async function change(
    id: string,
    cause: string,
    plan: ChangePlanner,
    refused?: RefusalExplainer,
  ): Promise<RerouteOutcome> {
    for (let attempt = 0; attempt < TRANSITION_RETRIES; attempt++) {
      const res = await ledger.byId(id);
      if (!res) return { ok: false, code: 'RESERVATION_NOT_FOUND', message: `reservation ${id} not found` };
      const at = now();
      const planned = await plan(res, at);
      if (planned.kind === 'invalid') return planned.failure;
      if (planned.kind === 'unchanged') return { ok: true, reservation: res, levels: [], changed: false };
      const events = publish.pending(
        at.toISOString(),
        { type: cause, sourceEventId: id },
        planned.positions.filter((p) => Object.keys(p.delta).length > 0).map((p) => p.levelId),
        [id],
      );
      const written = await ledger.apply(res, planned, at.toISOString(), events.op);
      if (written.ok) {
        await publish.written(events, written.levels, [written.reservation]);
        return { ok: true, reservation: written.reservation, levels: written.levels, changed: true };
      }
      if (written.stale) continue; // another instance, a sweeper or a concurrent change won: look again
      if (!refused) throw new Error(`reservation ${id}: positions refused ${cause} (inventory invariant broken)`);
      const refusal = await refused(planned);
      if (refusal) return refusal;
      // Stock came back (or a position appeared) between the refused write and the explanation: try again.
    }
    throw new Error(`reservation ${id} is too contended`);
  };
}

export type ReservationChange = ReturnType<typeof createReservationChange>;
