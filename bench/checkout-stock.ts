/**
 * The stock of `npm run bench:checkout` (bench/checkout.ts): the catalog's WEB SKUs and their
 * positions, each round's scarce SKUs and attempts, where reserveStock holds each line, and the
 * check of what a round did to its positions (oversold units, stray or lost holds).
 */
import { createRandom } from '../demo/random';
import { read, type Attempt, type Outcome } from './checkout-clients';

export interface Position {
  sku: string;
  locationId: string;
  onHand: number;
  available: number;
  committed: number;
  reserved: number;
  damaged: number;
  safetyStock: number;
  qualityControl: number;
}
const held = (p: Position) => p.reserved + p.committed;
/** On-hand minus the quantities it is made of: 0 unless the ledger lost or made up units. */
const drift = (p: Position) =>
  p.onHand - (p.available + p.committed + p.reserved + p.damaged + p.safetyStock + p.qualityControl);

/** Every WEB position of `skus`: what the channel may sell there (availableStock). */
export async function channelStock(url: string, skus: string[]) {
  const stock: { sku: string; locationId: string; available: number }[] = [];
  for (let i = 0; i < skus.length; i += 100) {
    const data = await read<{ availableStock: typeof stock }>(
      url,
      'query($skus: [String!]!) { availableStock(skus: $skus, channel: WEB) { sku locationId available } }',
      { skus: skus.slice(i, i + 100) },
    );
    stock.push(...data.availableStock);
  }
  return stock;
}

/** The positions' full quantities (inventoryLevel), 25 aliases per request. */
export async function positions(url: string, keys: { sku: string; locationId: string }[]): Promise<Position[]> {
  const found: Position[] = [];
  for (let i = 0; i < keys.length; i += 25) {
    const chunk = keys.slice(i, i + 25);
    const fields = chunk
      .map(
        (k, j) =>
          `p${j}: inventoryLevel(sku: ${JSON.stringify(k.sku)}, locationId: ${JSON.stringify(k.locationId)}) { sku locationId onHand available committed reserved damaged safetyStock qualityControl }`,
      )
      .join('\n');
    const data = await read<Record<string, Position | null>>(url, `{ ${fields} }`);
    chunk.forEach((k, j) => {
      const p = data[`p${j}`];
      if (!p) throw new Error(`no position ${k.sku}@${k.locationId}`);
      found.push(p);
    });
  }
  return found;
}

/** Every SKU of the catalog that is priced on WEB. */
export async function webSkus(url: string): Promise<string[]> {
  const skus: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: {
      products: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { variants: { sku: string }[] } }[];
      };
    } = await read(
      url,
      'query($after: String) { products(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { variants { sku } } } } }',
      { after },
    );
    skus.push(...page.products.edges.flatMap((e) => e.node.variants.map((v) => v.sku)));
    if (!page.products.pageInfo.hasNextPage) break;
    after = page.products.pageInfo.endCursor;
  }
  const priced = new Set<string>();
  for (let i = 0; i < skus.length; i += 100) {
    const data = await read<{ channelPrices: { sku: string }[] }>(
      url,
      'query($skus: [String!]!) { channelPrices(skus: $skus, channel: WEB) { sku } }',
      { skus: skus.slice(i, i + 100) },
    );
    for (const p of data.channelPrices) priced.add(p.sku);
  }
  return skus.filter((s) => priced.has(s));
}

export interface Candidate {
  sku: string;
  units: number;
  /** Positions with units for WEB. */
  stocked: { locationId: string; available: number }[];
}

/** `count` SKUs (unused so far) with two or more stocked positions whose units are nearest `perSku` each. */
export function pickScarce(candidates: Candidate[], used: Set<string>, count: number, perSku: number): Candidate[] {
  const picked = candidates
    .filter((c) => !used.has(c.sku) && c.stocked.length >= 2)
    .sort((a, b) => Math.abs(a.units - perSku) - Math.abs(b.units - perSku) || a.sku.localeCompare(b.sku))
    .slice(0, count);
  if (picked.length < count) throw new Error(`only ${picked.length} SKUs with stock at two positions or more`);
  for (const c of picked) used.add(c.sku);
  return picked.sort((a, b) => a.sku.localeCompare(b.sku));
}

/** 1 or 2 lines (distinct SKUs) of one unit each, drawn from a seeded stream: the same for both operations. */
export function attemptsFor(skus: string[], count: number, seed: number): Attempt[] {
  const rng = createRandom(seed);
  return Array.from({ length: count }, () => {
    const first = rng.int(0, skus.length - 1);
    const lines = [{ sku: skus[first]!, quantity: 1 }];
    if (rng.chance(0.5)) lines.push({ sku: skus[(first + rng.int(1, skus.length - 1)) % skus.length]!, quantity: 1 });
    return { lines };
  });
}

/**
 * Where reserveStock holds each SKU's lines: every unit of every stocked position is one slot,
 * shuffled (seeded), and the k-th line of a SKU takes slot k (mod the slots); so each position is
 * asked in proportion to its units, as a client that knows the stock would ask.
 */
export function slotsFor(candidates: Candidate[], seed: number): Map<string, string[]> {
  const rng = createRandom(seed);
  const slots = new Map<string, string[]>();
  for (const c of candidates) {
    const units = c.stocked.flatMap((p) => Array.from({ length: p.available }, () => p.locationId));
    for (let i = units.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [units[i], units[j]] = [units[j]!, units[i]!];
    }
    slots.set(c.sku, units);
  }
  return slots;
}

/** What one round did to its SKUs' positions, checked against what each operation won. */
export interface StockCheck {
  /** Units won beyond what was available before (per SKU), plus negative or inconsistent positions. */
  oversold: number;
  /** Units held on the positions minus units won (0: no stray and no lost hold). */
  holdMismatch: number;
  unitsBefore: number;
  unitsWon: number;
}

export async function stockCheck(url: string, before: Position[], won: Outcome[]): Promise<StockCheck> {
  const after = await positions(url, before);
  const wonBySku = new Map<string, number>();
  for (const o of won) for (const l of o.units) wonBySku.set(l.sku, (wonBySku.get(l.sku) ?? 0) + l.quantity);
  let oversold = 0;
  for (const [sku, units] of wonBySku) {
    const available = before.filter((p) => p.sku === sku).reduce((s, p) => s + p.available, 0);
    oversold += Math.max(0, units - available);
  }
  for (const p of after) oversold += Math.max(0, -p.available) + Math.abs(drift(p));
  const unitsWon = [...wonBySku.values()].reduce((a, b) => a + b, 0);
  const heldNow = after.reduce((s, p) => s + held(p), 0) - before.reduce((s, p) => s + held(p), 0);
  return {
    oversold,
    holdMismatch: heldNow - unitsWon,
    unitsBefore: before.reduce((s, p) => s + p.available, 0),
    unitsWon,
  };
}
