import type { DemoScenario } from '../../demo/scenario';
import type { DemoSeeding } from '../types';
import { COLLECTIONS } from './collections';
import { incomingEntries } from './domain/incoming';
import { availableOf, levelId } from './domain/level-ops';
import { searchTermsFor } from './domain/search';
import type {
  ChannelSourcingDoc,
  InventoryLevelDoc,
  InventoryMovementDoc,
  ProductDoc,
  ReservationDoc,
  VariantDoc,
} from './model';

/**
 * The catalog subgraph's documents for the demo scenario. What the catalog's own domain derives
 * is computed here with its own rules: a product's search terms, a position's key and its
 * materialised `available`. Each seeded position has had one change (its initial stock), so its
 * `sequence` is 1. The movement and reservation ledgers start empty and every channel uses the
 * default sourcing.
 */
export function catalogDemo(scenario: DemoScenario) {
  const products = scenario.products.map((p): ProductDoc => ({
    _id: p.id,
    handle: p.handle,
    title: p.title,
    description: p.description,
    brand: p.brand,
    category: p.category,
    tags: [...p.tags],
    status: p.status,
    searchTerms: searchTermsFor(p),
    createdAt: p.createdAt,
  }));
  const variants = scenario.variants.map((v): VariantDoc => ({
    _id: v.sku,
    productId: v.productId,
    title: v.title,
    options: v.options.map((o) => ({ name: o.name, value: o.value })),
    prices: v.prices.map((p) => ({
      channel: p.channel,
      currencyCode: p.currencyCode,
      amount: p.amount,
      compareAtAmount: p.compareAtAmount,
    })),
    barcode: v.barcode,
    weightGrams: v.weightGrams,
  }));
  const levels = scenario.stock.map((s): InventoryLevelDoc => {
    const states = {
      onHand: s.onHand,
      committed: s.committed,
      reserved: s.reserved,
      damaged: s.damaged,
      safetyStock: s.safetyStock,
      qualityControl: s.qualityControl,
    };
    return {
      _id: levelId(s.sku, s.locationId),
      sku: s.sku,
      locationId: s.locationId,
      onHand: s.onHand,
      available: availableOf(states),
      committed: s.committed,
      reserved: s.reserved,
      damaged: s.damaged,
      safetyStock: s.safetyStock,
      qualityControl: s.qualityControl,
      incoming: incomingEntries(s.incoming),
      sequence: 1,
      updatedAt: s.updatedAt,
    };
  });
  return {
    [COLLECTIONS.products]: products,
    [COLLECTIONS.variants]: variants,
    [COLLECTIONS.levels]: levels,
    [COLLECTIONS.movements]: [] as InventoryMovementDoc[],
    [COLLECTIONS.reservations]: [] as ReservationDoc[],
    [COLLECTIONS.sourcing]: [] as ChannelSourcingDoc[],
    [COLLECTIONS.outbox]: [],
  };
}

/** The catalog subgraph's part in seeding: its collections and its demo documents. */
export const catalogSeeding: DemoSeeding = { collections: Object.values(COLLECTIONS), demo: catalogDemo };
