/** Topics the orders subgraph publishes. */
export const OrderTopics = {
  noteAdded: 'orders.order.note-added',
} as const;

export interface OrderNoteAddedEvent {
  orderId: string;
  noteId: string;
  author: string;
}
