import { Random } from './random';

describe('Random', () => {
  it('is deterministic per seed and independent per fork', () => {
    const draw = (r: Random) => Array.from({ length: 20 }, () => r.uint32());
    expect(draw(new Random(1))).toEqual(draw(new Random(1)));
    expect(draw(new Random(1))).not.toEqual(draw(new Random(2)));
    expect(draw(new Random(1).fork('a'))).not.toEqual(draw(new Random(1).fork('b')));
  });

  it('keeps helpers within their ranges', () => {
    const r = new Random(99);
    for (let i = 0; i < 2000; i += 1) {
      const n = r.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      expect(r.next()).toBeLessThan(1);
    }
    expect(
      r.weighted([
        ['a', 0],
        ['b', 1],
      ] as const),
    ).toBe('b');
    expect(r.shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
    expect(new Set(r.sample([1, 2, 3, 4, 5], 3)).size).toBe(3);
    expect(() => r.pick([])).toThrow();
    expect(r.sampler(['a', 'b', 'c'], [0, 1, 0])()).toBe('b');
  });
});
