import { encodeCursor } from '../../platform/store/cursor';
import type { DocumentStore, Filter, WriteOp } from '../../platform/store/port';
import { createdLevel, levelUpdate, LEVELS, MOVEMENTS, newLevel } from './domain/level-ops';
import type { IncomingStock, InventoryLevelDoc, InventoryMovementDoc, StateDelta } from './model';

/** One position change of a movement: update `current`, or create the position when it is null. */
export interface PositionWrite {
  sku: string;
  locationId: string;
  current: InventoryLevelDoc | null;
  delta: StateDelta;
  /** Only if the position is still at the sequence it was planned from (counts, receipts against a reference). */
  casOnSequence: boolean;
  /** The position's new incoming list (a receipt against a reference). */
  incoming?: IncomingStock[];
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

    /** Writes `entry`, the position changes it causes and `events` (its outbox entry) in one atomic batch. */
    async write(
      entry: InventoryMovementDoc,
      changes: readonly PositionWrite[],
      at: string,
      events: WriteOp,
    ): Promise<MovementWrite> {
      const ops: WriteOp[] = [{ kind: 'insert', collection: MOVEMENTS, doc: entry }];
      for (const c of changes) {
        if (c.current) {
          const cas: Filter = c.casOnSequence ? { sequence: c.current.sequence } : {};
          ops.push(levelUpdate(c.current._id, c.delta, at, cas, c.incoming ? { incoming: c.incoming } : {}));
        } else {
          ops.push({ kind: 'insert', collection: LEVELS, doc: createdLevel(c.sku, c.locationId, c.delta, at) });
        }
      }
      ops.push(events);
      const result = await store.atomic(ops);
      if (result.ok) return { ok: true, levels: result.docs.slice(1, 1 + changes.length) as InventoryLevelDoc[] };
      return { ok: false, eventTaken: result.failures.some((f) => f.index === 0) };
    },

    /**
     * Stores a position's new incoming list (no stock state moves, so no ledger entry) with
     * `events` (its outbox entry): compared and set on the sequence it was planned from, or a new
     * position at sequence 1. Null: the position changed or was created meanwhile, nothing written.
     */
    async setIncoming(
      where: { sku: string; locationId: string },
      current: InventoryLevelDoc | null,
      incoming: IncomingStock[],
      at: string,
      events: WriteOp,
    ): Promise<InventoryLevelDoc | null> {
      const created: InventoryLevelDoc = { ...newLevel(where.sku, where.locationId, at), incoming, sequence: 1 };
      const op: WriteOp = current
        ? levelUpdate(current._id, {}, at, { sequence: current.sequence }, { incoming })
        : { kind: 'insert', collection: LEVELS, doc: created };
      const result = await store.atomic([op, events]);
      return result.ok ? (result.docs[0] as InventoryLevelDoc) : null;
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

export type MovementLedger = ReturnType<typeof createMovementLedger>;
