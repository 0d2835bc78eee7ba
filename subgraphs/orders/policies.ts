import type { Policy } from '../../platform/auth/enforce';
import { scopesOf } from '../access';
import type { OrdersContext } from './context';

/** Orders' `@policy` names (schema/orders.graphql). */
export const ordersPolicies: Record<string, Policy<OrdersContext>> = {
  /** A customer's order history: the customer themself, or store staff and internal callers holding `orders:read` (not partners). */
  'customer.orders': ({ principal, parent }) => {
    const customerId = (parent as { id: string }).id;
    if (principal.kind === 'customer') return principal.customerId === customerId;
    // A partner's contract covers its own channel's orders, never a shopper's whole history.
    return principal.kind !== 'partner' && scopesOf(principal).has('orders:read');
  },
};
