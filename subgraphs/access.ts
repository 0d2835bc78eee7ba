import type { Principal } from '../platform/auth/principal';

/**
 * Who may do what, in the vocabulary the schemas use (`@requiresScopes`, `@policy`). Scopes say
 * what kind of caller may use an operation at all; ownership (which location, which customer) is
 * a policy or, where the answer must not reveal whether an object exists, a check in the service.
 */
export const SCOPES = [
  'inventory:write',
  'inventory:reserve',
  'sourcing:write',
  'network:write',
  'customers:read',
  'customers:write',
  'orders:read',
  'orders:write',
  'touchpoints:write',
] as const;
export type Scope = (typeof SCOPES)[number];

/** What store staff (an associate, or a kiosk/POS device) may do, at their own location. */
const STAFF: readonly Scope[] = [
  'inventory:write',
  'inventory:reserve',
  'customers:read',
  'customers:write',
  'orders:read',
  'orders:write',
];

const ALL: ReadonlySet<string> = new Set(SCOPES);
const NONE: ReadonlySet<string> = new Set();

/** The scopes a principal holds: staff theirs, partners what their key grants, internal callers all. */
export function scopesOf(principal: Principal): ReadonlySet<string> {
  switch (principal.kind) {
    case 'service':
    case 'operator':
      return ALL;
    case 'associate':
    case 'device':
      return new Set(STAFF);
    case 'partner':
      return new Set(principal.scopes.filter((s) => ALL.has(s)));
    default:
      return NONE;
  }
}

/** A service or an operator: not bound to a location or a customer. */
export function isInternal(principal: Principal): boolean {
  return principal.kind === 'service' || principal.kind === 'operator';
}

/** An internal caller, or store staff at `locationId`. */
export function actsAt(principal: Principal, locationId: string | undefined): boolean {
  if (isInternal(principal)) return true;
  return (principal.kind === 'associate' || principal.kind === 'device') && principal.locationId === locationId;
}
