import type { Policy } from '../../platform/auth/enforce';
import { scopesOf, type Classification } from '../access';
import type { AttributionContext } from './context';

/** Attribution's `@policy` names (schema/attribution.graphql). */
export const attributionPolicies: Record<string, Policy<AttributionContext>> = {
  /** A customer's touchpoints (their marketing trail): the customer themself, or a `customers:read` holder. */
  'customer.touchpoints': ({ principal, parent }) => {
    const customerId = (parent as { id: string }).id;
    if (principal.kind === 'customer') return principal.customerId === customerId;
    // A partner's contract covers its own channel's orders, never a shopper's whole history.
    return principal.kind !== 'partner' && scopesOf(principal).has('customers:read');
  },
};

/**
 * How attribution's fields without an authorization directive are protected (checked against the
 * SDL by test/field-classification.test.ts): campaigns are public; a touchpoint and a
 * conversion's credits are reached only through protected fields.
 */
export const ACCESS: Readonly<Record<string, Classification>> = {
  Campaign: 'public',
  Touchpoint: 'customer-owned',
  Money: 'partner-scoped',
  OrderAttribution: 'partner-scoped',
  AttributionCredit: 'partner-scoped',
  AttributionError: 'public',
  'Query.campaign': 'public',
  'Query.campaigns': 'public',
};
