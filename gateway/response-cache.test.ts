import { ANON, heldSubgraph, read } from '../test/support/data-sources';
import { CachingDataSource } from './response-cache';

const tick = () => new Promise((r) => setImmediate(r));
const Q = 'query($skus: [String!]!) { variants(skus: $skus) { sku stock { available } } }';
const stock = (available: number) => ({ data: { variants: [{ sku: 'A', stock: { available } }] } });
type Stock = ReturnType<typeof stock>;

/** A cache over a subgraph the test answers by hand, on a clock the test moves. */
function setup(ttlMs = 1000, maxEntries = 100) {
  const s = heldSubgraph();
  let now = 0;
  const observed: boolean[] = [];
  const cache = new CachingDataSource(s.source, {
    ttlMs,
    maxEntries,
    now: () => now,
    observe: (h) => observed.push(h),
  });
  /** A read answered by the subgraph (when it asks) with `available`. */
  const fetch = async (available: number, options = read(Q, { skus: ['A'] })) => {
    const answer = cache.process(options);
    await tick();
    const call = s.calls.find((c) => !('done' in c));
    if (call) {
      (call as { done?: boolean }).done = true;
      call.resolve(stock(available));
    }
    return answer;
  };
  return { s, cache, observed, fetch, advance: (ms: number) => (now += ms) };
}

it('serves an anonymous read from the cache until the TTL, then asks the subgraph again', async () => {
  const { s, observed, fetch, advance } = setup(1000);
  expect(await fetch(5)).toEqual(stock(5));
  advance(999);
  expect(await fetch(6)).toEqual(stock(5)); // still within the bound: the kept answer
  expect(s.calls).toHaveLength(1);
  advance(1);
  expect(await fetch(7)).toEqual(stock(7)); // the bound reached: never older than ttlMs
  expect(s.calls).toHaveLength(2);
  expect(observed).toEqual([false, true, false]);
});

it('each caller gets its own copy of a kept answer', async () => {
  const { fetch } = setup();
  await fetch(5);
  const one = (await fetch(0)) as Stock;
  one.data.variants[0]!.stock.available = 99;
  expect(await fetch(0)).toEqual(stock(5));
});

it('invalidate drops every kept answer at once', async () => {
  const { s, cache, fetch } = setup(60_000);
  await fetch(5);
  await fetch(1, read(Q, { skus: ['B'] }));
  expect(cache.size).toBe(2);
  cache.invalidate();
  expect(cache.size).toBe(0);
  expect(await fetch(6)).toEqual(stock(6));
  expect(s.calls).toHaveLength(3);
});

it('an answer fetched while an invalidation happened is returned but not kept', async () => {
  const { s, cache } = setup(60_000);
  const racing = cache.process(read(Q, { skus: ['A'] }));
  await tick();
  cache.invalidate(); // the stock changed while the read was at the subgraph
  s.calls[0]!.resolve(stock(5));
  expect(await racing).toEqual(stock(5));
  expect(cache.size).toBe(0); // its answer may predate the change: not served to anyone later
});

it('a mutation sent to the subgraph invalidates before and after it, and is never cached', async () => {
  const { s, cache, fetch } = setup(60_000);
  await fetch(5);
  const mutation = cache.process(read('mutation { receiveStock(input: {}) { __typename } }'));
  await tick();
  expect(cache.size).toBe(0);
  const during = cache.process(read(Q, { skus: ['A'] })); // a read racing the mutation
  await tick();
  s.calls[2]!.resolve(stock(5)); // answered before the mutation's write shows
  s.calls[1]!.resolve({ data: { receiveStock: { __typename: 'InventoryMovement' } } });
  await during;
  await mutation;
  expect(cache.size).toBe(0);
  expect(s.calls.map((c) => c.query.startsWith('mutation'))).toEqual([false, true, false]);
});

it('never caches reads by a signed-in caller, nor answers with errors', async () => {
  const { s, cache } = setup(60_000);
  for (let i = 0; i < 2; i++) {
    const a = cache.process(read(Q, { skus: ['A'] }, { kind: 'customer', customerId: 'c1' }));
    await tick();
    s.calls[s.calls.length - 1]!.resolve(stock(5));
    await a;
  }
  expect(s.calls).toHaveLength(2);
  for (let i = 0; i < 2; i++) {
    const a = cache.process(read(Q, { skus: ['A'] }, ANON));
    await tick();
    s.calls[s.calls.length - 1]!.resolve({ data: null, errors: [{ message: 'boom' }] } as never);
    await a;
  }
  expect(s.calls).toHaveLength(4);
  expect(cache.size).toBe(0);
});

it('keeps at most maxEntries answers, dropping the least recently used', async () => {
  const { cache, fetch } = setup(60_000, 3);
  for (const sku of ['A', 'B', 'C', 'D', 'E']) await fetch(1, read(Q, { skus: [sku] }));
  expect(cache.size).toBe(3);
});
