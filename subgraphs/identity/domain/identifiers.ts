import type { IdentifierType } from '../model';

export type NormalizeResult = { ok: true; value: string } | { ok: false; reason: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const E164 = /^\+[1-9]\d{7,14}$/;
const LOYALTY = /^[A-Z0-9-]{4,40}$/;

/**
 * Normalises an identifier so that the same real-world identifier always maps to the same
 * key: e-mail lower-cased, phone to E.164 (French national `0X…` numbers become `+33X…`),
 * loyalty cards upper-cased; everything trimmed.
 */
export function normalizeIdentifier(type: IdentifierType, raw: string): NormalizeResult {
  const value = raw.trim();
  if (value.length === 0) return { ok: false, reason: 'must not be empty' };
  if (value.length > 200) return { ok: false, reason: 'must be at most 200 characters' };
  switch (type) {
    case 'EMAIL': {
      const email = value.toLowerCase();
      return EMAIL.test(email) ? { ok: true, value: email } : { ok: false, reason: 'is not a valid e-mail address' };
    }
    case 'PHONE': {
      let phone = value.replace(/[\s.\-()]/g, '');
      if (phone.startsWith('00')) phone = `+${phone.slice(2)}`;
      else if (/^0[1-9]\d{8}$/.test(phone)) phone = `+33${phone.slice(1)}`;
      return E164.test(phone) ? { ok: true, value: phone } : { ok: false, reason: 'is not a valid phone number' };
    }
    case 'LOYALTY_CARD': {
      const card = value.toUpperCase().replace(/\s/g, '');
      return LOYALTY.test(card)
        ? { ok: true, value: card }
        : { ok: false, reason: 'is not a valid loyalty card number' };
    }
    default:
      return { ok: true, value };
  }
}

export function identifierKey(type: IdentifierType, normalizedValue: string): string {
  return `${type}:${normalizedValue}`;
}
