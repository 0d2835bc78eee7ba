import type { LocationType } from '../model';
import {
  ALLOWED_CAPABILITIES,
  planLocationChange,
  planRoutingChange,
  type LocationChange,
  type LocationRoutingChange,
} from './location-update';

const node = (type: LocationType) => ({ type, timezone: 'Europe/Paris', cutoffTime: '15:00', businessHours: [] });

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
    const result = planLocationChange(node(type), change);
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
    expect(planLocationChange(node('WAREHOUSE'), change)).toMatchObject({ ok: false, code });
  });

  it('names each unsupported capability once', () => {
    const result = planLocationChange(node('WAREHOUSE'), {
      capabilities: ['CARRY_OUT', 'PICKUP_IN_STORE', 'CARRY_OUT'],
    });
    expect(result).toMatchObject({ ok: false, message: 'a WAREHOUSE cannot offer CARRY_OUT, PICKUP_IN_STORE' });
  });

  it('never accepts a capability outside the type’s allowed set', () => {
    for (const [type, allowed] of Object.entries(ALLOWED_CAPABILITIES) as [LocationType, readonly string[]][]) {
      const result = planLocationChange(node(type), {
        capabilities: ['SHIP', 'PICKUP_IN_STORE', 'SHIP_TO_STORE', 'CARRY_OUT', 'SAME_DAY_DELIVERY', 'RETURNS'],
      });
      expect(result.ok).toBe(allowed.length === 6);
    }
  });
});

describe('calendar changes', () => {
  it.each<[string, LocationChange, boolean]>([
    ['a new cut-off', { cutoffTime: '16:30' }, true],
    ['a cut-off of 25:00', { cutoffTime: '25:00' }, false],
    [
      'hours for two days, out of order',
      {
        businessHours: [
          { day: 'TUE', opens: '09:00', closes: '18:00' },
          { day: 'MON', opens: '10:00', closes: '18:00' },
        ],
      },
      true,
    ],
    [
      'a day given twice',
      {
        businessHours: [
          { day: 'MON', opens: '09:00', closes: '18:00' },
          { day: 'MON', opens: '10:00', closes: '18:00' },
        ],
      },
      false,
    ],
    ['closing before opening', { businessHours: [{ day: 'MON', opens: '18:00', closes: '09:00' }] }, false],
    [
      'eight entries',
      { businessHours: Array.from({ length: 8 }, () => ({ day: 'MON' as const, opens: '09:00', closes: '10:00' })) },
      false,
    ],
  ])('%s', (_case, change, ok) => {
    const check = planLocationChange(node('STORE'), change);
    expect(check.ok).toBe(ok);
    if (!check.ok) expect(check.code).toBe('INVALID_CALENDAR');
  });

  it('stores business hours in weekday order', () => {
    const check = planLocationChange(node('STORE'), {
      businessHours: [
        { day: 'SUN', opens: '10:00', closes: '12:00' },
        { day: 'MON', opens: '09:00', closes: '18:00' },
      ],
    });
    expect(check).toMatchObject({ ok: true, set: { businessHours: [{ day: 'MON' }, { day: 'SUN' }] } });
  });
});

describe('planRoutingChange', () => {
  const current = { cutoffTime: '15:00', businessHours: [] };
  it.each<[string, LocationRoutingChange, Record<string, unknown> | null]>([
    [
      'costs and rank',
      { costPerShipment: 420, costPerKm: 0.5, rank: 5 },
      { 'costPerShipment.amount': 420, costPerKm: 0.5, rank: 5 },
    ],
    [
      'a move and a time zone',
      { geo: { lat: 45.76, lng: 4.84 }, timezone: 'Europe/Paris' },
      { geo: { lat: 45.76, lng: 4.84 }, timezone: 'Europe/Paris' },
    ],
    ['nothing', { geo: null, costPerKm: null }, {}],
    ['a latitude of 91', { geo: { lat: 91, lng: 0 } }, null],
    ['a NaN longitude', { geo: { lat: 0, lng: NaN } }, null],
    ['an unknown time zone', { timezone: 'Europe/Atlantis' }, null],
    ['a fractional shipment cost', { costPerShipment: 1.5 }, null],
    ['a negative cost per km', { costPerKm: -0.1 }, null],
    ['a rank of 1001', { rank: 1001 }, null],
  ])('%s', (_case, change, set) => {
    const check = planRoutingChange(current, change);
    if (set) expect(check).toEqual({ ok: true, set });
    else expect(check).toMatchObject({ ok: false, code: 'INVALID_ROUTING_ATTRIBUTE' });
  });
});
