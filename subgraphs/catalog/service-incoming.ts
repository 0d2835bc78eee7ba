import { positionProblem, type CatalogFailure } from './domain/errors';
import { planExpectation, type Expectation } from './domain/incoming';
import { levelId, newLevel } from './domain/level-ops';
import type { InventoryLevelDoc } from './model';
import type { CatalogPublisher, ServiceDeps } from './service-deps';

export interface ExpectInput extends Expectation {
  sku: string;
  locationId: string;
}

export type ExpectOutcome = { ok: true; level: InventoryLevelDoc; changed: boolean } | CatalogFailure;

const MAX_ATTEMPTS = 50;

/**
 * Incoming stock: what purchase orders and transfers in transit say is on its way to a position.
 * The list lives on the position and changes no stock state, so it has no ledger entry (the
 * ledger still sums to the states); a change of it is a compare-and-set on the position's
 * sequence, bumps it and publishes `catalog.inventory.changed` like any other change.
 */
export function createIncomingUseCases({ store, now, locationExists }: ServiceDeps, publish: CatalogPublisher) {
  return {
    /**
     * Adds the delivery, replaces the one with its reference (an updated ASN), or removes it
     * (quantity 0); the position is created (all zero) if the location never stocked the SKU. A
     * repeat changes nothing (no write, no event). Bad input is a typed failure naming the position.
     */
    async expectStock(input: ExpectInput): Promise<ExpectOutcome> {
      const where = { sku: input.sku, locationId: input.locationId };
      const [[variant], locationKnown] = await Promise.all([
        store.variantsBySkus([input.sku]),
        locationExists(input.locationId),
      ]);
      const unknown = positionProblem(where, { skuKnown: variant != null, locationKnown, stocked: true });
      if (unknown) return unknown;
      const id = levelId(input.sku, input.locationId);
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const [current] = await store.movements.levelsByIds([id]);
        const at = now();
        const plan = planExpectation(current?.incoming, input, where, at);
        if (!plan.ok) return plan;
        if (!plan.changed) {
          return {
            ok: true,
            level: current ?? newLevel(input.sku, input.locationId, at.toISOString()),
            changed: false,
          };
        }
        const cause = { type: 'INCOMING', sourceEventId: input.reference.trim() };
        const events = publish.pending(at.toISOString(), cause, [id]);
        const level = await store.movements.setIncoming(
          where,
          current ?? null,
          plan.incoming,
          at.toISOString(),
          events.op,
        );
        if (level) {
          await publish.written(events, [level]);
          return { ok: true, level, changed: true };
        }
        // The position changed (or was created) meanwhile: re-read, re-plan.
      }
      throw new Error(`inventory position ${id} is too contended; incoming stock not changed`);
    },
  };
}
