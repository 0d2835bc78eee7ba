import { haversineKm } from '../../../platform/geo';
import type { GeoPoint, SalesChannel } from '../../../platform/shared/commerce';
import type { ChannelSourcingDoc, InventoryLevelDoc } from '../model';
import { unitsTotal } from './level-ops';

/** Re-exported: catalog's distances are the platform's one great-circle implementation. */
export { haversineKm };

/** What catalog knows of a network node (owned by fulfillment, read through its service). */
export interface NetworkLocation {
  id: string;
  name: string;
  type: 'WAREHOUSE' | 'STORE' | 'THIRD_PARTY_LOGISTICS' | 'DROPSHIP_SUPPLIER';
  geo: GeoPoint;
  capabilities: string[];
  active: boolean;
  handlingTimeHours: number;
}

export type SourcingProfile = Omit<ChannelSourcingDoc, '_id' | 'updatedAt'> & { channel: SalesChannel };

/** Where each channel may sell from unless an operator changes it (`updateChannelSourcing`). */
export const DEFAULT_SOURCING: Record<SalesChannel, Omit<SourcingProfile, 'channel'>> = {
  WEB: {
    locationTypes: ['WAREHOUSE', 'STORE', 'THIRD_PARTY_LOGISTICS', 'DROPSHIP_SUPPLIER'],
    capabilities: ['SHIP'],
    bufferUnits: 0,
  },
  APP: {
    locationTypes: ['WAREHOUSE', 'STORE', 'THIRD_PARTY_LOGISTICS', 'DROPSHIP_SUPPLIER'],
    capabilities: ['SHIP'],
    bufferUnits: 0,
  },
  SOCIAL: {
    locationTypes: ['WAREHOUSE', 'THIRD_PARTY_LOGISTICS', 'DROPSHIP_SUPPLIER'],
    capabilities: ['SHIP'],
    bufferUnits: 1,
  },
  KIOSK: {
    locationTypes: ['WAREHOUSE', 'STORE'],
    capabilities: ['SHIP', 'SHIP_TO_STORE', 'PICKUP_IN_STORE'],
    bufferUnits: 0,
  },
  POS: { locationTypes: ['STORE'], capabilities: ['CARRY_OUT'], bufferUnits: 0 },
  MARKETPLACE: { locationTypes: ['WAREHOUSE', 'THIRD_PARTY_LOGISTICS'], capabilities: ['SHIP'], bufferUnits: 2 },
  B2B: { locationTypes: ['WAREHOUSE'], capabilities: ['SHIP'], bufferUnits: 5 },
};

export function sourcingFor(channel: SalesChannel, stored: ChannelSourcingDoc | null): SourcingProfile {
  return stored
    ? {
        channel,
        locationTypes: stored.locationTypes,
        capabilities: stored.capabilities,
        bufferUnits: stored.bufferUnits,
      }
    : { channel, ...DEFAULT_SOURCING[channel] };
}

/** Active nodes of the allowed types offering at least one allowed capability. */
export function sellableLocations(profile: SourcingProfile, network: readonly NetworkLocation[]): NetworkLocation[] {
  return network.filter(
    (l) =>
      l.active &&
      profile.locationTypes.includes(l.type) &&
      (profile.capabilities.length === 0 || profile.capabilities.some((c) => l.capabilities.includes(c))),
  );
}

export interface LocationAtp {
  locationId: string;
  /** Available after the channel buffer, never negative. */
  available: number;
}

/**
 * Available-to-promise for a channel: the sum, over the locations the channel may sell from, of
 * each location's `available` minus the channel buffer (floored at 0).
 */
export function channelAtp(
  levels: readonly InventoryLevelDoc[],
  profile: SourcingProfile,
  network: readonly NetworkLocation[],
): { available: number; locations: LocationAtp[] } {
  const allowed = new Set(sellableLocations(profile, network).map((l) => l.id));
  const locations = levels
    .filter((l) => allowed.has(l.locationId))
    .map((l) => ({ locationId: l.locationId, available: Math.max(0, l.available - profile.bufferUnits) }))
    .sort((a, b) => b.available - a.available || (a.locationId < b.locationId ? -1 : 1));
  return { available: unitsTotal(locations.map((l) => l.available)), locations };
}

export interface NearbyAvailability {
  location: NetworkLocation;
  distanceKm: number;
  available: number;
  pickup: { offered: boolean; canFulfil: boolean; readyInHours: number | null };
}

/**
 * Stock at active stores within `radiusKm` of `point`, nearest first (ties by id), with pickup
 * readiness: a store that offers pickup and has `quantity` available can have it ready after its
 * handling time.
 */
export function nearbyAvailability(
  levels: readonly InventoryLevelDoc[],
  network: readonly NetworkLocation[],
  point: GeoPoint,
  radiusKm: number,
  quantity: number,
  limit: number,
): NearbyAvailability[] {
  const bySite = new Map(levels.map((l) => [l.locationId, l.available]));
  return network
    .filter((l) => l.active && l.type === 'STORE')
    .map((location) => ({ location, distanceKm: haversineKm(point, location.geo) }))
    .filter((x) => x.distanceKm <= radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm || (a.location.id < b.location.id ? -1 : 1))
    .slice(0, limit)
    .map(({ location, distanceKm }) => {
      const available = bySite.get(location.id) ?? 0;
      const offered = location.capabilities.includes('PICKUP_IN_STORE');
      const canFulfil = offered && available >= quantity;
      return {
        location,
        distanceKm: Math.round(distanceKm * 100) / 100,
        available,
        pickup: { offered, canFulfil, readyInHours: canFulfil ? location.handlingTimeHours : null },
      };
    });
}
