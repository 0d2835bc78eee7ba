import { testConfig } from '../platform/config';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { postGraphQL } from './support/http';

/**
 * The attacks an outside probe found, each refused before execution with a 400 and a named
 * limit, the process still answering. Limits are the defaults (`platform/config.ts`).
 */
let gw: EmbeddedGateway;
const defaults = testConfig().limits;

beforeAll(async () => {
  gw = await startEmbeddedGateway();
});
afterAll(() => gw.stop());

const nest = (depth: number, open: string, leaf: string) =>
  `${open.repeat(depth)}${leaf}${' }'.repeat(depth * (open.split('{').length - 1))}`;

const ATTACKS: [string, string, RegExp][] = [
  [
    'exponential nesting: products(first:100) → variants → product → variants … five levels (depth)',
    `{ products(first: 100) { edges { node { ${nest(5, 'variants { product { ', 'id')} } } } }`,
    /Query depth limit of 10 exceeded/,
  ],
  [
    'exponential nesting within the depth limit (cost)',
    `{ products(first: 100) { edges { node { ${nest(3, 'variants { product { ', 'id')} } } } }`,
    /operation cost \d+ exceeds the maximum of 5000/,
  ],
  [
    'customer → orders → customer, six levels (depth)',
    `{ customer(id: "cus_000001") { ${nest(6, 'orders(first: 100) { customer { ', 'id')} } }`,
    /Query depth limit/,
  ],
  [
    'customer → orders → customer within the depth limit (cost)',
    `{ customer(id: "cus_000001") { ${nest(4, 'orders(first: 100) { customer { ', 'id')} } }`,
    /operation cost \d+ exceeds the maximum/,
  ],
  [
    '5,000 aliases of a cross-subgraph field (tokens, before parsing)',
    `{ variant(sku: "SKU-0001-41-FOR") { ${Array.from({ length: 5000 }, (_, i) => `a${i}: totalAvailable`).join(' ')} } }`,
    /more than 3000 tokens/,
  ],
  [
    '40 aliases of a cross-subgraph field (aliases)',
    `{ variant(sku: "SKU-0001-41-FOR") { ${Array.from({ length: 40 }, (_, i) => `a${i}: totalAvailable`).join(' ')} } }`,
    /Aliases limit of 30 exceeded/,
  ],
  [
    '33,333 id aliases (tokens)',
    `{ ${Array.from({ length: 33_333 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    /tokens/,
  ],
  ['a token flood', `{ ${'__typename '.repeat(10_000)}}`, /more than 3000 tokens/],
  ['a directive flood', `{ ${'__typename @skip(if: false) @include(if: true) '.repeat(25)}}`, /Directives limit of 20/],
  [
    'depth past the limit on cheap single objects',
    `{ location(id: "loc_dc_01") { ${nest(defaults.maxDepth, 'inventoryLevel(sku: "SKU-0001-41-FOR") { location { ', 'id')} } }`,
    /Query depth limit/,
  ],
];

describe('operation limits refuse the observed attacks before execution', () => {
  it.each(ATTACKS)('%s', async (_name, query, message) => {
    const res = await postGraphQL(gw.url, query);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.message).toMatch(message);
    expect(['LIMIT_EXCEEDED', 'GRAPHQL_VALIDATION_FAILED']).toContain(res.body.errors![0]!.extensions?.code);
    expect(JSON.stringify(res.body)).not.toMatch(/Syntax Error/);
    const health = await fetch(gw.url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
  });

  it('reports the cost of an allowed operation, computed from its variables', async () => {
    const query = 'query($n: Int) { products(first: $n) { edges { node { title variants { sku } } } } }';
    const small = await postGraphQL(gw.url, query, { n: 2 });
    const large = await postGraphQL(gw.url, query, { n: 20 });
    expect(small.body.errors).toBeUndefined();
    // Per product: the connection (1), its edge (1), the node (1), 10 assumed variants (1 each).
    expect((small.body as { extensions?: unknown }).extensions).toMatchObject({
      cost: { requestedQueryCost: 2 * 13, maximumAvailable: defaults.maxCost },
    });
    expect((large.body as { extensions?: { cost: { requestedQueryCost: number } } }).extensions?.cost).toMatchObject({
      requestedQueryCost: 20 * 13,
      maximumAvailable: defaults.maxCost,
    });
  });
});

describe('limits are configurable', () => {
  it('a lower maximum cost refuses what the default allows', async () => {
    const strict = await startEmbeddedGateway({ limits: { ...defaults, maxCost: 10 } });
    try {
      const res = await postGraphQL(strict.url, '{ products(first: 5) { edges { node { id } } } }');
      expect(res.status).toBe(400);
      expect(res.body.errors![0]!.extensions).toMatchObject({
        code: 'LIMIT_EXCEEDED',
        limit: 'maxCost',
        cost: { requestedQueryCost: 15, maximumAvailable: 10 },
      });
    } finally {
      await strict.stop();
    }
  });
});

describe('production hides the schema', () => {
  it('refuses introspection and suggests no field names', async () => {
    const prod = await startEmbeddedGateway({ introspection: false });
    try {
      const intro = await postGraphQL(prod.url, '{ __schema { types { name } } }');
      expect(intro.status).toBe(400);
      expect(intro.body.errors![0]!.message).toMatch(/introspection/i);
      const typo = await postGraphQL(prod.url, '{ prodcts { edges { cursor } } }');
      expect(typo.status).toBe(400);
      expect(typo.text).not.toMatch(/Did you mean|products/);
      const dev = await postGraphQL(gw.url, '{ prodcts { edges { cursor } } }');
      expect(dev.text).toMatch(/Did you mean \\"products\\"/);
    } finally {
      await prod.stop();
    }
  });
});
