import type { Policy } from '../../platform/auth/enforce';
import { scopesOf } from '../access';
import type { IdentityContext } from './context';

/** Identity's `@policy` names (schema/identity.graphql). */
export const identityPolicies: Record<string, Policy<IdentityContext>> = {
  /**
   * A profile changed by its own customer, or by a caller who may change customers (store staff
   * recognising a shopper, internal services). The answer is the same whether or not the id exists.
   */
  'customer.self': ({ principal, args }) => {
    const customerId = (args as { input?: { customerId?: string } }).input?.customerId;
    if (principal.kind === 'customer') return principal.customerId === customerId;
    return scopesOf(principal).has('customers:write');
  },
};
