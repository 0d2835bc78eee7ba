import { fixtureScenario } from '../../demo/fixture';
import { createMemoryStore } from '../../platform/store/memory';
import { subgraphHarness, type SubgraphHarness } from '../../test/support/subgraph';
import { seedScenario } from '../seed';
import {
  applyDelta,
  isConsistent,
  levelUpdate,
  MAX_GRAPHQL_INT,
  MAX_ON_HAND,
  newLevel,
  unitsTotal,
} from './domain/level-ops';
import type { InventoryLevelDoc } from './model';

/**
 * Quantities are bounded: a position holds at most MAX_ON_HAND units on hand (every other state
 * is part of it), a change that would pass it is a typed error that changes nothing, and a
 * position at the bound still reads (an earlier probe pushed onHand past Int32 and broke reads).
 */
const NEAR = MAX_ON_HAND - 5;
let h: SubgraphHarness;

beforeEach(async () => {
  h = await subgraphHarness('catalog', async (store) => {
    await seedScenario(store, fixtureScenario({ products: 1 }));
    // Fixture positions: committed 2, reserved 1, safetyStock 1; bring two of them near the bound.
    for (const id of ['SKU-1-S@loc_store_01', 'SKU-1-S@loc_store_02']) {
      await store
        .collection<InventoryLevelDoc>('inventory_levels')
        .updateOne({ _id: id }, { $set: { onHand: NEAR, available: NEAR - 4 } });
    }
  });
});
afterEach(() => h.close());

const MOVE = `__typename ... on InventoryMovement { inventoryLevels { onHand } } ... on CatalogError { code sku locationId message }`;
const levels = () => h.store.collection<InventoryLevelDoc>('inventory_levels').findAll({});

describe('bounded quantities', () => {
  it('a receipt that would pass the bound is STOCK_LIMIT_EXCEEDED naming the position, and changes nothing', async () => {
    const before = await levels();
    const res = await h.exec(
      `mutation { receiveStock(input: { sku: "SKU-1-S", locationId: "loc_store_01", quantity: 6, sourceEventId: "over" }) { ${MOVE} } }`,
    );
    expect(res.data?.receiveStock).toMatchObject({
      __typename: 'CatalogError',
      code: 'STOCK_LIMIT_EXCEEDED',
      sku: 'SKU-1-S',
      locationId: 'loc_store_01',
    });
    expect(await levels()).toEqual(before);
    expect(await h.store.collection('inventory_movements').count()).toBe(0);
  });

  it('a transfer into a full position names the destination', async () => {
    const res = await h.exec(
      `mutation { transferStock(input: { sku: "SKU-1-S", fromLocationId: "loc_dc_01", toLocationId: "loc_store_02", quantity: 6, sourceEventId: "t1" }) { ${MOVE} } }`,
    );
    expect(res.data?.transferStock).toMatchObject({ code: 'STOCK_LIMIT_EXCEEDED', locationId: 'loc_store_02' });
  });

  it('reaching the bound exactly is allowed, and the position still reads', async () => {
    const res = await h.exec(
      `mutation { receiveStock(input: { sku: "SKU-1-S", locationId: "loc_store_01", quantity: 5, sourceEventId: "exact" }) { ${MOVE} } }`,
    );
    expect(res.data?.receiveStock).toEqual({
      __typename: 'InventoryMovement',
      inventoryLevels: [{ onHand: MAX_ON_HAND }],
    });
    const read = await h.exec(
      '{ inventoryLevel(sku: "SKU-1-S", locationId: "loc_store_01") { onHand available } variant(sku: "SKU-1-S") { totalAvailable } }',
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toMatchObject({ inventoryLevel: { onHand: MAX_ON_HAND, available: MAX_ON_HAND - 4 } });
  });
});

describe('network totals', () => {
  it('add exactly while they fit, and saturate at the largest GraphQL Int rather than fail the read', () => {
    expect(unitsTotal([1, 2, 3])).toBe(6);
    expect(unitsTotal(Array.from({ length: 214 }, () => MAX_ON_HAND))).toBe(214 * MAX_ON_HAND);
    expect(unitsTotal(Array.from({ length: 300 }, () => MAX_ON_HAND))).toBe(MAX_GRAPHQL_INT);
  });
});

describe('the bound holds in the write itself', () => {
  const AT = '2026-11-01T00:00:00.000Z';
  const full = { ...newLevel('S', 'l', AT), onHand: MAX_ON_HAND, available: MAX_ON_HAND };

  it('applyDelta refuses growth past the bound and allows it up to the bound', () => {
    expect(applyDelta(full, { onHand: 1 }, AT)).toBeNull();
    const at = applyDelta({ ...full, onHand: MAX_ON_HAND - 1, available: MAX_ON_HAND - 1 }, { onHand: 1 }, AT);
    expect(at && isConsistent(at) && at.onHand).toBe(MAX_ON_HAND);
  });

  it('levelUpdate does not match a position that would pass the bound (even when a stale plan said it fits)', async () => {
    const store = createMemoryStore();
    await store.collection<InventoryLevelDoc>('inventory_levels').insertOne({ ...full, _id: 'S@l' });
    const result = await store.atomic([levelUpdate('S@l', { onHand: 1 }, AT)]);
    expect(result.ok).toBe(false);
    expect((await store.collection<InventoryLevelDoc>('inventory_levels').findById('S@l'))!.onHand).toBe(MAX_ON_HAND);
    await store.close();
  });
});
