import { positionProblem, type PositionFacts } from './errors';
import { explainRefusal } from './reservations';

const line = (sku: string, locationId: string, quantity = 1) => ({ sku, locationId, quantity });

describe('positionProblem: one rule for movements and reservations', () => {
  it.each([
    [{ skuKnown: false, locationKnown: false, stocked: false }, 'UNKNOWN_SKU'],
    [{ skuKnown: false, locationKnown: true, stocked: false }, 'UNKNOWN_SKU'],
    [{ skuKnown: true, locationKnown: false, stocked: false }, 'UNKNOWN_LOCATION'],
    [{ skuKnown: true, locationKnown: true, stocked: false }, 'UNKNOWN_POSITION'],
    [{ skuKnown: true, locationKnown: true, stocked: true }, null],
  ] as [PositionFacts, string | null][])('%j → %s, naming the sku and location', (facts, code) => {
    const problem = positionProblem(line('S', 'L'), facts);
    if (code === null) expect(problem).toBeNull();
    else expect(problem).toMatchObject({ ok: false, code, sku: 'S', locationId: 'L' });
  });
});

describe('explainRefusal', () => {
  const available: Record<string, number> = { 'A@l1': 5, 'B@l1': 1, 'C@l2': 0 };
  const problems: Record<string, string> = {
    'X@l1': 'UNKNOWN_SKU',
    'A@lx': 'UNKNOWN_LOCATION',
    'A@l3': 'UNKNOWN_POSITION',
  };
  const explain = (lines: ReturnType<typeof line>[]) =>
    explainRefusal(
      lines,
      lines,
      (l) => {
        const code = problems[`${l.sku}@${l.locationId}`];
        return code ? { ok: false, code: code as never, message: code, sku: l.sku, locationId: l.locationId } : null;
      },
      (l) => available[`${l.sku}@${l.locationId}`] ?? 0,
    );

  it.each([
    [[line('A', 'l1', 9), line('X', 'l1'), line('A', 'lx')], { code: 'UNKNOWN_SKU', sku: 'X', locationId: 'l1' }],
    [[line('A', 'l3'), line('X', 'l1')], { code: 'UNKNOWN_POSITION', sku: 'A', locationId: 'l3' }],
    [[line('A', 'lx'), line('A', 'l3')], { code: 'UNKNOWN_LOCATION', sku: 'A', locationId: 'lx' }],
  ])('%j: the first bad line in request order → %j', (lines, expected) => {
    expect(explain(lines)).toMatchObject(expected);
  });

  it('every short line is a shortfall, in request order; none short → null (try again)', () => {
    expect(explain([line('C', 'l2', 1), line('A', 'l1', 5), line('B', 'l1', 2)])).toEqual({
      ok: false,
      code: 'INSUFFICIENT_STOCK',
      message: '2 line(s) short',
      shortfalls: [
        { sku: 'C', locationId: 'l2', requested: 1, available: 0 },
        { sku: 'B', locationId: 'l1', requested: 2, available: 1 },
      ],
    });
    expect(explain([line('A', 'l1', 5)])).toBeNull();
  });
});
