import { requireKey } from '../../platform/validation';
import type { CatalogFailure } from './domain/errors';
import { positionProblem, stockLimit } from './domain/errors';
import { exceedsMaxOnHand, levelId } from './domain/level-ops';
import {
  movementEntry,
  movementReplay,
  movementRequestHash,
  planMovement,
  type MovementRequest,
} from './domain/movements';
import type { InventoryLevelDoc, InventoryMovementDoc } from './model';
import type { CatalogPublisher, ServiceDeps } from './service-deps';

export interface MovementInput {
  sourceEventId: string;
  sku: string;
  locationId: string;
  request: MovementRequest;
  reason: string | null;
}

export type MovementOutcome =
  { ok: true; movement: InventoryMovementDoc; levels: InventoryLevelDoc[]; applied: boolean } | CatalogFailure;

const MAX_ATTEMPTS = 50;

/**
 * Applying a stock movement: a replay of its source event answers the stored entry, an unknown
 * SKU or location is refused, the domain plans the change against the current positions and the
 * ledger writes entry and positions atomically; a position that changed meanwhile means re-read
 * and re-plan.
 */
export function createMovementUseCases({ store, now, locationExists }: ServiceDeps, publish: CatalogPublisher) {
  const ledger = store.movements;

  async function replay(existing: InventoryMovementDoc, requestHash: string): Promise<MovementOutcome> {
    const conflict = movementReplay(existing, requestHash);
    if (conflict) return conflict;
    const ids = existing.effects.map((e) => levelId(existing.sku, e.locationId));
    const current = (await ledger.levelsByIds(ids)).filter((l): l is InventoryLevelDoc => l !== null);
    return { ok: true, movement: existing, levels: current, applied: false };
  }

  async function unknownPart(sku: string, locationIds: string[]): Promise<CatalogFailure | null> {
    const [variant] = await store.variantsBySkus([sku]);
    for (const locationId of locationIds) {
      const facts = { skuKnown: variant != null, locationKnown: await locationExists(locationId), stocked: true };
      const problem = positionProblem({ sku, locationId }, facts);
      if (problem) return problem;
    }
    return null;
  }

  return {
    async applyMovement(input: MovementInput): Promise<MovementOutcome> {
      const sourceEventId = requireKey(input.sourceEventId, 'sourceEventId');
      const target = { sku: input.sku, locationId: input.locationId };
      const requestHash = movementRequestHash(target, input.request, input.reason);
      const existing = await ledger.byEventId(sourceEventId);
      if (existing) return replay(existing, requestHash);
      const toLocationId = input.request.type === 'TRANSFER' ? input.request.toLocationId : null;
      const unknown = await unknownPart(
        input.sku,
        toLocationId ? [input.locationId, toLocationId] : [input.locationId],
      );
      if (unknown) return unknown;

      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const ids = [levelId(input.sku, input.locationId), ...(toLocationId ? [levelId(input.sku, toLocationId)] : [])];
        const [from, to] = await ledger.levelsByIds(ids);
        const plan = planMovement(input.request, from ?? null, target);
        if (!plan.ok) return plan;
        const full = plan.effects.find((e) => exceedsMaxOnHand((e.at === 'to' ? to : from) ?? null, e.delta));
        if (full)
          return stockLimit({ sku: input.sku, locationId: full.at === 'to' ? toLocationId! : input.locationId });
        const at = now().toISOString();
        const entry = movementEntry(sourceEventId, target, input.request, plan, input.reason, requestHash, at);
        const changes = plan.effects.map((e) => ({
          sku: input.sku,
          locationId: e.at === 'to' ? toLocationId! : input.locationId,
          current: (e.at === 'to' ? to : from) ?? null,
          delta: e.delta,
          casOnSequence: plan.casOnSequence,
          incoming: e.incoming,
        }));
        const events = publish.pending(at, { type: entry.type, sourceEventId }, ids);
        const written = await ledger.write(entry, changes, at, events.op);
        if (written.ok) {
          await publish.written(events, written.levels);
          return { ok: true, movement: entry, levels: written.levels, applied: true };
        }
        if (written.eventTaken) {
          const winner = await ledger.byEventId(sourceEventId);
          if (winner) return replay(winner, requestHash);
        }
        // A position changed (or was created) under us: re-read, re-plan, try again.
      }
      throw new Error(`inventory position ${input.sku}@${input.locationId} is too contended; movement not applied`);
    },
  };
}
