import type { LocationType } from '../model';
import { ALLOWED_CAPABILITIES, planLocationChange, type LocationChange } from './location-update';

describe('planLocationChange', () => {
  const cases: [LocationType, LocationChange, boolean, Record<string, unknown> | null][] = [
    ['STORE', { capacityPerDay: 40 }, true, { capacityPerDay: 40 }],
    ['STORE', { capacityPerDay: -1 }, false, null],
    ['STORE', { capacityPerDay: 1.5 }, false, null],
    ['STORE', { handlingTimeHours: 721 }, false, null],
    [
      'STORE',
      { capabilities: ['SHIP', 'PICKUP_IN_STORE', 'SHIP'] },
      true,
      { capabilities: ['PICKUP_IN_STORE', 'SHIP'] },
    ],
    ['WAREHOUSE', { capabilities: ['PICKUP_IN_STORE'] }, false, null],
    ['DROPSHIP_SUPPLIER', { capabilities: ['SHIP'], active: false }, true, { capabilities: ['SHIP'], active: false }],
    ['STORE', {}, true, {}],
  ];
  it.each(cases)('%s %j → ok=%s', (type, change, ok, set) => {
    const result = planLocationChange(type, change);
    expect(result.ok).toBe(ok);
    if (result.ok) expect(result.set).toEqual(set);
  });

  it('never accepts a capability outside the type’s allowed set', () => {
    for (const [type, allowed] of Object.entries(ALLOWED_CAPABILITIES) as [LocationType, readonly string[]][]) {
      const result = planLocationChange(type, {
        capabilities: ['SHIP', 'PICKUP_IN_STORE', 'SHIP_TO_STORE', 'CARRY_OUT', 'SAME_DAY_DELIVERY', 'RETURNS'],
      });
      expect(result.ok).toBe(allowed.length === 6);
    }
  });
});
