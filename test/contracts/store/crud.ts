/** Contract: inserts, reads, unique keys, counting, deleting, clearing and copy semantics. */
import type { ContractContext } from './context';
import { DuplicateKeyError, type BaseDocument } from '../../../platform/store/port';

interface Person extends BaseDocument {
  email?: string | null;
  name: string;
  address?: { city: string };
  tags?: string[];
}

interface Level extends BaseDocument {
  sku: string;
  locationId: string;
  qty: number;
}

export function crudContract(ctx: ContractContext): void {
  it('inserts and finds by id, by ids (in key order, null for misses) and by filter', async () => {
    const people = await ctx.collection<Person>('people');
    await people.insertOne({ _id: 'p1', name: 'Ada', address: { city: 'London' } });
    await people.insertMany([
      { _id: 'p2', name: 'Bob' },
      { _id: 'p3', name: 'Cy' },
    ]);
    expect(await people.findById('p1')).toEqual({ _id: 'p1', name: 'Ada', address: { city: 'London' } });
    expect(await people.findById('nope')).toBeNull();
    const byIds = await people.findByIds(['p3', 'missing', 'p1', 'p3']);
    expect(byIds.map((d) => d?._id ?? null)).toEqual(['p3', null, 'p1', 'p3']);
    expect(await people.findByIds([])).toEqual([]);
    expect((await people.findOne({ name: 'Bob' }))?._id).toBe('p2');
    expect(await people.findOne({ name: 'Nobody' })).toBeNull();
    await people.insertMany([]);
    expect(await people.count()).toBe(3);
  });

  it('rejects a duplicate _id with DuplicateKeyError and writes nothing', async () => {
    const people = await ctx.collection<Person>('people');
    await people.insertOne({ _id: 'p1', name: 'Ada' });
    const err = await people.insertOne({ _id: 'p1', name: 'Impostor' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DuplicateKeyError);
    expect((err as DuplicateKeyError).code).toBe('DUPLICATE_KEY');
    expect((err as DuplicateKeyError).collection).toBe(people.name);
    expect((err as DuplicateKeyError).key).toContain('p1');
    expect(await people.findById('p1')).toEqual({ _id: 'p1', name: 'Ada' });
    await expect(
      people.insertMany([
        { _id: 'p2', name: 'B' },
        { _id: 'p1', name: 'X' },
      ]),
    ).rejects.toBeInstanceOf(DuplicateKeyError);
    expect((await people.findById('p1'))?.name).toBe('Ada');
  });

  it('enforces a unique single-field index on insert, update and upsert (writing nothing)', async () => {
    const people = await ctx.collection<Person>('people');
    await people.createIndex({ fields: ['email'], unique: true });
    await people.createIndex({ fields: ['email'], unique: true }); // idempotent
    await people.insertOne({ _id: 'p1', name: 'Ada', email: 'ada@example.com' });
    await people.insertOne({ _id: 'p2', name: 'Bob', email: 'bob@example.com' });

    const err = await people.insertOne({ _id: 'p3', name: 'X', email: 'ada@example.com' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DuplicateKeyError);
    expect((err as DuplicateKeyError).key).toContain('ada@example.com');
    expect(await people.findById('p3')).toBeNull();

    await expect(
      people.updateOne({ _id: 'p2' }, { $set: { email: 'ada@example.com', name: 'Changed' } }),
    ).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(await people.findById('p2')).toEqual({ _id: 'p2', name: 'Bob', email: 'bob@example.com' });

    await expect(
      people.upsertOne({ _id: 'p4' }, { $set: { name: 'n' } }, { _id: 'p4', name: 'D', email: 'bob@example.com' }),
    ).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(await people.count()).toBe(2);

    // Freed keys can be reused, and an update keeping its own key is not a clash.
    expect(await people.updateOne({ _id: 'p2' }, { $set: { email: 'bob2@example.com' } })).not.toBeNull();
    expect((await people.updateOne({ _id: 'p2' }, { $set: { email: 'bob2@example.com', name: 'B' } }))?.name).toBe('B');
    await people.insertOne({ _id: 'p5', name: 'E', email: 'bob@example.com' });
    expect(await people.deleteOne({ _id: 'p1' })).toBe(true);
    await people.insertOne({ _id: 'p6', name: 'F', email: 'ada@example.com' });
    expect(await people.count()).toBe(3);
  });

  it('indexes a missing field as null in a unique index (one document may lack it), like MongoDB', async () => {
    const people = await ctx.collection<Person>('people');
    await people.createIndex({ fields: ['email'], unique: true });
    await people.insertOne({ _id: 'p1', name: 'no email' });
    await expect(people.insertOne({ _id: 'p2', name: 'no email either' })).rejects.toBeInstanceOf(DuplicateKeyError);
    await expect(people.insertOne({ _id: 'p3', name: 'null email', email: null })).rejects.toBeInstanceOf(
      DuplicateKeyError,
    );
    expect(await people.count()).toBe(1);
  });

  it('enforces a unique compound index', async () => {
    const levels = await ctx.collection<Level>('levels');
    await levels.createIndex({ fields: ['sku', 'locationId'], unique: true, name: 'sku_location' });
    await levels.insertOne({ _id: 'l1', sku: 'A', locationId: 'L1', qty: 1 });
    await levels.insertOne({ _id: 'l2', sku: 'A', locationId: 'L2', qty: 2 });
    await levels.insertOne({ _id: 'l3', sku: 'B', locationId: 'L1', qty: 3 });
    await expect(levels.insertOne({ _id: 'l4', sku: 'A', locationId: 'L2', qty: 9 })).rejects.toBeInstanceOf(
      DuplicateKeyError,
    );
    await expect(levels.updateOne({ _id: 'l3' }, { $set: { sku: 'A' } })).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(await levels.findById('l3')).toEqual({ _id: 'l3', sku: 'B', locationId: 'L1', qty: 3 });
    expect(await levels.findById('l4')).toBeNull();
    expect(await levels.count()).toBe(3);
  });

  it('refuses to build a unique index over existing duplicates', async () => {
    const people = await ctx.collection<Person>('people');
    await people.insertMany([
      { _id: 'p1', name: 'Same' },
      { _id: 'p2', name: 'Same' },
    ]);
    await expect(people.createIndex({ fields: ['name'], unique: true })).rejects.toBeInstanceOf(DuplicateKeyError);
    await people.insertOne({ _id: 'p3', name: 'Same' }); // no index was left behind
    expect(await people.count({ name: 'Same' })).toBe(3);
  });

  it('keeps non-unique indexes in step with inserts, updates and deletes (incl. array fields)', async () => {
    const people = await ctx.collection<Person>('people');
    await people.createIndex({ fields: ['name'] });
    await people.createIndex({ fields: ['tags'] });
    const docs: Person[] = [];
    for (let i = 0; i < 300; i++)
      docs.push({ _id: `p${String(i).padStart(3, '0')}`, name: `n${i % 30}`, tags: [`t${i % 7}`, 'all'] });
    await people.insertMany(docs);
    const wanted = ['n1', 'n2', 'n29', 'absent'];
    const expected = docs.filter((d) => wanted.includes(d.name)).map((d) => d._id);
    expect((await people.findAll({ name: { $in: wanted } })).map((d) => d._id)).toEqual(expected);
    expect(await people.count({ tags: 't3' })).toBe(docs.filter((d) => d.tags?.includes('t3')).length);

    await people.updateOne({ _id: 'p001' }, { $set: { name: 'renamed' }, $push: { tags: 'extra' } });
    expect((await people.findAll({ name: 'n1' })).map((d) => d._id)).not.toContain('p001');
    expect((await people.findAll({ name: { $eq: 'renamed' } })).map((d) => d._id)).toEqual(['p001']);
    expect((await people.findAll({ tags: 'extra' })).map((d) => d._id)).toEqual(['p001']);
    await people.deleteOne({ name: 'renamed' });
    expect(await people.findAll({ tags: 'extra' })).toEqual([]);
    expect(await people.count({ name: { $in: ['n1', 'renamed'] } })).toBe(9);
  });

  it('counts, deletes one and clears (indexes survive clear)', async () => {
    const people = await ctx.collection<Person>('people');
    await people.createIndex({ fields: ['email'], unique: true });
    await people.insertMany([
      { _id: 'p1', name: 'A', email: 'a' },
      { _id: 'p2', name: 'B', email: 'b' },
      { _id: 'p3', name: 'B', email: 'c' },
    ]);
    expect(await people.count()).toBe(3);
    expect(await people.count({})).toBe(3);
    expect(await people.count({ name: 'B' })).toBe(2);
    expect(await people.deleteOne({ name: 'B', email: 'x' })).toBe(false);
    expect(await people.deleteOne({ name: 'B' })).toBe(true);
    expect(await people.count({ name: 'B' })).toBe(1);
    expect(await people.deleteOne({ _id: 'nope' })).toBe(false);
    await people.clear();
    expect(await people.count()).toBe(0);
    expect(await people.findById('p1')).toBeNull();
    await people.insertOne({ _id: 'p9', name: 'Z', email: 'a' });
    await expect(people.insertOne({ _id: 'p10', name: 'Z', email: 'a' })).rejects.toBeInstanceOf(DuplicateKeyError);
  });

  it('hands out copies: mutating inputs or results never changes stored documents', async () => {
    const people = await ctx.collection<Person>('people');
    const input: Person = { _id: 'p1', name: 'Ada', tags: ['a'], address: { city: 'London' } };
    await people.insertOne(input);
    input.name = 'mutated';
    input.tags?.push('mutated');
    (input.address as { city: string }).city = 'mutated';

    const mutate = (doc: Person | null | undefined): void => {
      if (!doc) throw new Error('expected a document');
      doc.name = 'mutated';
      doc.tags?.push('mutated');
      if (doc.address) doc.address.city = 'mutated';
    };
    mutate(await people.findById('p1'));
    mutate((await people.findByIds(['p1']))[0]);
    mutate(await people.findOne({ _id: 'p1' }));
    mutate((await people.findAll({}))[0]);
    mutate((await people.findPage({})).items[0]);
    mutate(await people.updateOne({ _id: 'p1' }, { $set: { seen: true } }));
    mutate(await people.upsertOne({ _id: 'p1' }, { $set: { seen: true } }, { _id: 'p1', name: 'x' }));
    const fresh: Person = { _id: 'p2', name: 'Bob', tags: [] };
    mutate(await people.upsertOne({ _id: 'p2' }, { $set: { seen: true } }, fresh));
    fresh.tags?.push('mutated');

    expect(await people.findById('p1')).toEqual({
      _id: 'p1',
      name: 'Ada',
      tags: ['a'],
      address: { city: 'London' },
      seen: true,
    });
    expect(await people.findById('p2')).toEqual({ _id: 'p2', name: 'Bob', tags: [] });
  });

  it('rejects documents without a string _id', async () => {
    const people = await ctx.collection<Person>('people');
    await expect(people.insertOne({ name: 'x' } as Person)).rejects.toThrow(TypeError);
    await expect(people.insertOne({ _id: 7, name: 'x' } as unknown as Person)).rejects.toThrow(TypeError);
    expect(await people.count()).toBe(0);
  });
}
