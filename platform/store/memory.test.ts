import { documentStoreContract } from '../../test/contracts/store';
import * as match from './match';
import { MemoryIndex } from './memory-index';
import * as path from './path';
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

  it('serves a list of keys on an indexed field with one index probe per key and no per-row check', async () => {
    type Level = BaseDocument & { sku: string; locationId: string; available: number };
    const levels = createMemoryStore().collection<Level>('levels');
    await levels.createIndex({ fields: ['sku'] });
    const docs: Level[] = [];
    for (let s = 0; s < 1000; s++) {
      for (let l = 0; l < 20; l++) {
        const sku = `SKU-${s}`;
        docs.push({ _id: `${sku}@loc_${l}`, sku, locationId: `loc_${l}`, available: (s + l) % 7 });
      }
    }
    await levels.insertMany([...docs].reverse());
    const skus = [...Array.from({ length: 63 }, (_, i) => `SKU-${i * 15}`), 'SKU-0', 'SKU-15', 'SKU-NOPE'];
    const distinct = new Set(skus).size;
    const byId = (a: Level, b: Level) => (a._id < b._id ? -1 : 1);
    const lookups = jest.spyOn(MemoryIndex.prototype, 'lookup');
    const rowChecks = jest.spyOn(match, 'matches');
    const keys = jest.spyOn(path, 'keyOf');

    const found = await levels.findAll({ sku: { $in: skus } }, { sort: { field: '_id', direction: 1 } });
    expect(found).toEqual(docs.filter((d) => skus.includes(d.sku)).sort(byId));
    expect(found).toHaveLength(63 * 20);
    expect(lookups).toHaveBeenCalledTimes(distinct); // one probe per distinct key, the unknown one included
    expect(keys).toHaveBeenCalledTimes(distinct); // a key per probe, none per row
    expect(rowChecks).not.toHaveBeenCalled();

    // Other conditions are checked on the probed rows only, never on the other 18,740.
    lookups.mockClear();
    const inStock = await levels.findAll({ sku: { $in: skus }, available: { $gt: 4 } });
    expect(inStock).toEqual(docs.filter((d) => skus.includes(d.sku) && d.available > 4).sort(byId));
    expect(lookups).toHaveBeenCalledTimes(distinct);
    expect(rowChecks).toHaveBeenCalledTimes(63 * 20);
    expect(rowChecks.mock.calls[0]![1]).toEqual({ available: { $gt: 4 } });

    // A null among the keys also finds rows lacking the field, so its bucket is checked row by row.
    await levels.insertOne({ _id: 'bare', locationId: 'loc_0', available: 1 } as unknown as Level);
    rowChecks.mockClear();
    const withNull = await levels.findAll({ sku: { $in: ['SKU-0', null] } });
    const sku0 = docs.filter((d) => d.sku === 'SKU-0').map((d) => d._id);
    expect(withNull.map((d) => d._id)).toEqual([...sku0, 'bare'].sort());
    expect(rowChecks).toHaveBeenCalledTimes(21);
    expect(await levels.count({ sku: { $in: skus } })).toBe(63 * 20);
    expect(await levels.findOne({ sku: { $in: ['SKU-NOPE', 'SKU-15'] }, locationId: 'loc_3' })).toEqual(
      docs.find((d) => d._id === 'SKU-15@loc_3'),
    );
  });

  it('narrows $all through an index to the intersection of its values', async () => {
    const store = createMemoryStore();
    const items = store.collection<BaseDocument & { tags: string[] }>('items');
    await items.createIndex({ fields: ['tags'] });
    await items.insertMany(
      Array.from({ length: 5000 }, (_, i) => ({ _id: `i${i}`, tags: [`m${i % 2}`, `n${i % 5}`, `k${i % 7}`] })),
    );
    const spy = jest.spyOn(match, 'matches');
    const found = await items.findAll({ tags: { $all: ['m0', 'n0', 'k0'] } });
    const expected = Array.from({ length: 5000 }, (_, i) => i).filter((i) => i % 70 === 0);
    expect(found.map((d) => d._id)).toEqual(expected.map((i) => `i${i}`).sort());
    expect(spy.mock.calls.length).toBe(0); // the intersection is the answer: no row is checked again
    spy.mockClear();
    expect(await items.count({ tags: { $all: [] } })).toBe(0);
    expect(spy.mock.calls.length).toBe(0);
  });

  it('serves filters pinning _id in O(1), in updateOne and atomic, even when another field is indexed', async () => {
    const store = createMemoryStore();
    const orders = store.collection<BaseDocument & { status: string; n: number }>('orders');
    await orders.createIndex({ fields: ['status'] });
    await orders.insertMany(Array.from({ length: 20_000 }, (_, i) => ({ _id: `o${i}`, status: 'OPEN', n: 0 })));
    const spy = jest.spyOn(match, 'matches');
    expect(await orders.updateOne({ _id: 'o7', status: 'OPEN' }, { $inc: { n: 1 } })).toMatchObject({ n: 1 });
    expect(await orders.updateOne({ _id: { $eq: 'missing' }, status: 'OPEN' }, { $inc: { n: 1 } })).toBeNull();
    const result = await store.atomic([
      { kind: 'update', collection: 'orders', filter: { _id: 'o7', status: 'OPEN' }, update: { $inc: { n: 1 } } },
      { kind: 'update', collection: 'orders', filter: { _id: 'o7', n: 2 }, update: { $set: { status: 'DONE' } } },
      { kind: 'delete', collection: 'orders', filter: { _id: 'o8', status: 'OPEN' } },
    ]);
    expect(result.ok).toBe(true);
    expect(spy.mock.calls.length).toBe(4);
    expect(await orders.count({ status: 'OPEN' })).toBe(19_998);
    expect(await orders.findOne({ status: 'DONE' })).toEqual({ _id: 'o7', status: 'DONE', n: 2 });
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
