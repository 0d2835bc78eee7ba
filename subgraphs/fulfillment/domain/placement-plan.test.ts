import { networkNode } from '../../../test/fixtures/fulfillment-network';
import type { SourcingProfileDoc } from '../model';
import { planPlacement, type PlanLine, type Snapshot } from './placement-plan';
import { defaultProfile } from './sourcing-profile';

const NOW = new Date('2026-11-30T09:00:00.000Z'); // Monday 10:00 in Paris
const node = networkNode(NOW);
const LOCATIONS = [
  node('dc', 'WAREHOUSE', 45.76, 4.84, ['SHIP', 'SHIP_TO_STORE']),
  node('s1', 'STORE', 48.8606, 2.3376, ['SHIP', 'PICKUP_IN_STORE', 'CARRY_OUT']),
  node('s2', 'STORE', 48.8738, 2.295, ['PICKUP_IN_STORE', 'CARRY_OUT']),
  node('s3', 'STORE', 50.63, 3.06, ['PICKUP_IN_STORE']),
  node('be', 'WAREHOUSE', 50.85, 4.35, ['SHIP'], 'BE'),
];
const PROFILE: SourcingProfileDoc = { _id: 'WEB', ...defaultProfile('WEB'), updatedAt: '', updatedBy: null };
const snap = (stock: Record<string, number>, excluded: string[] = []): Snapshot => ({
  locations: LOCATIONS,
  stock: new Map(Object.entries(stock)),
  taken: new Map(),
  excluded: new Set(excluded),
});
const PARIS = { lat: 48.85, lng: 2.35, countryCode: 'FR' };
const line = (
  id: string,
  sku: string,
  quantity: number,
  deliveryMethod: PlanLine['deliveryMethod'],
  pickupLocationId: string | null = null,
): PlanLine => ({ id, sku, quantity, deliveryMethod, pickupLocationId });
const at = (plan: ReturnType<typeof planPlacement>) =>
  plan.ok
    ? plan.fulfillments.map((f) => [
        f.locationId,
        f.deliveryMethod,
        f.lines.map((l) => `${l.orderLineId}×${l.quantity}`).join(','),
      ])
    : plan.code;

describe('planPlacement', () => {
  it('lines collected at a store take its units before lines any node may ship; the answer keeps the order', () => {
    // s1 ships to Paris and is the nearest node, but its 2 units of A are what the pickup needs.
    const lines = [line('l1', 'A', 2, 'SHIP'), line('l2', 'A', 2, 'PICKUP_IN_STORE', 's1')];
    expect(at(planPlacement({ destination: PARIS, lines }, PROFILE, snap({ 'A@s1': 2, 'A@dc': 5 }), NOW))).toEqual([
      ['dc', 'SHIP', 'l1×2'],
      ['s1', 'PICKUP_IN_STORE', 'l2×2'],
    ]);
    // With units for both at s1, shipping from the nearest node is still chosen.
    expect(at(planPlacement({ destination: PARIS, lines }, PROFILE, snap({ 'A@s1': 4, 'A@dc': 5 }), NOW))).toEqual([
      ['s1', 'SHIP', 'l1×2'],
      ['s1', 'PICKUP_IN_STORE', 'l2×2'],
    ]);
  });

  it('a pickup is served at its store when the store holds every unit', () => {
    expect(
      at(
        planPlacement(
          { destination: null, lines: [line('l1', 'A', 2, 'PICKUP_IN_STORE', 's1')] },
          PROFILE,
          snap({ 'A@s1': 2, 'A@s2': 9 }),
          NOW,
        ),
      ),
    ).toEqual([['s1', 'PICKUP_IN_STORE', 'l1×2']]);
  });

  it('a pickup moves whole to the nearest store within the radius that holds it, never beyond', () => {
    const lines = [line('l1', 'A', 2, 'PICKUP_IN_STORE', 's1'), line('l2', 'B', 1, 'PICKUP_IN_STORE', 's1')];
    expect(
      at(
        planPlacement(
          { destination: null, lines },
          PROFILE,
          snap({ 'A@s1': 2, 'A@s2': 2, 'B@s2': 1, 'A@s3': 5, 'B@s3': 5 }),
          NOW,
        ),
      ),
    ).toEqual([['s2', 'PICKUP_IN_STORE', 'l1×2,l2×1']]);
    // s3 (Lille) is far beyond the 15 km radius.
    expect(at(planPlacement({ destination: null, lines }, PROFILE, snap({ 'A@s3': 5, 'B@s3': 5 }), NOW))).toBe(
      'OUT_OF_STOCK',
    );
    expect(
      at(
        planPlacement(
          { destination: null, lines },
          { ...PROFILE, pickupRadiusKm: null },
          snap({ 'A@s1': 1, 'A@s2': 2, 'B@s2': 1 }),
          NOW,
        ),
      ),
    ).toBe('OUT_OF_STOCK');
  });

  it('carry-out needs the capability at the store the shopper stands in, and is promised at once', () => {
    const plan = planPlacement(
      { destination: null, lines: [line('l1', 'A', 1, 'CARRY_OUT', 's2')] },
      PROFILE,
      snap({ 'A@s2': 1 }),
      NOW,
    );
    expect(plan).toMatchObject({ ok: true, fulfillments: [{ locationId: 's2', promisedBy: NOW.toISOString() }] });
    expect(
      at(
        planPlacement(
          { destination: null, lines: [line('l1', 'A', 1, 'CARRY_OUT', 's3')] },
          PROFILE,
          snap({ 'A@s3': 1 }),
          NOW,
        ),
      ),
    ).toBe('PICKUP_STORE_UNAVAILABLE');
  });

  it('ship to store comes from another node that can, never from the pickup store itself', () => {
    const plan = planPlacement(
      { destination: null, lines: [line('l1', 'A', 1, 'SHIP_TO_STORE', 's1')] },
      PROFILE,
      snap({ 'A@s1': 5, 'A@dc': 1 }),
      NOW,
    );
    expect(at(plan)).toEqual([['dc', 'SHIP_TO_STORE', 'l1×1']]);
  });

  it('groups never promise the same units twice', () => {
    // One unit of A at s1: the pickup takes it, so the shipped line must come from the DC.
    const plan = planPlacement(
      { destination: PARIS, lines: [line('l1', 'A', 1, 'PICKUP_IN_STORE', 's1'), line('l2', 'A', 1, 'SHIP')] },
      PROFILE,
      snap({ 'A@s1': 1, 'A@dc': 1 }),
      NOW,
    );
    expect(at(plan)).toEqual([
      ['s1', 'PICKUP_IN_STORE', 'l1×1'],
      ['dc', 'SHIP', 'l2×1'],
    ]);
    const short = planPlacement(
      { destination: PARIS, lines: [line('l1', 'A', 1, 'PICKUP_IN_STORE', 's1'), line('l2', 'A', 1, 'SHIP')] },
      PROFILE,
      snap({ 'A@s1': 1 }),
      NOW,
    );
    expect(at(short)).toBe('OUT_OF_STOCK');
  });

  it('excluded nodes and other countries are never used', () => {
    expect(
      at(
        planPlacement(
          { destination: PARIS, lines: [line('l1', 'A', 1, 'SHIP')] },
          PROFILE,
          snap({ 'A@dc': 1, 'A@s1': 1 }, ['s1']),
          NOW,
        ),
      ),
    ).toEqual([['dc', 'SHIP', 'l1×1']]);
    expect(
      at(planPlacement({ destination: PARIS, lines: [line('l1', 'A', 1, 'SHIP')] }, PROFILE, snap({ 'A@be': 3 }), NOW)),
    ).toBe('OUT_OF_STOCK');
    expect(
      at(
        planPlacement(
          { destination: PARIS, lines: [line('l1', 'A', 1, 'SHIP')] },
          { ...PROFILE, stayInCountry: false },
          snap({ 'A@be': 3 }),
          NOW,
        ),
      ),
    ).toEqual([['be', 'SHIP', 'l1×1']]);
  });

  it('the promise applies the node’s cut-off: after 15:00 a store ships the next business day', () => {
    const late = new Date('2026-11-30T15:00:00.000Z'); // 16:00 in Paris
    const plan = planPlacement(
      { destination: PARIS, lines: [line('l1', 'A', 1, 'SHIP')] },
      { ...PROFILE, locationTypes: ['STORE'] },
      snap({ 'A@s1': 1 }),
      late,
    );
    if (!plan.ok) throw new Error(plan.message);
    const stores = LOCATIONS.map((l) => ({
      ...l,
      businessHours: (['MON', 'TUE'] as const).map((day) => ({ day, opens: '09:30', closes: '19:30' })),
    }));
    const withHours = planPlacement(
      { destination: PARIS, lines: [line('l1', 'A', 1, 'SHIP')] },
      { ...PROFILE, locationTypes: ['STORE'] },
      { ...snap({ 'A@s1': 1 }), locations: stores },
      late,
    );
    if (!withHours.ok) throw new Error(withHours.message);
    // Work starts Tuesday 09:30 Paris (08:30 UTC), not at once.
    expect(Date.parse(withHours.fulfillments[0]!.promisedBy)).toBeGreaterThan(
      Date.parse(plan.fulfillments[0]!.promisedBy),
    );
    expect(withHours.fulfillments[0]!.promisedBy.startsWith('2026-12-0')).toBe(true);
  });

  it('short stock in several groups: every short line is named', () => {
    const plan = planPlacement(
      {
        destination: PARIS,
        lines: [line('l1', 'A', 9, 'SHIP'), line('l2', 'B', 3, 'PICKUP_IN_STORE', 's1'), line('l3', 'C', 1, 'SHIP')],
      },
      { ...PROFILE, pickupRadiusKm: null },
      snap({ 'A@dc': 2, 'B@s1': 1, 'C@dc': 5 }),
      NOW,
    );
    expect(plan).toMatchObject({ ok: false, code: 'OUT_OF_STOCK' });
    if (plan.ok) return;
    expect(plan.shortLines.map((s) => [s.lineId, s.missing]).sort()).toEqual([
      ['l1', 7],
      ['l2', 2],
    ]);
  });
});
