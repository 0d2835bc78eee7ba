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
  'attribution:read',
  'partners:manage',
  'fulfillment:write',
] as const;
export type Scope = (typeof SCOPES)[number];

/** What store staff (an associate, or a kiosk/POS device) may do, at their own location. */
const STAFF: readonly Scope[] = [
  'attribution:read',
  'inventory:write',
  'inventory:reserve',
  'customers:read',
  'customers:write',
  'orders:read',
  'orders:write',
];

const ALL: ReadonlySet<string> = new Set(SCOPES);
const NONE: ReadonlySet<string> = new Set();
const STAFF_SET: ReadonlySet<string> = new Set(STAFF);
/** Never held by a partner, whatever its record or key says: managing partner keys. */
const NOT_FOR_PARTNERS: ReadonlySet<string> = new Set<Scope>(['partners:manage']);

/** The scopes a principal holds: staff theirs, partners what their key grants, internal callers all. */
export function scopesOf(principal: Principal): ReadonlySet<string> {
  switch (principal.kind) {
    case 'service':
    case 'operator':
      return ALL;
    case 'associate':
    case 'device':
      return STAFF_SET;
    case 'partner':
      return new Set(principal.scopes.filter((s) => ALL.has(s) && !NOT_FOR_PARTNERS.has(s)));
    default:
      return NONE;
  }
}

/** A service or an operator: not bound to a location or a customer. */
export function isInternal(principal: Principal): boolean {
  return principal.kind === 'service' || principal.kind === 'operator';
}

/**
 * The one rule for a shopper's own data: the customer themself, or a caller holding `scope`;
 * partners only when `partners` allows it (a shopper's history is outside any partner contract).
 */
export function selfOrScoped(
  principal: Principal,
  customerId: string | undefined,
  scope: Scope,
  { partners = true }: { partners?: boolean } = {},
): boolean {
  if (principal.kind === 'customer') return principal.customerId === customerId;
  if (principal.kind === 'partner' && !partners) return false;
  return scopesOf(principal).has(scope);
}

/** An internal caller, or store staff at `locationId`. */
export function actsAt(principal: Principal, locationId: string | undefined): boolean {
  if (isInternal(principal)) return true;
  return (principal.kind === 'associate' || principal.kind === 'device') && principal.locationId === locationId;
}

/** How a field is protected (docs/security.md): every field of every subgraph has exactly one. */
export type Classification = 'public' | 'customer-owned' | 'location-bound' | 'partner-scoped' | 'operator';

/** The classification each scope or policy name used in the SDLs stands for. */
export const CLASSIFICATION_OF: Readonly<Record<string, Classification>> = {
  'customer.read': 'customer-owned',
  'customer.self': 'customer-owned',
  'customer.signed-in': 'customer-owned',
  'customer.orders': 'customer-owned',
  'customer.touchpoints': 'customer-owned',
  'customers:write': 'customer-owned',
  'order.read': 'customer-owned',
  'address.read': 'customer-owned',
  'location.staff': 'location-bound',
  'reservation.lines': 'location-bound',
  'reservation.read': 'location-bound',
  'inventory:reserve': 'location-bound',
  'orders:write': 'location-bound',
  'touchpoints:write': 'partner-scoped',
  'attribution:read': 'partner-scoped',
  'sourcing:write': 'operator',
  'network:write': 'operator',
  'partners:manage': 'operator',
  'fulfillment:write': 'location-bound',
  'internal.service': 'operator',
  'location.queue': 'location-bound',
  'order.place': 'customer-owned',
  'fulfillment.step': 'location-bound',
  'orders.list': 'location-bound',
  'order.cancel': 'customer-owned',
  'promotions.manage': 'operator',
  'payments.record': 'operator',
  'cart.merge': 'customer-owned',
  'cart.recognize': 'location-bound',
  'return.request': 'customer-owned',
  'return.receive': 'location-bound',
  'return.refund': 'operator',
  'webhooks.manage': 'partner-scoped',
};
