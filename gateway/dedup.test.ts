import { ANON, heldSubgraph as subgraph, read } from '../test/support/data-sources';
import { MergingDataSource } from './dedup';

const tick = () => new Promise((r) => setImmediate(r));

it('identical reads in flight go to the subgraph once; each caller gets its own copy', async () => {
  const s = subgraph();
  const observed: boolean[] = [];
  const merging = new MergingDataSource(s.source, (hit) => observed.push(hit));
  const q = 'query($skus: [String!]!) { variants(skus: $skus) { sku stock { available } } }';
  const answers = Array.from({ length: 5 }, () => merging.process(read(q, { skus: ['A', 'B'] })));
  await tick();
  expect(s.calls).toHaveLength(1);
  s.calls[0]!.resolve({ data: { variants: [{ sku: 'A', stock: { available: 3 } }] } });
  const got = await Promise.all(answers);
  for (const g of got) expect(g).toEqual({ data: { variants: [{ sku: 'A', stock: { available: 3 } }] } });
  // Own copies: what the gateway merges into one answer never shows in another.
  (got[0]!.data as { variants: { stock: { available: number } }[] }).variants[0]!.stock.available = 99;
  expect((got[1]!.data as { variants: { stock: { available: number } }[] }).variants[0]!.stock.available).toBe(3);
  expect(observed).toEqual([false, true, true, true, true]);
  expect(merging.running).toBe(0);
  // Once answered, nothing is kept: the next read goes to the subgraph again.
  const later = merging.process(read(q, { skus: ['A', 'B'] }));
  await tick();
  expect(s.calls).toHaveLength(2);
  s.calls[1]!.resolve({ data: { variants: [] } });
  expect(await later).toEqual({ data: { variants: [] } });
});

it('anything that can change the answer keeps reads apart', async () => {
  const s = subgraph();
  const merging = new MergingDataSource(s.source);
  const q = '{ products(first: 2) { edges { node { id } } } }';
  void merging.process(read(q));
  void merging.process(read(q, { first: 3 })); // other variables
  void merging.process(read(q, {}, { kind: 'customer', customerId: 'c1' })); // another principal
  void merging.process(read(q, {}, { kind: 'customer', customerId: 'c2' }));
  void merging.process(read(q, {}, ANON, { 'accept-language': 'de' })); // another forwarded header
  void merging.process(read('{ products(first: 3) { edges { node { id } } } }')); // another operation
  await tick();
  expect(s.calls).toHaveLength(6);
  s.calls.forEach((c) => c.resolve({ data: {} }));
});

it('mutations are never merged', async () => {
  const s = subgraph();
  const merging = new MergingDataSource(s.source);
  const m =
    'mutation { recordCarryOut(input: { sku: "A", locationId: "L", quantity: 1, sourceEventId: "e1" }) { __typename } }';
  void merging.process(read(m));
  void merging.process(read(m));
  await tick();
  expect(s.calls).toHaveLength(2);
  s.calls.forEach((c) => c.resolve({ data: {} }));
});

it('a failed read fails every caller that waited for it, and the next read tries again', async () => {
  const s = subgraph();
  const merging = new MergingDataSource(s.source);
  const q = '{ a }';
  const both = [merging.process(read(q)), merging.process(read(q))];
  await tick();
  s.calls[0]!.reject(new Error('catalog is unavailable'));
  for (const p of both) await expect(p).rejects.toThrow('catalog is unavailable');
  const again = merging.process(read(q));
  await tick();
  expect(s.calls).toHaveLength(2);
  s.calls[1]!.resolve({ data: { a: 1 } });
  expect(await again).toEqual({ data: { a: 1 } });
});
