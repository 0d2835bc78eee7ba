import type { InventoryLevelDoc } from '../model';
import {
  channelAtp,
  haversineKm,
  incomingTimeline,
  MAX_TIMELINE_DAYS,
  nearbyAvailability,
  sourcingFor,
  type IncomingAvailability,
  type NetworkLocation,
} from './atp';
import { MAX_GRAPHQL_INT, newLevel } from './level-ops';

const loc = (
  id: string,
  type: NetworkLocation['type'],
  lat: number,
  lng: number,
  capabilities: string[],
  active = true,
): NetworkLocation => ({
  id,
  name: id,
  type,
  geo: { lat, lng },
  capabilities,
  active,
  handlingTimeHours: 2,
});
const network = [
  loc('dc', 'WAREHOUSE', 45.76, 4.84, ['SHIP']),
  loc('paris-1', 'STORE', 48.8606, 2.3376, ['PICKUP_IN_STORE', 'CARRY_OUT']),
  loc('paris-2', 'STORE', 48.8738, 2.295, ['CARRY_OUT', 'SHIP']),
  loc('paris-closed', 'STORE', 48.86, 2.34, ['PICKUP_IN_STORE'], false),
  loc('lille', 'STORE', 50.6292, 3.0573, ['PICKUP_IN_STORE']),
];
const level = (locationId: string, available: number): InventoryLevelDoc => ({
  ...newLevel('SKU', locationId, '2026-01-01T00:00:00.000Z'),
  onHand: available,
  available,
});
const levels = [
  level('dc', 100),
  level('paris-1', 3),
  level('paris-2', 1),
  level('paris-closed', 9),
  level('lille', 0),
];

describe('available-to-promise', () => {
  it.each([
    ['WEB', 101, ['dc', 'paris-2']],
    ['POS', 4, ['paris-1', 'paris-2']],
    ['MARKETPLACE', 98, ['dc']],
    ['B2B', 95, ['dc']],
  ] as const)('%s sells %i from %j (buffers applied, inactive nodes excluded)', (channel, total, from) => {
    const atp = channelAtp(levels, sourcingFor(channel, null), network);
    expect(atp.available).toBe(total);
    expect(atp.locations.map((l) => l.locationId).sort()).toEqual([...from].sort());
    expect(atp.locations.reduce((s, l) => s + l.available, 0)).toBe(atp.available);
    expect(atp.locations.every((l) => l.available >= 0)).toBe(true);
  });

  it('a buffer larger than stock floors at zero, never negative', () => {
    const atp = channelAtp([level('dc', 1)], { ...sourcingFor('WEB', null), bufferUnits: 5 }, network);
    expect(atp).toEqual({
      available: 0,
      locations: [{ locationId: 'dc', available: 0, safetyStock: 0, incoming: [] }],
      incoming: [],
    });
  });

  it('haversine distance is right for known city pairs', () => {
    expect(haversineKm({ lat: 48.8566, lng: 2.3522 }, { lat: 45.764, lng: 4.8357 })).toBeCloseTo(392, -1); // Paris–Lyon
    expect(haversineKm({ lat: 48.8566, lng: 2.3522 }, { lat: 48.8566, lng: 2.3522 })).toBe(0);
  });

  it('lists active stores near a point, nearest first, with pickup readiness', () => {
    const near = nearbyAvailability(levels, network, { lat: 48.8566, lng: 2.3522 }, 25, 2, 10);
    expect(near.map((n) => n.location.id)).toEqual(['paris-1', 'paris-2']);
    expect(near[0]!.pickup).toEqual({ offered: true, canFulfil: true, readyInHours: 2 });
    expect(near[1]!.pickup).toEqual({ offered: false, canFulfil: false, readyInHours: null });
    expect(near.map((n) => n.distanceKm)).toEqual([...near.map((n) => n.distanceKm)].sort((a, b) => a - b));
    const wide = nearbyAvailability(levels, network, { lat: 48.8566, lng: 2.3522 }, 250, 1, 10);
    expect(wide.map((n) => n.location.id)).toEqual(['paris-1', 'paris-2', 'lille']);
    expect(wide[2]!.pickup.canFulfil).toBe(false);
  });
});

describe('incoming timeline (future available-to-promise)', () => {
  const at = (expectedAt: string, quantity: number) => ({ quantity, expectedAt });
  const day = (date: string, quantity: number, availableBy: number): IncomingAvailability => ({
    date,
    quantity,
    availableBy,
  });
  it.each<[string, number, { quantity: number; expectedAt: string }[], IncomingAvailability[]]>([
    ['nothing expected', 5, [], []],
    ['one delivery', 5, [at('2026-11-03T09:00:00.000Z', 10)], [day('2026-11-03', 10, 15)]],
    [
      'deliveries of one UTC day merge, days sort, totals run',
      2,
      [
        at('2026-11-09T23:59:59.999Z', 4),
        at('2026-11-03T09:00:00.000Z', 10),
        at('2026-11-09T00:00:00.000Z', 1),
        at('2026-11-03T18:00:00.000Z', 5),
      ],
      [day('2026-11-03', 15, 17), day('2026-11-09', 5, 22)],
    ],
    [
      'a day is the UTC date, whatever the offset written',
      0,
      [at('2026-11-03T23:30:00-02:00', 1), at('2026-11-04T00:30:00+02:00', 1)],
      [day('2026-11-03', 1, 1), day('2026-11-04', 1, 2)],
    ],
    ['an overdue delivery keeps its date', 3, [at('2026-10-01T00:00:00.000Z', 2)], [day('2026-10-01', 2, 5)]],
    ['unreadable dates and empty deliveries are left out', 3, [at('soon', 2), at('2026-11-03T00:00:00Z', 0)], []],
    [
      'totals saturate at GraphQL’s largest Int',
      MAX_GRAPHQL_INT - 1,
      [at('2026-11-03T00:00:00Z', 5), at('2026-11-04T00:00:00Z', 5)],
      [day('2026-11-03', 5, MAX_GRAPHQL_INT), day('2026-11-04', 5, MAX_GRAPHQL_INT)],
    ],
  ])('%s', (_name, available, incoming, expected) => {
    expect(incomingTimeline(available, incoming)).toEqual(expected);
  });

  it(`shows the first ${MAX_TIMELINE_DAYS} days that have deliveries`, () => {
    const deliveries = Array.from({ length: 75 }, (_, i) =>
      at(new Date(Date.UTC(2026, 10, 1) + (74 - i) * 86_400_000).toISOString(), 1),
    );
    const timeline = incomingTimeline(0, deliveries);
    expect(timeline).toHaveLength(MAX_TIMELINE_DAYS);
    expect(timeline[0]).toEqual(day('2026-11-01', 1, 1));
    expect(timeline[MAX_TIMELINE_DAYS - 1]).toEqual(day('2026-12-30', 1, MAX_TIMELINE_DAYS));
  });

  it('a channel counts deliveries at its own locations only, and lists positions with none available', () => {
    const withIncoming = (
      locationId: string,
      available: number,
      incoming: { quantity: number; expectedAt: string }[],
    ) => ({
      ...level(locationId, available),
      safetyStock: 2,
      onHand: available + 2,
      incoming: incoming.map((e, i) => ({ ...e, reference: `PO-${locationId}-${i}` })),
    });
    const stock = [
      withIncoming('dc', 0, [at('2026-11-05T10:00:00.000Z', 40)]),
      withIncoming('paris-1', 3, [at('2026-11-04T10:00:00.000Z', 2)]), // not a WEB location
      withIncoming('paris-2', 1, [at('2026-11-05T16:00:00.000Z', 6), at('2026-11-02T16:00:00.000Z', 1)]),
    ];
    const web = channelAtp(stock, sourcingFor('WEB', null), network);
    expect(web.locations).toEqual([
      {
        locationId: 'paris-2',
        available: 1,
        safetyStock: 2,
        incoming: [
          { reference: 'PO-paris-2-1', quantity: 1, expectedAt: '2026-11-02T16:00:00.000Z' },
          { reference: 'PO-paris-2-0', quantity: 6, expectedAt: '2026-11-05T16:00:00.000Z' },
        ],
      },
      {
        locationId: 'dc',
        available: 0,
        safetyStock: 2,
        incoming: [{ reference: 'PO-dc-0', quantity: 40, expectedAt: '2026-11-05T10:00:00.000Z' }],
      },
    ]);
    expect(web.incoming).toEqual([day('2026-11-02', 1, 2), day('2026-11-05', 46, 48)]);
    // MARKETPLACE sells from the DC only, after a 2-unit buffer: nothing available now, 40 by the 5th.
    expect(channelAtp(stock, sourcingFor('MARKETPLACE', null), network).incoming).toEqual([day('2026-11-05', 40, 40)]);
  });
});
