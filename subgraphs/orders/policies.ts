import type { Policy } from '../../platform/auth/enforce';
import { isInternal, scopesOf, selfOrScoped, type Classification } from '../access';
import type { Principal } from '../../platform/auth/principal';
import type { OrdersContext } from './context';
import type { OrderDoc } from './model';

/**
 * Whether `principal` may see an order: its own customer; store staff and internal callers
 * (`orders:read`); a partner holding `orders:read` only for its own orders in the channels its key
 * names (a partner JWT: the marketplace channel).
 */
export function mayReadOrder(
  principal: Principal,
  order: Pick<OrderDoc, 'customerId' | 'channel' | 'partnerId'>,
): boolean {
  switch (principal.kind) {
    case 'customer':
      return order.customerId === principal.customerId;
    case 'partner':
      return (
        scopesOf(principal).has('orders:read') &&
        order.partnerId === principal.partnerId &&
        (principal.channels ?? ['MARKETPLACE']).includes(order.channel)
      );
    default:
      return scopesOf(principal).has('orders:read');
  }
}

/** Orders' `@policy` names (schema/orders.graphql). */
export const ordersPolicies: Record<string, Policy<OrdersContext>> = {
  /** An order's fields, wherever the order is reached from (root lookup, a customer, a fulfillment order). */
  'order.read': ({ principal, parent }) => mayReadOrder(principal, parent as OrderDoc),
  /** A customer's order history: the customer themself, or store staff and internal callers holding `orders:read` (not partners). */
  /**
   * Who may place an order, and for whom: a customer only their own; store staff only at their
   * store, on the in-store channels; a partner holding orders:write only on the marketplace channel
   * without naming a shopper; internal callers any.
   */
  'order.place': ({ principal, args }) => {
    const input =
      (args as { input?: { customerId?: string | null; channel?: string; storeLocationId?: string | null } }).input ??
      {};
    switch (principal.kind) {
      case 'customer':
        return (input.customerId ?? principal.customerId) === principal.customerId && input.storeLocationId == null;
      case 'associate':
      case 'device':
        return (input.channel === 'POS' || input.channel === 'KIOSK') && input.storeLocationId === principal.locationId;
      case 'partner':
        return scopesOf(principal).has('orders:write') && input.channel === 'MARKETPLACE' && input.customerId == null;
      default:
        return isInternal(principal);
    }
  },
  'customer.orders': ({ principal, parent }) =>
    selfOrScoped(principal, (parent as { id: string }).id, 'orders:read', { partners: false }),
};

/**
 * How orders' fields without an authorization directive are protected (checked against the SDL
 * by test/field-classification.test.ts): an order's parts are reached only through its protected
 * fields, and the root lookups hide what the caller may not see in code.
 */
export const ACCESS: Readonly<Record<string, Classification>> = {
  OrderLine: 'customer-owned',
  OrderNote: 'customer-owned',
  Money: 'customer-owned',
  OrderError: 'public',
  PlacedOrder: 'customer-owned',
  OrderPlacementError: 'public',
  MissingStock: 'public',
  'Query.order': 'customer-owned',
  'Query.orderByNumber': 'customer-owned',
};
