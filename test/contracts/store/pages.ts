/** Contract: keyset pagination (findPage) — walking, ties, mixed types, limits, bad cursors, stability. */
import type { ContractContext } from './context';
import {
  DEFAULT_PAGE_SIZE,
  InvalidCursorError,
  MAX_PAGE_SIZE,
  type BaseDocument,
  type Collection,
  type Filter,
  type FindOptions,
  type Scalar,
} from '../../../platform/store/port';

interface Row extends BaseDocument {
  rank?: number | null;
  group: string;
  meta: { at: string };
  mixed?: Scalar;
}

function rows(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => {
    const row: Row = {
      _id: `r${String((i * 37) % count).padStart(3, '0')}`,
      group: i % 3 === 0 ? 'even' : 'odd',
      meta: { at: `2024-01-${String((i % 5) + 1).padStart(2, '0')}` },
    };
    if (i % 10 !== 4) row.rank = i % 10 === 9 ? null : i % 6; // ties, nulls and missing values
    const mixed: Scalar[] = [null, 3, -1.5, 'b', 'a', true, false, 0, 'B'];
    if (i % 11 !== 0) row.mixed = mixed[i % mixed.length] ?? null;
    return row;
  });
}

async function walk<T extends BaseDocument>(
  collection: Collection<T>,
  filter: Filter,
  options: Omit<FindOptions, 'after'>,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let after: string | undefined;
  for (let pages = 1; pages < 10_000; pages++) {
    const page = await collection.findPage(filter, after === undefined ? options : { ...options, after });
    ids.push(...page.items.map((d) => d._id));
    if (page.items.length > 0) expect(page.endCursor).not.toBeNull();
    if (!page.hasNextPage) return { ids, pages };
    expect(page.items).toHaveLength(options.limit ?? DEFAULT_PAGE_SIZE);
    after = page.endCursor ?? undefined;
  }
  throw new Error('pagination did not terminate');
}

export function pageContract(ctx: ContractContext): void {
  const sorts: FindOptions['sort'][] = [
    undefined,
    { field: '_id', direction: -1 },
    { field: 'rank', direction: 1 },
    { field: 'rank', direction: -1 },
    { field: 'meta.at', direction: 1 },
    { field: 'meta.at', direction: -1 },
    { field: 'mixed', direction: 1 },
    { field: 'mixed', direction: -1 },
  ];

  it.each(sorts.map((sort) => [sort ? `${sort.field} ${sort.direction}` : 'default', sort] as const))(
    'walking every page (sort %s) equals one full sorted read, without gaps or duplicates',
    async (_label, sort) => {
      const table = await ctx.collection<Row>('rows');
      const data = rows(120);
      await table.insertMany(data);
      for (const filter of [{}, { group: 'odd' }] as Filter[]) {
        const full = (await table.findAll(filter, sort ? { sort } : {})).map((d) => d._id);
        expect(full).toHaveLength(filter.group ? data.filter((d) => d.group === 'odd').length : 120);
        for (const limit of [1, 7, 40, 1000]) {
          const { ids, pages } = await walk(table, filter, { sort, limit });
          expect(ids).toEqual(full);
          expect(new Set(ids).size).toBe(ids.length);
          expect(pages).toBe(Math.max(1, Math.ceil(full.length / limit)));
        }
      }
    },
  );

  it('orders string ids by code point (UTF-8 byte order), both directions, paged or not', async () => {
    const table = await ctx.collection<BaseDocument>('ids');
    const ordered = ['A', 'a', 'a\uffff', 'a\u{1F600}', 'b', '\u00e9', '\ue000', '\uffff', '\u{10000}', '\u{1F600}'];
    await table.insertMany([...ordered].reverse().map((_id) => ({ _id })));
    expect((await table.findAll({})).map((d) => d._id)).toEqual(ordered);
    const down = await table.findAll({}, { sort: { field: '_id', direction: -1 } });
    expect(down.map((d) => d._id)).toEqual([...ordered].reverse());
    const first = await table.findPage({}, { limit: 4 });
    const rest = await table.findPage({}, { limit: 10, after: first.endCursor! });
    expect([...first.items, ...rest.items].map((d) => d._id)).toEqual(ordered);
  });

  it('orders mixed types like MongoDB: null/missing, numbers, strings (by code point), booleans', async () => {
    const table = await ctx.collection<Row>('rows');
    await table.insertMany(rows(20));
    const values = (await table.findAll({}, { sort: { field: 'mixed', direction: 1 } })).map((d) => d.mixed ?? null);
    expect(values).toEqual([
      null,
      null,
      null,
      null,
      -1.5,
      0,
      0,
      3,
      3,
      3,
      'B',
      'B',
      'a',
      'a',
      'b',
      'b',
      false,
      false,
      true,
      true,
    ]);
  });

  it('reports hasNextPage exactly, also when the total is a multiple of the page size', async () => {
    const table = await ctx.collection<Row>('rows');
    await table.insertMany(rows(10));
    const first = await table.findPage({}, { limit: 5 });
    expect(first.hasNextPage).toBe(true);
    const second = await table.findPage({}, { limit: 5, after: first.endCursor ?? undefined });
    expect(second.items).toHaveLength(5);
    expect(second.hasNextPage).toBe(false);
    const beyond = await table.findPage({}, { limit: 5, after: second.endCursor ?? undefined });
    expect(beyond).toEqual({ items: [], endCursor: null, hasNextPage: false });
    expect(await table.findPage({ group: 'none' })).toEqual({ items: [], endCursor: null, hasNextPage: false });
  });

  it('defaults the page size, clamps it to the maximum and rejects sizes below one', async () => {
    const table = await ctx.collection<BaseDocument>('many');
    await table.insertMany(
      Array.from({ length: MAX_PAGE_SIZE + 5 }, (_, i) => ({ _id: `m${String(i).padStart(5, '0')}` })),
    );
    const byDefault = await table.findPage({});
    expect(byDefault.items).toHaveLength(DEFAULT_PAGE_SIZE);
    expect(byDefault.hasNextPage).toBe(true);
    const clamped = await table.findPage({}, { limit: MAX_PAGE_SIZE * 5 });
    expect(clamped.items).toHaveLength(MAX_PAGE_SIZE);
    expect(clamped.hasNextPage).toBe(true);
    const rest = await table.findPage({}, { limit: MAX_PAGE_SIZE * 5, after: clamped.endCursor ?? undefined });
    expect(rest.items).toHaveLength(5);
    expect(rest.hasNextPage).toBe(false);
    for (const limit of [0, -1, 2.5, Number.NaN]) {
      await expect(table.findPage({}, { limit })).rejects.toThrow(RangeError);
    }
  });

  it('rejects malformed or tampered cursors with InvalidCursorError', async () => {
    const table = await ctx.collection<Row>('rows');
    await table.insertMany(rows(5));
    const { endCursor } = await table.findPage({}, { limit: 2 });
    const encode = (json: string): string => Buffer.from(json).toString('base64url');
    const bad = [
      '',
      'not a cursor!',
      'abc',
      encode('{"a":1}'),
      encode('[1]'),
      encode('[1,2]'),
      encode('[{"x":1},"r001"]'),
      `${endCursor ?? ''}x`,
    ];
    for (const after of bad) {
      const err = await table.findPage({}, { after }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InvalidCursorError);
      expect((err as InvalidCursorError).code).toBe('INVALID_CURSOR');
    }
    await expect(
      table.findPage({}, { after: encode('[3,"r001"]'), sort: { field: 'rank', direction: 1 } }),
    ).resolves.toBeDefined();
  });

  it('continues exactly after the cursor when documents are inserted or deleted between pages', async () => {
    const table = await ctx.collection<BaseDocument & { at: string }>('events');
    const at = (n: number): string => `2024-01-01T00:00:${String(n).padStart(2, '0')}Z`;
    await table.insertMany(Array.from({ length: 10 }, (_, i) => ({ _id: `e${i}`, at: at(i * 2) })));
    const sort = { field: 'at', direction: 1 } as const;
    const first = await table.findPage({}, { sort, limit: 4 });
    expect(first.items.map((d) => d._id)).toEqual(['e0', 'e1', 'e2', 'e3']);

    await Promise.all([
      table.insertOne({ _id: 'before', at: at(1) }), // sorts inside the first page
      table.insertOne({ _id: 'a-tie', at: at(6) }), // ties the cursor's value, lower _id than e3
      table.insertOne({ _id: 'tie-z', at: at(6) }), // ties the cursor's value, higher _id than e3
      table.insertOne({ _id: 'later', at: at(9) }),
      table.deleteOne({ _id: 'e3' }), // the cursor's own document may disappear
    ]);
    const second = await table.findPage({}, { sort, limit: 4, after: first.endCursor ?? undefined });
    expect(second.items.map((d) => d._id)).toEqual(['tie-z', 'e4', 'later', 'e5']);
    expect(second.hasNextPage).toBe(true);

    const desc = await table.findPage(
      {},
      { sort: { field: 'at', direction: -1 }, limit: 3, after: first.endCursor ?? undefined },
    );
    expect(desc.items.map((d) => d._id)).toEqual(['a-tie', 'e2', 'e1']);
  });
}
