import { createHash } from 'node:crypto';
import type { IncomingStock, InventoryLevelDoc, InventoryMovementDoc, MovementType, StateDelta } from '../model';
import { failure, notStocked, type CatalogFailure } from './errors';
import { checkReference, receiveAgainst } from './incoming';
import { applyDelta, MAX_UNITS } from './level-ops';

export type ReturnDisposition = 'RESTOCK' | 'DAMAGED' | 'QUALITY_CONTROL';

/** A stock movement as POS / WMS / partners send it. */
export type MovementRequest =
  /** `reference`: the expected delivery (PO / ASN) this receipt fulfils, decremented in the same write. */
  | { type: 'RECEIPT'; quantity: number; reference?: string }
  | { type: 'ADJUSTMENT'; delta: number }
  | { type: 'COUNT'; countedOnHand: number }
  | { type: 'POS_CARRY_OUT'; quantity: number }
  | { type: 'DAMAGE'; quantity: number }
  | { type: 'RETURN'; quantity: number; disposition: ReturnDisposition }
  | { type: 'TRANSFER'; quantity: number; toLocationId: string };

/** Where a movement happens: its SKU and (for a transfer, the sending) location. */
export interface MovementTarget {
  sku: string;
  locationId: string;
}

export interface PlannedEffect {
  /** 'from' is the request's location; 'to' the transfer's destination. */
  at: 'from' | 'to';
  delta: StateDelta;
  /** The position may be created by this movement (receipts, returns, transfer destinations). */
  mayCreate: boolean;
  /** The position's incoming list after the movement (a receipt against a reference). */
  incoming?: IncomingStock[];
}

export type MovementPlan =
  { ok: true; type: MovementType; quantity: number; effects: PlannedEffect[]; casOnSequence: boolean } | CatalogFailure;

function units(n: number, what = 'quantity'): string | null {
  if (!Number.isInteger(n) || n <= 0) return `${what} must be a positive integer`;
  if (n > MAX_UNITS) return `${what} must be at most ${MAX_UNITS}`;
  return null;
}

/**
 * What a movement does to the positions it touches, checked against the current `level` (null
 * when the location does not stock the SKU yet). Pure: the store applies the plan atomically with
 * `levelUpdate`, whose conditions re-check availability at write time. Failures name `target`.
 */
export function planMovement(
  req: MovementRequest,
  level: InventoryLevelDoc | null,
  target: MovementTarget,
): MovementPlan {
  const at = '1970-01-01T00:00:00.000Z';
  const invalid = (message: string): MovementPlan => failure('INVALID_QUANTITY', message, target);
  const needLevel = (): MovementPlan | null => (level ? null : notStocked(target));
  const fits = (delta: StateDelta): MovementPlan | null =>
    level && applyDelta(level, delta, at) === null
      ? failure('INSUFFICIENT_STOCK', `only ${level.available} units available`, target)
      : null;
  switch (req.type) {
    case 'RECEIPT': {
      const bad = units(req.quantity);
      if (bad) return invalid(bad);
      const effect: PlannedEffect = { at: 'from', delta: { onHand: req.quantity }, mayCreate: true };
      if (req.reference === undefined) {
        return { ok: true, type: 'RECEIPT', quantity: req.quantity, casOnSequence: false, effects: [effect] };
      }
      // Against an expected delivery: its entry goes down in the same write, planned from the
      // incoming list as read (hence compare-and-set on the sequence).
      const reference = checkReference(req.reference, target);
      if (typeof reference !== 'string') return reference;
      const after = receiveAgainst(level?.incoming, reference, req.quantity, target);
      if (!after.ok) return after;
      return {
        ok: true,
        type: 'RECEIPT',
        quantity: req.quantity,
        casOnSequence: true,
        effects: [{ ...effect, incoming: after.incoming }],
      };
    }
    case 'ADJUSTMENT': {
      if (!Number.isInteger(req.delta) || req.delta === 0) return invalid('delta must be a non-zero integer');
      if (Math.abs(req.delta) > MAX_UNITS) return invalid(`delta must be within ±${MAX_UNITS}`);
      const delta = { onHand: req.delta };
      return (
        needLevel() ??
        fits(delta) ?? {
          ok: true,
          type: 'ADJUSTMENT',
          quantity: req.delta,
          casOnSequence: false,
          effects: [{ at: 'from', delta, mayCreate: false }],
        }
      );
    }
    case 'COUNT': {
      if (!Number.isInteger(req.countedOnHand) || req.countedOnHand < 0 || req.countedOnHand > MAX_UNITS) {
        return invalid(`countedOnHand must be an integer in [0, ${MAX_UNITS}]`);
      }
      const missing = needLevel();
      if (missing || !level) return missing!;
      const allocated = level.onHand - level.available;
      if (req.countedOnHand < allocated) {
        return failure(
          'COUNT_BELOW_ALLOCATED',
          `counted ${req.countedOnHand} but ${allocated} units are committed, reserved or held; resolve those first`,
          target,
        );
      }
      const delta = { onHand: req.countedOnHand - level.onHand };
      return {
        ok: true,
        type: 'COUNT',
        quantity: req.countedOnHand,
        casOnSequence: true,
        effects: [{ at: 'from', delta, mayCreate: false }],
      };
    }
    case 'POS_CARRY_OUT':
    case 'DAMAGE': {
      const bad = units(req.quantity);
      if (bad) return invalid(bad);
      const delta = req.type === 'DAMAGE' ? { damaged: req.quantity } : { onHand: -req.quantity };
      return (
        needLevel() ??
        fits(delta) ?? {
          ok: true,
          type: req.type,
          quantity: req.quantity,
          casOnSequence: false,
          effects: [{ at: 'from', delta, mayCreate: false }],
        }
      );
    }
    case 'RETURN': {
      const bad = units(req.quantity);
      if (bad) return invalid(bad);
      const q = req.quantity;
      const delta: StateDelta =
        req.disposition === 'RESTOCK'
          ? { onHand: q }
          : req.disposition === 'DAMAGED'
            ? { onHand: q, damaged: q }
            : { onHand: q, qualityControl: q };
      return {
        ok: true,
        type: 'RETURN',
        quantity: q,
        casOnSequence: false,
        effects: [{ at: 'from', delta, mayCreate: true }],
      };
    }
    case 'TRANSFER': {
      const bad = units(req.quantity);
      if (bad) return invalid(bad);
      if (req.toLocationId === target.locationId) {
        return failure('INVALID_TRANSFER', 'a transfer needs two different locations', target);
      }
      const out = { onHand: -req.quantity };
      return (
        needLevel() ??
        fits(out) ?? {
          ok: true,
          type: 'TRANSFER',
          quantity: req.quantity,
          casOnSequence: false,
          effects: [
            { at: 'from', delta: out, mayCreate: false },
            { at: 'to', delta: { onHand: req.quantity }, mayCreate: true },
          ],
        }
      );
    }
  }
}

/** Fingerprint of a movement request, so a replay of its event id with other content is a conflict. */
export function movementRequestHash(target: MovementTarget, req: MovementRequest, reason: string | null): string {
  return createHash('sha256')
    .update(JSON.stringify([target.sku, target.locationId, req, reason]))
    .digest('base64url');
}

/** The ledger entry of a planned movement; its `_id` is the source event id. */
export function movementEntry(
  sourceEventId: string,
  target: MovementTarget,
  req: MovementRequest,
  plan: Extract<MovementPlan, { ok: true }>,
  reason: string | null,
  requestHash: string,
  at: string,
): InventoryMovementDoc {
  const toLocationId = req.type === 'TRANSFER' ? req.toLocationId : null;
  return {
    _id: sourceEventId,
    type: plan.type,
    sku: target.sku,
    locationId: target.locationId,
    toLocationId,
    quantity: plan.quantity,
    effects: plan.effects.map((e) => ({
      locationId: e.at === 'to' ? toLocationId! : target.locationId,
      delta: e.delta,
    })),
    reason,
    reservationId: null,
    requestHash,
    createdAt: at,
  };
}

/**
 * A replay of an already applied source event: the same request answers the stored entry, other
 * content under the same id is a conflict.
 */
export function movementReplay(existing: InventoryMovementDoc, requestHash: string): CatalogFailure | null {
  if (existing.requestHash === requestHash) return null;
  return failure('IDEMPOTENCY_CONFLICT', `source event ${existing._id} was already used for a different movement`, {
    sku: existing.sku,
    locationId: existing.locationId,
  });
}
