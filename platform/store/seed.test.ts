import { createMemoryStore } from './memory';
import type { BaseDocument, DocumentStore } from './port';
import { areCollectionsEmpty, INSERT_CHUNK_SIZE, replaceCollections } from './seed';

const docs = (prefix: string, n: number): BaseDocument[] =>
  Array.from({ length: n }, (_, i) => ({ _id: `${prefix}${i}` }));

/** Counts `insertMany` calls per collection, so chunking is visible. */
function countingInserts(store: DocumentStore): { store: DocumentStore; batches: Map<string, number[]> } {
  const batches = new Map<string, number[]>();
  return {
    batches,
    store: {
      ...store,
      collection: <T extends BaseDocument>(name: string) => {
        const collection = store.collection<T>(name);
        return Object.assign(Object.create(collection) as typeof collection, {
          insertMany: async (items: T[]) => {
            batches.set(name, [...(batches.get(name) ?? []), items.length]);
            await collection.insertMany(items);
          },
        });
      },
    },
  };
}

describe('replaceCollections', () => {
  it('clears each collection, inserts in chunks of 1000 and reports progress and counts', async () => {
    const memory = createMemoryStore();
    await memory.collection('a').insertOne({ _id: 'old' });
    const { store, batches } = countingInserts(memory);
    const progress: { collection: string; count: number }[] = [];
    const counts = await replaceCollections(
      store,
      ['a', 'b'],
      { a: docs('a', 2 * INSERT_CHUNK_SIZE + 5), b: docs('b', 3) },
      { onCollection: (p) => progress.push(p) },
    );
    expect(counts).toEqual({ a: 2005, b: 3 });
    expect(progress).toEqual([
      { collection: 'a', count: 2005 },
      { collection: 'b', count: 3 },
    ]);
    expect(batches.get('a')).toEqual([1000, 1000, 5]);
    expect(await memory.collection('a').findById('old')).toBeNull();
    expect(await memory.collection('a').count()).toBe(2005);
    await memory.close();
  });

  it('leaves a listed collection without documents empty, and running it twice gives the same result', async () => {
    const store = createMemoryStore();
    await store.collection('ledger').insertOne({ _id: 'x' });
    await replaceCollections(store, ['items', 'ledger'], { items: docs('i', 2) });
    const counts = await replaceCollections(store, ['items', 'ledger'], { items: docs('i', 2) });
    expect(counts).toEqual({ items: 2, ledger: 0 });
    expect(await store.collection('ledger').count()).toBe(0);
    expect(await store.collection('items').count()).toBe(2);
    await store.close();
  });

  it('refuses documents for a collection it was not given, before writing anything', async () => {
    const store = createMemoryStore();
    await store.collection('mine').insertOne({ _id: 'kept' });
    await expect(replaceCollections(store, ['mine'], { mine: [], theirs: docs('t', 1) })).rejects.toThrow(
      /"theirs", not among the collections being replaced/,
    );
    expect(await store.collection('mine').count()).toBe(1);
    expect(await store.collection('theirs').count()).toBe(0);
    await store.close();
  });
});

describe('areCollectionsEmpty', () => {
  it('is true only while every named collection is empty', async () => {
    const store = createMemoryStore();
    expect(await areCollectionsEmpty(store, ['a', 'b'])).toBe(true);
    await store.collection('b').insertOne({ _id: 'x' });
    expect(await areCollectionsEmpty(store, ['a', 'b'])).toBe(false);
    expect(await areCollectionsEmpty(store, ['a'])).toBe(true);
    await store.close();
  });
});
