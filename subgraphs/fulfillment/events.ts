/** Topics the fulfillment subgraph publishes. */
export const FulfillmentTopics = {
  locationUpdated: 'fulfillment.location.updated',
  sourcingProfileUpdated: 'fulfillment.sourcing-profile.updated',
  orderRouted: 'fulfillment.order.routed',
  fulfillmentOrderChanged: 'fulfillment.fulfillment-order.changed',
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
}

export interface FulfillmentOrderChangedEvent {
  fulfillmentOrderId: string;
  orderId: string;
  locationId: string;
  from: string;
  to: string;
  action: string;
}
