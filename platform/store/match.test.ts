import { matches, sameScalar, validateFilter } from './match';
import { compareStrings, compareValues, keyOf, resolvePath } from './path';
import type { Filter } from './port';

const doc = {
  _id: 'o1',
  qty: 5,
  status: 'OPEN',
  note: null,
  tags: ['a', 'b'],
  matrix: [[1, 2]],
  customer: { id: 'c1', address: { city: 'Oslo' } },
  lines: [
    { sku: 'S1', qty: 1, info: { gift: true } },
    { sku: 'S2', qty: 3 },
  ],
};

describe('matches', () => {
  const cases: [Filter, boolean][] = [
    [{}, true],
    [{ qty: 5 }, true],
    [{ qty: '5' }, false],
    [{ qty: 5, status: 'CLOSED' }, false],
    [{ qty: { $gte: 5, $lt: 6 } }, true],
    [{ qty: { $gt: 5 } }, false],
    [{ status: { $in: ['OPEN', 'NEW'] } }, true],
    [{ status: { $nin: ['OPEN'] } }, false],
    [{ note: null }, true],
    [{ missing: null }, true],
    [{ missing: { $ne: null } }, false],
    [{ note: { $exists: true } }, true],
    [{ missing: { $exists: false } }, true],
    [{ tags: 'b' }, true],
    [{ tags: { $ne: 'b' } }, false],
    [{ matrix: 1 }, false], // only one array level is unwound
    [{ 'customer.address.city': 'Oslo' }, true],
    [{ 'customer.address.zip': { $exists: false } }, true],
    [{ 'customer.id.deeper': null }, true], // a scalar on the way counts as missing
    [{ 'lines.sku': 'S2' }, true],
    [{ 'lines.info.gift': true }, true],
    [{ 'lines.info.gift': null }, true], // the second line has no info
    [{ 'lines.1.qty': 3 }, true],
    [{ 'lines.5.qty': null }, false], // an index past the end is not 'missing'
    [{ 'tags.1': 'b' }, true],
    [{ 'tags.2': { $exists: false } }, true],
    [{ 'lines.qty': { $gt: 2, $lt: 2 } }, true], // different elements may satisfy each operator
    [{ 'lines.qty': { $gt: 3 } }, false],
    [{ status: { $gt: 'A' } }, true],
    [{ status: { $gt: 1 } }, false], // type bracketing
    [{ tags: { $all: ['b', 'a'] } }, true],
    [{ tags: { $all: ['a', 'c'] } }, false],
    [{ tags: { $all: [] } }, false], // MongoDB: an empty $all matches nothing
    [{ qty: { $all: [5] } }, true], // on a scalar: equality
    [{ qty: { $all: [5, 6] } }, false],
    [{ 'lines.sku': { $all: ['S1', 'S2'], $nin: ['S3'] } }, true],
    [{ missing: { $all: ['x'] } }, false],
  ];
  it.each(cases)('%j → %s', (filter, expected) => {
    validateFilter(filter);
    expect(matches(doc, filter)).toBe(expected);
  });
});

describe('validateFilter', () => {
  const invalid: unknown[] = [
    null,
    [],
    { $or: [] },
    { a: { $regex: 'x' } },
    { a: { b: 1 } },
    { a: {} },
    { a: [1] },
    { a: { $in: 1 } },
    { a: { $in: [{}] } },
    { a: { $all: 'x' } },
    { a: { $all: [[1]] } },
    { a: { $exists: 1 } },
    { a: { $gt: null } },
    { a: { $eq: { b: 1 } } },
    { 'a..b': 1 },
    { a: undefined },
  ];
  it.each(invalid)('rejects %j', (filter) => {
    expect(() => validateFilter(filter as Filter)).toThrow(TypeError);
  });
});

describe('path helpers', () => {
  it('resolves fanned-out leaves and missing branches', () => {
    expect(resolvePath(doc, 'lines.info.gift')).toEqual({ leaves: [true], missing: true });
    expect(resolvePath(doc, 'tags')).toEqual({ leaves: [['a', 'b']], missing: false });
  });

  it('orders values across types like MongoDB', () => {
    const sorted = [true, 'b', 2, null, 'B', false, -1, { a: 1 }, [1]].sort(compareValues);
    expect(sorted).toEqual([null, -1, 2, 'B', 'b', { a: 1 }, [1], false, true]);
    expect(compareValues(undefined, null)).toBe(0); // missing sorts as null
  });

  it('compares strings by code point (UTF-8 byte order), not UTF-16 unit', () => {
    expect(compareStrings('\u{1F600}', '\uFFFD')).toBe(1);
    expect('\u{1F600}' < '\uFFFD').toBe(true);
    expect(compareStrings('ab', 'abc')).toBe(-1);
    expect(compareStrings('x', 'x')).toBe(0);
  });

  it('orders well-formed strings exactly as their code points do', () => {
    const units = ['a', 'z', '\u00e9', '\ud7ff', '\ue000', '\uffff', '\u{10000}', '\u{1F600}', '\u{10FFFF}'];
    const strings = units.flatMap((u) => [u, `x${u}`, `${u}y`, `${u}${u}`]);
    const byCodePoints = (s: string) => [...s].map((c) => c.codePointAt(0)!);
    const reference = (a: string, b: string) => {
      const [x, y] = [byCodePoints(a), byCodePoints(b)];
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return Math.sign(x.length - y.length);
    };
    for (const a of strings) {
      for (const b of strings) expect({ a, b, order: compareStrings(a, b) }).toEqual({ a, b, order: reference(a, b) });
    }
  });

  it('keys equal values equally and different types differently', () => {
    expect(keyOf(0)).toBe(keyOf(-0));
    expect(keyOf(1)).not.toBe(keyOf('1'));
    expect(keyOf(null)).toBe(keyOf(undefined));
    expect(keyOf(true)).not.toBe(keyOf('true'));
  });

  it('compares scalars without keys exactly as the index keys do', () => {
    const values: unknown[] = [0, -0, 1, 1n, 1.5, NaN, Infinity, 2 ** 64, 2n ** 64n, '1', 'a', '', true, false];
    for (const a of values) {
      for (const b of values) expect({ a, b, same: sameScalar(a, b) }).toEqual({ a, b, same: keyOf(a) === keyOf(b) });
    }
    expect(sameScalar(NaN, NaN)).toBe(true);
    expect(sameScalar(1n, 1)).toBe(true);
    expect(sameScalar(1, '1')).toBe(false);
  });
});
