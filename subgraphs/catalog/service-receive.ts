import { requireKey } from '../../platform/validation';
import { positionProblem, stockLimit, type CatalogFailure } from './domain/errors';
import { exceedsMaxOnHand, levelId } from './domain/level-ops';
import { planReceive } from './domain/reservation-receipts';
import type { InventoryLevelDoc, ReservationLineRequest } from './model';
import type { ReservationChange, TransitionOutcome } from './service-change';
import type { ServiceDeps } from './service-deps';
import { checkedLines, optionalReason } from './service-input';

export interface ReceiveInput {
  reservationId: string;
  /** 1..100 new lines (keys new to the reservation), COMMITTED on arrival. */
  lines: readonly ReservationLineRequest[];
  /** Recorded on the RECEIPT entries, at most 200 characters. */
  reason?: string | null;
  idempotencyKey: string;
}

/** Units received straight into a reservation (catalog's service interface `receiveLines`). */
export function createReceiveUseCases({ store, locationExists }: ServiceDeps, change: ReservationChange) {
  /** The first line naming an unknown SKU or location, in request order. */
  async function unknownPart(lines: readonly ReservationLineRequest[]): Promise<CatalogFailure | null> {
    const skus = [...new Set(lines.map((l) => l.sku.trim()))];
    const locations = [...new Set(lines.map((l) => l.locationId.trim()))];
    const [variants, known] = await Promise.all([
      store.variantsBySkus(skus),
      Promise.all(locations.map((id) => locationExists(id))),
    ]);
    const knownSku = new Set(skus.filter((_, i) => variants[i] != null));
    const knownLocation = new Set(locations.filter((_, i) => known[i]));
    for (const line of lines) {
      const where = { sku: line.sku.trim(), locationId: line.locationId.trim() };
      const facts = { skuKnown: knownSku.has(where.sku), locationKnown: knownLocation.has(where.locationId) };
      const problem = positionProblem(where, { ...facts, stocked: true });
      if (problem) return problem;
    }
    return null;
  }

  return {
    /**
     * Units arriving at a location straight into an ORDER or TRANSFER reservation: every line or
     * none, each COMMITTED, its position (created if missing) gaining onHand and committed in the
     * same atomic write as the reservation and the RECEIPT entries. Idempotent by key.
     */
    async receiveInto(input: ReceiveInput): Promise<TransitionOutcome> {
      const key = requireKey(input.idempotencyKey, 'idempotencyKey');
      const lines = checkedLines(input.lines);
      const req = { key, lines, reason: optionalReason(input.reason) };
      const ids = [...new Set(lines.map((l) => levelId(l.sku.trim(), l.locationId.trim())))];
      const unknown = await unknownPart(lines);
      if (unknown) return unknown;
      return change(
        input.reservationId,
        'RECEIPT',
        async (res, at) => {
          const present = new Set((await store.movements.levelsByIds(ids)).filter((l) => l !== null).map((l) => l._id));
          return planReceive(res, req, at, (id) => present.has(id));
        },
        async (plan) => {
          // A position past the on-hand bound refuses for good; one created meanwhile is worth a retry.
          const levels = new Map(
            (await store.movements.levelsByIds(plan.positions.map((p) => p.levelId)))
              .filter((l): l is InventoryLevelDoc => l !== null)
              .map((l) => [l._id, l]),
          );
          const full = plan.positions.find((p) => exceedsMaxOnHand(levels.get(p.levelId) ?? null, p.delta));
          const line = full && lines.find((l) => levelId(l.sku.trim(), l.locationId.trim()) === full.levelId);
          return line ? stockLimit({ sku: line.sku.trim(), locationId: line.locationId.trim() }) : null;
        },
      ) as Promise<TransitionOutcome>;
    },
  };
}
