import { createHash } from 'node:crypto';
import { encodeCursor } from '../../platform/store/cursor';
import type { DocumentStore, WriteOp } from '../../platform/store/port';
import { COLLECTIONS } from './collections';
import { applyDelta, levelId, levelUpdate, LEVELS, MOVEMENTS, newLevel } from './domain/level-ops';
import { planMovement, type MovementErrorCode, type MovementRequest } from './domain/movements';
import type { InventoryLevelDoc, InventoryMovementDoc, StateDelta, VariantDoc } from './model';

export interface MovementInput {
  sourceEventId: string;
  sku: string;
  locationId: string;
  request: MovementRequest;
  reason: string | null;
}

export type MovementOutcome =
  | { ok: true; movement: InventoryMovementDoc; levels: InventoryLevelDoc[]; applied: boolean }
  | {
      ok: false;
      code: MovementErrorCode | 'UNKNOWN_SKU' | 'UNKNOWN_LOCATION' | 'IDEMPOTENCY_CONFLICT';
      message: string;
    };

const MAX_ATTEMPTS = 50;

/**
 * The movement ledger: every change to on-hand stock from POS, WMS and partners. A movement and
 * the position changes it causes are written in one atomic batch, with the movement's `_id` being
 * the source event id, so an event is applied exactly once even when it is sent twice or
 * concurrently, and a refused movement writes nothing.
 */
export function createMovementLedger(store: DocumentStore, locationExists: (id: string) => Promise<boolean>) {
  const levels = store.collection<InventoryLevelDoc>(LEVELS);
  const movements = store.collection<InventoryMovementDoc>(MOVEMENTS);
  const variants = store.collection<VariantDoc>(COLLECTIONS.variants);

  async function replay(existing: InventoryMovementDoc, requestHash: string): Promise<MovementOutcome> {
    if (existing.requestHash !== requestHash) {
      return {
        ok: false,
        code: 'IDEMPOTENCY_CONFLICT',
        message: `source event ${existing._id} was already used for a different movement`,
      };
    }
    const ids = existing.effects.map((e) => levelId(existing.sku, e.locationId));
    const current = (await levels.findByIds(ids)).filter((l): l is InventoryLevelDoc => l !== null);
    return { ok: true, movement: existing, levels: current, applied: false };
  }

  return {
    async apply(input: MovementInput, at: string): Promise<MovementOutcome> {
      const requestHash = createHash('sha256')
        .update(JSON.stringify([input.sku, input.locationId, input.request, input.reason]))
        .digest('base64url');
      const existing = await movements.findById(input.sourceEventId);
      if (existing) return replay(existing, requestHash);
      if (!(await variants.findById(input.sku)))
        return { ok: false, code: 'UNKNOWN_SKU', message: `unknown SKU ${input.sku}` };
      const toLocationId = input.request.type === 'TRANSFER' ? input.request.toLocationId : null;
      for (const id of [input.locationId, ...(toLocationId ? [toLocationId] : [])]) {
        if (!(await locationExists(id)))
          return { ok: false, code: 'UNKNOWN_LOCATION', message: `unknown location ${id}` };
      }
      if (toLocationId === input.locationId) {
        return { ok: false, code: 'INVALID_QUANTITY', message: 'a transfer needs two different locations' };
      }

      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const ids = [levelId(input.sku, input.locationId), ...(toLocationId ? [levelId(input.sku, toLocationId)] : [])];
        const [from, to] = await levels.findByIds(ids);
        const plan = planMovement(input.request, from ?? null);
        if (!plan.ok) return plan;
        const movement: InventoryMovementDoc = {
          _id: input.sourceEventId,
          type: plan.type,
          sku: input.sku,
          locationId: input.locationId,
          toLocationId,
          quantity: plan.quantity,
          effects: plan.effects.map((e) => ({
            locationId: e.at === 'to' ? toLocationId! : input.locationId,
            delta: e.delta,
          })),
          reason: input.reason,
          requestHash,
          createdAt: at,
        };
        const ops: WriteOp[] = [{ kind: 'insert', collection: MOVEMENTS, doc: movement }];
        for (const effect of plan.effects) {
          const locationId = effect.at === 'to' ? toLocationId! : input.locationId;
          const current = effect.at === 'to' ? to : from;
          if (current) {
            ops.push(
              levelUpdate(current._id, effect.delta, at, plan.casOnSequence ? { sequence: current.sequence } : {}),
            );
          } else {
            ops.push({
              kind: 'insert',
              collection: LEVELS,
              doc: createdLevel(input.sku, locationId, effect.delta, at),
            });
          }
        }
        const result = await store.atomic(ops);
        if (result.ok) {
          return { ok: true, movement, levels: result.docs.slice(1) as InventoryLevelDoc[], applied: true };
        }
        if (result.failures.some((f) => f.index === 0)) {
          const winner = await movements.findById(input.sourceEventId);
          if (winner) return replay(winner, requestHash);
        }
        // A position changed (or was created) under us: re-read, re-plan, try again.
      }
      throw new Error(`inventory position ${input.sku}@${input.locationId} is too contended; movement not applied`);
    },

    /** The cursor that resumes `history` right after `movement`. */
    cursorOf: (movement: InventoryMovementDoc) => encodeCursor(movement.createdAt, movement._id),
    /** Movements that touched a position, newest first. */
    history: (sku: string, locationId: string, limit: number, after?: string) =>
      movements.findPage(
        { sku, 'effects.locationId': locationId },
        { sort: { field: 'createdAt', direction: -1 }, limit, after },
      ),
  };
}

/** A position created by a movement (first receipt, return or transfer in), with its delta applied. */
function createdLevel(sku: string, locationId: string, delta: StateDelta, at: string): InventoryLevelDoc {
  const level = applyDelta(newLevel(sku, locationId, at), delta, at);
  if (!level) throw new Error(`a movement cannot create ${sku}@${locationId} with a decrease`);
  return level;
}

export type MovementLedger = ReturnType<typeof createMovementLedger>;
