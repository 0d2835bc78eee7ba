import { badInput } from './errors';

/** Longest idempotency key, source event id or owner id accepted anywhere. */
export const MAX_KEY_LENGTH = 200;

/**
 * The one rule for caller-chosen keys (idempotency keys, source event ids, owner ids): trimmed,
 * 1..200 characters. Anything else is a client bug, answered with BAD_USER_INPUT naming `field`.
 */
export function requireKey(value: string, field: string): string {
  const key = value.trim();
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw badInput(`${field} must be 1..${MAX_KEY_LENGTH} characters`, field);
  }
  return key;
}
