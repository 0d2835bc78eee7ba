import type {
  InventoryMovementDoc,
  ReservationDoc,
  ReservationKind,
  ReservationLine,
  ReservationStatus,
  StateDelta,
} from '../model';
import { failure, type CatalogFailure } from './errors';
import { levelId } from './level-ops';
import { lineDelta, nextStatus, reservationEntries, type ReservationOp } from './reservation-lifecycle';

export const MAX_LINES = 100;
/** Finished reservations are kept this long (idempotent replays), then purged by the sweeper. */
export const RESERVATION_RETENTION_DAYS = 7;
export const MAX_LINE_QUANTITY = 10_000;
export const MIN_TTL_SECONDS = 10;
export const MAX_TTL_SECONDS = 7 * 24 * 3600;
export const DEFAULT_TTL_SECONDS: Record<ReservationKind, number> = {
  CART: 15 * 60,
  CHECKOUT: 10 * 60,
  ORDER: 24 * 3600,
  BOPIS: 48 * 3600,
  TRANSFER: 72 * 3600,
};

export type LinesCheck = { ok: true; lines: ReservationLine[] } | CatalogFailure;

/**
 * Validates and canonicalises requested lines: positive integer quantities, at most 100 lines,
 * duplicates of one (sku, location) merged, sorted by position so equal requests hash equally.
 * A bad line is INVALID_QUANTITY naming its sku and location.
 */
export function normalizeLines(lines: readonly ReservationLine[]): LinesCheck {
  if (lines.length === 0) return failure('INVALID_QUANTITY', 'at least one line is required');
  if (lines.length > MAX_LINES) return failure('INVALID_QUANTITY', `at most ${MAX_LINES} lines per reservation`);
  const merged = new Map<string, ReservationLine>();
  for (const line of lines) {
    const sku = line.sku.trim();
    const locationId = line.locationId.trim();
    const where = { sku, locationId };
    if (!sku || !locationId) return failure('INVALID_QUANTITY', 'every line needs a sku and a locationId', where);
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
      return failure('INVALID_QUANTITY', `quantity for ${sku} at ${locationId} must be a positive integer`, where);
    }
    const key = levelId(sku, locationId);
    const quantity = (merged.get(key)?.quantity ?? 0) + line.quantity;
    if (quantity > MAX_LINE_QUANTITY) {
      return failure('INVALID_QUANTITY', `at most ${MAX_LINE_QUANTITY} units per line`, where);
    }
    merged.set(key, { sku, locationId, quantity });
  }
  return { ok: true, lines: [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, l]) => l) };
}

export function validTtl(ttlSeconds: number): boolean {
  return Number.isInteger(ttlSeconds) && ttlSeconds >= MIN_TTL_SECONDS && ttlSeconds <= MAX_TTL_SECONDS;
}

/** The one TTL rule, for new holds and extensions alike. */
export function checkTtl(ttlSeconds: number): CatalogFailure | null {
  return validTtl(ttlSeconds)
    ? null
    : failure('INVALID_TTL', `ttlSeconds must be an integer in [${MIN_TTL_SECONDS}, ${MAX_TTL_SECONDS}]`);
}

/** A reservation request whose caller-chosen keys (idempotency key, owner) are already checked. */
export interface ReservationRequest {
  kind: ReservationKind;
  ownerId: string;
  idempotencyKey: string;
  lines: readonly ReservationLine[];
  /** Defaults by kind. */
  ttlSeconds?: number | null;
}

export type ReservationPlan =
  { ok: true; reservation: ReservationDoc; entries: InventoryMovementDoc[] } | CatalogFailure;

/** A new ACTIVE reservation and its RESERVE ledger entries, or why the request is refused. */
export function planReservation(req: ReservationRequest, now: Date): ReservationPlan {
  const ttlSeconds = req.ttlSeconds ?? DEFAULT_TTL_SECONDS[req.kind];
  const badTtl = checkTtl(ttlSeconds);
  if (badTtl) return badTtl;
  const normalized = normalizeLines(req.lines);
  if (!normalized.ok) return normalized;
  const at = now.toISOString();
  const reservation: ReservationDoc = {
    _id: reservationIdFor(req.idempotencyKey),
    kind: req.kind,
    ownerId: req.ownerId,
    idempotencyKey: req.idempotencyKey,
    requestHash: reservationRequestHash(req.kind, req.ownerId, normalized.lines, ttlSeconds),
    status: 'ACTIVE',
    lines: normalized.lines,
    expiresAt: new Date(now.getTime() + ttlSeconds * 1000).toISOString(),
    releaseReason: null,
    createdAt: at,
    updatedAt: at,
  };
  return { ok: true, reservation, entries: reservationEntries(reservation, 'RESERVE', null, at) };
}

/** A second request under a used idempotency key: the same request replays, another conflicts. */
export function reservationReplay(existing: ReservationDoc, requestHash: string): CatalogFailure | null {
  return existing.requestHash === requestHash
    ? null
    : failure('IDEMPOTENCY_CONFLICT', 'idempotencyKey was already used for a different reservation');
}

export interface Shortfall {
  sku: string;
  locationId: string;
  requested: number;
  available: number;
}

export type InsufficientStock = { ok: false; code: 'INSUFFICIENT_STOCK'; message: string; shortfalls: Shortfall[] };

/**
 * Why a reservation's atomic write was refused. `problemOf` tells what is wrong with a line's
 * position (unknown SKU, unknown location, not stocked there), `availableOf` its current
 * available units. The first bad line in request order wins; otherwise every short line is a
 * shortfall. Null: nothing is wrong any more (stock came back), worth another try.
 */
export function explainRefusal(
  requested: readonly ReservationLine[],
  merged: readonly ReservationLine[],
  problemOf: (line: ReservationLine) => CatalogFailure | null,
  availableOf: (line: ReservationLine) => number,
): CatalogFailure | InsufficientStock | null {
  for (const line of requested) {
    const problem = problemOf({ sku: line.sku.trim(), locationId: line.locationId.trim(), quantity: line.quantity });
    if (problem) return problem;
  }
  const order = new Map(requested.map((l, i) => [levelId(l.sku.trim(), l.locationId.trim()), i] as const));
  const shortfalls = merged
    .map((l) => ({ sku: l.sku, locationId: l.locationId, requested: l.quantity, available: availableOf(l) }))
    .filter((s) => s.available < s.requested)
    .sort((a, b) => order.get(levelId(a.sku, a.locationId))! - order.get(levelId(b.sku, b.locationId))!);
  if (shortfalls.length === 0) return null;
  return { ok: false, code: 'INSUFFICIENT_STOCK', message: `${shortfalls.length} line(s) short`, shortfalls };
}

/**
 * A reservation's id is its idempotency key, encoded: a retry lands on the same document, and
 * distinct keys can never collide (no hashing on the hot path).
 */
export function reservationIdFor(idempotencyKey: string): string {
  return `res_${Buffer.from(idempotencyKey, 'utf8').toString('base64url')}`;
}

/**
 * Fingerprint of a reservation request, compared only between requests that share an idempotency
 * key. A 53-bit non-cryptographic hash is enough for that (a false "same request" needs a collision
 * between two requests under one key) and keeps the reservation hot path cheap.
 */
export function reservationRequestHash(
  kind: ReservationKind,
  ownerId: string,
  lines: ReservationLine[],
  ttlSeconds: number,
): string {
  return cyrb53(JSON.stringify([kind, ownerId, ttlSeconds, lines])).toString(36);
}

/** cyrb53 (public domain): a fast 53-bit string hash with good avalanche. */
function cyrb53(str: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Where each op leads: a reservation already there replays the op unchanged. */
const TARGET: Record<ReservationOp, ReservationStatus | null> = {
  COMMIT: 'COMMITTED',
  RELEASE: 'RELEASED',
  EXPIRE: 'EXPIRED',
  SHIP: 'SHIPPED',
  EXTEND: null,
};

export type TransitionRequest =
  { op: 'COMMIT' | 'SHIP' | 'EXPIRE' } | { op: 'RELEASE'; reason: string } | { op: 'EXTEND'; ttlSeconds: number };

export type TransitionPlan =
  | {
      kind: 'apply';
      /** Fields of the reservation to set (status, updatedAt, and releaseReason or expiresAt). */
      set: Partial<ReservationDoc>;
      /** The change of each position the reservation holds (none for an extension). */
      positions: { levelId: string; delta: StateDelta }[];
      entries: InventoryMovementDoc[];
    }
  | { kind: 'unchanged' }
  | { kind: 'invalid'; failure: CatalogFailure };

/**
 * What a transition does to `res` at `now`: apply it, replay it unchanged (the reservation is
 * already where the op leads: retries are idempotent), or refuse it (INVALID_TRANSITION or
 * INVALID_TTL, nothing changes). The write must compare-and-set the status and expiry it was
 * planned from.
 */
export function planTransition(res: ReservationDoc, req: TransitionRequest, now: Date): TransitionPlan {
  const invalid = (f: CatalogFailure): TransitionPlan => ({ kind: 'invalid', failure: f });
  if (req.op === 'EXTEND') {
    const badTtl = checkTtl(req.ttlSeconds);
    if (badTtl) return invalid(badTtl);
  }
  const next = nextStatus(res.status, req.op);
  if (!next) {
    if (res.status === TARGET[req.op]) return { kind: 'unchanged' };
    return invalid(failure('INVALID_TRANSITION', `cannot ${req.op.toLowerCase()} a ${res.status} reservation`));
  }
  const at = now.toISOString();
  if (req.op === 'EXPIRE' && res.expiresAt > at) {
    return invalid(failure('INVALID_TRANSITION', 'reservation has not expired'));
  }
  if (req.op === 'EXTEND' && res.expiresAt <= at) {
    return invalid(failure('INVALID_TRANSITION', 'reservation has expired'));
  }
  const set: Partial<ReservationDoc> = { status: next, updatedAt: at };
  if (req.op === 'RELEASE') set.releaseReason = req.reason;
  if (req.op === 'EXPIRE') set.releaseReason = 'expired';
  if (req.op === 'EXTEND') set.expiresAt = new Date(now.getTime() + req.ttlSeconds * 1000).toISOString();
  if (req.op === 'EXTEND') return { kind: 'apply', set, positions: [], entries: [] };
  return {
    kind: 'apply',
    set,
    positions: res.lines.map((l) => ({
      levelId: levelId(l.sku, l.locationId),
      delta: lineDelta(req.op, res.status, l.quantity),
    })),
    entries: reservationEntries(res, req.op, res.status, at, set.releaseReason ?? null),
  };
}
