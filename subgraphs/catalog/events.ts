/** Topics the catalog subgraph publishes. */
export const CatalogTopics = {
  inventoryChanged: 'catalog.inventory.changed',
} as const;

/** Published after every change to a position; `sequence` orders changes per position. */
export interface InventoryChangedEvent {
  sku: string;
  locationId: string;
  onHand: number;
  available: number;
  committed: number;
  reserved: number;
  damaged: number;
  safetyStock: number;
  qualityControl: number;
  sequence: number;
  cause: { type: string; sourceEventId: string };
}
