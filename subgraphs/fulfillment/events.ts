/** Topics the fulfillment subgraph publishes. */
export const FulfillmentTopics = {
  locationUpdated: 'fulfillment.location.updated',
} as const;

export interface LocationUpdatedEvent {
  locationId: string;
  changed: string[];
}
