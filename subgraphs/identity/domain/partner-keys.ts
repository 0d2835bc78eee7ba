import { createHash, timingSafeEqual } from 'node:crypto';
import { SALES_CHANNELS, type SalesChannel } from '../../../platform/shared/commerce';
import type { PartnerKeyDoc, RateBudget } from '../model';

/**
 * Partner API keys: what a key looks like, how its secret is kept, and what a key may grant.
 *
 * A key is `cgk_<keyId>_<secret>`: `keyId` (`pk_` + 16 lower-case hex or letters) names the stored
 * key, `secret` is 32 random bytes in base64url (43 characters). Only the SHA-256 of the secret is
 * stored: 256 random bits cannot be guessed, so a slow password hash would add nothing but latency
 * to every partner request. Comparison is constant-time.
 */
export const KEY_PREFIX = 'cgk_';
const KEY_FORMAT = /^cgk_(pk_[a-z0-9]{16})_([A-Za-z0-9_-]{43})$/;

/** The documented limits of a key's settings (docs/security.md "Partner keys"). */
export const PARTNER_KEY_LIMITS = {
  nameLength: 100,
  scopes: 20,
  fields: 500,
  fieldLength: 200,
  maximumAvailable: { min: 100, max: 1_000_000 },
  restoreRate: { min: 1, max: 100_000 },
  /** How long a rotated-out secret may keep working (7 days). */
  graceSeconds: 604_800,
  /** Keys one partner may hold, active or revoked (revoked keys stay listed for the audit trail). */
  keysPerPartner: 50,
  /** The most keys one `partnerKeys` call returns. */
  listMax: 100,
} as const;

/** A field coordinate of the contract: `Type.field`, or `Type.*` for every field of a type. */
const COORDINATE = /^[A-Za-z_][A-Za-z0-9_]*\.([A-Za-z_][A-Za-z0-9_]*|\*)$/;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The key string a partner presents. */
export function formatKey(keyId: string, secret: string): string {
  return `${KEY_PREFIX}${keyId}_${secret}`;
}

/** `{ keyId, secretHash }` of a presented key, or null when it is not shaped like one. */
export function parseKey(raw: string): { keyId: string; secretHash: string } | null {
  const m = KEY_FORMAT.exec(raw);
  return m ? { keyId: m[1]!, secretHash: hashSecret(m[2]!) } : null;
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/**
 * Whether `secretHash` opens `key` at `now`: an active key's current secret, or its previous one
 * while the rotation's grace period lasts. A revoked key opens with nothing.
 */
export function opens(key: PartnerKeyDoc, secretHash: string, now: Date): boolean {
  if (key.status !== 'ACTIVE') return false;
  if (sameHash(key.secretHash, secretHash)) return true;
  return Boolean(
    key.previous && Date.parse(key.previous.expiresAt) > now.getTime() && sameHash(key.previous.secretHash, secretHash),
  );
}

export interface PartnerKeySettings {
  name: string;
  scopes: readonly string[];
  channels: readonly SalesChannel[];
  fields: readonly string[];
  rateBudget: RateBudget;
}

export type SettingsCheck =
  | { ok: true; settings: PartnerKeySettings }
  | { ok: false; code: 'INVALID_PARTNER_KEY_INPUT' | 'SCOPE_NOT_GRANTED'; field: string; message: string };

const invalid = (field: string, message: string): SettingsCheck => ({
  ok: false,
  code: 'INVALID_PARTNER_KEY_INPUT',
  field,
  message,
});

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

function inRange(value: number, range: { min: number; max: number }): boolean {
  return Number.isInteger(value) && value >= range.min && value <= range.max;
}

/**
 * A key's settings, checked: a name; scopes among those the partner itself was granted (a key
 * never grants more than its partner holds); at least one sales channel; a non-empty field
 * contract of `Type.field` / `Type.*` coordinates; a rate budget within the documented bounds.
 * Duplicates are dropped; the first failure is reported and nothing is built.
 */
export function checkSettings(
  input: {
    name: string;
    scopes: readonly string[];
    channels: readonly string[];
    fields: readonly string[];
    rateBudget: RateBudget;
  },
  partnerScopes: readonly string[],
): SettingsCheck {
  const L = PARTNER_KEY_LIMITS;
  const name = input.name.trim();
  if (!name || name.length > L.nameLength) return invalid('name', `name must be 1 to ${L.nameLength} characters`);
  const scopes = unique(input.scopes);
  if (scopes.length === 0 || scopes.length > L.scopes)
    return invalid('scopes', `scopes must hold 1 to ${L.scopes} scopes`);
  const notGranted = scopes.find((s) => !partnerScopes.includes(s));
  if (notGranted !== undefined) {
    return {
      ok: false,
      code: 'SCOPE_NOT_GRANTED',
      field: 'scopes',
      message: `scope "${notGranted.slice(0, 60)}" is not granted to this partner`,
    };
  }
  const channels = unique(input.channels);
  if (channels.length === 0) return invalid('channels', 'channels must name at least one sales channel');
  const unknownChannel = channels.find((c) => !(SALES_CHANNELS as readonly string[]).includes(c));
  if (unknownChannel !== undefined)
    return invalid('channels', `unknown sales channel "${unknownChannel.slice(0, 30)}"`);
  const fields = unique(input.fields);
  if (fields.length === 0 || fields.length > L.fields)
    return invalid('fields', `fields must hold 1 to ${L.fields} coordinates`);
  const badField = fields.find((f) => f.length > L.fieldLength || !COORDINATE.test(f));
  if (badField !== undefined) {
    return invalid('fields', `"${badField.slice(0, 60)}" is not a field coordinate (Type.field or Type.*)`);
  }
  const { maximumAvailable, restoreRate } = input.rateBudget;
  if (!inRange(maximumAvailable, L.maximumAvailable)) {
    return invalid(
      'rateBudget.maximumAvailable',
      `maximumAvailable must be an integer from ${L.maximumAvailable.min} to ${L.maximumAvailable.max}`,
    );
  }
  if (!inRange(restoreRate, L.restoreRate)) {
    return invalid(
      'rateBudget.restoreRate',
      `restoreRate must be an integer from ${L.restoreRate.min} to ${L.restoreRate.max}`,
    );
  }
  return {
    ok: true,
    settings: {
      name,
      scopes,
      channels: channels as SalesChannel[],
      fields,
      rateBudget: { maximumAvailable, restoreRate },
    },
  };
}

/** A rotation's grace period in seconds, or a message when it is out of bounds. */
export function checkGrace(graceSeconds: number): string | null {
  return Number.isInteger(graceSeconds) && graceSeconds >= 0 && graceSeconds <= PARTNER_KEY_LIMITS.graceSeconds
    ? null
    : `graceSeconds must be an integer from 0 to ${PARTNER_KEY_LIMITS.graceSeconds}`;
}
