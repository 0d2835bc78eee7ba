/** Contract: every filter operator, dotted paths, array-any semantics, findAll sort and limit. */
import type { ContractContext } from './context';
import type { BaseDocument, Filter } from '../../../platform/store/port';

interface Item extends BaseDocument {
  n: number;
  s: string;
  tags?: string[];
  addr?: { city: string; zip?: number };
  lines: { sku: string; qty: number }[];
  flag?: boolean;
  opt?: string | null;
}

const ITEMS: Item[] = [
  {
    _id: 'a',
    n: 1,
    s: 'x',
    tags: ['red', 'blue'],
    addr: { city: 'Oslo', zip: 1000 },
    lines: [
      { sku: 'S1', qty: 2 },
      { sku: 'S2', qty: 5 },
    ],
    flag: true,
    opt: null,
  },
  { _id: 'b', n: 2, s: 'y', tags: ['green'], addr: { city: 'Bergen' }, lines: [{ sku: 'S2', qty: 1 }], flag: false },
  { _id: 'c', n: 3, s: 'z', tags: [], lines: [], opt: 'set' },
  { _id: 'd', n: 10, s: 'X', tags: ['red'], addr: { city: 'Oslo', zip: 2000 }, lines: [{ sku: 'S3', qty: 9 }] },
];

/** [description, filter, expected ids in _id order]. */
export const FILTER_CASES: [string, Filter, string[]][] = [
  ['empty filter', {}, ['a', 'b', 'c', 'd']],
  ['scalar equality', { n: 2 }, ['b']],
  ['string equality is case-sensitive', { s: 'x' }, ['a']],
  ['boolean equality', { flag: false }, ['b']],
  ['$eq', { n: { $eq: 3 } }, ['c']],
  ['$ne', { n: { $ne: 2 } }, ['a', 'c', 'd']],
  ['$ne on a missing field', { flag: { $ne: true } }, ['b', 'c', 'd']],
  ['$in', { n: { $in: [1, 3, 99] } }, ['a', 'c']],
  ['$in empty', { n: { $in: [] } }, []],
  ['$in with a repeated value', { n: { $in: [2, 2, 3] } }, ['b', 'c']],
  ['$in compares types strictly', { n: { $in: ['1', 2, true] } }, ['b']],
  ['$in with $ne on the same field', { tags: { $in: ['red', 'green'], $ne: 'blue' } }, ['b', 'd']],
  ['$in and a condition on another field', { 'lines.sku': { $in: ['S2', 'S3'] }, n: { $lt: 10 } }, ['a', 'b']],
  ['dotted $in with null matches missing', { 'addr.zip': { $in: [null, 2000] } }, ['b', 'c', 'd']],
  ['$eq with $nin on the same field', { 'lines.sku': { $eq: 'S2', $nin: ['S1'] } }, ['b']],
  ['$nin', { n: { $nin: [1, 3] } }, ['b', 'd']],
  ['$nin empty', { n: { $nin: [] } }, ['a', 'b', 'c', 'd']],
  ['$gt', { n: { $gt: 2 } }, ['c', 'd']],
  ['$gte', { n: { $gte: 2 } }, ['b', 'c', 'd']],
  ['$lt', { n: { $lt: 2 } }, ['a']],
  ['$lte', { n: { $lte: 2 } }, ['a', 'b']],
  ['range', { n: { $gt: 1, $lt: 10 } }, ['b', 'c']],
  ['string range by code point', { s: { $gt: 'x' } }, ['b', 'c']],
  ['uppercase sorts before lowercase', { s: { $lt: 'a' } }, ['d']],
  ['no cross-type comparison (number vs string)', { n: { $gt: '1' } }, []],
  ['no cross-type comparison (string vs number)', { s: { $lt: 5 } }, []],
  ['dotted equality', { 'addr.city': 'Oslo' }, ['a', 'd']],
  ['dotted range', { 'addr.zip': { $gte: 1500 } }, ['d']],
  ['dotted $exists false', { 'addr.zip': { $exists: false } }, ['b', 'c']],
  ['$exists true', { addr: { $exists: true } }, ['a', 'b', 'd']],
  ['null matches null and missing', { opt: null }, ['a', 'b', 'd']],
  ['$eq null', { opt: { $eq: null } }, ['a', 'b', 'd']],
  ['$exists counts null as present', { opt: { $exists: true } }, ['a', 'c']],
  ['$ne null', { opt: { $ne: null } }, ['c']],
  ['$in with null', { opt: { $in: [null, 'set'] } }, ['a', 'b', 'c', 'd']],
  ['a range never matches null or missing', { opt: { $lte: 'zzz' } }, ['c']],
  ['$in with a number and null matches it, null and missing', { 'addr.zip': { $in: [1000, null] } }, ['a', 'b', 'c']],
  ['array: any element equals', { tags: 'red' }, ['a', 'd']],
  ['array: $eq any element', { tags: { $eq: 'blue' } }, ['a']],
  ['array: $in any element', { tags: { $in: ['green', 'blue'] } }, ['a', 'b']],
  ['array: $nin no element', { tags: { $nin: ['red'] } }, ['b', 'c']],
  ['array: $ne no element', { tags: { $ne: 'red' } }, ['b', 'c']],
  ['array: empty array exists', { tags: { $exists: true } }, ['a', 'b', 'c', 'd']],
  ['array: empty array is not null', { tags: null }, []],
  ['array of subdocuments: dotted equality', { 'lines.sku': 'S2' }, ['a', 'b']],
  ['array of subdocuments: dotted $in', { 'lines.sku': { $in: ['S1', 'S3'] } }, ['a', 'd']],
  ['array of subdocuments: dotted range', { 'lines.qty': { $gt: 4 } }, ['a', 'd']],
  ['array: each operator may match a different element', { 'lines.qty': { $gt: 4, $lt: 3 } }, ['a']],
  ['array of subdocuments: $exists', { 'lines.sku': { $exists: true } }, ['a', 'b', 'd']],
  ['array index path', { 'lines.0.sku': 'S2' }, ['b']],
  ['implicit AND', { n: { $gte: 2 }, 'addr.city': 'Oslo' }, ['d']],
  ['implicit AND with no match', { _id: 'b', n: 3 }, []],
  ['$all: every value is an element', { tags: { $all: ['blue', 'red'] } }, ['a']],
  ['$all with one value', { tags: { $all: ['red'] } }, ['a', 'd']],
  ['$all with a repeated value', { tags: { $all: ['red', 'red'] } }, ['a', 'd']],
  ['$all with a value no document has', { tags: { $all: ['red', 'green'] } }, []],
  ['$all empty matches nothing', { tags: { $all: [] } }, []],
  ['$all on a scalar field is equality', { n: { $all: [2] } }, ['b']],
  ['$all on a scalar field with two values', { n: { $all: [2, 3] } }, []],
  ['$all on a missing field', { addr: { $all: ['Oslo'] } }, []],
  ['$all with $nin', { tags: { $all: ['red'], $nin: ['blue'] } }, ['d']],
  ['$all with $exists and another field', { tags: { $all: ['red'], $exists: true }, n: { $gte: 5 } }, ['d']],
  ['$all over subdocuments', { 'lines.sku': { $all: ['S2', 'S1'] } }, ['a']],
  ['$all with $in', { 'lines.sku': { $all: ['S2'], $in: ['S1', 'S3'] } }, ['a']],
  ['_id $all', { _id: { $all: ['c'] } }, ['c']],
  ['_id $in', { _id: { $in: ['a', 'zz', 'c'] } }, ['a', 'c']],
  ['_id $gt', { _id: { $gt: 'b' } }, ['c', 'd']],
];

export function filterContract(ctx: ContractContext): void {
  it.each(FILTER_CASES)('%s', async (_label, filter, expected) => {
    const items = await ctx.collection<Item>('items');
    await items.insertMany(ITEMS);
    expect((await items.findAll(filter)).map((d) => d._id)).toEqual(expected);
    expect(await items.count(filter)).toBe(expected.length);
    const one = await items.findOne(filter);
    if (expected.length === 0) expect(one).toBeNull();
    else expect(expected).toContain(one?._id);
  });

  it('gives the same answers through single-field indexes', async () => {
    const items = await ctx.collection<Item>('items');
    for (const field of ['n', 's', 'tags', 'addr.city', 'lines.sku', 'opt', 'flag']) {
      await items.createIndex({ fields: [field] });
    }
    await items.insertMany(ITEMS);
    for (const [label, filter, expected] of FILTER_CASES) {
      const ids = (await items.findAll(filter)).map((d) => d._id);
      expect({ label, ids }).toEqual({ label, ids: expected });
      expect({ label, count: await items.count(filter) }).toEqual({ label, count: expected.length });
      const one = (await items.findOne(filter))?._id ?? null;
      expect({ label, found: expected.length === 0 ? one === null : expected.includes(one!) }).toEqual({
        label,
        found: true,
      });
    }
  });

  it('finds an $in over many values in a large indexed collection', async () => {
    const variants = await ctx.collection<BaseDocument & { sku: string; n: number }>('variants');
    await variants.createIndex({ fields: ['sku'] });
    const docs = Array.from({ length: 3000 }, (_, i) => ({
      _id: `v${String(i).padStart(5, '0')}`,
      sku: `SKU-${i % 1500}`,
      n: i,
    }));
    await variants.insertMany(docs);
    const skus = Array.from({ length: 48 }, (_, i) => `SKU-${i * 31}`);
    const found = await variants.findAll({ sku: { $in: skus } });
    expect(found.map((d) => d._id)).toEqual(docs.filter((d) => skus.includes(d.sku)).map((d) => d._id));
    expect(found).toHaveLength(96);
  });

  it('skips documents whose range field is null through a compound (equality, range) index', async () => {
    // The shape of the reservation sweeper's query: holds without an expiry must never match it.
    const holds = await ctx.collection<BaseDocument & { status: string; expiresAt: string | null }>('holds');
    await holds.createIndex({ fields: ['status', 'expiresAt'] });
    await holds.insertMany([
      { _id: 'h1', status: 'ACTIVE', expiresAt: '2026-11-01T12:00:00.000Z' },
      { _id: 'h2', status: 'ACTIVE', expiresAt: null },
      { _id: 'h3', status: 'ACTIVE', expiresAt: '2026-11-01T11:00:00.000Z' },
      { _id: 'h4', status: 'COMMITTED', expiresAt: '2026-11-01T10:00:00.000Z' },
      { _id: 'h5', status: 'ACTIVE', expiresAt: '2026-11-01T13:00:00.000Z' },
    ]);
    const due = await holds.findAll(
      { status: 'ACTIVE', expiresAt: { $lte: '2026-11-01T12:30:00.000Z' } },
      { sort: { field: 'expiresAt', direction: 1 }, limit: 10 },
    );
    expect(due.map((d) => d._id)).toEqual(['h3', 'h1']);
  });

  it('sorts and caps findAll', async () => {
    const items = await ctx.collection<Item>('items');
    await items.insertMany([...ITEMS].reverse());
    expect((await items.findAll({})).map((d) => d._id)).toEqual(['a', 'b', 'c', 'd']);
    expect((await items.findAll({}, { sort: { field: 'n', direction: -1 } })).map((d) => d._id)).toEqual([
      'd',
      'c',
      'b',
      'a',
    ]);
    expect((await items.findAll({}, { sort: { field: 's', direction: 1 }, limit: 2 })).map((d) => d._id)).toEqual([
      'd',
      'a',
    ]);
    // Missing sorts like null (first ascending); ties are broken by _id in the same direction.
    const byCity = await items.findAll({}, { sort: { field: 'addr.city', direction: 1 } });
    expect(byCity.map((d) => d._id)).toEqual(['c', 'b', 'a', 'd']);
    const byCityDesc = await items.findAll({}, { sort: { field: 'addr.city', direction: -1 } });
    expect(byCityDesc.map((d) => d._id)).toEqual(['d', 'a', 'b', 'c']);
    await expect(items.findAll({}, { limit: 0 })).rejects.toThrow(RangeError);
  });

  it('rejects filters outside the supported subset', async () => {
    const items = await ctx.collection<Item>('items');
    await items.insertMany(ITEMS);
    const bad = [
      { s: { $regex: 'x' } },
      { $or: [{ n: 1 }] },
      { n: { $in: 'x' } },
      { tags: { $all: 'red' } },
      { tags: { $all: [['red']] } },
      { n: {} },
      { addr: { city: 'Oslo' } },
    ];
    for (const filter of bad) {
      await expect(items.findAll(filter as unknown as Filter)).rejects.toThrow(TypeError);
    }
  });
}
