import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { pickJourneyCustomer } from './support/demo';
import { bearer, KIOSK, postGraphQL } from './support/http';
import { CROSS_SUBGRAPH_QUERY } from './support/queries';

/**
 * Merged in-flight subgraph reads (gateway/dedup.ts) through the real gateway: many identical
 * requests at once, each with entity fetches merged into its own answer, all answer exactly what
 * one request alone answers; and callers who may see different things never share an answer.
 */
let gw: EmbeddedGateway;
beforeAll(async () => {
  gw = await startEmbeddedGateway();
});
afterAll(() => gw.stop());

const LISTING = `query($store: [ID!]) { products(first: 10) { edges { node { title
  variants { sku price(channel: WEB) { amount { amount } } inventoryLevels(locationIds: $store) { available } } } } } }`;

it('30 identical five-subgraph journeys at once answer exactly what one alone answers', async () => {
  const { card } = pickJourneyCustomer();
  const ask = () => postGraphQL(gw.url, CROSS_SUBGRAPH_QUERY, { type: 'LOYALTY_CARD', value: card }, bearer(KIOSK));
  const alone = await ask();
  expect(alone.body.errors).toBeUndefined();
  const together = await Promise.all(Array.from({ length: 30 }, ask));
  // The same data and no errors (the cost extension's remaining budget differs per request).
  for (const r of together)
    expect({ data: r.body.data, errors: r.body.errors }).toEqual({ data: alone.body.data, errors: undefined });
});

it('listings with stock for different stores at once: each its own store’s stock', async () => {
  const stores = ['loc_store_01', 'loc_store_02', 'loc_store_03'];
  const alone = await Promise.all(stores.map((s) => postGraphQL(gw.url, LISTING, { store: [s] })));
  const together = await Promise.all(
    Array.from({ length: 30 }, (_, i) => postGraphQL(gw.url, LISTING, { store: [stores[i % 3]!] })),
  );
  together.forEach((r, i) => {
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual(alone[i % 3]!.body.data);
  });
  expect(alone[0]!.body.data).not.toEqual(alone[1]!.body.data);
});

it('an anonymous shopper and a customer asking at once never share what only one may see', async () => {
  const { customerId } = pickJourneyCustomer();
  const me = '{ me { ... on Customer { id } } }';
  const [anon, customer] = await Promise.all([
    postGraphQL<{ me: unknown }>(gw.url, me),
    postGraphQL<{ me: { id: string } }>(gw.url, me, undefined, bearer({ kind: 'customer', customerId })),
  ]);
  expect(customer.body.data?.me).toEqual({ id: customerId });
  expect(anon.body.data?.me ?? null).not.toEqual({ id: customerId });
});
