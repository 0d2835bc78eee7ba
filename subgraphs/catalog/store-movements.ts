import { encodeCursor } from '../../platform/store/cursor';
import type { DocumentStore, WriteOp } from '../../platform/store/port';
import { applyDelta, levelUpdate, LEVELS, MOVEMENTS, newLevel } from './domain/level-ops';
import type { InventoryLevelDoc, InventoryMovementDoc, StateDelta } from './model';

/** One position change of a movement: update `current`, or create the position when it is null. */
export interface PositionWrite {
  sku: string;
  locationId: string;
  current: InventoryLevelDoc | null;
  delta: StateDelta;
  /** Only if the position is still at the sequence it was planned from (counts). */
  casOnSequence: boolean;
}

export type MovementWrite =
  | { ok: true; levels: InventoryLevelDoc[] }
  /** Nothing was written. `eventTaken`: the entry's id exists (another delivery of the event won). */
  | { ok: false; eventTaken: boolean };

/**
 * The movement ledger's persistence: a ledger entry and the position changes it causes, written
 * in one atomic batch whose first op inserts the entry under the source event id, so an event is
 * applied at most once even when delivered twice or concurrently, and a refused write changes
 * nothing.
 */
export function createMovementLedger(store: DocumentStore) {
  const levels = store.collection<InventoryLevelDoc>(LEVELS);
  const movements = store.collection<InventoryMovementDoc>(MOVEMENTS);

  return {
    byEventId: (id: string) => movements.findById(id),
    levelsByIds: (ids: readonly string[]) => levels.findByIds(ids),

    async write(entry: InventoryMovementDoc, changes: readonly PositionWrite[], at: string): Promise<MovementWrite> {
      const ops: WriteOp[] = [{ kind: 'insert', collection: MOVEMENTS, doc: entry }];
      for (const c of changes) {
        if (c.current) {
          ops.push(levelUpdate(c.current._id, c.delta, at, c.casOnSequence ? { sequence: c.current.sequence } : {}));
        } else {
          ops.push({ kind: 'insert', collection: LEVELS, doc: createdLevel(c.sku, c.locationId, c.delta, at) });
        }
      }
      const result = await store.atomic(ops);
      if (result.ok) return { ok: true, levels: result.docs.slice(1) as InventoryLevelDoc[] };
      return { ok: false, eventTaken: result.failures.some((f) => f.index === 0) };
    },

    /** The cursor that resumes `history` right after `movement`. */
    cursorOf: (movement: InventoryMovementDoc) => encodeCursor(movement.createdAt, movement._id),
    /** Ledger entries that touched a position, newest first. */
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
