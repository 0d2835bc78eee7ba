/** Topics the orders subgraph publishes. */
export const OrderTopics = {
  noteAdded: 'orders.order.note-added',
  orderPlaced: 'orders.order.placed',
  statusChanged: 'orders.order.status-changed',
  cancelled: 'orders.order.cancelled',
  cartMerged: 'orders.cart.merged',
} as const;

export interface CartMergedEvent {
  cartId: string;
  intoCartId: string;
  customerId: string;
}

export interface OrderStatusChangedEvent {
  orderId: string;
  from: string;
  to: string;
  reason: string;
  at: string;
}

export interface OrderCancelledEvent {
  orderId: string;
  lineIds: string[];
  /** Every line of the order is cancelled. */
  whole: boolean;
  reason: string;
}

export interface OrderNoteAddedEvent {
  orderId: string;
  noteId: string;
  author: string;
}

export interface OrderPlacedEvent {
  orderId: string;
  channel: string;
  customerId: string | null;
  total: number;
  currencyCode: string;
  fulfillmentOrderIds: string[];
}
