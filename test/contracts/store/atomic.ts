/** Contract: `atomic` batches: ordering, all-or-nothing failures, unique keys, concurrency, copies. */
import type { ContractContext } from './context';
import {
  MAX_ATOMIC_OPS,
  type BaseDocument,
  type Filter,
  type Update,
  type WriteOp,
} from '../../../platform/store/port';

interface Doc extends BaseDocument {
  [field: string]: unknown;
}

const insert = (collection: string, doc: Doc): WriteOp => ({ kind: 'insert', collection, doc });
const update = (collection: string, filter: Filter, change: Update): WriteOp => ({
  kind: 'update',
  collection,
  filter,
  update: change,
});
const remove = (collection: string, filter: Filter): WriteOp => ({ kind: 'delete', collection, filter });

export function atomicContract(ctx: ContractContext): void {
  const atomic = (ops: readonly WriteOp[]) => ctx.store().atomic(ops);

  it('applies ops in order across collections and returns each resulting document', async () => {
    const orders = await ctx.collection<Doc>('orders');
    const stock = await ctx.collection<Doc>('stock');
    await stock.insertMany([
      { _id: 's1', qty: 5 },
      { _id: 's2', qty: 1 },
    ]);
    const result = await atomic([
      insert(orders.name, { _id: 'o1', lines: [{ sku: 's1', qty: 2 }] }),
      update(stock.name, { _id: 's1', qty: { $gte: 2 } }, { $inc: { qty: -2 } }),
      remove(stock.name, { qty: { $lt: 2 } }),
    ]);
    expect(result).toEqual({
      ok: true,
      docs: [
        { _id: 'o1', lines: [{ sku: 's1', qty: 2 }] },
        { _id: 's1', qty: 3 },
        { _id: 's2', qty: 1 },
      ],
    });
    expect(await orders.findById('o1')).toEqual({ _id: 'o1', lines: [{ sku: 's1', qty: 2 }] });
    expect(await stock.findAll({})).toEqual([{ _id: 's1', qty: 3 }]);
  });

  it('lets each op see the effects of the earlier ones (one document touched several times)', async () => {
    const docs = await ctx.collection<Doc>('docs');
    const name = docs.name;
    const result = await atomic([
      insert(name, { _id: 'x', n: 1, tags: ['a'], deep: { k: 0, keep: [1] } }),
      update(name, { _id: 'x' }, { $inc: { n: 1, 'deep.k': 1 }, $push: { tags: 'b' } }),
      update(name, { n: 2, tags: { $all: ['a', 'b'] } }, { $inc: { n: 10 } }),
      insert(name, { _id: 'y', n: 0 }),
      remove(name, { _id: 'y', n: 0 }),
    ]);
    expect(result).toEqual({
      ok: true,
      docs: [
        { _id: 'x', n: 1, tags: ['a'], deep: { k: 0, keep: [1] } },
        { _id: 'x', n: 2, tags: ['a', 'b'], deep: { k: 1, keep: [1] } },
        { _id: 'x', n: 12, tags: ['a', 'b'], deep: { k: 1, keep: [1] } },
        { _id: 'y', n: 0 },
        { _id: 'y', n: 0 },
      ],
    });
    expect(await docs.findAll({})).toEqual([{ _id: 'x', n: 12, tags: ['a', 'b'], deep: { k: 1, keep: [1] } }]);

    // Delete then re-insert the same _id, and an insert, update and delete that cancel out.
    const again = await atomic([
      remove(name, { _id: 'x' }),
      insert(name, { _id: 'x', n: 100 }),
      insert(name, { _id: 'z', n: 1 }),
      update(name, { _id: 'z' }, { $set: { n: 2 } }),
      remove(name, { _id: 'z', n: 2 }),
    ]);
    expect(again.ok).toBe(true);
    expect(await docs.findAll({})).toEqual([{ _id: 'x', n: 100 }]);
  });

  it('writes nothing when an op fails and reports every failure in index order', async () => {
    const docs = await ctx.collection<Doc>('docs');
    const name = docs.name;
    await docs.insertMany([
      { _id: 'a', v: 'old', qty: 1 },
      { _id: 'b', v: 'old', qty: 5 },
    ]);
    const ops: WriteOp[] = [
      insert(name, { _id: 'new', v: 'n' }),
      update(name, { _id: 'missing' }, { $set: { v: 'x' } }),
      insert(name, { _id: 'a', v: 'clash' }),
      update(name, { _id: 'b' }, { $inc: { qty: -1 } }),
      remove(name, { v: 'nobody' }),
      update(name, { _id: 'a', qty: { $gte: 2 } }, { $inc: { qty: -2 } }),
      remove(name, { _id: 'b' }),
    ];
    expect(await atomic(ops)).toEqual({
      ok: false,
      failures: [
        { index: 1, reason: 'NO_MATCH' },
        { index: 2, reason: 'DUPLICATE_KEY' },
        { index: 4, reason: 'NO_MATCH' },
        { index: 5, reason: 'NO_MATCH' },
      ],
    });
    expect(await docs.findAll({})).toEqual([
      { _id: 'a', v: 'old', qty: 1 },
      { _id: 'b', v: 'old', qty: 5 },
    ]);
  });

  it('gives a failed op no effect on the ops after it', async () => {
    const docs = await ctx.collection<Doc>('docs');
    const name = docs.name;
    await docs.insertOne({ _id: 'a', v: 'old' });
    const result = await atomic([
      insert(name, { _id: 'a', v: 'new' }), // clashes: a stays 'old'
      update(name, { _id: 'a', v: 'new' }, { $set: { seen: true } }),
      update(name, { _id: 'a', v: 'old' }, { $set: { v: 'changed' } }),
      remove(name, { _id: 'gone' }), // fails: the insert below still works
      insert(name, { _id: 'b' }),
      insert(name, { _id: 'b' }), // sees the insert above
      update(name, { v: 'changed' }, { $set: { v: 'twice' } }),
    ]);
    expect(result).toEqual({
      ok: false,
      failures: [
        { index: 0, reason: 'DUPLICATE_KEY' },
        { index: 1, reason: 'NO_MATCH' },
        { index: 3, reason: 'NO_MATCH' },
        { index: 5, reason: 'DUPLICATE_KEY' },
      ],
    });
    expect(await docs.findAll({})).toEqual([{ _id: 'a', v: 'old' }]);
  });

  it('enforces unique indexes against stored documents and within the batch', async () => {
    const people = await ctx.collection<Doc>('people');
    const name = people.name;
    await people.createIndex({ fields: ['email'], unique: true });
    await people.insertMany([
      { _id: 'p1', email: 'a@x' },
      { _id: 'p2', email: 'b@x' },
    ]);
    const clash = await atomic([
      insert(name, { _id: 'p3', email: 'a@x' }),
      insert(name, { _id: 'p4', email: 'c@x' }),
      insert(name, { _id: 'p5', email: 'c@x' }),
      update(name, { _id: 'p2' }, { $set: { email: 'c@x' } }),
      update(name, { _id: 'p1' }, { $set: { email: 'a@x', n: 1 } }),
    ]);
    expect(clash).toEqual({
      ok: false,
      failures: [
        { index: 0, reason: 'DUPLICATE_KEY' },
        { index: 2, reason: 'DUPLICATE_KEY' },
        { index: 3, reason: 'DUPLICATE_KEY' },
      ],
    });
    expect(await people.count()).toBe(2);

    // A key freed earlier in the batch (by an update or a delete) may be taken by a later op.
    const swap = await atomic([
      update(name, { _id: 'p1' }, { $set: { email: 'tmp@x' } }),
      update(name, { _id: 'p2' }, { $set: { email: 'a@x' } }),
      update(name, { _id: 'p1' }, { $set: { email: 'b@x' } }),
      remove(name, { email: 'a@x' }),
      insert(name, { _id: 'p6', email: 'a@x' }),
    ]);
    expect(swap.ok).toBe(true);
    expect(await people.findAll({})).toEqual([
      { _id: 'p1', email: 'b@x' },
      { _id: 'p6', email: 'a@x' },
    ]);
    // The index follows: lookups by key, taken keys and freed ones.
    expect((await people.findOne({ email: 'b@x' }))?._id).toBe('p1');
    expect((await people.findOne({ email: 'a@x' }))?._id).toBe('p6');
    await expect(people.insertOne({ _id: 'p7', email: 'b@x' })).rejects.toThrow();
    await people.insertOne({ _id: 'p8', email: 'tmp@x' });
    await people.deleteOne({ _id: 'p6' });
    await people.insertOne({ _id: 'p9', email: 'a@x' });
  });

  it('is atomic under concurrency: 1000 batches reserving from a counter of 100', async () => {
    const holds = await ctx.collection<Doc>('holds');
    const counters = await ctx.collection<Doc>('counters');
    // Creating the index also creates the collection (on MongoDB: not implicitly, 1000 times at once).
    await holds.createIndex({ fields: ['counter'] });
    await counters.insertOne({ _id: 'c', qty: 100 });
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        atomic([
          insert(holds.name, { _id: `h${i}`, counter: 'c', qty: 1 }),
          update(counters.name, { _id: 'c', qty: { $gte: 1 } }, { $inc: { qty: -1 } }),
        ]),
      ),
    );
    const succeeded = results.filter((r) => r.ok);
    expect(succeeded).toHaveLength(100);
    const left = succeeded.map((r) => (r.ok ? (r.docs[1] as Doc).qty : null));
    expect(new Set(left).size).toBe(100);
    const failed = results.flatMap((r) => (r.ok ? [] : [r.failures]));
    expect(failed).toEqual(Array.from({ length: 900 }, () => [{ index: 1, reason: 'NO_MATCH' }]));
    expect(await holds.count({ counter: 'c' })).toBe(100);
    expect(await counters.findById('c')).toEqual({ _id: 'c', qty: 0 });
  }, 120_000);

  it('returns copies and keeps no reference to the caller’s documents', async () => {
    const docs = await ctx.collection<Doc>('docs');
    const input = { _id: 'x', nested: { n: 1 }, list: [1] };
    const change: Update = { $set: { obj: { k: 1 } } };
    const result = await atomic([insert(docs.name, input), update(docs.name, { _id: 'x' }, change)]);
    if (!result.ok) throw new Error('expected success');
    const [inserted, updated] = result.docs as Doc[];
    input.nested.n = 99;
    input.list.push(2);
    (change.$set as { obj: { k: number } }).obj.k = 99;
    (inserted?.nested as { n: number }).n = 42;
    (updated?.obj as { k: number }).k = 42;
    (updated?.list as number[]).push(3);
    expect(await docs.findById('x')).toEqual({ _id: 'x', nested: { n: 1 }, list: [1], obj: { k: 1 } });
  });

  it('rejects invalid batches without writing anything', async () => {
    const docs = await ctx.collection<Doc>('docs');
    const name = docs.name;
    await docs.insertOne({ _id: 'a', s: 'text', n: 1 });
    const valid = insert(name, { _id: 'new' });
    await expect(atomic([])).rejects.toThrow(RangeError);
    const tooMany = Array.from({ length: MAX_ATOMIC_OPS + 1 }, (_, i) => insert(name, { _id: `d${i}` }));
    await expect(atomic(tooMany)).rejects.toThrow(RangeError);
    const malformed: unknown[] = [
      { kind: 'update', collection: name, filter: { s: { $regex: 'x' } }, update: { $set: { s: 'y' } } },
      { kind: 'update', collection: name, filter: { _id: 'a' }, update: { $rename: { s: 't' } } },
      { kind: 'update', collection: name, filter: { _id: 'a' } },
      { kind: 'delete', collection: name, filter: { $or: [] } },
      { kind: 'insert', collection: name, doc: { noId: true } },
      { kind: 'upsert', collection: name, doc: { _id: 'u' } },
      { kind: 'insert', collection: '', doc: { _id: 'u' } },
      { kind: 'insert', doc: { _id: 'u' } },
      null,
    ];
    for (const op of malformed) {
      await expect(atomic([valid, op as WriteOp])).rejects.toThrow(TypeError);
    }
    // Updates the matched document cannot take reject the whole batch too (not a failure).
    const unappliable: [Filter, Update][] = [
      [{ _id: 'a' }, { $inc: { s: 1 } }],
      [{ _id: 'a' }, { $set: { _id: 'b' } }],
    ];
    for (const [filter, change] of unappliable) {
      await expect(atomic([valid, update(name, filter, change)])).rejects.toThrow();
    }
    expect(await docs.findAll({})).toEqual([{ _id: 'a', s: 'text', n: 1 }]);
  });
}
