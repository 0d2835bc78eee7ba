import type { ReservationKind, ReservationLine, ReservationStatus, StateDelta } from '../model';
import { levelId } from './level-ops';

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

export type LinesCheck = { ok: true; lines: ReservationLine[] } | { ok: false; message: string };

/**
 * Validates and canonicalises requested lines: positive integer quantities, at most 100 lines,
 * duplicates of one (sku, location) merged, sorted by position so equal requests hash equally.
 */
export function normalizeLines(lines: readonly ReservationLine[]): LinesCheck {
  if (lines.length === 0) return { ok: false, message: 'at least one line is required' };
  if (lines.length > MAX_LINES) return { ok: false, message: `at most ${MAX_LINES} lines per reservation` };
  const merged = new Map<string, ReservationLine>();
  for (const line of lines) {
    const sku = line.sku.trim();
    const locationId = line.locationId.trim();
    if (!sku || !locationId) return { ok: false, message: 'every line needs a sku and a locationId' };
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
      return { ok: false, message: `quantity for ${sku} at ${locationId} must be a positive integer` };
    }
    const key = levelId(sku, locationId);
    const quantity = (merged.get(key)?.quantity ?? 0) + line.quantity;
    if (quantity > MAX_LINE_QUANTITY) return { ok: false, message: `at most ${MAX_LINE_QUANTITY} units per line` };
    merged.set(key, { sku, locationId, quantity });
  }
  return { ok: true, lines: [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, l]) => l) };
}

export function validTtl(ttlSeconds: number): boolean {
  return Number.isInteger(ttlSeconds) && ttlSeconds >= MIN_TTL_SECONDS && ttlSeconds <= MAX_TTL_SECONDS;
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

export type ReservationOp = 'COMMIT' | 'RELEASE' | 'EXPIRE' | 'SHIP' | 'EXTEND';

const TRANSITIONS: Record<ReservationOp, Partial<Record<ReservationStatus, ReservationStatus>>> = {
  COMMIT: { ACTIVE: 'COMMITTED' },
  RELEASE: { ACTIVE: 'RELEASED', COMMITTED: 'RELEASED' },
  EXPIRE: { ACTIVE: 'EXPIRED' },
  SHIP: { COMMITTED: 'SHIPPED' },
  EXTEND: { ACTIVE: 'ACTIVE' },
};

/** The status after `op`, or null when `op` is not allowed from `from` (a typed error; nothing changes). */
export function nextStatus(from: ReservationStatus, op: ReservationOp): ReservationStatus | null {
  return TRANSITIONS[op][from] ?? null;
}

/** What `op` does to one line's position, given the reservation's status before it. */
export function lineDelta(op: ReservationOp | 'RESERVE', from: ReservationStatus | null, quantity: number): StateDelta {
  switch (op) {
    case 'RESERVE':
      return { reserved: quantity };
    case 'COMMIT':
      return { reserved: -quantity, committed: quantity };
    case 'RELEASE':
      return from === 'COMMITTED' ? { committed: -quantity } : { reserved: -quantity };
    case 'EXPIRE':
      return { reserved: -quantity };
    case 'SHIP':
      return { committed: -quantity, onHand: -quantity };
    case 'EXTEND':
      return {};
  }
}
