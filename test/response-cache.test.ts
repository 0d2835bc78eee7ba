/**
 * The optional response cache for public catalog data (RESPONSE_CACHE_TTL_MS), through the whole
 * embedded gateway over HTTP: repeated anonymous reads come from the cache, and a stock change
 * shows in the very next read whether it came through the gateway or not (the change's event
 * drops the cache). The TTL bound and the races are in gateway/response-cache.test.ts.
 */
import type { CatalogApi } from '../subgraphs/catalog/api';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, postGraphQL } from './support/http';
import { parsePrometheus } from './support/prometheus';

const TOKEN = 'response-cache-metrics-token-0123456789';
const SKU = 'SKU-0001-41-FOR';
const STORE = 'loc_store_03';
const READ = `{ variant(sku: "${SKU}") { sku availabilityAt(locationIds: ["${STORE}"]) { available } } }`;
const POS = bearer({ kind: 'device', deviceId: 'pos_cache', locationId: STORE });

let gw: EmbeddedGateway;
beforeAll(async () => {
  gw = await startEmbeddedGateway({
    responseCache: { ttlMs: 60_000, maxEntries: 100 },
    metrics: { token: TOKEN, maxOperations: 50 },
  });
});
afterAll(() => gw?.stop());

async function available(headers: Record<string, string> = {}): Promise<number> {
  const res = await postGraphQL<{ variant: { availabilityAt: { available: number }[] } }>(
    gw.url,
    READ,
    undefined,
    headers,
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.variant.availabilityAt[0]!.available;
}

async function cacheHits(): Promise<number> {
  const res = await fetch(new URL('/metrics', gw.url), { headers: { authorization: `Bearer ${TOKEN}` } });
  return parsePrometheus(await res.text()).value('cache_requests_total', { cache: 'response_cache', result: 'hit' });
}

it('answers repeated anonymous reads from the cache, and never a signed-in caller’s', async () => {
  const first = await available();
  const before = await cacheHits();
  for (let i = 0; i < 3; i++) expect(await available()).toBe(first);
  expect((await cacheHits()) - before).toBe(3);
  await available(POS); // a device's read goes to catalog, not through the cache
  expect((await cacheHits()) - before).toBe(3);
});

it('a stock change sent through the gateway shows in the very next anonymous read', async () => {
  const before = await available();
  await available(); // kept
  const sale = await postGraphQL(
    gw.url,
    `mutation($i: CarryOutInput!) { recordCarryOut(input: $i) { __typename } }`,
    { i: { sku: SKU, locationId: STORE, quantity: 1, sourceEventId: `cache-sale-${Date.now()}` } },
    POS,
  );
  expect(sale.body.errors).toBeUndefined();
  expect(await available()).toBe(before - 1);
});

it('a change that never passes through the gateway (another subgraph holding stock) shows in the very next read', async () => {
  const before = await available();
  await available(); // kept
  const catalog = gw.subgraphs.catalog!.api as CatalogApi;
  const hold = await catalog.reserve({
    kind: 'CART',
    ownerId: `cache-test-${Date.now()}`,
    idempotencyKey: `cache-test-${Date.now()}`,
    lines: [{ sku: SKU, locationId: STORE, quantity: 2 }],
  });
  expect(hold.ok).toBe(true);
  expect(await available()).toBe(before - 2);
});
