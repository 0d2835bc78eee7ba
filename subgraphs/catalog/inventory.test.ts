import { subgraphHarness, type SubgraphHarness } from '../../test/support/subgraph';
import { isConsistent } from './domain/level-ops';
import type { InventoryChangedEvent } from './events';
import { fixtureScenario } from '../../demo/fixture';
import { seedScenario } from '../seed';
import type { InventoryLevelDoc, InventoryMovementDoc } from './model';

const RESULT = `__typename
  ... on InventoryMovement { applied type quantity inventoryLevels { locationId onHand available damaged qualityControl sequence } }
  ... on CatalogError { code message }`;
type Result = {
  __typename: string;
  applied?: boolean;
  code?: string;
  inventoryLevels?: {
    locationId: string;
    onHand: number;
    available: number;
    damaged: number;
    qualityControl: number;
    sequence: number;
  }[];
};

let h: SubgraphHarness;
beforeEach(async () => {
  h = await subgraphHarness('catalog', (store) => seedScenario(store, fixtureScenario({ products: 3 })));
});
afterEach(() => h.close());

async function run(mutation: string, input: Record<string, unknown>): Promise<Result> {
  const res = await h.exec<Record<string, Result>>(
    `mutation($i: ${inputType(mutation)}!) { r: ${mutation}(input: $i) { ${RESULT} } }`,
    { i: input },
  );
  if (res.errors) throw new Error(res.errors[0]!.message);
  return res.data!.r!;
}
const inputType = (m: string) =>
  ({
    adjustInventory: 'AdjustInventoryInput',
    receiveStock: 'ReceiveStockInput',
    recordStockCount: 'StockCountInput',
    reportDamage: 'DamageReportInput',
    recordCarryOut: 'CarryOutInput',
    transferStock: 'TransferStockInput',
    recordReturn: 'StockReturnInput',
  })[m];
const levels = () => h.store.collection<InventoryLevelDoc>('inventory_levels').findAll({});
const level = (id: string) => h.store.collection<InventoryLevelDoc>('inventory_levels').findById(id);
const movements = () => h.store.collection<InventoryMovementDoc>('inventory_movements').findAll({});
const at = { sku: 'SKU-1-S', locationId: 'loc_store_01' };

describe('inventory movements', () => {
  // Fixture position: onHand 10, committed 2, reserved 1, safetyStock 1 → available 6.
  it.each([
    ['receiveStock', { ...at, quantity: 5 }, { onHand: 15, available: 11 }],
    ['adjustInventory', { ...at, delta: -3, reason: 'SHRINKAGE' }, { onHand: 7, available: 3 }],
    ['recordStockCount', { ...at, countedOnHand: 12 }, { onHand: 12, available: 8 }],
    ['reportDamage', { ...at, quantity: 2 }, { onHand: 10, available: 4, damaged: 2 }],
    ['recordCarryOut', { ...at, quantity: 6 }, { onHand: 4, available: 0 }],
    ['recordReturn', { ...at, quantity: 1, disposition: 'RESTOCK' }, { onHand: 11, available: 7 }],
    [
      'recordReturn',
      { ...at, quantity: 1, disposition: 'QUALITY_CONTROL' },
      { onHand: 11, available: 6, qualityControl: 1 },
    ],
  ])('%s %j', async (mutation, input, expected) => {
    const r = await run(mutation, { ...input, sourceEventId: 'evt-1' });
    expect(r.applied).toBe(true);
    expect(r.inventoryLevels![0]).toMatchObject({ ...expected, sequence: 2 });
    const stored = (await level('SKU-1-S@loc_store_01'))!;
    expect(isConsistent(stored)).toBe(true);
    expect(await movements()).toHaveLength(1);
    expect(h.events.map((e) => (e.payload as InventoryChangedEvent).sequence)).toEqual([2]);
  });

  it('a replayed event is applied once; the same id with other content is a conflict; neither changes anything', async () => {
    await run('receiveStock', { ...at, quantity: 5, sourceEventId: 'asn-1' });
    const replay = await run('receiveStock', { ...at, quantity: 5, sourceEventId: 'asn-1' });
    const conflict = await run('receiveStock', { ...at, quantity: 6, sourceEventId: 'asn-1' });
    expect(replay).toMatchObject({ applied: false, inventoryLevels: [{ onHand: 15 }] });
    expect(conflict).toMatchObject({ __typename: 'CatalogError', code: 'IDEMPOTENCY_CONFLICT' });
    expect((await level('SKU-1-S@loc_store_01'))!.onHand).toBe(15);
    expect(h.events).toHaveLength(1);
  });

  it('100 concurrent deliveries of one event apply it exactly once', async () => {
    await Promise.all(
      Array.from({ length: 100 }, () => run('receiveStock', { ...at, quantity: 3, sourceEventId: 'dup' })),
    );
    expect((await level('SKU-1-S@loc_store_01'))!.onHand).toBe(13);
    expect(await movements()).toHaveLength(1);
  });

  it.each([
    ['recordCarryOut', { ...at, quantity: 7 }, 'INSUFFICIENT_STOCK'],
    ['reportDamage', { ...at, quantity: 7 }, 'INSUFFICIENT_STOCK'],
    ['adjustInventory', { ...at, delta: -7, reason: 'SHRINKAGE' }, 'INSUFFICIENT_STOCK'],
    ['receiveStock', { ...at, quantity: -1 }, 'INVALID_QUANTITY'],
    ['receiveStock', { ...at, quantity: 0 }, 'INVALID_QUANTITY'],
    ['adjustInventory', { ...at, delta: 0, reason: 'CORRECTION' }, 'INVALID_QUANTITY'],
    ['recordStockCount', { ...at, countedOnHand: -2 }, 'INVALID_QUANTITY'],
    ['recordStockCount', { ...at, countedOnHand: 3 }, 'COUNT_BELOW_ALLOCATED'],
    ['receiveStock', { ...at, sku: 'SKU-NOPE', quantity: 1 }, 'UNKNOWN_SKU'],
    ['receiveStock', { ...at, locationId: 'loc_nowhere', quantity: 1 }, 'UNKNOWN_LOCATION'],
    ['recordStockCount', { sku: 'SKU-1-S', locationId: 'loc_store_03', countedOnHand: 4 }, 'UNKNOWN_POSITION'],
    ['recordCarryOut', { sku: 'SKU-1-S', locationId: 'loc_store_03', quantity: 1 }, 'UNKNOWN_POSITION'],
    [
      'transferStock',
      { sku: 'SKU-1-S', fromLocationId: 'loc_store_01', toLocationId: 'loc_store_01', quantity: 1 },
      'INVALID_TRANSFER',
    ],
    [
      'transferStock',
      { sku: 'SKU-1-S', fromLocationId: 'loc_store_01', toLocationId: 'loc_store_02', quantity: 7 },
      'INSUFFICIENT_STOCK',
    ],
  ])('%s %j → %s, and nothing changes', async (mutation, input, code) => {
    const before = await levels();
    expect(await run(mutation, { ...input, sourceEventId: 'bad-1' })).toMatchObject({
      __typename: 'CatalogError',
      code,
    });
    expect(await levels()).toEqual(before);
    expect(await movements()).toHaveLength(0);
    expect(h.events).toHaveLength(0);
  });

  it.each([
    ['receiveStock', { sku: 'SKU-NOPE', locationId: 'loc_store_01', quantity: 1 }, 'UNKNOWN_SKU', 'loc_store_01'],
    ['recordCarryOut', { sku: 'SKU-1-S', locationId: 'loc_nowhere', quantity: 1 }, 'UNKNOWN_LOCATION', 'loc_nowhere'],
    ['recordCarryOut', { sku: 'SKU-1-S', locationId: 'loc_store_03', quantity: 1 }, 'UNKNOWN_POSITION', 'loc_store_03'],
    [
      'transferStock',
      { sku: 'SKU-1-S', fromLocationId: 'loc_store_01', toLocationId: 'loc_nowhere', quantity: 1 },
      'UNKNOWN_LOCATION',
      'loc_nowhere',
    ],
  ])('%s %j → %s naming the sku and the location at fault', async (mutation, input, code, locationId) => {
    const res = await h.exec<{ r: { code: string; sku: string; locationId: string } }>(
      `mutation($i: ${inputType(mutation)}!) { r: ${mutation}(input: $i) { ... on CatalogError { code sku locationId } } }`,
      { i: { ...input, sourceEventId: 'bad-2' } },
    );
    expect(res.data!.r).toEqual({ code, sku: input.sku, locationId });
  });

  it.each(['', '   ', 'x'.repeat(201)])(
    'sourceEventId %j is BAD_USER_INPUT naming the field',
    async (sourceEventId) => {
      const res = await h.exec('mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { __typename } }', {
        i: { ...at, quantity: 1, sourceEventId },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sourceEventId' });
      expect(await movements()).toHaveLength(0);
    },
  );

  it('the first receipt at a location creates the position', async () => {
    const r = await run('receiveStock', {
      sku: 'SKU-1-S',
      locationId: 'loc_store_03',
      quantity: 4,
      sourceEventId: 'first',
    });
    expect(r.inventoryLevels).toEqual([
      { locationId: 'loc_store_03', onHand: 4, available: 4, damaged: 0, qualityControl: 0, sequence: 1 },
    ]);
  });

  it('a transfer moves units between two positions atomically and creates the destination if needed', async () => {
    const r = await run('transferStock', {
      sku: 'SKU-1-S',
      fromLocationId: 'loc_store_01',
      toLocationId: 'loc_store_03',
      quantity: 4,
      sourceEventId: 'tr-1',
    });
    expect(r.inventoryLevels!.map((l) => [l.locationId, l.onHand, l.available])).toEqual([
      ['loc_store_01', 6, 2],
      ['loc_store_03', 4, 4],
    ]);
    const total = (await levels()).filter((l) => l.sku === 'SKU-1-S').reduce((s, l) => s + l.onHand, 0);
    expect(total).toBe(30);
    expect(h.events.map((e) => (e.payload as InventoryChangedEvent).locationId)).toEqual([
      'loc_store_01',
      'loc_store_03',
    ]);
  });

  it('concurrent carry-outs never take available below zero; the ledger explains every unit', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => run('recordCarryOut', { ...at, quantity: 1, sourceEventId: `pos-${i}` })),
    );
    expect(results.filter((r) => r.applied)).toHaveLength(6);
    expect(results.filter((r) => r.code === 'INSUFFICIENT_STOCK')).toHaveLength(34);
    const after = (await level('SKU-1-S@loc_store_01'))!;
    expect([after.onHand, after.available, isConsistent(after)]).toEqual([4, 0, true]);
    const ledger = await movements();
    expect(ledger.reduce((s, m) => s + (m.effects[0]!.delta.onHand ?? 0), 0)).toBe(-6);
    const sequences = h.events.map((e) => (e.payload as InventoryChangedEvent).sequence).sort((a, b) => a - b);
    expect(sequences).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('lists the movements that touched a position', async () => {
    await run('receiveStock', { ...at, quantity: 1, sourceEventId: 'a' });
    await run('reportDamage', { ...at, quantity: 1, sourceEventId: 'b' });
    const res = await h.exec<{ inventoryMovements: { edges: { node: { sourceEventId: string; type: string } }[] } }>(
      '{ inventoryMovements(sku: "SKU-1-S", locationId: "loc_store_01") { edges { node { sourceEventId type } } } }',
    );
    expect(res.data!.inventoryMovements.edges.map((e) => e.node.type).sort()).toEqual(['DAMAGE', 'RECEIPT']);
  });
});

describe('movement history paging', () => {
  it('walks every movement of a position exactly once, resuming from edge cursors', async () => {
    for (let i = 0; i < 7; i++) await run('receiveStock', { ...at, quantity: 1, sourceEventId: `rcv-${i}` });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: {
        data?: {
          inventoryMovements: {
            edges: { cursor: string; node: { sourceEventId: string } }[];
            pageInfo: { hasNextPage: boolean };
          };
        } | null;
      } = await h.exec(
        'query($a: String) { inventoryMovements(sku: "SKU-1-S", locationId: "loc_store_01", first: 3, after: $a) { edges { cursor node { sourceEventId } } pageInfo { hasNextPage } } }',
        { a: after },
      );
      const conn = res.data!.inventoryMovements;
      seen.push(...conn.edges.map((e) => e.node.sourceEventId));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.edges[conn.edges.length - 1]!.cursor;
    }
    expect([...seen].sort()).toEqual(Array.from({ length: 7 }, (_, i) => `rcv-${i}`));
  });
});
