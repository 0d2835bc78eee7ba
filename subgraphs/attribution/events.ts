/** Topics the attribution subgraph publishes. */
export const AttributionTopics = {
  touchpointRecorded: 'attribution.touchpoint.recorded',
} as const;

export interface TouchpointRecordedEvent {
  touchpointId: string;
  customerId: string;
  campaignId: string | null;
  type: string;
  occurredAt: string;
}
