import type { IncomingStock } from '../model';
import { failure, type CatalogFailure } from './errors';
import { MAX_UNITS } from './level-ops';

/** Most expected deliveries one position keeps (purchase orders, transfers in transit). */
export const MAX_INCOMING_PER_POSITION = 50;
export const MAX_REFERENCE_LENGTH = 100;
/** How far ahead a delivery may be expected. */
export const MAX_DAYS_AHEAD = 366;
const DAY_MS = 86_400_000;

/** An incoming entry as read: every entry has its reference (old documents get a generated one). */
export type IncomingEntry = Required<IncomingStock>;

/**
 * A position's incoming stock as read, soonest first (ties by reference). Entries stored before
 * references existed read as `INCOMING-<n>` (n: their place in the stored list, from 1); the first
 * change of the list stores those references, so an old entry can be named until it is received.
 */
export function incomingEntries(stored: readonly IncomingStock[] | undefined): IncomingEntry[] {
  return (stored ?? [])
    .map((e, i) => ({ reference: e.reference ?? `INCOMING-${i + 1}`, quantity: e.quantity, expectedAt: e.expectedAt }))
    .sort((a, b) =>
      a.expectedAt === b.expectedAt ? compare(a.reference, b.reference) : compare(a.expectedAt, b.expectedAt),
    );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A PO / ASN number: trimmed, 1..100 characters, else INVALID_REFERENCE naming the position. */
export function checkReference(raw: string, where: { sku: string; locationId: string }): string | CatalogFailure {
  const reference = raw.trim();
  if (reference.length === 0 || reference.length > MAX_REFERENCE_LENGTH) {
    return failure('INVALID_REFERENCE', `reference must be 1..${MAX_REFERENCE_LENGTH} characters`, where);
  }
  return reference;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * An ISO 8601 date-time with a time zone (`2026-12-01T09:00:00Z`, `2026-12-01T10:00+01:00`) as UTC
 * milliseconds, or null when it is not one or names a day or time that does not exist.
 */
export function parseDateTime(text: string): number | null {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const local = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  const exists =
    local.getUTCFullYear() === y && local.getUTCMonth() === mo - 1 && local.getUTCDate() === d && h < 24 && mi < 60;
  if (!exists || s > 59) return null;
  const offset = m[8] === 'Z' ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60_000;
  return local.getTime() - offset;
}

/** What a purchase order or transfer says is on its way to one position. */
export interface Expectation {
  reference: string;
  /** 0..1,000,000; 0 removes the entry. */
  quantity: number;
  /** ISO 8601 date-time, at most 366 days ahead (a date already passed is an overdue delivery). */
  expectedAt: string;
}

export type ExpectationPlan = { ok: true; incoming: IncomingStock[]; changed: boolean } | CatalogFailure;

/**
 * The position's incoming list after `req`: the entry with its reference is added, or replaced
 * (an updated ASN: new quantity and date), or removed by quantity 0. Bad input is a typed failure
 * naming the position: INVALID_REFERENCE, INVALID_QUANTITY, INVALID_EXPECTED_AT; a 51st entry is
 * INCOMING_LIMIT_EXCEEDED. `changed` is false when the list stays as it was (a repeat).
 */
export function planExpectation(
  stored: readonly IncomingStock[] | undefined,
  req: Expectation,
  where: { sku: string; locationId: string },
  now: Date,
): ExpectationPlan {
  const reference = checkReference(req.reference, where);
  if (typeof reference !== 'string') return reference;
  if (!Number.isInteger(req.quantity) || req.quantity < 0 || req.quantity > MAX_UNITS) {
    return failure('INVALID_QUANTITY', `quantity must be an integer in [0, ${MAX_UNITS}]`, where);
  }
  const at = parseDateTime(req.expectedAt);
  if (at === null) {
    return failure('INVALID_EXPECTED_AT', 'expectedAt must be an ISO 8601 date-time with a time zone', where);
  }
  if (at > now.getTime() + MAX_DAYS_AHEAD * DAY_MS) {
    return failure('INVALID_EXPECTED_AT', `expectedAt must be at most ${MAX_DAYS_AHEAD} days ahead`, where);
  }
  const current = incomingEntries(stored);
  const others = current.filter((e) => e.reference !== reference);
  const incoming =
    req.quantity === 0
      ? others
      : incomingEntries([...others, { reference, quantity: req.quantity, expectedAt: new Date(at).toISOString() }]);
  if (incoming.length > MAX_INCOMING_PER_POSITION) {
    return failure(
      'INCOMING_LIMIT_EXCEEDED',
      `a position keeps at most ${MAX_INCOMING_PER_POSITION} incoming deliveries; receive or remove one first`,
      where,
    );
  }
  const changed = JSON.stringify(incoming) !== JSON.stringify(stored ?? []);
  return { ok: true, incoming, changed };
}

/**
 * The incoming list after `quantity` units of the delivery `reference` were received: its entry
 * goes down by them and is removed at 0 or below (more arrived than announced). A reference the
 * position does not expect is UNKNOWN_INCOMING_REFERENCE.
 */
export function receiveAgainst(
  stored: readonly IncomingStock[] | undefined,
  reference: string,
  quantity: number,
  where: { sku: string; locationId: string },
): { ok: true; incoming: IncomingStock[] } | CatalogFailure {
  const current = incomingEntries(stored);
  const entry = current.find((e) => e.reference === reference);
  if (!entry) {
    return failure(
      'UNKNOWN_INCOMING_REFERENCE',
      `${where.locationId} expects no delivery ${reference} of ${where.sku}`,
      where,
    );
  }
  const left = entry.quantity - quantity;
  return {
    ok: true,
    incoming: current.flatMap((e) => (e !== entry ? [e] : left > 0 ? [{ ...e, quantity: left }] : [])),
  };
}
