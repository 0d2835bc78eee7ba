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
    // null means "not given" (GraphQL optional input fields): nothing to set, not a reset
    ['STORE', { capacityPerDay: null, handlingTimeHours: null, capabilities: null, active: null }, true, {}],
    ['STORE', { capacityPerDay: 0, handlingTimeHours: 0 }, true, { capacityPerDay: 0, handlingTimeHours: 0 }],
    [
      'STORE',
      { capacityPerDay: 1_000_000, handlingTimeHours: 720 },
      true,
      { capacityPerDay: 1_000_000, handlingTimeHours: 720 },
    ],
    ['STORE', { capacityPerDay: 1_000_001 }, false, null],
    ['STORE', { capabilities: [] }, true, { capabilities: [] }],
    ['THIRD_PARTY_LOGISTICS', { capabilities: ['RETURNS', 'SHIP'] }, true, { capabilities: ['RETURNS', 'SHIP'] }],
    ['THIRD_PARTY_LOGISTICS', { capabilities: ['CARRY_OUT'] }, false, null],
    ['STORE', { active: false }, true, { active: false }],
  ];
  it.each(cases)('%s %j → ok=%s', (type, change, ok, set) => {
    const result = planLocationChange(type, change);
    expect(result.ok).toBe(ok);
    if (result.ok) expect(result.set).toEqual(set);
  });

  it.each<[LocationChange, string]>([
    [{ capacityPerDay: -1 }, 'INVALID_CAPACITY'],
    [{ handlingTimeHours: -1 }, 'INVALID_HANDLING_TIME'],
    [{ capabilities: ['CARRY_OUT', 'PICKUP_IN_STORE', 'CARRY_OUT'] }, 'UNSUPPORTED_CAPABILITY'],
    // the first failing field is reported, in the order capacity, handling time, capabilities
    [{ capabilities: ['CARRY_OUT'], handlingTimeHours: -1, capacityPerDay: -1 }, 'INVALID_CAPACITY'],
    [{ capabilities: ['CARRY_OUT'], handlingTimeHours: -1 }, 'INVALID_HANDLING_TIME'],
  ])('a WAREHOUSE change %j is refused with %s', (change, code) => {
    expect(planLocationChange('WAREHOUSE', change)).toMatchObject({ ok: false, code });
  });

  it('names each unsupported capability once', () => {
    const result = planLocationChange('WAREHOUSE', { capabilities: ['CARRY_OUT', 'PICKUP_IN_STORE', 'CARRY_OUT'] });
    expect(result).toMatchObject({ ok: false, message: 'a WAREHOUSE cannot offer CARRY_OUT, PICKUP_IN_STORE' });
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
