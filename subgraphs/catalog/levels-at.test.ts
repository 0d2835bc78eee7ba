import { fixtureScenario } from '../../demo/fixture';
import { subgraphHarness, type SubgraphHarness } from '../../test/support/subgraph';
import { seedScenario } from '../seed';

/**
 * `Variant.inventoryLevels(locationIds)` reads only the positions asked for (by id, batched), and
 * answers exactly what filtering the full list would: the full list's order, each position once,
 * a location without a position left out; more than 100 ids is refused.
 */
let h: SubgraphHarness;
beforeEach(async () => {
  // Fixture positions of each SKU: loc_store_01, loc_store_02, loc_dc_01.
  h = await subgraphHarness('catalog', (store) => seedScenario(store, fixtureScenario({ products: 2 })));
});
afterEach(() => h.close());

type Levels = { variant: { inventoryLevels: { sku: string; locationId: string; onHand: number }[] } };
const QUERY = `query($sku: String!, $at: [ID!]) { variant(sku: $sku) { inventoryLevels(locationIds: $at) { sku locationId onHand } } }`;

it('the positions asked for, as the full list has them', async () => {
  const all = await h.exec<Levels>(QUERY, { sku: 'SKU-1-S' });
  expect(all.errors).toBeUndefined();
  const full = all.data!.variant.inventoryLevels;
  expect(full.map((l) => l.locationId).sort()).toEqual(['loc_dc_01', 'loc_store_01', 'loc_store_02']);
  for (const at of [
    ['loc_store_02', 'loc_store_01', 'loc_store_02', 'loc_unknown'],
    ['loc_dc_01'],
    ['loc_unknown'],
    [],
  ]) {
    const some = await h.exec<Levels>(QUERY, { sku: 'SKU-1-S', at });
    expect(some.errors).toBeUndefined();
    expect(some.data!.variant.inventoryLevels).toEqual(full.filter((l) => at.includes(l.locationId)));
  }
});

it('more than 100 locationIds is BAD_USER_INPUT', async () => {
  const at = Array.from({ length: 101 }, (_, i) => `loc_${i}`);
  const res = await h.exec<Levels>(QUERY, { sku: 'SKU-1-S', at });
  expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  const ok = await h.exec<Levels>(QUERY, { sku: 'SKU-1-S', at: at.slice(0, 100) });
  expect(ok.errors).toBeUndefined();
  expect(ok.data!.variant.inventoryLevels).toEqual([]);
});
