/** Contract: update operators, atomic conditional updates under concurrency, upserts. */
import type { ContractContext } from './context';
import { DuplicateKeyError, type BaseDocument, type Update } from '../../../platform/store/port';

interface Doc extends BaseDocument {
  [field: string]: unknown;
}

const BASE: Doc = {
  _id: 'd1',
  qty: 5,
  name: 'widget',
  nested: { a: 1, b: { c: 2 } },
  list: [1, 2],
  lines: [
    { sku: 'S1', qty: 1 },
    { sku: 'S2', qty: 2 },
  ],
};

/** [description, update, expected document]. */
const UPDATE_CASES: [string, Update, Doc][] = [
  ['$set a top-level field', { $set: { name: 'gadget' } }, { ...BASE, name: 'gadget' }],
  ['$set a new field', { $set: { color: 'red' } }, { ...BASE, color: 'red' }],
  ['$set a dotted path keeps siblings', { $set: { 'nested.b.c': 3 } }, { ...BASE, nested: { a: 1, b: { c: 3 } } }],
  ['$set creates missing parents', { $set: { 'x.y.z': true } }, { ...BASE, x: { y: { z: true } } }],
  ['$set an object value', { $set: { nested: { k: [1] } } }, { ...BASE, nested: { k: [1] } }],
  [
    '$set through an array index',
    { $set: { 'lines.1.qty': 7 } },
    {
      ...BASE,
      lines: [
        { sku: 'S1', qty: 1 },
        { sku: 'S2', qty: 7 },
      ],
    },
  ],
  ['$inc an existing field', { $inc: { qty: 3 } }, { ...BASE, qty: 8 }],
  ['$inc negative', { $inc: { qty: -5 } }, { ...BASE, qty: 0 }],
  ['$inc a missing field sets it', { $inc: { views: 2 } }, { ...BASE, views: 2 }],
  [
    '$inc a dotted path',
    { $inc: { 'nested.b.c': 10, 'nested.d': 1 } },
    { ...BASE, nested: { a: 1, b: { c: 12 }, d: 1 } },
  ],
  ['$push onto an array', { $push: { list: 3 } }, { ...BASE, list: [1, 2, 3] }],
  [
    '$push an object',
    { $push: { lines: { sku: 'S3', qty: 3 } } },
    { ...BASE, lines: [...(BASE.lines as object[]), { sku: 'S3', qty: 3 }] },
  ],
  [
    '$push creates a missing array',
    { $push: { 'nested.notes': 'hi' } },
    { ...BASE, nested: { a: 1, b: { c: 2 }, notes: ['hi'] } },
  ],
  ['$unset a field', { $unset: { name: true } }, (({ name: _name, ...rest }) => rest as Doc)(BASE)],
  ['$unset a dotted path', { $unset: { 'nested.b': true } }, { ...BASE, nested: { a: 1 } }],
  ['$unset a missing field is a no-op', { $unset: { nope: true, 'nested.nope.deeper': true } }, BASE],
  [
    'several operators at once',
    { $set: { name: 'multi' }, $inc: { qty: 1 }, $push: { list: 9 }, $unset: { nested: true } },
    (({ nested: _nested, ...rest }) => ({ ...rest, name: 'multi', qty: 6, list: [1, 2, 9] }) as Doc)(BASE),
  ],
  ['an empty update changes nothing', {}, BASE],
];

export function updateContract(ctx: ContractContext): void {
  it.each(UPDATE_CASES)('%s', async (_label, update, expected) => {
    const docs = await ctx.collection<Doc>('docs');
    await docs.insertOne(BASE);
    const result = await docs.updateOne({ _id: 'd1' }, update);
    expect(result).toEqual(expected);
    expect(await docs.findById('d1')).toEqual(expected);
  });

  it('updates only when the whole filter matches, returning null and writing nothing otherwise', async () => {
    const docs = await ctx.collection<Doc>('docs');
    await docs.insertMany([BASE, { ...BASE, _id: 'd2', qty: 1 }]);
    expect(await docs.updateOne({ _id: 'd2', qty: { $gte: 2 } }, { $inc: { qty: -2 } })).toBeNull();
    expect(await docs.updateOne({ _id: 'zz' }, { $set: { x: 1 } })).toBeNull();
    expect((await docs.findById('d2'))?.qty).toBe(1);
    const updated = await docs.updateOne({ qty: { $gte: 2 } }, { $inc: { qty: -2 } });
    expect(updated).toMatchObject({ _id: 'd1', qty: 3 });
    expect(await docs.count({ x: { $exists: true } })).toBe(0);
  });

  it('rejects invalid updates and leaves the document unchanged', async () => {
    const docs = await ctx.collection<Doc>('docs');
    await docs.insertOne(BASE);
    const invalid: Update[] = [
      { $inc: { name: 1 } },
      { $push: { qty: 1 } },
      { $set: { 'qty.deeper': 1 } },
      { $set: { _id: 'other' } },
      { $set: { qty: 1 }, $inc: { qty: 1 } },
      { $set: { nested: 1, 'nested.a': 2 } },
      { $rename: { qty: 'q' } } as unknown as Update,
      { qty: 1 } as unknown as Update,
    ];
    for (const update of invalid) {
      await expect(docs.updateOne({ _id: 'd1' }, update)).rejects.toThrow();
    }
    expect(await docs.findById('d1')).toEqual(BASE);
  });

  it('applies conditional decrements atomically under concurrency (never below zero)', async () => {
    const stock = await ctx.collection<BaseDocument & { qty: number }>('stock');
    await stock.insertOne({ _id: 'sku-1', qty: 100 });
    const attempts = Array.from({ length: 1000 }, () =>
      stock.updateOne({ _id: 'sku-1', qty: { $gte: 1 } }, { $inc: { qty: -1 } }),
    );
    const results = await Promise.all(attempts);
    const succeeded = results.filter((r) => r !== null);
    expect(succeeded).toHaveLength(100);
    expect(succeeded.every((r) => (r?.qty ?? -1) >= 0)).toBe(true);
    expect(new Set(succeeded.map((r) => r?.qty)).size).toBe(100);
    expect((await stock.findById('sku-1'))?.qty).toBe(0);
  });

  it('upserts: inserts the given document when nothing matches, otherwise applies the update', async () => {
    const counters = await ctx.collection<BaseDocument & { n: number; label?: string }>('counters');
    const inserted = await counters.upsertOne(
      { _id: 'k' },
      { $inc: { n: 1 }, $set: { label: 'updated' } },
      { _id: 'k', n: 1 },
    );
    expect(inserted).toEqual({ _id: 'k', n: 1 });
    expect(await counters.findById('k')).toEqual({ _id: 'k', n: 1 });
    const updated = await counters.upsertOne(
      { _id: 'k' },
      { $inc: { n: 1 }, $set: { label: 'updated' } },
      { _id: 'k', n: 1 },
    );
    expect(updated).toEqual({ _id: 'k', n: 2, label: 'updated' });
    expect(await counters.count()).toBe(1);
  });

  it('upsert: 200 concurrent upserts of one key create exactly one document', async () => {
    const counters = await ctx.collection<BaseDocument & { n: number }>('counters');
    const results = await Promise.all(
      Array.from({ length: 200 }, () => counters.upsertOne({ _id: 'k' }, { $inc: { n: 1 } }, { _id: 'k', n: 1 })),
    );
    expect(await counters.count()).toBe(1);
    expect((await counters.findById('k'))?.n).toBe(200);
    expect(new Set(results.map((r) => r.n)).size).toBe(200);
  });

  it('upsert: concurrent upserts keyed by a unique index create exactly one document', async () => {
    const people = await ctx.collection<BaseDocument & { email: string; visits: number }>('people');
    await people.createIndex({ fields: ['email'], unique: true });
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        people.upsertOne(
          { email: 'a@example.com' },
          { $inc: { visits: 1 } },
          { _id: `p${i}`, email: 'a@example.com', visits: 1 },
        ),
      ),
    );
    expect(await people.count()).toBe(1);
    expect((await people.findOne({ email: 'a@example.com' }))?.visits).toBe(200);
  });

  it('upsert: a document whose key is taken by a non-matching document is a DuplicateKeyError', async () => {
    const docs = await ctx.collection<Doc>('docs');
    await docs.insertOne({ _id: 'k', state: 'closed' });
    await expect(
      docs.upsertOne({ _id: 'k', state: 'open' }, { $set: { touched: true } }, { _id: 'k', state: 'open' }),
    ).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(await docs.findById('k')).toEqual({ _id: 'k', state: 'closed' });
  });
}
