import { subgraphHarness, type SubgraphHarness } from '../../test/support/subgraph';
import { fixtureScenario } from '../../demo/fixture';
import { seedScenario } from '../seed';

const PRODUCTS = 60;

let h: SubgraphHarness;
beforeEach(async () => {
  h = await subgraphHarness('catalog', (store) => seedScenario(store, fixtureScenario({ products: PRODUCTS })));
});
afterEach(() => h.close());

type Conn = {
  edges: { cursor: string; node: { id: string; title: string } }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
};

describe('catalog: products, listing and search', () => {
  it('a listing page of 48 variants with stock and availability costs one round trip per collection', async () => {
    const page = await h.exec<{
      products: {
        edges: {
          node: {
            variants: { inventoryLevels: unknown[]; totalAvailable: number; availability: { available: number } }[];
          };
        }[];
      };
    }>(
      `{ products(first: 24) { edges { node { title variants {
          sku price(channel: WEB) { amount { amount } } totalAvailable inventoryLevels { available }
          availability(channel: WEB) { available }
          availabilityNear(near: { lat: 48.8566, lng: 2.3522 }) { available }
      } } } } }`,
    );
    expect(page.errors).toBeUndefined();
    const variants = page.data!.products.edges.flatMap((e) => e.node.variants);
    expect(variants).toHaveLength(48);
    expect(variants.every((v) => v.inventoryLevels.length === 3 && v.totalAvailable === 18)).toBe(true);
    // WEB sells from the DC and the ship-from-store Paris Rivoli: 6 + 6.
    expect(variants.every((v) => v.availability.available === 12)).toBe(true);
    expect(h.calls.get('variants.findAll')).toBe(1);
    expect(h.calls.get('inventory_levels.findAll')).toBe(1);
    expect(h.calls.get('locations.findAll')).toBe(1);
  });

  it('paginates products with cursors: every product exactly once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const res: { data?: { products: Conn } | null } = await h.exec(
        'query($a: String) { products(first: 7, after: $a) { edges { cursor node { id title } } pageInfo { endCursor hasNextPage } } }',
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
    const first = await h.exec<{ products: Conn }>(
      '{ products(first: 5) { edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }',
    );
    const edges = first.data!.products.edges;
    const resumed = await h.exec<{ products: Conn }>(
      'query($a: String) { products(first: 2, after: $a) { edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }',
      {
        a: edges[2]!.cursor,
      },
    );
    expect(resumed.data!.products.edges.map((e) => e.node.id)).toEqual([edges[3]!.node.id, edges[4]!.node.id]);
  });

  it.each([
    ['merino', (t: string) => t.startsWith('Merino')],
    ['lin shi', (t: string) => t.startsWith('Linen Shirt')],
    ['SWEATER alpine', (t: string) => t.includes('Sweater') && t.startsWith('Merino')],
  ])('text search %j returns exactly the matching products, paginated', async (text, expected) => {
    const all: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const res: { data?: { products: Conn } | null } = await h.exec(
        'query($t: String, $a: String) { products(first: 5, after: $a, filter: { text: $t }) { edges { cursor node { id title } } pageInfo { endCursor hasNextPage } } }',
        { t: text, a: after },
      );
      all.push(...res.data!.products.edges.map((e) => e.node.title));
      if (!res.data!.products.pageInfo.hasNextPage) break;
      after = res.data!.products.pageInfo.endCursor;
    }
    expect(all.length).toBeGreaterThan(0);
    expect(all.every(expected)).toBe(true);
    const everything = await h.exec<{ products: Conn }>(
      '{ products(first: 100) { edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(all.length).toBe(everything.data!.products.edges.filter((e) => expected(e.node.title)).length);
  });

  it('combines text with category and brand filters', async () => {
    const res = await h.exec<{ products: Conn }>(
      '{ products(first: 100, filter: { text: "sweater", brand: "Coast", category: "apparel" }) { edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }',
    );
    const titles = res.data!.products.edges.map((e) => e.node.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t.startsWith('Linen Sweater'))).toBe(true);
  });

  it('rejects a bad cursor, an empty search and an out-of-range page size with BAD_USER_INPUT', async () => {
    for (const q of [
      '{ products(after: "%%%") { edges { cursor } } }',
      '{ products(filter: { text: " ,, " }) { edges { cursor } } }',
      '{ products(first: 1000) { edges { cursor } } }',
    ]) {
      const res = await h.exec(q);
      expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('prices are per channel and currency', async () => {
    const res = await h.exec<{ variant: { web: unknown; usd: unknown; pos: unknown } }>(
      '{ variant(sku: "SKU-1-S") { web: price(channel: WEB) { amount { amount currencyCode } } usd: price(channel: WEB, currencyCode: "USD") { channel } pos: price(channel: POS) { channel } } }',
    );
    expect(res.data!.variant).toEqual({ web: { amount: { amount: 1001, currencyCode: 'EUR' } }, usd: null, pos: null });
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
