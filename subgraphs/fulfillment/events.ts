/** Topics the fulfillment subgraph publishes. */
export const FulfillmentTopics = {
  locationUpdated: 'fulfillment.location.updated',
  sourcingProfileUpdated: 'fulfillment.sourcing-profile.updated',
  orderRouted: 'fulfillment.order.routed',
  fulfillmentOrderChanged: 'fulfillment.fulfillment-order.changed',
  backorderCancelled: 'fulfillment.backorder.cancelled',
} as const;

export interface LocationUpdatedEvent {
  locationId: string;
  changed: string[];
}

export interface SourcingProfileUpdatedEvent {
  channel: string;
  by: string;
}

export interface OrderRoutedEvent {
  orderId: string;
  fulfillmentOrderIds: string[];
  /** Every node the new fulfillment orders involve (their nodes, and pickup stores of ship-to-store ones). */
  locationIds: string[];
}

export interface FulfillmentOrderChangedEvent {
  fulfillmentOrderId: string;
  orderId: string;
  locationId: string;
  /** A ship-to-store order's pickup store (its queue receives it); null otherwise. */
  pickupLocationId: string | null;
  from: string;
  to: string;
  /**
   * A step of its lifecycle (`ACCEPT`, `SHIP`, `CANCEL`, `EXPIRE`…), or `CANCEL_LINES`: some of its
   * lines were cancelled and it keeps the others (`from` = `to`, its status).
   */
  action: string;
}

/**
 * A waiting backorder was cancelled: it waited longer than `BACKORDER_MAX_WAIT_S`
 * (`WAITED_TOO_LONG`), or every line still in it was cancelled (`LINES_CANCELLED`). Its lines
 * will not be routed.
 */
export interface BackorderCancelledEvent {
  orderId: string;
  backorderId: string;
  orderLineIds: string[];
  reason: 'WAITED_TOO_LONG' | 'LINES_CANCELLED';
}
