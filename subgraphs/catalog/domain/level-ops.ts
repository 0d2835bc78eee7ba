import type { FieldOperators, Filter, Update, WriteOp } from '../../../platform/store/port';
import { COLLECTIONS } from '../collections';
import type { InventoryLevelDoc, StateDelta, StockState } from '../model';

export const STOCK_STATES: readonly StockState[] = [
  'onHand',
  'committed',
  'reserved',
  'damaged',
  'safetyStock',
  'qualityControl',
];
const ALLOCATED: readonly StockState[] = ['committed', 'reserved', 'damaged', 'safetyStock', 'qualityControl'];

/** How `available` moves when the states move: onHand minus everything allocated. */
export function availableDelta(delta: StateDelta): number {
  return (delta.onHand ?? 0) - ALLOCATED.reduce((sum, s) => sum + (delta[s] ?? 0), 0);
}

/**
 * The most units one position may hold on hand (ten million of one SKU at one location). Every
 * other state is a part of onHand, so this bounds them all, far inside GraphQL's 32-bit Int.
 */
export const MAX_ON_HAND = 10_000_000;

/** Most units one movement, or one expected delivery, may name. */
export const MAX_UNITS = 1_000_000;

/** GraphQL's largest Int. */
export const MAX_GRAPHQL_INT = 2_147_483_647;

/**
 * A network-wide total of bounded quantities: it could only pass GraphQL's Int with more than
 * 214 positions at the bound, so it saturates there rather than make the read fail.
 */
export function unitsTotal(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return Math.min(total, MAX_GRAPHQL_INT);
}

/** True when `delta` would take the position past `MAX_ON_HAND` (a missing position holds 0). */
export function exceedsMaxOnHand(level: Pick<InventoryLevelDoc, 'onHand'> | null, delta: StateDelta): boolean {
  return (level?.onHand ?? 0) + (delta.onHand ?? 0) > MAX_ON_HAND;
}

/**
 * The one way a position changes: a single conditional update that applies `delta` to the states,
 * moves `available` by the same derived amount, bumps `sequence`, and only matches while every
 * state it decreases (and `available`) stays ≥ 0 and onHand stays ≤ MAX_ON_HAND. The invariant
 * and the bound hold by construction, on every engine, under any concurrency. Operators that
 * `extraFilter` puts on a state are kept alongside these guards; `set` writes other fields (the
 * incoming list) in the same update.
 */
export function levelUpdate(
  levelId: string,
  delta: StateDelta,
  at: string,
  extraFilter: Filter = {},
  set: Record<string, unknown> = {},
): WriteOp {
  const filter: Filter = { _id: levelId, ...extraFilter };
  const guard = (field: string, ops: FieldOperators) => {
    const prior = filter[field];
    filter[field] = prior !== null && typeof prior === 'object' ? { ...prior, ...ops } : ops;
  };
  const inc: Record<string, number> = { sequence: 1 };
  for (const state of STOCK_STATES) {
    const d = delta[state] ?? 0;
    if (d === 0) continue;
    inc[state] = d;
    if (d < 0) guard(state, { $gte: -d });
  }
  const growth = delta.onHand ?? 0;
  if (growth > 0) guard('onHand', { $lte: MAX_ON_HAND - growth });
  const avail = availableDelta(delta);
  if (avail !== 0) inc.available = avail;
  if (avail < 0) guard('available', { $gte: -avail });
  const update: Update = { $inc: inc, $set: { ...set, updatedAt: at } };
  return { kind: 'update', collection: LEVELS, filter, update };
}

/**
 * A planned change of one position, summed over the lines that touch it. `create`: the position
 * does not exist yet and is created with the delta applied (units received into a reservation).
 * `drainsAvailable`: a hold takes units from safety stock here, which it may only do once
 * `available` is used up, so the write also requires `available` to end at exactly 0.
 */
export interface PositionChange {
  levelId: string;
  delta: StateDelta;
  create?: { sku: string; locationId: string };
  drainsAvailable?: true;
}

/** The write of a planned position change: the new position, or the conditional update. */
export function positionWrite(change: PositionChange, at: string): WriteOp {
  if (change.create) {
    const { sku, locationId } = change.create;
    return { kind: 'insert', collection: LEVELS, doc: createdLevel(sku, locationId, change.delta, at) };
  }
  const drain: Filter = change.drainsAvailable
    ? { available: { $lte: Math.max(0, -availableDelta(change.delta)) } }
    : {};
  return levelUpdate(change.levelId, change.delta, at, drain);
}

/** Pure mirror of `levelUpdate` for tests and planning: the level after `delta`, or null if refused. */
export function applyDelta(level: InventoryLevelDoc, delta: StateDelta, at: string): InventoryLevelDoc | null {
  const next = { ...level, sequence: level.sequence + 1, updatedAt: at };
  for (const state of STOCK_STATES) next[state] = level[state] + (delta[state] ?? 0);
  next.available = level.available + availableDelta(delta);
  const ok = [...STOCK_STATES, 'available' as const].every((k) => next[k] >= 0) && next.onHand <= MAX_ON_HAND;
  return ok ? next : null;
}

export const LEVELS = COLLECTIONS.levels;
export const MOVEMENTS = COLLECTIONS.movements;
export const RESERVATIONS = COLLECTIONS.reservations;

export function levelId(sku: string, locationId: string): string {
  return `${sku}@${locationId}`;
}

/** A new, empty position (first receipt of a SKU at a location). */
export function newLevel(sku: string, locationId: string, at: string): InventoryLevelDoc {
  return {
    _id: levelId(sku, locationId),
    sku,
    locationId,
    onHand: 0,
    available: 0,
    committed: 0,
    reserved: 0,
    damaged: 0,
    safetyStock: 0,
    qualityControl: 0,
    incoming: [],
    sequence: 0,
    updatedAt: at,
  };
}

/** A position created by a change (first receipt, return, transfer in), with its delta applied. */
export function createdLevel(sku: string, locationId: string, delta: StateDelta, at: string): InventoryLevelDoc {
  const level = applyDelta(newLevel(sku, locationId, at), delta, at);
  if (!level) throw new Error(`a change cannot create ${sku}@${locationId} with a decrease`);
  return level;
}

/** What `available` must be for a level's other states: onHand minus everything allocated. */
export function availableOf(l: Pick<InventoryLevelDoc, StockState>): number {
  return l.onHand - ALLOCATED.reduce((sum, s) => sum + l[s], 0);
}

/** The inventory invariant every stored level must satisfy. */
export function isConsistent(l: InventoryLevelDoc): boolean {
  const parts = [l.available, ...STOCK_STATES.map((s) => l[s])];
  return parts.every((n) => Number.isInteger(n) && n >= 0) && l.available === availableOf(l);
}
