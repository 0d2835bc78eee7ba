import type { SalesChannel } from '../../../platform/shared/commerce';
import type { CustomerDoc, CustomerIdentifier, IdentifierType } from '../model';
import { normalizeIdentifier } from './identifiers';

export interface IdentifierInput {
  type: IdentifierType;
  value: string;
}

export interface RegistrationInput {
  firstName: string;
  lastName: string;
  identifiers: readonly IdentifierInput[];
  source: SalesChannel;
  marketingOptIn?: boolean | null;
}

/** A refused identifier (or profile): the identifier concerned as sent, and why. */
export interface InvalidIdentifier {
  type: IdentifierType;
  value: string;
  message: string;
}

export type IdentifierCheck = { ok: true; identifier: CustomerIdentifier } | { ok: false; invalid: InvalidIdentifier };
export type ProfileCheck = { ok: true; profile: CustomerDoc } | { ok: false; invalid: InvalidIdentifier };

/** Profile-level failures have no single identifier; they are reported against EXTERNAL with an empty value. */
const profileError = (reason: string): InvalidIdentifier => ({
  type: 'EXTERNAL',
  value: '',
  message: `EXTERNAL ${reason}`,
});

/** One identifier as it is stored: normalised, with where and when it was first seen. */
export function buildIdentifier(raw: IdentifierInput, source: SalesChannel, at: string): IdentifierCheck {
  const n = normalizeIdentifier(raw.type, raw.value);
  if (!n.ok) return { ok: false, invalid: { type: raw.type, value: raw.value, message: `${raw.type} ${n.reason}` } };
  return { ok: true, identifier: { type: raw.type, value: n.value, source, addedAt: at } };
}

/**
 * The profile a registration creates: at least one identifier, each valid for its type and kept
 * once after normalisation (so "A@x.fr" and "a@x.fr" are one identifier); first and last name
 * required (trimmed); the first e-mail and phone become the contact fields. The first failure is
 * reported, identifiers before names, and nothing is built.
 */
export function buildProfile(input: RegistrationInput, id: string, at: string): ProfileCheck {
  if (input.identifiers.length === 0)
    return { ok: false, invalid: profileError('at least one identifier is required') };
  const identifiers: CustomerIdentifier[] = [];
  for (const raw of input.identifiers) {
    const check = buildIdentifier(raw, input.source, at);
    if (!check.ok) return check;
    if (!identifiers.some((i) => sameIdentifier(i, check.identifier))) identifiers.push(check.identifier);
  }
  const firstName = input.firstName.trim();
  const lastName = input.lastName.trim();
  if (!firstName || !lastName) return { ok: false, invalid: profileError('first and last name are required') };
  return {
    ok: true,
    profile: {
      _id: id,
      firstName,
      lastName,
      email: identifiers.find((i) => i.type === 'EMAIL')?.value ?? null,
      phone: identifiers.find((i) => i.type === 'PHONE')?.value ?? null,
      loyaltyTier: 'NONE',
      marketingOptIn: input.marketingOptIn ?? false,
      identifiers,
      createdAt: at,
      updatedAt: at,
    },
  };
}

export type IdentifierChange =
  { added: false } | { added: true; set: Partial<Pick<CustomerDoc, 'email' | 'phone' | 'updatedAt'>> };

/**
 * What attaching `identifier` changes on `customer`: nothing when the profile already holds it
 * (a replay); otherwise the identifier is appended and fills the e-mail or phone contact field
 * only when that field is empty (an existing contact is never overwritten).
 */
export function identifierChange(customer: CustomerDoc, identifier: CustomerIdentifier, at: string): IdentifierChange {
  if (customer.identifiers.some((i) => sameIdentifier(i, identifier))) return { added: false };
  const set: Extract<IdentifierChange, { added: true }>['set'] = { updatedAt: at };
  if (identifier.type === 'EMAIL' && !customer.email) set.email = identifier.value;
  if (identifier.type === 'PHONE' && !customer.phone) set.phone = identifier.value;
  return { added: true, set };
}

function sameIdentifier(a: Pick<CustomerIdentifier, 'type' | 'value'>, b: Pick<CustomerIdentifier, 'type' | 'value'>) {
  return a.type === b.type && a.value === b.value;
}
