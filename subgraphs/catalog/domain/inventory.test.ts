import { allocatedUnits, availableUnits, checkAdjustment, isConsistent, type StockQuantities } from './inventory';

const level = (over: Partial<StockQuantities> = {}): StockQuantities => ({
  onHand: 20,
  committed: 3,
  reserved: 2,
  damaged: 1,
  safetyStock: 2,
  qualityControl: 2,
  ...over,
});

describe('inventory states', () => {
  it.each([
    [level(), 10],
    [level({ onHand: 10 }), 0],
    [level({ onHand: 0, committed: 0, reserved: 0, damaged: 0, safetyStock: 0, qualityControl: 0 }), 0],
    [level({ committed: 0 }), 13],
  ])('available of %j is %i and parts sum to onHand', (q, expected) => {
    expect(availableUnits(q)).toBe(expected);
    expect(availableUnits(q) + allocatedUnits(q)).toBe(q.onHand);
  });

  it.each([
    [level(), true],
    [level({ onHand: 9 }), false],
    [level({ reserved: -1 }), false],
    [level({ committed: 1.5 }), false],
  ])('consistency of %j is %s', (q, expected) => expect(isConsistent(q)).toBe(expected));

  it.each([
    [level(), 5, true],
    [level(), -10, true],
    [level(), -11, false],
    [level(), 0, false],
    [level(), 0.5, false],
    [level(), 2_000_000, false],
  ])('adjusting %j by %d allowed: %s', (q, delta, ok) => {
    const result = checkAdjustment(q, delta);
    expect(result.ok).toBe(ok);
    if (result.ok) {
      const after = { ...q, onHand: q.onHand + delta };
      expect(isConsistent(after)).toBe(true);
    }
  });

  it('every allowed adjustment keeps the invariant (exhaustive small grid)', () => {
    for (let onHand = 0; onHand <= 12; onHand++) {
      for (let committed = 0; committed <= onHand; committed += 3) {
        const q = level({ onHand, committed, reserved: 0, damaged: 0, safetyStock: 0, qualityControl: 0 });
        for (let delta = -15; delta <= 15; delta++) {
          if (checkAdjustment(q, delta).ok) expect(isConsistent({ ...q, onHand: onHand + delta })).toBe(true);
        }
      }
    }
  });
});
