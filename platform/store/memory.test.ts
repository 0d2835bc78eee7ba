import { documentStoreContract } from './contract';
import * as match from './match';
import { createMemoryStore } from './memory';
import type { BaseDocument } from './port';

documentStoreContract('memory', async () => createMemoryStore());

describe('memory engine specifics', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers an indexed $in over ~20k documents without scanning them all', async () => {
    const store = createMemoryStore();
    expect(store.engine).toBe('memory');
    const variants = store.collection<BaseDocument & { sku: string; productId: string }>('variants');
    await variants.createIndex({ fields: ['sku'] });
    await variants.insertMany(
      Array.from({ length: 20_000 }, (_, i) => ({ _id: `v${i}`, sku: `SKU-${i}`, productId: `p${i % 500}` })),
    );
    const skus = Array.from({ length: 48 }, (_, i) => `SKU-${i * 400}`);
    const spy = jest.spyOn(match, 'matches');
    const found = await variants.findAll({ sku: { $in: skus }, productId: { $exists: true } });
    expect(found).toHaveLength(48);
    expect(spy.mock.calls.length).toBe(48);

    spy.mockClear();
    expect(await variants.count({ productId: 'p7' })).toBe(40); // not indexed: a full scan
    expect(spy.mock.calls.length).toBe(20_000);
    spy.mockClear();
    expect(await variants.findOne({ _id: 'v123', sku: 'SKU-123' })).not.toBeNull();
    expect(spy.mock.calls.length).toBe(1);
  });

  it('rejects an index that conflicts with an existing one of the same name', async () => {
    const c = createMemoryStore().collection<BaseDocument & { a: number }>('c');
    await c.createIndex({ fields: ['a'] });
    await expect(c.createIndex({ fields: ['a'], unique: true })).rejects.toThrow(/conflicts/);
  });

  it('keeps collections of different stores apart', async () => {
    const a = createMemoryStore().collection('shared');
    const b = createMemoryStore().collection('shared');
    await a.insertOne({ _id: 'x' });
    expect(await b.findById('x')).toBeNull();
  });
});
