import { isConsistent, applyDelta, newLevel } from './level-ops';
import { planMovement, type MovementRequest } from './movements';

const AT = '2026-11-01T00:00:00.000Z';
const target = { sku: 'S', locationId: 'l1' };
const stocked = { ...newLevel('S', 'l1', AT), onHand: 10, reserved: 4, available: 6, sequence: 3 };

describe('planMovement', () => {
  it.each([
    [{ type: 'TRANSFER', quantity: 1, toLocationId: 'l1' }, stocked, 'INVALID_TRANSFER'],
    [{ type: 'TRANSFER', quantity: 7, toLocationId: 'l2' }, stocked, 'INSUFFICIENT_STOCK'],
    [{ type: 'TRANSFER', quantity: 1, toLocationId: 'l2' }, null, 'UNKNOWN_POSITION'],
    [{ type: 'RECEIPT', quantity: 0 }, null, 'INVALID_QUANTITY'],
    [{ type: 'COUNT', countedOnHand: 3 }, stocked, 'COUNT_BELOW_ALLOCATED'],
    [{ type: 'DAMAGE', quantity: 1 }, null, 'UNKNOWN_POSITION'],
  ] as [MovementRequest, typeof stocked | null, string][])('%j at %j → %s, naming the target', (req, level, code) => {
    expect(planMovement(req, level, target)).toEqual(expect.objectContaining({ ok: false, code, ...target }));
  });

  it.each([
    [{ type: 'RECEIPT', quantity: 5 }],
    [{ type: 'COUNT', countedOnHand: 4 }],
    [{ type: 'DAMAGE', quantity: 6 }],
    [{ type: 'RETURN', quantity: 2, disposition: 'QUALITY_CONTROL' }],
    [{ type: 'TRANSFER', quantity: 6, toLocationId: 'l2' }],
  ] as [MovementRequest][])('%j keeps the position consistent', (req) => {
    const plan = planMovement(req, stocked, target);
    if (!plan.ok) throw new Error(plan.message);
    const from = plan.effects.find((e) => e.at === 'from')!;
    const after = applyDelta(stocked, from.delta, AT);
    expect(after && isConsistent(after)).toBe(true);
  });
});
