/** Topics the orders subgraph publishes. */
export const OrderTopics = {
  noteAdded: 'orders.order.note-added',
  orderPlaced: 'orders.order.placed',
} as const;

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
