import { SALES_CHANNELS } from '../../../platform/shared/commerce';
import { defaultProfile, planProfileChange, PROFILE_LIMITS, type ProfileChange } from './sourcing-profile';

const WEB = defaultProfile('WEB');

describe('defaultProfile', () => {
  it.each(SALES_CHANNELS)('%s: a valid profile (applying no change keeps it)', (channel) => {
    const profile = defaultProfile(channel);
    expect(planProfileChange(profile, {})).toEqual({ ok: true, settings: profile });
  });
});

describe('planProfileChange', () => {
  it('changes only what is given, keeping node types in canonical order without duplicates', () => {
    const check = planProfileChange(WEB, {
      locationTypes: ['STORE', 'WAREHOUSE', 'STORE'],
      maxShipments: 1,
      weights: { lateHour: 80, cost: null },
    });
    expect(check).toEqual({
      ok: true,
      settings: {
        ...WEB,
        locationTypes: ['WAREHOUSE', 'STORE'],
        maxShipments: 1,
        weights: { ...WEB.weights, lateHour: 80 },
      },
    });
  });

  it('sets and clears the distance limit', () => {
    const limited = planProfileChange(WEB, { maxDistanceKm: 800 });
    expect(limited).toMatchObject({ ok: true, settings: { maxDistanceKm: 800 } });
    if (!limited.ok) return;
    expect(planProfileChange(limited.settings, { noDistanceLimit: true })).toMatchObject({
      ok: true,
      settings: { maxDistanceKm: null },
    });
  });

  it.each<[string, ProfileChange, string]>([
    ['no node type', { locationTypes: [] }, 'locationTypes'],
    ['zero shipments', { maxShipments: 0 }, 'maxShipments'],
    ['too many shipments', { maxShipments: PROFILE_LIMITS.maxShipments + 1 }, 'maxShipments'],
    ['fractional shipments', { maxShipments: 1.5 }, 'maxShipments'],
    ['a negative distance', { maxDistanceKm: -1 }, 'maxDistanceKm'],
    ['an infinite distance', { maxDistanceKm: Infinity }, 'maxDistanceKm'],
    ['a distance and no limit at once', { maxDistanceKm: 10, noDistanceLimit: true }, 'maxDistanceKm'],
    ['a pickup radius beyond the limit', { pickupRadiusKm: PROFILE_LIMITS.distanceKm + 1 }, 'pickupRadiusKm'],
    ['a zero SLA', { slaHours: 0 }, 'slaHours'],
    ['a negative weight', { weights: { cost: -1 } }, 'weights.cost'],
    ['a NaN weight', { weights: { rank: NaN } }, 'weights.rank'],
    ['a huge weight', { weights: { stockBalance: PROFILE_LIMITS.weight + 1 } }, 'weights.stockBalance'],
  ])('refuses %s', (_case, change, field) => {
    expect(planProfileChange(WEB, change)).toMatchObject({ ok: false, field });
  });
});
