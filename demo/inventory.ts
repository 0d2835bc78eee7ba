import type { ScenarioProduct, ScenarioStockPosition, ScenarioVariant } from './scenario';
import { DROPSHIP_CATEGORY } from './catalog';
import { DC_IDS, DROPSHIP_ID, STORE_COUNT, THREE_PL_ID, storeId, storeTier, type StoreTier } from './locations';
import type { Random } from './random';
import { DAY_MS, DEMO_NOW, HOUR_MS, iso } from './constants';

/**
 * Stock levels with an uneven spread: DCs hold most SKUs in depth, stores a subset in small
 * quantities, the 3PL some, and the drop-ship supplier exclusively holds its category.
 * `committed` starts at 0 and is set by the order generator from open fulfillment orders.
 */

/**
 * Units of a position not held for anything: what the generator may still promise to an open
 * order. The catalog derives the stored `available` with its own rule; a catalog test checks
 * that every seeded position satisfies the ledger's invariant.
 */
export function freeUnits(p: ScenarioStockPosition): number {
  return p.onHand - p.committed - p.reserved - p.damaged - p.safetyStock - p.qualityControl;
}

const keyOf = (sku: string, locationId: string): string => `${sku}@${locationId}`;

export class StockIndex {
  readonly levels: ScenarioStockPosition[] = [];
  private readonly byKey = new Map<string, ScenarioStockPosition>();
  private readonly locationsBySku = new Map<string, string[]>();

  add(level: ScenarioStockPosition): void {
    this.levels.push(level);
    this.byKey.set(keyOf(level.sku, level.locationId), level);
    const list = this.locationsBySku.get(level.sku);
    if (list) list.push(level.locationId);
    else this.locationsBySku.set(level.sku, [level.locationId]);
  }

  get(sku: string, locationId: string): ScenarioStockPosition | undefined {
    return this.byKey.get(keyOf(sku, locationId));
  }

  locationsOf(sku: string): readonly string[] {
    return this.locationsBySku.get(sku) ?? [];
  }

  /**
   * Allocates `quantity` to an open fulfillment order. Never lets derived availability go
   * negative: if the level is short, onHand is topped up (a receipt that just landed).
   */
  commit(sku: string, locationId: string, quantity: number): void {
    const level = this.get(sku, locationId);
    if (!level) throw new Error(`no stock level for ${sku} at ${locationId}`);
    level.committed += quantity;
    const shortfall = -freeUnits(level);
    if (shortfall > 0) level.onHand += shortfall;
  }
}

const APPAREL = new Set(['Tops', 'Knitwear', 'Trousers', 'Outerwear', 'Footwear', 'Accessories']);
const STORE_BREADTH: Record<string, number> = { Decor: 0.6, Kitchen: 0.45, Bedding: 0.4, 'Outdoor & Camping': 0.35 };
const TIER_BREADTH: Record<StoreTier, number> = { flagship: 0.75, large: 0.6, standard: 0.45, small: 0.3, outlet: 0.2 };
const DC_BREADTH = [0.95, 0.85, 0.75] as const;
const STORE_IDS = Array.from({ length: STORE_COUNT }, (_, i) => storeId(i));
const STORE_TIERS = Array.from({ length: STORE_COUNT }, (_, i) => storeTier(i));

function makeLevel(
  rng: Random,
  sku: string,
  locationId: string,
  onHand: number,
  kind: 'dc' | 'store' | 'partner',
  nextReference: () => string,
): ScenarioStockPosition {
  let room = onHand;
  const take = (p: number, min: number, max: number): number => {
    if (room <= 0 || !rng.chance(p)) return 0;
    const q = Math.min(room, rng.int(min, max));
    room -= q;
    return q;
  };
  const safetyStock = kind === 'store' ? take(0.12, 1, 1) : take(0.35, 5, 20);
  const damaged = take(0.05, 1, 3);
  const qualityControl = kind === 'store' ? 0 : take(0.06, 1, 10);
  const reserved = take(0.05, 1, 3);

  const incoming: ScenarioStockPosition['incoming'] = [];
  const incomingChance = kind === 'store' ? (onHand === 0 ? 0.4 : 0.04) : kind === 'dc' ? 0.12 : 0.2;
  if (rng.chance(incomingChance)) {
    const shipments = kind === 'store' ? 1 : rng.int(1, 2);
    for (let i = 0; i < shipments; i += 1) {
      const days = kind === 'store' ? rng.int(1, 7) : rng.int(3 + i * 14, 17 + i * 14);
      incoming.push({
        reference: nextReference(),
        quantity: kind === 'store' ? rng.int(2, 10) : rng.int(5, 30) * 10,
        expectedAt: iso(DEMO_NOW + days * DAY_MS + rng.int(6, 16) * HOUR_MS),
      });
    }
  }
  return {
    sku,
    locationId,
    onHand,
    committed: 0,
    reserved,
    damaged,
    safetyStock,
    qualityControl,
    incoming,
    updatedAt: RECENT_HOURS[rng.int(1, 72)] as string,
  };
}

/** DC depth: 40% shallow (20–80), 45% medium (80–250), 15% deep (250–600). */
function dcQuantity(rng: Random): number {
  const r = rng.next();
  return r < 0.4 ? rng.int(20, 80) : r < 0.85 ? rng.int(80, 250) : rng.int(250, 600);
}

/** Store depth: 8% out of stock, 70% 1–5, 22% 6–15. */
function storeQuantity(rng: Random): number {
  const r = rng.next();
  return r < 0.08 ? 0 : r < 0.78 ? rng.int(1, 5) : rng.int(6, 15);
}

/** `updatedAt` values are whole hours in the last three days: format each once. */
const RECENT_HOURS = Array.from({ length: 73 }, (_, h) => iso(DEMO_NOW - h * HOUR_MS));

export function generateInventory(
  rng: Random,
  products: readonly ScenarioProduct[],
  variants: readonly ScenarioVariant[],
): StockIndex {
  const index = new StockIndex();
  const productById = new Map(products.map((p) => [p.id, p]));
  // Purchase order numbers in generation order: deterministic, and drawing no random numbers.
  let orders = 0;
  const level = (sku: string, locationId: string, onHand: number, kind: 'dc' | 'store' | 'partner') =>
    makeLevel(rng, sku, locationId, onHand, kind, () => `PO-${++orders}`);
  for (const variant of variants) {
    const product = productById.get(variant.productId);
    if (!product || product.status === 'DRAFT') continue;
    const sku = variant.sku;
    const archived = product.status === 'ARCHIVED';

    if (product.category === DROPSHIP_CATEGORY) {
      if (!archived) index.add(level(sku, DROPSHIP_ID, rng.int(5, 120), 'partner'));
      continue;
    }

    let inDc = 0;
    DC_IDS.forEach((dc, i) => {
      const breadth = archived ? 0.5 : (DC_BREADTH[i] ?? 0.8);
      const force = i === DC_IDS.length - 1 && inDc === 0;
      if (force || rng.chance(breadth)) {
        index.add(level(sku, dc, archived ? rng.int(0, 15) : dcQuantity(rng), 'dc'));
        inDc += 1;
      }
    });

    const plChance = product.category === 'Outdoor & Camping' || product.category === 'Kitchen' ? 0.4 : 0.25;
    if (!archived && rng.chance(plChance)) index.add(level(sku, THREE_PL_ID, rng.int(30, 300), 'partner'));

    const categoryBreadth = APPAREL.has(product.category) ? 0.7 : (STORE_BREADTH[product.category] ?? 0.4);
    for (let s = 0; s < STORE_COUNT; s += 1) {
      const tier = STORE_TIERS[s] as StoreTier;
      const p = archived ? (tier === 'outlet' ? 0.6 : 0.05) : categoryBreadth * TIER_BREADTH[tier];
      if (rng.chance(p)) {
        const qty = archived ? rng.int(0, 4) : storeQuantity(rng) + (tier === 'flagship' ? rng.int(0, 4) : 0);
        index.add(level(sku, STORE_IDS[s] as string, qty, 'store'));
      }
    }
  }
  return index;
}
