/** Topics the fulfillment subgraph publishes. */
export const FulfillmentTopics = {
  locationUpdated: 'fulfillment.location.updated',
  sourcingProfileUpdated: 'fulfillment.sourcing-profile.updated',
} as const;

export interface LocationUpdatedEvent {
  locationId: string;
  changed: string[];
}

export interface SourcingProfileUpdatedEvent {
  channel: string;
  by: string;
}
