import { haversineKm } from '../../../platform/geo';
import { networkNode } from '../../../test/fixtures/fulfillment-network';
import type { SourcingProfileDoc } from '../model';
import { backorderPromises, claimedUnits, type IncomingUnits, type PromiseInput } from './backorder-promise';
import { promiseAt } from './calendar';
import { CARRIER, type PlanLine } from './placement-plan';
import { defaultProfile } from './sourcing-profile';

const NOW = new Date('2026-11-30T09:00:00.000Z'); // Monday 10:00 in Paris
const node = networkNode(NOW);
const DC = node('dc', 'WAREHOUSE', 45.76, 4.84, ['SHIP', 'SHIP_TO_STORE']);
const S1 = node('s1', 'STORE', 48.8606, 2.3376, ['SHIP', 'PICKUP_IN_STORE']);
const S2 = node('s2', 'STORE', 48.8738, 2.295, ['PICKUP_IN_STORE']);
const BE = node('be', 'WAREHOUSE', 50.85, 4.35, ['SHIP'], 'BE');
const PARIS = { lat: 48.85, lng: 2.35 };
const PROFILE: SourcingProfileDoc = { _id: 'B2B', ...defaultProfile('B2B'), updatedAt: '', updatedBy: null };
const T1 = '2026-12-02T08:00:00.000Z';
const T2 = '2026-12-09T08:00:00.000Z';

const line = (
  id: string,
  quantity: number,
  method: PlanLine['deliveryMethod'] = 'SHIP',
  store: string | null = null,
) => ({
  id,
  sku: 'A',
  quantity,
  deliveryMethod: method,
  pickupLocationId: store,
});
const incoming = (locationId: string, quantity: number, expectedAt: string): IncomingUnits => ({
  sku: 'A',
  locationId,
  quantity,
  expectedAt,
});
function promises(over: Partial<PromiseInput> & Pick<PromiseInput, 'lines' | 'shortLines'>) {
  return backorderPromises({
    destination: PARIS,
    countryCode: 'FR',
    locations: [DC, S1, S2, BE],
    incoming: [incoming('dc', 3, T1), incoming('dc', 10, T2)],
    claimed: new Map(),
    profile: PROFILE,
    now: NOW,
    ...over,
  }).map((p) => p.promisedBy);
}
/** When units at `from` reach Paris from the DC: its calendar and handling, then the carrier. */
const shippedFromDc = (from: string) =>
  promiseAt(
    DC,
    new Date(from),
    DC.handlingTimeHours,
    CARRIER.baseHours + haversineKm(PARIS, DC.geo) / CARRIER.kmPerHour,
  )!.toISOString();

describe('backorder promise dates from incoming stock', () => {
  it('the earliest incoming units that cover what is missing set the date', () => {
    expect(promises({ lines: [line('l1', 8)], shortLines: [{ lineId: 'l1', sku: 'A', missing: 2 }] })).toEqual([
      shippedFromDc(T1),
    ]);
    // 3 arrive first, 10 later: 5 missing need the second delivery.
    expect(promises({ lines: [line('l1', 8)], shortLines: [{ lineId: 'l1', sku: 'A', missing: 5 }] })).toEqual([
      shippedFromDc(T2),
    ]);
  });

  it('units older backorders wait for are not promised again (first come, first served)', () => {
    const short = [{ lineId: 'l1', sku: 'A', missing: 2 }];
    const older = [
      { shortLines: [{ lineId: 'x', sku: 'A', missing: 2 }] },
      { shortLines: [{ lineId: 'y', sku: 'B', missing: 9 }] },
    ];
    expect(claimedUnits(older)).toEqual(
      new Map([
        ['A', 2],
        ['B', 9],
      ]),
    );
    expect(promises({ lines: [line('l1', 8)], shortLines: short, claimed: claimedUnits(older) })).toEqual([
      shippedFromDc(T2),
    ]);
    // 13 incoming, 4 already counted on: 10 missing cannot be promised.
    expect(
      promises({
        lines: [line('l1', 20)],
        shortLines: [{ lineId: 'l1', sku: 'A', missing: 10 }],
        claimed: new Map([['A', 4]]),
      }),
    ).toEqual([null]);
  });

  it('two short lines of one order share the incoming units in line order', () => {
    const shortLines = [
      { lineId: 'l1', sku: 'A', missing: 3 },
      { lineId: 'l2', sku: 'A', missing: 3 },
    ];
    expect(promises({ lines: [line('l1', 3), line('l2', 3)], shortLines })).toEqual([
      shippedFromDc(T1),
      shippedFromDc(T2),
    ]);
  });

  it('units already due count from now, not from the past', () => {
    const late = '2026-11-20T08:00:00.000Z';
    expect(
      promises({
        lines: [line('l1', 1)],
        shortLines: [{ lineId: 'l1', sku: 'A', missing: 1 }],
        incoming: [incoming('dc', 1, late)],
      }),
    ).toEqual([shippedFromDc(NOW.toISOString())]);
  });

  it.each([
    ['a node without the capability', [incoming('s2', 5, T1)], {}],
    ['an excluded node (it rejected the lines)', [incoming('dc', 5, T1)], { excluded: new Set(['dc']) }],
    ['a node abroad when the order stays in country', [incoming('be', 5, T1)], {}],
    ['a node beyond maxDistanceKm', [incoming('dc', 5, T1)], { profile: { ...PROFILE, maxDistanceKm: 100 } }],
    ['an inactive node', [incoming('dc', 5, T1)], { locations: [{ ...DC, active: false }, S1, S2, BE] }],
  ])('no promise from %s', (_, inc, over) => {
    expect(
      promises({
        lines: [line('l1', 9)],
        shortLines: [{ lineId: 'l1', sku: 'A', missing: 2 }],
        incoming: inc,
        ...over,
      }),
    ).toEqual([null]);
  });

  it('a pickup is promised only from units arriving at its own store, after the store handles them', () => {
    const lines = [line('l1', 4, 'PICKUP_IN_STORE', 's1')];
    const shortLines = [{ lineId: 'l1', sku: 'A', missing: 1 }];
    expect(promises({ lines, shortLines })).toEqual([null]);
    expect(promises({ lines, shortLines, incoming: [incoming('s1', 1, T2), incoming('dc', 9, T1)] })).toEqual([
      promiseAt(S1, new Date(T2), S1.handlingTimeHours, 0)!.toISOString(),
    ]);
  });

  it('ship to store: a transfer from the node the units reach, then the pickup store handles it', () => {
    const lines = [line('l1', 4, 'SHIP_TO_STORE', 's1')];
    const shortLines = [{ lineId: 'l1', sku: 'A', missing: 1 }];
    const transit = CARRIER.baseHours + haversineKm(S1.geo, DC.geo) / CARRIER.kmPerHour + S1.handlingTimeHours;
    expect(promises({ lines, shortLines, incoming: [incoming('s1', 5, T1), incoming('dc', 1, T2)] })).toEqual([
      promiseAt(DC, new Date(T2), DC.handlingTimeHours, transit)!.toISOString(),
    ]);
  });
});
