import type { DocumentStore } from '../../platform/store/port';
import { subgraphHarness, type SubgraphHarness } from '../../test/support/subgraph';
import { isConsistent } from './domain/inventory';
import type { InventoryLevelDoc, InventoryMovementDoc, ProductDoc, VariantDoc } from './model';

const LOCATIONS = ['loc_store_01', 'loc_store_02', 'loc_dc_01'];
const PRODUCTS = 60;

async function seed(store: DocumentStore): Promise<void> {
  const products: ProductDoc[] = [];
  const variants: VariantDoc[] = [];
  const levels: InventoryLevelDoc[] = [];
  for (let p = 1; p <= PRODUCTS; p++) {
    const id = `prod_${String(p).padStart(4, '0')}`;
    products.push({
      _id: id,
      handle: `product-${p}`,
      title: `Product ${p}`,
      description: '',
      brand: p % 2 ? 'Alpine' : 'Coast',
      category: p % 3 ? 'apparel' : 'outdoor',
      tags: [],
      status: 'ACTIVE',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    for (const size of ['S', 'M']) {
      const sku = `SKU-${p}-${size}`;
      variants.push({
        _id: sku,
        productId: id,
        title: size,
        options: [{ name: 'Size', value: size }],
        prices: [{ channel: 'WEB', currencyCode: 'EUR', amount: 1000 + p, compareAtAmount: null }],
        barcode: `000${p}${size}`,
        weightGrams: 300,
      });
      for (const loc of LOCATIONS) {
        levels.push({
          _id: `${sku}@${loc}`,
          sku,
          locationId: loc,
          onHand: 10,
          committed: 2,
          reserved: 1,
          damaged: 0,
          safetyStock: 1,
          qualityControl: 0,
          incoming: [],
          sequence: 1,
          updatedAt: '2026-01-01T00:00:00.000Z',
        });
      }
    }
  }
  await store.collection<ProductDoc>('products').insertMany(products);
  await store.collection<VariantDoc>('variants').insertMany(variants);
  await store.collection<InventoryLevelDoc>('inventory_levels').insertMany(levels);
}

const ADJUST = /* GraphQL */ `
  mutation ($input: AdjustInventoryInput!) {
    adjustInventory(input: $input) {
      __typename
      ... on InventoryAdjustment {
        applied
        delta
        inventoryLevel {
          onHand
          available
          sequence
        }
      }
      ... on CatalogError {
        code
        message
      }
    }
  }
`;
type AdjustResult = {
  __typename: string;
  applied?: boolean;
  code?: string;
  inventoryLevel?: { onHand: number; available: number; sequence: number };
};

let h: SubgraphHarness;
beforeEach(async () => {
  h = await subgraphHarness('catalog', seed);
});
afterEach(() => h.close());

const adjust = async (input: Record<string, unknown>) =>
  (await h.exec<{ adjustInventory: AdjustResult }>(ADJUST, { input })).data!.adjustInventory;
const level = (id: string) => h.store.collection<InventoryLevelDoc>('inventory_levels').findById(id);
const base = { sku: 'SKU-1-S', locationId: 'loc_store_01', reason: 'CORRECTION' };

describe('catalog subgraph', () => {
  it('applies an adjustment once per source event id and publishes one stock event', async () => {
    const first = await adjust({ ...base, delta: 5, sourceEventId: 'wms-1' });
    const replay = await adjust({ ...base, delta: 5, sourceEventId: 'wms-1' });
    expect(first).toMatchObject({ applied: true, inventoryLevel: { onHand: 15, available: 11, sequence: 2 } });
    expect(replay).toMatchObject({ applied: false, inventoryLevel: { onHand: 15, sequence: 2 } });
    expect(h.events.map((e) => [e.topic, (e.payload as { sequence: number }).sequence])).toEqual([
      ['catalog.inventory.changed', 2],
    ]);
  });

  it('a reused source event id with a different request is a conflict and changes nothing', async () => {
    await adjust({ ...base, delta: 5, sourceEventId: 'wms-2' });
    const conflict = await adjust({ ...base, delta: 7, sourceEventId: 'wms-2' });
    expect(conflict).toMatchObject({ __typename: 'CatalogError', code: 'IDEMPOTENCY_CONFLICT' });
    expect((await level('SKU-1-S@loc_store_01'))!.onHand).toBe(15);
  });

  it.each([
    [{ ...base, delta: -7, sourceEventId: 'e1' }, 'INSUFFICIENT_STOCK'],
    [{ ...base, delta: 0, sourceEventId: 'e2' }, 'INVALID_QUANTITY'],
    [{ ...base, sku: 'SKU-NOPE', delta: 1, sourceEventId: 'e3' }, 'UNKNOWN_SKU'],
    [{ ...base, locationId: 'loc_nowhere', delta: 1, sourceEventId: 'e4' }, 'UNKNOWN_POSITION'],
  ])('rejects %j with %s and changes nothing', async (input, code) => {
    const before = await level('SKU-1-S@loc_store_01');
    expect(await adjust(input)).toMatchObject({ __typename: 'CatalogError', code });
    expect(await level('SKU-1-S@loc_store_01')).toEqual(before);
    expect(await h.store.collection<InventoryMovementDoc>('inventory_movements').count()).toBe(0);
    expect(h.events).toHaveLength(0);
  });

  it('concurrent decrements never take available below zero and every applied unit is in the ledger', async () => {
    // available = 10 - 2 - 1 - 1 = 6; 40 concurrent requests each remove one unit.
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => adjust({ ...base, delta: -1, sourceEventId: `pos-${i}` })),
    );
    const applied = results.filter((r) => r.applied === true).length;
    expect(applied).toBe(6);
    expect(results.filter((r) => r.code === 'INSUFFICIENT_STOCK')).toHaveLength(34);
    const after = (await level('SKU-1-S@loc_store_01'))!;
    expect(after.onHand).toBe(4);
    expect(isConsistent(after)).toBe(true);
    const ledger = await h.store.collection<InventoryMovementDoc>('inventory_movements').findAll({});
    expect(ledger.reduce((s, m) => s + m.delta, 0)).toBe(-6);
    expect(new Set(ledger.map((m) => m.sequence)).size).toBe(6);
  });

  it('a listing page of 48 variants with stock costs one round trip per collection', async () => {
    const page = await h.exec<{
      products: { edges: { node: { variants: { inventoryLevels: unknown[]; totalAvailable: number }[] } }[] };
    }>(
      '{ products(first: 24) { edges { node { title variants { sku price(channel: WEB) { amount { amount } } totalAvailable inventoryLevels { available } } } } } }',
    );
    const variants = page.data!.products.edges.flatMap((e) => e.node.variants);
    expect(variants).toHaveLength(48);
    expect(variants.every((v) => v.inventoryLevels.length === 3 && v.totalAvailable === 18)).toBe(true);
    expect(h.calls.get('variants.findAll')).toBe(1);
    expect(h.calls.get('inventory_levels.findAll')).toBe(1);
  });

  it('paginates products with cursors: every product exactly once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const res: {
        data?: {
          products: {
            edges: { node: { id: string }; cursor: string }[];
            pageInfo: { endCursor: string | null; hasNextPage: boolean };
          };
        } | null;
      } = await h.exec(
        'query($a: String) { products(first: 7, after: $a) { edges { cursor node { id } } pageInfo { endCursor hasNextPage } } }',
        { a: after },
      );
      const conn = res.data!.products;
      seen.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(PRODUCTS);
    expect(new Set(seen).size).toBe(PRODUCTS);
    expect([...seen].sort()).toEqual(seen);
  });

  it('an edge cursor resumes right after that edge', async () => {
    const first = await h.exec<{ products: { edges: { cursor: string; node: { id: string } }[] } }>(
      '{ products(first: 5) { edges { cursor node { id } } } }',
    );
    const edges = first.data!.products.edges;
    const resumed = await h.exec<{ products: { edges: { node: { id: string } }[] } }>(
      'query($a: String) { products(first: 2, after: $a) { edges { node { id } } } }',
      { a: edges[2]!.cursor },
    );
    expect(resumed.data!.products.edges.map((e) => e.node.id)).toEqual([edges[3]!.node.id, edges[4]!.node.id]);
  });

  it('rejects a bad cursor and an out-of-range page size with BAD_USER_INPUT', async () => {
    const bad = await h.exec('{ products(after: "%%%") { edges { cursor } } }');
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const big = await h.exec('{ products(first: 1000) { edges { cursor } } }');
    expect(big.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('resolves InventoryLevel by compound key, zero for a location that does not stock the SKU', async () => {
    const res = await h.exec<{ _entities: { onHand: number; available: number }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on InventoryLevel { onHand available } } }',
      {
        r: [
          { __typename: 'InventoryLevel', sku: 'SKU-2-M', locationId: 'loc_dc_01' },
          { __typename: 'InventoryLevel', sku: 'SKU-2-M', locationId: 'loc_store_99' },
        ],
      },
    );
    expect(res.data?._entities).toEqual([
      { onHand: 10, available: 6 },
      { onHand: 0, available: 0 },
    ]);
  });
});
