import type { DeliveryMethod, SalesChannel } from '../../platform/shared/commerce';

/** The order state machine's statuses; which may follow which is declared in domain/order-status.ts. */
export const ORDER_STATUSES = [
  'PENDING',
  'CONFIRMED',
  'IN_PROGRESS',
  'READY_FOR_PICKUP',
  'PARTIALLY_FULFILLED',
  'FULFILLED',
  'CANCELLED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface StatusChangeDoc {
  status: OrderStatus;
  at: string;
  reason: string;
}

export interface OrderLineDoc {
  /** `${orderId}-${n}` */
  id: string;
  sku: string;
  quantity: number;
  /** Minor units. */
  unitPrice: number;
  /** Minor units: unitPrice × quantity. */
  lineTotal: number;
  deliveryMethod: DeliveryMethod;
  /** Store where the line is picked up / carried out (PICKUP_IN_STORE, SHIP_TO_STORE, CARRY_OUT). */
  pickupLocationId: string | null;
  /** When the line was cancelled (absent or null: it stands). */
  cancelledAt?: string | null;
}

export interface CartLineDoc {
  /** Stable per SKU, delivery method and pickup store (domain/cart.ts `lineIdOf`). */
  id: string;
  sku: string;
  quantity: number;
  deliveryMethod: DeliveryMethod;
  pickupLocationId: string | null;
}

export const CART_STATUSES = ['ACTIVE', 'MERGED', 'CHECKED_OUT'] as const;
export type CartStatus = (typeof CART_STATUSES)[number];

/**
 * Collection `carts`, `_id` = `cart_` + 22 random characters: an anonymous cart's id is what lets
 * its session use it (unguessable), a customer's cart is theirs alone.
 */
export interface CartDoc {
  _id: string;
  /** Null while anonymous. */
  customerId: string | null;
  /** The channel it was started on. */
  channel: SalesChannel;
  status: CartStatus;
  lines: CartLineDoc[];
  destination: { lat: number; lng: number; countryCode: string } | null;
  /** MERGED: the customer cart it went into. */
  mergedInto: string | null;
  /** CHECKED_OUT: the order placed from it. */
  orderId: string | null;
  /**
   * Stores where the shopper was recognised (loyalty card or QR token): their staff and devices may
   * read and check out this cart until `until`.
   */
  presentedAt: { locationId: string; until: string }[];
  /** Incremented on every change (compare-and-set). */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface OrderNoteDoc {
  id: string;
  text: string;
  author: string;
  createdAt: string;
}

/** Collection `orders`, `_id` like `ord_000001`; `number` is unique (`R100001`). */
export interface OrderDoc {
  _id: string;
  number: string;
  customerId: string | null;
  channel: SalesChannel;
  status: OrderStatus;
  currencyCode: string;
  lines: OrderLineDoc[];
  /** Minor units: sum of line totals. */
  subtotal: number;
  shippingTotal: number;
  /** Minor units: subtotal + shippingTotal. */
  total: number;
  /** Store where a POS / kiosk order was taken. */
  storeLocationId: string | null;
  /** Marketplace partner for MARKETPLACE orders. */
  partnerId: string | null;
  externalId: string | null;
  notes: OrderNoteDoc[];
  placedAt: string;
  updatedAt: string;
  /** Hash of the placeOrder request that created it (null for demo history): tells a replay from a conflict. */
  placementHash?: string | null;
  /** Every status it went through, oldest first (the latest 100; absent on demo history). */
  statusHistory?: StatusChangeDoc[];
  /** Cancellations applied, by idempotency key, with the request's hash (replay vs conflict). */
  cancellations?: { key: string; requestHash: string; lineIds: string[] }[];
}
