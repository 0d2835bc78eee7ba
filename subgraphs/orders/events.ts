/** Topics the orders subgraph publishes. */
export const OrderTopics = {
  noteAdded: 'orders.order.note-added',
  orderPlaced: 'orders.order.placed',
  statusChanged: 'orders.order.status-changed',
  cancelled: 'orders.order.cancelled',
  cartMerged: 'orders.cart.merged',
  demandUnmet: 'orders.demand.unmet',
  paymentRecorded: 'orders.payment.recorded',
  returnRequested: 'orders.return.requested',
  returnReceived: 'orders.return.received',
  returnRefunded: 'orders.return.refunded',
} as const;

export interface CartMergedEvent {
  cartId: string;
  intoCartId: string;
  customerId: string;
}

export interface OrderStatusChangedEvent {
  orderId: string;
  /** The order's customer (null: a guest or marketplace order), so live subscribers filter without a read. */
  customerId: string | null;
  /** The order's sales channel and, for a marketplace order, its partner (partner webhooks filter on them). */
  channel: string;
  partnerId: string | null;
  from: string;
  to: string;
  reason: string;
  at: string;
}

export interface OrderCancelledEvent {
  orderId: string;
  /** The order's customer (null: a guest or marketplace order). */
  customerId: string | null;
  channel: string;
  partnerId: string | null;
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

/** Demand the network could not meet when an order was placed (for the KPIs). */
export interface UnmetDemandEvent {
  sku: string;
  channel: string;
  /** The store it was wanted at (in-store or collected lines); null for shipped lines. */
  locationId: string | null;
  quantity: number;
  at: string;
}

/** A return (RMA) was requested: its units are held against the order until received. */
export interface ReturnRequestedEvent {
  returnId: string;
  orderId: string;
  lines: { orderLineId: string; sku: string; quantity: number }[];
  /** Minor units, if every requested unit arrives. */
  refundAmount: number;
  currencyCode: string;
}

/** A return arrived and was graded at `locationId`; catalog's stock already counts its units. */
export interface ReturnReceivedEvent {
  returnId: string;
  orderId: string;
  locationId: string;
  lines: { orderLineId: string; sku: string; quantity: number; grade: 'RESTOCK' | 'DAMAGED' | 'NOT_RESTOCKED' }[];
  refundAmount: number;
  currencyCode: string;
}

/** A return's refund was completed. */
export interface ReturnRefundedEvent {
  returnId: string;
  orderId: string;
  amount: number;
  currencyCode: string;
  reference: string | null;
}

export interface PaymentRecordedEvent {
  orderId: string;
  status: string;
  amount: number;
}
