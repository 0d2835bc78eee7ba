import type { DeliveryMethod, SalesChannel } from '../../platform/shared/commerce';
import type { Destination } from './domain/address';

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
  /** Minor units taken off by promotions (absent on older orders: 0). */
  discount?: number;
  /** The VAT in what the line costs after its discount (absent on older orders: 0). */
  tax?: number;
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
  /** Where shipped lines go: the point, and the street address when given (domain/address.ts). */
  destination: Destination | null;
  /** MERGED: the customer cart it went into. */
  mergedInto: string | null;
  /** CHECKED_OUT: the order placed from it. */
  orderId: string | null;
  /**
   * Stores where the shopper was recognised (loyalty card or QR token): their staff and devices may
   * read and check out this cart until `until`.
   */
  presentedAt: { locationId: string; until: string }[];
  /** The cart's hold (holdCart), until released, expired or taken over by its order (absent: none). */
  hold?: CartHoldDoc | null;
  /** Incremented on every change (compare-and-set). */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * A cart hold: one catalog CART reservation (owner: the cart) of the units of its pickup and
 * carry-out lines at their stores, as they were when it was taken. A change of those lines drops
 * it (and releases the reservation); checkout hands it over to the order's hold.
 */
export interface CartHoldDoc {
  reservationId: string;
  expiresAt: string;
  lines: { lineId: string; sku: string; locationId: string; quantity: number }[];
  createdAt: string;
}

/**
 * Collection `promotions`: a percentage or an amount off one SKU's lines or the whole order,
 * automatic (no code) or behind a coupon code, within dates and an optional usage limit.
 */
export interface PromotionDoc {
  _id: string;
  /** Upper-cased; unique when set. Null: applies to every order on its own. */
  code: string | null;
  description: string;
  kind: 'PERCENT' | 'AMOUNT';
  /** PERCENT: basis points (1,000 = 10%); AMOUNT: minor units. */
  value: number;
  sku: string | null;
  /** Applies only to orders whose lines come to at least this (minor units). */
  minSubtotal: number;
  startsAt: string;
  endsAt: string | null;
  /** Most orders it may be used on; null: no limit. */
  usageLimit: number | null;
  /** Orders it was used on (incremented atomically, within usageLimit). */
  used: number;
  active: boolean;
  createdAt: string;
  createdBy: string;
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
  /** Minor units taken off by promotions (absent on older orders: 0). */
  discountTotal?: number;
  /** The VAT included in the total (absent on older orders: 0). */
  taxTotal?: number;
  /** The payment as recorded (absent on demo history: paid). */
  payment?: import('./domain/payment').PaymentState;
  /** An unpaid order on a paying channel is cancelled after this (null: never). */
  paymentDueBy?: string | null;
  /** Promotions applied and what each took off. */
  promotions?: { promotionId: string; code: string | null; amount: number }[];
  /** Minor units: subtotal − discountTotal + shippingTotal. */
  total: number;
  /** Store where a POS / kiosk order was taken. */
  storeLocationId: string | null;
  /** Where shipped lines go, with the shipping address when given (absent on older orders: none). */
  destination?: Destination | null;
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
  /**
   * The units each return holds against the order's lines (its RMA's requested units, then the
   * received ones): what a new return may claim is what reached the shopper minus these. Changed
   * only by a compare-and-set on `returnsRevision` (absent: 0), so two returns racing for the last
   * unit cannot both claim it.
   */
  returnClaims?: ReturnClaimDoc[];
  returnsRevision?: number;
}

export interface ReturnClaimDoc {
  returnId: string;
  /** The return request's fingerprint: the same key with another request is a conflict. */
  requestHash: string;
  lines: { orderLineId: string; quantity: number }[];
}

export const RETURN_GRADES = ['RESTOCK', 'DAMAGED', 'NOT_RESTOCKED'] as const;
export type ReturnGrade = (typeof RETURN_GRADES)[number];
export type ReturnStatus = 'REQUESTED' | 'RECEIVED' | 'REFUNDED';
export type RefundStatus = 'NOT_REFUNDED' | 'PENDING' | 'REFUNDED';

export interface ReturnLineDoc {
  orderLineId: string;
  sku: string;
  quantity: number;
  reason: string;
  /** Null until received; after receipt, null on the units that did not arrive. */
  grade: ReturnGrade | null;
}

/** What arrived, as recorded before stock moves (`done` once inventory and the return are updated). */
export interface ReturnReceiptDoc {
  sourceEventId: string;
  requestHash: string;
  locationId: string;
  lines: { orderLineId: string; quantity: number; grade: ReturnGrade }[];
  at: string;
  done: boolean;
}

/** Collection `returns`, `_id` like `ret_<24 hex>` (derived from the order, caller and idempotency key). */
export interface ReturnDoc {
  _id: string;
  orderId: string;
  status: ReturnStatus;
  lines: ReturnLineDoc[];
  requestHash: string;
  /** Who asked for it (describePrincipal). */
  requestedBy: string;
  receipt: ReturnReceiptDoc | null;
  receivedAt: string | null;
  receivedLocationId: string | null;
  refund: {
    status: RefundStatus;
    /** Minor units: each line's unit price × its returned units, less that share of its discount. */
    amount: number;
    currencyCode: string;
    reference: string | null;
  };
  /** Refund changes applied, by (caller-scoped) idempotency key, with the request's fingerprint (latest 20). */
  refundKeys: { key: string; requestHash: string }[];
  createdAt: string;
  updatedAt: string;
  /** Incremented on every change (compare-and-set). */
  revision: number;
}
