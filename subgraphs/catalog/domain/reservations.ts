import type {
  InventoryMovementDoc,
  ReservationDoc,
  ReservationKind,
  ReservationLine,
  ReservationLineRequest,
} from '../model';
import { failure, type CatalogFailure } from './errors';
import { levelId } from './level-ops';
import { reservationEntries } from './reservation-lifecycle';

/** Most lines one request may hold (a reservation, or the lines a re-route adds). */
export const MAX_LINES = 100;
/**
 * Most lines one reservation may have over its life (re-routes append lines). A transition of all
 * of them is one atomic batch of the reservation, a position update and a ledger entry per line,
 * which must stay within the store's 1,000 operations per batch.
 */
export const MAX_RESERVATION_LINES = 400;
/** Finished reservations are kept this long (idempotent replays), then purged by the sweeper. */
export const RESERVATION_RETENTION_DAYS = 7;
export const MAX_LINE_QUANTITY = 10_000;
export const MIN_TTL_SECONDS = 10;
export const MAX_TTL_SECONDS = 7 * 24 * 3600;
/**
 * Hold duration when a request names none. An ORDER hold has none: it lasts while the order's
 * fulfillment orders are open and ends by commit, ship, release or re-route, never by expiry.
 */
export const DEFAULT_TTL_SECONDS: Record<ReservationKind, number | null> = {
  CART: 15 * 60,
  CHECKOUT: 10 * 60,
  ORDER: null,
  BOPIS: 48 * 3600,
  TRANSFER: 72 * 3600,
};

/** A line of a request, validated: its key resolved, sku and location trimmed. */
export type NewLine = Omit<ReservationLine, 'status' | 'releaseReason'>;

export type LinesCheck = { ok: true; lines: NewLine[] } | CatalogFailure;

/** The key a line gets when the request names none: its position. */
export function defaultLineKey(sku: string, locationId: string): string {
  return levelId(sku, locationId);
}

/**
 * Validates and canonicalises requested lines (whose `lineKey`s, when given, are already checked
 * as caller-chosen keys): positive integer quantities, 1..100 lines, sorted by key so equal
 * requests hash equally. Lines without a key get `${sku}@${locationId}`; several such lines of one
 * position are merged (as before line keys existed), while a key given explicitly must be unique
 * (DUPLICATE_LINE_KEY), so two lines of one position with their own keys stay two lines. A bad line
 * is INVALID_QUANTITY naming its sku and location.
 */
export function normalizeLines(lines: readonly ReservationLineRequest[]): LinesCheck {
  if (lines.length === 0) return failure('INVALID_QUANTITY', 'at least one line is required');
  if (lines.length > MAX_LINES) return failure('INVALID_QUANTITY', `at most ${MAX_LINES} lines per request`);
  const byKey = new Map<string, NewLine & { explicit: boolean }>();
  for (const line of lines) {
    const sku = line.sku.trim();
    const locationId = line.locationId.trim();
    const where = { sku, locationId };
    if (!sku || !locationId) return failure('INVALID_QUANTITY', 'every line needs a sku and a locationId', where);
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
      return failure('INVALID_QUANTITY', `quantity for ${sku} at ${locationId} must be a positive integer`, where);
    }
    const explicit = line.lineKey != null;
    const lineKey = explicit ? line.lineKey!.trim() : defaultLineKey(sku, locationId);
    const seen = byKey.get(lineKey);
    if (seen && (explicit || seen.explicit)) {
      return failure('DUPLICATE_LINE_KEY', `line key ${lineKey} is used by more than one line`, where);
    }
    const quantity = (seen?.quantity ?? 0) + line.quantity;
    if (quantity > MAX_LINE_QUANTITY) {
      return failure('INVALID_QUANTITY', `at most ${MAX_LINE_QUANTITY} units per line`, where);
    }
    byKey.set(lineKey, { lineKey, sku, locationId, quantity, explicit });
  }
  return {
    ok: true,
    lines: [...byKey.values()]
      .sort((a, b) => (a.lineKey < b.lineKey ? -1 : 1))
      .map(({ lineKey, sku, locationId, quantity }) => ({ lineKey, sku, locationId, quantity })),
  };
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

/** A reservation request whose caller-chosen keys (idempotency key, owner, line keys) are already checked. */
export interface ReservationRequest {
  kind: ReservationKind;
  ownerId: string;
  idempotencyKey: string;
  lines: readonly ReservationLineRequest[];
  /** Defaults by kind (`DEFAULT_TTL_SECONDS`; none for ORDER). */
  ttlSeconds?: number | null;
  /** Lines may take safety stock once available is used up (`splitSafetyStock`). */
  allowSafetyStock?: boolean | null;
  /** A hold whose units this reservation takes over (domain/reservation-replacement.ts). */
  replaces?: { reservationId: string; ownerId: string } | null;
}

export type ReservationPlan =
  { ok: true; reservation: ReservationDoc; entries: InventoryMovementDoc[] } | CatalogFailure;

/**
 * A new reservation with every line ACTIVE and its RESERVE ledger entries, or why the request is
 * refused. Every line takes its units from `available`; a hold that may take safety stock is split
 * later, against the positions as read (`holdWithSafetyStock`), when `available` is short.
 */
export function planReservation(req: ReservationRequest, now: Date): ReservationPlan {
  const ttlSeconds = req.ttlSeconds ?? DEFAULT_TTL_SECONDS[req.kind];
  if (ttlSeconds !== null) {
    const badTtl = checkTtl(ttlSeconds);
    if (badTtl) return badTtl;
  }
  const normalized = normalizeLines(req.lines);
  if (!normalized.ok) return normalized;
  const at = now.toISOString();
  const reservation: ReservationDoc = {
    _id: reservationIdFor(req.idempotencyKey),
    kind: req.kind,
    ownerId: req.ownerId,
    idempotencyKey: req.idempotencyKey,
    requestHash: reservationRequestHash(
      req.kind,
      req.ownerId,
      normalized.lines,
      ttlSeconds,
      req.allowSafetyStock === true,
      req.replaces ?? null,
    ),
    status: 'ACTIVE',
    // Written out, not spread: this is the reservation hot path, and a literal of one shape is cheaper.
    lines: normalized.lines.map((l) => ({
      lineKey: l.lineKey,
      sku: l.sku,
      locationId: l.locationId,
      quantity: l.quantity,
      status: 'ACTIVE',
      releaseReason: null,
    })),
    expiresAt: ttlSeconds === null ? null : new Date(now.getTime() + ttlSeconds * 1000).toISOString(),
    releaseReason: null,
    revision: 0,
    operations: [],
    createdAt: at,
    updatedAt: at,
  };
  return { ok: true, reservation, entries: reservationEntries(reservation, at) };
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

/** Units asked of one position, over every line that names it. */
export interface PositionDemand {
  sku: string;
  locationId: string;
  quantity: number;
}

/** The units `lines` ask of each position, in first-mention order. */
export function positionDemands(
  lines: readonly { sku: string; locationId: string; quantity: number }[],
): PositionDemand[] {
  const byId = new Map<string, PositionDemand>();
  for (const l of lines) {
    const id = levelId(l.sku, l.locationId);
    const seen = byId.get(id);
    if (seen) seen.quantity += l.quantity;
    else byId.set(id, { sku: l.sku, locationId: l.locationId, quantity: l.quantity });
  }
  return [...byId.values()];
}

/**
 * Why a reservation's (or a re-route's) atomic write was refused. `problemOf` tells what is wrong
 * with a line's position (unknown SKU, unknown location, not stocked there), `availableOf` the units
 * a position has for this request. The first bad line in request order wins; otherwise every short
 * position is a shortfall (the sum of its lines against what it has). Null: nothing is wrong any
 * more (stock came back), worth another try.
 */
export function explainRefusal(
  requested: readonly ReservationLineRequest[],
  demands: readonly PositionDemand[],
  problemOf: (line: { sku: string; locationId: string }) => CatalogFailure | null,
  availableOf: (position: PositionDemand) => number,
): CatalogFailure | InsufficientStock | null {
  for (const line of requested) {
    const problem = problemOf({ sku: line.sku.trim(), locationId: line.locationId.trim() });
    if (problem) return problem;
  }
  const order = new Map<string, number>();
  requested.forEach((l, i) => {
    const id = levelId(l.sku.trim(), l.locationId.trim());
    if (!order.has(id)) order.set(id, i);
  });
  const shortfalls = demands
    .map((d) => ({ sku: d.sku, locationId: d.locationId, requested: d.quantity, available: availableOf(d) }))
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
 * between two requests under one key) and keeps the reservation hot path cheap. A line whose key is
 * its default is hashed as it was before line keys existed, and `allowSafetyStock` and `replaces`
 * only when set, so such requests keep their fingerprint.
 */
export function reservationRequestHash(
  kind: ReservationKind,
  ownerId: string,
  lines: readonly NewLine[],
  ttlSeconds: number | null,
  allowSafetyStock = false,
  replaces: { reservationId: string; ownerId: string } | null = null,
): string {
  const shown = lines.map(({ lineKey, sku, locationId, quantity }) =>
    lineKey === defaultLineKey(sku, locationId)
      ? { sku, locationId, quantity }
      : { lineKey, sku, locationId, quantity },
  );
  const parts: unknown[] = [kind, ownerId, ttlSeconds, shown];
  if (allowSafetyStock) parts.push('allowSafetyStock');
  if (replaces) parts.push(['replaces', replaces.reservationId, replaces.ownerId]);
  return cyrb53(JSON.stringify(parts)).toString(36);
}

/** Fingerprint of a keyed transition or re-route (the same key must carry the same request). */
export function operationHash(parts: readonly unknown[]): string {
  return cyrb53(JSON.stringify(parts)).toString(36);
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
