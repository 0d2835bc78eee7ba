import type { Policy } from '../../platform/auth/enforce';
import { actsAt, isInternal, scopesOf, selfOrScoped, type Classification } from '../access';
import type { Principal } from '../../platform/auth/principal';
import type { OrdersContext } from './context';
import type { CartDoc, OrderDoc } from './model';

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

/**
 * Whether `principal` may cancel an order: its own customer; staff of the store it was placed at;
 * the marketplace partner it came from (orders:write); operators and services.
 */
export function mayCancelOrder(
  principal: Principal,
  order: Pick<OrderDoc, 'customerId' | 'channel' | 'partnerId' | 'storeLocationId'>,
): boolean {
  switch (principal.kind) {
    case 'customer':
      return order.customerId === principal.customerId;
    case 'associate':
    case 'device':
      return order.storeLocationId !== null && order.storeLocationId === principal.locationId;
    case 'partner':
      return scopesOf(principal).has('orders:write') && mayReadOrder(principal, order);
    default:
      return isInternal(principal);
  }
}

/**
 * Whether `principal` may ask to return units of an order: its own customer; store staff and
 * devices of any store (returns are accepted anywhere); operators and services. Not partners.
 */
export function mayRequestReturn(principal: Principal, order: Pick<OrderDoc, 'customerId'>): boolean {
  switch (principal.kind) {
    case 'customer':
      return order.customerId === principal.customerId;
    case 'associate':
    case 'device':
      return true;
    default:
      return isInternal(principal);
  }
}

/**
 * Whether `principal` may use a cart: an anonymous cart, whoever holds its id (not partners); a
 * customer's, the customer, internal callers, and staff or devices of a store where the shopper
 * was recognised within the last 30 minutes.
 */
export function mayUseCart(
  principal: Principal,
  cart: Pick<CartDoc, 'customerId' | 'presentedAt'>,
  nowIso: string,
): boolean {
  if (principal.kind === 'partner') return false;
  if (cart.customerId === null) return true;
  switch (principal.kind) {
    case 'customer':
      return cart.customerId === principal.customerId;
    case 'associate':
    case 'device':
      return cart.presentedAt.some((p) => p.locationId === principal.locationId && p.until > nowIso);
    default:
      return isInternal(principal);
  }
}

/**
 * Whether `principal` may see a shopper's postal address, phone and delivery point (PII) on an
 * object it already reached (an order it may read, a cart it may use): anyone but a partner whose
 * key lacks `customers:read`, the scope that puts shoppers' personal data in a partner's contract
 * (as for a profile's email and phone).
 */
export function mayReadAddress(principal: Principal): boolean {
  return principal.kind !== 'partner' || scopesOf(principal).has('customers:read');
}

/** Orders' `@policy` names (schema/orders.graphql). */
export const ordersPolicies: Record<string, Policy<OrdersContext>> = {
  /** The personal fields of a cart's or an order's destination (see mayReadAddress). */
  'address.read': ({ principal }) => mayReadAddress(principal),
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
  /**
   * Who may ask to cancel at all: customers, store staff and devices, partners holding
   * orders:write, internal callers; which order is checked in the resolver (mayCancelOrder), which
   * answers another's order exactly like a missing one.
   */
  'order.cancel': ({ principal }) =>
    principal.kind === 'customer' ||
    principal.kind === 'associate' ||
    principal.kind === 'device' ||
    isInternal(principal) ||
    (principal.kind === 'partner' && scopesOf(principal).has('orders:write')),
  /** Payment events (the provider's webhook): operators and services. */
  'payments.record': ({ principal }) => isInternal(principal),
  /** Promotions: operators and services. */
  'promotions.manage': ({ principal }) => isInternal(principal),
  /** Order lists: internal callers any; store staff and devices their own store's only. */
  'orders.list': ({ principal, args }) => {
    const store = (args as { filter?: { storeLocationId?: string | null } | null }).filter?.storeLocationId;
    return isInternal(principal) || (store != null && actsAt(principal, store));
  },
  /** The signed-in customer, for themself (their own orders, live). */
  'customer.signed-in': ({ principal }) => principal.kind === 'customer',
  /** Taking over an anonymous cart: a signed-in customer, for themself. */
  'cart.merge': ({ principal }) => principal.kind === 'customer',
  /** Recognising a shopper at a store: its staff and devices, or internal callers. */
  'cart.recognize': ({ principal, args }) =>
    actsAt(principal, (args as { input?: { locationId?: string } }).input?.locationId),
  'customer.orders': ({ principal, parent }) =>
    selfOrScoped(principal, (parent as { id: string }).id, 'orders:read', { partners: false }),
  /** Asking for a return at all: customers, store staff and devices, internal callers; which order in code (mayRequestReturn). */
  'return.request': ({ principal }) =>
    principal.kind === 'customer' ||
    principal.kind === 'associate' ||
    principal.kind === 'device' ||
    isInternal(principal),
  /** Receiving a return: staff and devices of the location it arrived at, or internal callers. */
  'return.receive': ({ principal, args }) =>
    actsAt(principal, (args as { input?: { locationId?: string } }).input?.locationId),
  /** Refunds: operators and services (who hold orders:write), never store staff or partners. */
  'return.refund': ({ principal }) => isInternal(principal),
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
  OrderStatusChange: 'customer-owned',
  AppliedPromotion: 'customer-owned',
  Payment: 'customer-owned',
  Promotion: 'operator',
  PromotionError: 'public',
  // Carts: reached only through cart(id), Customer.activeCart and the cart mutations, which check mayUseCart in code.
  Cart: 'customer-owned',
  CartLine: 'customer-owned',
  CartDestination: 'customer-owned',
  OrderDestination: 'customer-owned',
  CartError: 'public',
  'Query.cart': 'customer-owned',
  OrderConnection: 'location-bound',
  OrderEdge: 'location-bound',
  PageInfo: 'public',
  'Customer.activeCart': 'customer-owned',
  // Checked in code (mayCancelOrder, mayUseCart): another's order or cart is answered as missing.
  'Mutation.createCart': 'customer-owned',
  'Mutation.updateCartLines': 'customer-owned',
  'Mutation.setCartDestination': 'customer-owned',
  'Mutation.holdCart': 'customer-owned',
  'Mutation.releaseCartHold': 'customer-owned',
  CartHold: 'customer-owned',
  CartHoldLine: 'customer-owned',
  CartStockError: 'public',
  ShortCartLine: 'public',
  PlacedOrder: 'customer-owned',
  OrderPlacementError: 'public',
  MissingStock: 'public',
  'Query.order': 'customer-owned',
  'Query.orderByNumber': 'customer-owned',
  // Returns: reached through Order.returns (order.read), the return mutations, and return(id), which
  // answers a return whose order the caller may not read as missing.
  Return: 'customer-owned',
  ReturnLine: 'customer-owned',
  Refund: 'customer-owned',
  ReturnError: 'public',
  ReturnableQuantity: 'public',
  'Query.return': 'customer-owned',
  // Live orders: orderStatusChanged checks mayReadOrder in code when subscribing and for every
  // message (another's order is answered as missing); the order's fields are order.read.
  'Subscription.orderStatusChanged': 'customer-owned',
  OrderStatusUpdate: 'customer-owned',
  CustomerOrdersUpdate: 'customer-owned',
};
