import type { InventoryLevelDoc } from '../model';
import { channelAtp, haversineKm, nearbyAvailability, sourcingFor, type NetworkLocation } from './atp';
import { newLevel } from './level-ops';

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
    expect(atp).toEqual({ available: 0, locations: [{ locationId: 'dc', available: 0 }] });
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
