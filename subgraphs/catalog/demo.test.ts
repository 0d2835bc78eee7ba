import { fixtureScenario } from '../../demo/fixture';
import type { DemoScenario } from '../../demo/scenario';
import { demoScenario } from '../seed';
import { COLLECTIONS } from './collections';
import { catalogDemo } from './demo';
import { isConsistent, levelId } from './domain/level-ops';
import { searchTermsFor } from './domain/search';
import type { InventoryLevelDoc, ProductDoc } from './model';

describe.each<[string, () => DemoScenario]>([
  ['demo scenario, seed 42', () => demoScenario(42)],
  ['demo scenario, seed 7', () => demoScenario(7)],
  ['test fixture', () => fixtureScenario()],
])('catalog demo documents (%s)', (_, scenario) => {
  it('stores every position under its ledger key, satisfying the ledger invariant, as its first change', () => {
    const levels = catalogDemo(scenario())[COLLECTIONS.levels] as InventoryLevelDoc[];
    expect(levels).toHaveLength(scenario().stock.length);
    expect(levels.filter((l) => !isConsistent(l))).toEqual([]);
    expect(levels.filter((l) => l._id !== levelId(l.sku, l.locationId) || l.sequence !== 1)).toEqual([]);
  });

  it('derives search terms with the catalog’s own rule and starts the ledgers empty', () => {
    const docs = catalogDemo(scenario());
    const products = docs[COLLECTIONS.products] as ProductDoc[];
    expect(products.filter((p) => p.searchTerms.join() !== searchTermsFor(p).join())).toEqual([]);
    expect(products.every((p) => p.searchTerms.length > 0)).toBe(true);
    expect([docs[COLLECTIONS.movements], docs[COLLECTIONS.reservations], docs[COLLECTIONS.sourcing]]).toEqual([
      [],
      [],
      [],
    ]);
  });
});

describe('incoming deliveries of the demo scenario', () => {
  it('carry purchase order references PO-<n>, unique and the same for the same seed', () => {
    const references = (seed: number) =>
      (catalogDemo(demoScenario(seed))[COLLECTIONS.levels] as InventoryLevelDoc[]).flatMap((l) =>
        l.incoming.map((i) => i.reference!),
      );
    const all = references(42);
    expect(all.length).toBeGreaterThan(100);
    expect(all.every((r) => /^PO-[1-9]\d*$/.test(r))).toBe(true);
    expect(new Set(all).size).toBe(all.length);
    expect(references(42)).toEqual(all);
    const levels = catalogDemo(demoScenario(42))[COLLECTIONS.levels] as InventoryLevelDoc[];
    for (const l of levels)
      expect(l.incoming.map((i) => i.expectedAt)).toEqual(l.incoming.map((i) => i.expectedAt).sort());
  });
});

describe('catalog test fixture', () => {
  it('keeps the numbers catalog tests rely on: onHand − 4 available at each stocked location', () => {
    const levels = catalogDemo(fixtureScenario({ products: 2, onHand: 10 }))[COLLECTIONS.levels] as InventoryLevelDoc[];
    expect(levels).toHaveLength(2 * 2 * 3);
    expect(new Set(levels.map((l) => l.locationId))).toEqual(new Set(['loc_store_01', 'loc_store_02', 'loc_dc_01']));
    expect(levels.every((l) => l.onHand === 10 && l.available === 6)).toBe(true);
  });
});
