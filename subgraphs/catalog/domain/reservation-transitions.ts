import type { InventoryMovementDoc, ReservationDoc, ReservationLine, ReservationLineRequest } from '../model';
import { failure, type CatalogFailure } from './errors';
import { levelId } from './level-ops';
import {
  aggregateStatus,
  holdsStock,
  lineChange,
  lineEntries,
  nextStatus,
  positionChanges,
  TARGET,
  type IndexedLine,
  type LineOp,
  type PositionChange,
} from './reservation-lifecycle';
import { splitSafetyStock } from './safety-stock';
import {
  checkTtl,
  MAX_RESERVATION_LINES,
  normalizeLines,
  operationHash,
  positionDemands,
  type NewLine,
  type PositionDemand,
} from './reservations';

/**
 * Which lines a line op applies to: `lineKeys` (already checked as caller-chosen keys), or every
 * line when omitted. `key` is the caller's idempotency key, if any: a keyed op is recorded on the
 * reservation, so its retry replays unchanged even after the lines moved on.
 */
export interface LineSelection {
  lineKeys?: readonly string[] | null;
  key?: string | null;
}

export type TransitionRequest =
  | ({ op: 'COMMIT' | 'SHIP' | 'EXPIRE' } & LineSelection)
  | ({ op: 'RELEASE'; reason: string } & LineSelection)
  | { op: 'EXTEND'; ttlSeconds: number };

/** Release some lines and hold new ones (possibly elsewhere) in one step. Keys are already checked. */
export interface RerouteRequest {
  key: string;
  release: readonly string[];
  add: readonly ReservationLineRequest[];
  reason: string;
  /** The new lines may take safety stock once available is used up. */
  allowSafetyStock?: boolean;
}

export interface ApplyPlan {
  kind: 'apply';
  /** Fields of the reservation to set; the write compare-and-sets the revision it was planned from. */
  set: Partial<ReservationDoc>;
  /** The summed change of each position the moved lines hold (none for an extension). */
  positions: PositionChange[];
  entries: InventoryMovementDoc[];
}

export type TransitionPlan = ApplyPlan | { kind: 'unchanged' } | { kind: 'invalid'; failure: CatalogFailure };

export type ReroutePlan =
  | (ApplyPlan & {
      /** What the added lines ask of each position, and the units the releases free there. */
      demands: PositionDemand[];
      /** Back to `available`, per position. */
      freed: ReadonlyMap<string, number>;
      /** Back to safety stock (released lines that had taken some), per position. */
      freedSafety: ReadonlyMap<string, number>;
    })
  | { kind: 'unchanged' }
  | { kind: 'invalid'; failure: CatalogFailure };

export const invalid = (f: CatalogFailure) => ({ kind: 'invalid' as const, failure: f });
export const refuse = (message: string) => invalid(failure('INVALID_TRANSITION', message));
const verb = (op: LineOp) => op.toLowerCase();

/** A keyed request seen before on `res`: the same request replays unchanged, another one conflicts. */
export function replay(res: ReservationDoc, key: string | null | undefined, hash: string) {
  const seen = key ? res.operations.find((o) => o.key === key) : undefined;
  if (!seen) return null;
  return seen.hash === hash
    ? { kind: 'unchanged' as const }
    : invalid(
        failure('IDEMPOTENCY_CONFLICT', 'idempotencyKey was already used on this reservation for another request'),
      );
}

/**
 * Why lines cannot be appended to `res`: a key it already has (keys are unique for its whole life,
 * DUPLICATE_LINE_KEY), or more than MAX_RESERVATION_LINES lines in all (INVALID_QUANTITY).
 */
export function newLinesProblem(res: ReservationDoc, added: readonly NewLine[]): CatalogFailure | null {
  const taken = new Set(res.lines.map((l) => l.lineKey));
  const clash = added.find((l) => taken.has(l.lineKey));
  if (clash) return failure('DUPLICATE_LINE_KEY', `reservation ${res._id} already has a line ${clash.lineKey}`, clash);
  if (res.lines.length + added.length > MAX_RESERVATION_LINES) {
    return failure('INVALID_QUANTITY', `a reservation has at most ${MAX_RESERVATION_LINES} lines`);
  }
  return null;
}

/** The lines named by `keys` (each once), or UNKNOWN_LINE_KEY for the first the reservation lacks. */
function linesByKey(res: ReservationDoc, keys: readonly string[]): IndexedLine[] | CatalogFailure {
  const index = new Map(res.lines.map((line, i) => [line.lineKey, i] as const));
  const out: IndexedLine[] = [];
  for (const key of new Set(keys)) {
    const i = index.get(key);
    if (i === undefined) return failure('UNKNOWN_LINE_KEY', `reservation ${res._id} has no line ${key}`);
    out.push({ index: i, line: res.lines[i]! });
  }
  return out;
}

/**
 * The lines an op without `lineKeys` concerns. EXPIRE: the ACTIVE ones (committed stock does not
 * expire). Any other op: every line except those already finished another way (a released line
 * is not part of "ship the rest"); when that leaves none, every line, so an op on a finished
 * reservation is judged as it was before lines had their own status (a repeat replays unchanged,
 * anything else is INVALID_TRANSITION).
 */
function linesConcerned(res: ReservationDoc, op: LineOp): IndexedLine[] {
  const all = res.lines.map((line, index) => ({ index, line }));
  const concerned =
    op === 'EXPIRE'
      ? all.filter(({ line }) => line.status === 'ACTIVE')
      : all.filter(({ line }) => holdsStock(line.status) || line.status === TARGET[op]);
  return concerned.length > 0 ? concerned : all;
}

/** The new document fields, position changes and ledger entries when `moving` lines take `op`. */
function moveLines(
  res: ReservationDoc,
  op: LineOp,
  moving: readonly IndexedLine[],
  at: string,
  reason: string | null,
  applied: { key: string; hash: string } | null,
): ApplyPlan {
  const lines = res.lines.slice();
  for (const { index, line } of moving) {
    lines[index] = { ...line, status: nextStatus(line.status, op)!, releaseReason: reason ?? line.releaseReason };
  }
  const set: Partial<ReservationDoc> = {
    lines,
    status: aggregateStatus(lines),
    updatedAt: at,
    revision: res.revision + 1,
  };
  if (reason !== null) set.releaseReason = reason;
  if (applied) set.operations = [...res.operations, applied];
  return {
    kind: 'apply',
    set,
    positions: positionChanges(moving.map(({ line }) => lineChange(op, line))),
    entries: lineEntries(res, op, moving, at, reason),
  };
}

function planExtension(res: ReservationDoc, ttlSeconds: number, now: Date): TransitionPlan {
  const badTtl = checkTtl(ttlSeconds);
  if (badTtl) return invalid(badTtl);
  if (res.status !== 'ACTIVE') return refuse(`cannot extend a ${res.status} reservation`);
  // A hold without expiry already lasts longer than any extension.
  if (res.expiresAt === null) return { kind: 'unchanged' };
  const at = now.toISOString();
  if (res.expiresAt <= at) return refuse('reservation has expired');
  const expiresAt = new Date(now.getTime() + ttlSeconds * 1000).toISOString();
  return {
    kind: 'apply',
    set: { expiresAt, updatedAt: at, revision: res.revision + 1 },
    positions: [],
    entries: [],
  };
}

/**
 * What a transition does to `res` at `now`: apply it to the lines it concerns, replay it unchanged
 * (every line concerned is already where the op leads, or this keyed request was applied before),
 * or refuse it (INVALID_TRANSITION when any line concerned cannot take the op, UNKNOWN_LINE_KEY,
 * IDEMPOTENCY_CONFLICT, INVALID_TTL: nothing changes). Lines the op does not concern keep their
 * status; the reservation's status becomes the aggregate of its lines'.
 */
export function planTransition(res: ReservationDoc, req: TransitionRequest, now: Date): TransitionPlan {
  if (req.op === 'EXTEND') return planExtension(res, req.ttlSeconds, now);
  const reason = req.op === 'RELEASE' ? req.reason : req.op === 'EXPIRE' ? 'expired' : null;
  const keys = req.lineKeys ? [...new Set(req.lineKeys)].sort() : null;
  const hash = operationHash([req.op, keys, reason]);
  const replayed = replay(res, req.key, hash);
  if (replayed) return replayed;
  const concerned = keys ? linesByKey(res, keys) : linesConcerned(res, req.op);
  if (!Array.isArray(concerned)) return invalid(concerned);
  const moving: IndexedLine[] = [];
  for (const target of concerned) {
    if (target.line.status === TARGET[req.op]) continue;
    if (!nextStatus(target.line.status, req.op)) {
      const which = keys ? `line ${target.line.lineKey}` : 'reservation';
      return refuse(`cannot ${verb(req.op)} a ${target.line.status} ${which}`);
    }
    moving.push(target);
  }
  if (moving.length === 0) return { kind: 'unchanged' };
  const at = now.toISOString();
  if (req.op === 'EXPIRE' && (res.expiresAt === null || res.expiresAt > at)) {
    return refuse(res.expiresAt === null ? 'reservation does not expire' : 'reservation has not expired');
  }
  return moveLines(res, req.op, moving, at, reason, req.key ? { key: req.key, hash } : null);
}

/**
 * Re-route: release some ACTIVE or COMMITTED lines and hold new ACTIVE lines (at any location) in
 * one step. The plan's position updates are conditional like a reservation's, so the write holds
 * every new line or none; `demands` and `freed` explain a refusal. A line already released is left
 * as it is; new line keys must be new to the reservation (DUPLICATE_LINE_KEY); lines are only
 * added while the hold holds stock and has not expired. Idempotent by `key`. With
 * `allowSafetyStock`, `available` tells what each position has (null: not read), and the new lines
 * are split against it plus what the releases free there (`splitSafetyStock`).
 */
export function planReroute(
  res: ReservationDoc,
  req: RerouteRequest,
  now: Date,
  available: (levelId: string) => number | null = () => null,
): ReroutePlan {
  const normalized = req.add.length > 0 ? normalizeLines(req.add) : { ok: true as const, lines: [] as NewLine[] };
  if (!normalized.ok) return invalid(normalized);
  const release = [...new Set(req.release)].sort();
  const parts: unknown[] = ['REROUTE', release, normalized.lines, req.reason];
  if (req.allowSafetyStock) parts.push('allowSafetyStock');
  const hash = operationHash(parts);
  const replayed = replay(res, req.key, hash);
  if (replayed) return replayed;
  if (!holdsStock(res.status)) return refuse(`cannot re-route a ${res.status} reservation`);
  const at = now.toISOString();
  const named = linesByKey(res, release);
  if (!Array.isArray(named)) return invalid(named);
  const moving: IndexedLine[] = [];
  for (const target of named) {
    if (target.line.status === 'RELEASED') continue;
    if (!holdsStock(target.line.status))
      return refuse(`cannot release a ${target.line.status} line ${target.line.lineKey}`);
    moving.push(target);
  }
  const added = normalized.lines;
  if (added.length > 0 && res.expiresAt !== null && res.expiresAt <= at) return refuse('reservation has expired');
  const unfit = newLinesProblem(res, added);
  if (unfit) return invalid(unfit);
  if (moving.length === 0 && added.length === 0) return { kind: 'unchanged' };

  const released = moveLines(res, 'RELEASE', moving, at, moving.length > 0 ? req.reason : null, {
    key: req.key,
    hash,
  });
  const freed = new Map<string, number>();
  const freedSafety = new Map<string, number>();
  for (const { line } of moving) {
    const id = levelId(line.sku, line.locationId);
    const fromSafety = line.fromSafetyStock ?? 0;
    freed.set(id, (freed.get(id) ?? 0) + line.quantity - fromSafety);
    if (fromSafety > 0) freedSafety.set(id, (freedSafety.get(id) ?? 0) + fromSafety);
  }
  const held: ReservationLine[] = added.map((l) => ({ ...l, status: 'ACTIVE', releaseReason: null }));
  const newLines = req.allowSafetyStock
    ? splitSafetyStock(held, (id) => {
        const has = available(id);
        return has === null ? null : has + (freed.get(id) ?? 0);
      })
    : held;
  const lines = [...released.set.lines!, ...newLines];
  const addedIndexed = newLines.map((line, i) => ({ index: res.lines.length + i, line }));
  return {
    kind: 'apply',
    set: { ...released.set, lines, status: aggregateStatus(lines) },
    positions: positionChanges([
      ...moving.map(({ line }) => lineChange('RELEASE', line)),
      ...newLines.map((line) => lineChange('RESERVE', line)),
    ]),
    entries: [...released.entries, ...lineEntries(res, 'RESERVE', addedIndexed, at)],
    demands: positionDemands(added),
    freed,
    freedSafety,
  };
}
