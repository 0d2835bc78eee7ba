import { attribute, splitMinorUnits, type AttributionModel, type TouchInput } from './models';

const at = (day: number) => new Date(Date.UTC(2026, 9, day, 12)).toISOString();
const touches: TouchInput[] = [
  { id: 'a', occurredAt: at(1) },
  { id: 'b', occurredAt: at(10) },
  { id: 'c', occurredAt: at(20) },
  { id: 'd', occurredAt: at(28) },
];
const conversion = { revenue: 10_001, occurredAt: at(30) };
const MODELS: AttributionModel[] = ['LAST_TOUCH', 'FIRST_TOUCH', 'LINEAR', 'TIME_DECAY', 'POSITION_BASED'];

describe('attribution models', () => {
  it.each(MODELS)('%s: revenues sum to the total and weights sum to 1', (model) => {
    const credits = attribute(model, conversion, touches, 30);
    expect(credits.reduce((s, c) => s + c.revenue, 0)).toBe(conversion.revenue);
    expect(credits.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 10);
    for (const c of credits) expect(Number.isInteger(c.revenue) && c.revenue >= 0).toBe(true);
  });

  it.each([
    ['LAST_TOUCH', { d: 10_001 }],
    ['FIRST_TOUCH', { a: 10_001 }],
    ['LINEAR', { a: 2501, b: 2500, c: 2500, d: 2500 }],
    ['POSITION_BASED', { a: 4001, b: 1000, c: 1000, d: 4000 }],
  ] as [AttributionModel, Record<string, number>][])('%s credits %j', (model, expected) => {
    const credits = attribute(model, conversion, touches, 30);
    expect(Object.fromEntries(credits.map((c) => [c.touchpointId, c.revenue]))).toEqual(expected);
  });

  it('TIME_DECAY favours recent touchpoints', () => {
    const credits = attribute('TIME_DECAY', conversion, touches, 30);
    const revenues = credits.map((c) => c.revenue);
    expect([...revenues].sort((x, y) => x - y)).toEqual(revenues);
  });

  it('honours the lookback window and ignores touchpoints after the conversion', () => {
    const late = [...touches, { id: 'after', occurredAt: at(31) }];
    expect(attribute('LINEAR', conversion, late, 5).map((c) => c.touchpointId)).toEqual(['d']);
    expect(attribute('LAST_TOUCH', conversion, late, 30).map((c) => c.touchpointId)).toEqual(['d']);
    expect(attribute('LINEAR', conversion, [], 30)).toEqual([]);
  });

  it('splitMinorUnits always sums exactly (randomised)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 500; i++) {
      const total = Math.floor(rnd() * 1_000_000);
      const weights = Array.from({ length: 1 + Math.floor(rnd() * 9) }, () => rnd());
      const parts = splitMinorUnits(total, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
    }
  });
});
