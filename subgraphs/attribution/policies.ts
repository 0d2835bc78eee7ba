import type { Policy } from '../../platform/auth/enforce';
import { selfOrScoped, type Classification } from '../access';
import type { AttributionContext } from './context';

/** Attribution's `@policy` names (schema/attribution.graphql). */
export const attributionPolicies: Record<string, Policy<AttributionContext>> = {
  /** A customer's touchpoints (their marketing trail): the customer themself, or a `customers:read` holder. */
  'customer.touchpoints': ({ principal, parent }) =>
    selfOrScoped(principal, (parent as { id: string }).id, 'customers:read', { partners: false }),
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
