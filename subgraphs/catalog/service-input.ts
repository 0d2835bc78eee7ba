import { badInput } from '../../platform/errors';
import { MAX_KEY_LENGTH, requireKey } from '../../platform/validation';
import { MAX_RESERVATION_LINES } from './domain/reservations';
import type { ReservationLineRequest } from './model';

/**
 * The argument rules of the reservation use cases: malformed arguments are client bugs, answered
 * with BAD_USER_INPUT naming the field (business refusals are typed results, decided in domain/).
 * Caller-chosen keys (line keys, idempotency keys) follow the one rule of `requireKey`.
 */

/** Requested lines with their optional keys checked (trimmed, 1..200 characters). */
export function checkedLines(lines: readonly ReservationLineRequest[], field = 'lines'): ReservationLineRequest[] {
  return lines.map((l) => (l.lineKey == null ? l : { ...l, lineKey: requireKey(l.lineKey, `${field}.lineKey`) }));
}

/** A list of line keys: null when omitted (every line), else 1..400 keys. */
export function checkedLineKeys(keys: readonly string[] | null | undefined, field = 'lineKeys'): string[] | null {
  if (keys == null) return null;
  if (keys.length === 0 || keys.length > MAX_RESERVATION_LINES) {
    throw badInput(`${field} must name 1..${MAX_RESERVATION_LINES} lines (omit it for every line)`, field);
  }
  return keys.map((k) => requireKey(k, field));
}

/** An optional idempotency key: absent, or 1..200 characters. */
export function optionalKey(key: string | null | undefined, field = 'idempotencyKey'): string | null {
  return key == null ? null : requireKey(key, field);
}

/** A free-text reason: trimmed, `fallback` when empty, at most 200 characters. */
export function reasonOf(raw: string | null | undefined, fallback: string): string {
  const reason = raw?.trim() ?? '';
  if (reason.length > MAX_KEY_LENGTH) throw badInput(`reason must be at most ${MAX_KEY_LENGTH} characters`, 'reason');
  return reason || fallback;
}

/** An optional free-text reason: trimmed, null when empty, at most 200 characters. */
export function optionalReason(raw: string | null | undefined): string | null {
  return reasonOf(raw, '') || null;
}

/** A re-route's lists: release 0..400 keys, add 0..100 lines (domain/), at least one line in all. */
export function checkedReroute(release: readonly string[] | null | undefined, add: readonly ReservationLineRequest[]) {
  const keys = release == null || release.length === 0 ? [] : checkedLineKeys(release, 'release')!;
  if (keys.length === 0 && add.length === 0) throw badInput('release or add must name at least one line', 'release');
  return { release: keys, add: checkedLines(add, 'add') };
}
