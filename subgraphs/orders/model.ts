import type { DeliveryMethod, SalesChannel } from '../../platform/shared/commerce';

export const ORDER_STATUSES = ['PENDING', 'CONFIRMED', 'PARTIALLY_FULFILLED', 'FULFILLED', 'CANCELLED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

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
}
