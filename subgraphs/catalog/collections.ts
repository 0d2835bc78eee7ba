/**
 * The catalog subgraph's collections, named once: the store, the ledgers' atomic write
 * operations, the demo seeding and the test fixtures all use these. A file of its own because
 * `domain/level-ops.ts` needs the names and `store.ts` imports the domain.
 */
export const COLLECTIONS = {
  products: 'products',
  variants: 'variants',
  levels: 'inventory_levels',
  movements: 'inventory_movements',
  reservations: 'reservations',
  sourcing: 'channel_sourcing',
  /** Catalog's transactional outbox (platform/outbox.ts): stock, reservation and sourcing events. */
  outbox: 'catalog_outbox',
} as const;
