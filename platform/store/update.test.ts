import { encodeCursor, decodeCursor, resolvePage } from './cursor';
import { DEFAULT_PAGE_SIZE, InvalidCursorError, MAX_PAGE_SIZE, type Update } from './port';
import { applyUpdate, isEmptyUpdate, updatedCopy, validateUpdate } from './update';

function updated(doc: Record<string, unknown>, update: Update): Record<string, unknown> {
  const copy = structuredClone(doc);
  validateUpdate(update);
  applyUpdate(copy, update);
  return copy;
}

describe('applyUpdate', () => {
  const cases: [Record<string, unknown>, Update, Record<string, unknown>][] = [
    [{}, { $set: { 'a.b': 1 } }, { a: { b: 1 } }],
    [{ a: [1, 2] }, { $set: { 'a.3': 9 } }, { a: [1, 2, null, 9] }],
    [{ a: [{ q: 1 }] }, { $inc: { 'a.0.q': 2 } }, { a: [{ q: 3 }] }],
    [{ a: [1, 2] }, { $unset: { 'a.0': true } }, { a: [null, 2] }],
    [{ a: [{ b: 1 }] }, { $unset: { 'a.b': true } }, { a: [{ b: 1 }] }],
    [{ a: 1 }, { $set: { b: undefined } }, { a: 1 }],
    [{ n: 1.5 }, { $inc: { n: -0.5 } }, { n: 1 }],
    [{}, { $push: { l: { x: 1 } } }, { l: [{ x: 1 }] }],
  ];
  it.each(cases)('%j with %j', (doc, update, expected) => {
    expect(updated(doc, update)).toEqual(expected);
  });

  const failing: [Record<string, unknown>, Update][] = [
    [{ a: 1 }, { $set: { 'a.b': 1 } }],
    [{ a: null }, { $set: { 'a.b': 1 } }],
    [{ a: [1] }, { $set: { 'a.b': 1 } }],
    [{ a: 'x' }, { $inc: { a: 1 } }],
    [{ a: {} }, { $push: { a: 1 } }],
    [{}, { $inc: { a: Number.POSITIVE_INFINITY } }],
    [{}, { $push: { a: { $each: [1] } } }],
    [{}, { $set: { a: 1, 'a.b': 2 } }],
    [{}, { $set: { '': 1 } }],
  ];
  it.each(failing)('%j with %j throws', (doc, update) => {
    expect(() => updated(doc, update)).toThrow(TypeError);
  });

  it('rejects overlapping paths whatever sorts between them', () => {
    expect(() => validateUpdate({ $set: { a: 1, 'a-x': 2, 'a.b': 3 } })).toThrow(/"a" and "a.b" conflict/);
    expect(() => validateUpdate({ $set: { 'a.b': 1 }, $inc: { a: 1 } })).toThrow(TypeError);
    expect(() => validateUpdate({ $set: { a: 1, ab: 2, 'a-b': 3, 'ab.c': 4 } })).toThrow(/"ab" and "ab.c"/);
    expect(() => validateUpdate({ $set: { a: 1, ab: 2, 'a-b': 3, 'b.a': 4 } })).not.toThrow();
  });

  it('recognises empty updates', () => {
    expect(isEmptyUpdate({})).toBe(true);
    expect(isEmptyUpdate({ $set: {} })).toBe(true);
    expect(isEmptyUpdate({ $set: { a: undefined } })).toBe(true);
    expect(isEmptyUpdate({ $inc: { a: 1 } })).toBe(false);
  });
});

describe('updatedCopy (copy-on-write)', () => {
  it('applies the same updates as applyUpdate', () => {
    const doc = { a: { b: [{ c: 1 }, { c: 2 }], d: 'x' }, e: [1], f: 1 };
    const update: Update = {
      $set: { 'a.b.1.c': 5, 'x.y': 1 },
      $inc: { f: 2 },
      $push: { e: 2 },
      $unset: { 'a.d': true },
    };
    expect(updatedCopy(doc, update)).toEqual(updated(doc, update));
  });

  it('leaves the original intact and shares only untouched subtrees with it', () => {
    const doc = { a: { b: [{ c: 1 }, { c: 2 }] }, keep: { deep: [1] }, n: 1 };
    const before = structuredClone(doc);
    const next = updatedCopy(doc, { $set: { 'a.b.0.c': 9 }, $inc: { n: 1 }, $unset: { 'a.b.1.c': true } });
    expect(doc).toEqual(before);
    expect(next).toEqual({ a: { b: [{ c: 9 }, {}] }, keep: { deep: [1] }, n: 2 });
    expect(next.keep).toBe(doc.keep);
    expect(next.a).not.toBe(doc.a);
    expect(next.a.b).not.toBe(doc.a.b);
    expect(next.a.b[1]).not.toBe(doc.a.b[1]);
  });

  it('copies object values taken from the update', () => {
    const value = { k: [1] };
    const next = updatedCopy({ list: [] as unknown[] }, { $set: { v: value }, $push: { list: value } });
    value.k.push(2);
    expect(next).toEqual({ v: { k: [1] }, list: [{ k: [1] }] });
  });

  it('throws on an update that does not fit, leaving the original intact', () => {
    const doc = { a: { b: 'text' } };
    expect(() => updatedCopy(doc, { $set: { 'a.c': 1 }, $inc: { 'a.b': 1 } })).toThrow(TypeError);
    expect(doc).toEqual({ a: { b: 'text' } });
  });
});

describe('cursors and page options', () => {
  it('round-trips [sortValue, _id] as base64url JSON', () => {
    for (const value of [null, 0, -1.25, 'é\u{1F600}', true]) {
      const cursor = encodeCursor(value, 'id/1');
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(JSON.parse(Buffer.from(cursor, 'base64url').toString())).toEqual([value, 'id/1']);
      expect(decodeCursor(cursor)).toEqual({ value, id: 'id/1' });
    }
    expect(() => decodeCursor(`${encodeCursor(1, 'a')}=`)).toThrow(InvalidCursorError);
  });

  it('defaults, clamps and validates the page size', () => {
    expect(resolvePage(undefined)).toEqual({ field: '_id', direction: 1, limit: DEFAULT_PAGE_SIZE, after: null });
    expect(resolvePage({ limit: MAX_PAGE_SIZE + 1 }).limit).toBe(MAX_PAGE_SIZE);
    expect(() => resolvePage({ limit: 0 })).toThrow(RangeError);
    expect(() => resolvePage({ sort: { field: 'a', direction: 2 as 1 } })).toThrow(RangeError);
  });
});
