import { haversineKm } from '../../../platform/geo';
import type { GeoPoint, SalesChannel } from '../../../platform/shared/commerce';
import type { ChannelSourcingDoc, InventoryLevelDoc } from '../model';
import { incomingEntries, type IncomingEntry } from './incoming';
import { MAX_GRAPHQL_INT, unitsTotal } from './level-ops';

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
  /** The position's safety stock (what a hold with `allowSafetyStock` may take beyond `available`). */
  safetyStock: number;
  /** Deliveries expected at the position, soonest first. */
  incoming: IncomingEntry[];
}

/** One day of a channel's future available-to-promise. */
export interface IncomingAvailability {
  /** YYYY-MM-DD, UTC. */
  date: string;
  /** Units expected that day. */
  quantity: number;
  /** Available now plus every unit expected up to and including that day. */
  availableBy: number;
}

/** Most days a channel's incoming timeline shows. */
export const MAX_TIMELINE_DAYS = 60;

/**
 * A channel's future available-to-promise: `incoming` (deliveries at its locations) merged per
 * calendar day (UTC), soonest first, each day with its units and the running total on top of
 * `available`, for the first `MAX_TIMELINE_DAYS` days that have any. Totals saturate at GraphQL's
 * largest Int, like every network total. An entry without a readable date is left out.
 */
export function incomingTimeline(
  available: number,
  incoming: readonly { quantity: number; expectedAt: string }[],
): IncomingAvailability[] {
  const byDay = new Map<string, number>();
  for (const { quantity, expectedAt } of incoming) {
    const at = Date.parse(expectedAt);
    if (Number.isNaN(at) || quantity <= 0) continue;
    const date = new Date(at).toISOString().slice(0, 10);
    byDay.set(date, (byDay.get(date) ?? 0) + quantity);
  }
  let total = available;
  return [...byDay]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(0, MAX_TIMELINE_DAYS)
    .map(([date, quantity]) => {
      total = Math.min(total + quantity, MAX_GRAPHQL_INT);
      return { date, quantity: Math.min(quantity, MAX_GRAPHQL_INT), availableBy: total };
    });
}

/**
 * Available-to-promise for a channel: the sum, over the locations the channel may sell from, of
 * each location's `available` minus the channel buffer (floored at 0). Every position of those
 * locations is listed, none available or not (one with nothing available may have a delivery on
 * its way), with its safety stock and its incoming deliveries; `incoming` is the channel's
 * timeline of them (`incomingTimeline`).
 */
export function channelAtp(
  levels: readonly InventoryLevelDoc[],
  profile: SourcingProfile,
  network: readonly NetworkLocation[],
): { available: number; locations: LocationAtp[]; incoming: IncomingAvailability[] } {
  const allowed = new Set(sellableLocations(profile, network).map((l) => l.id));
  const locations = levels
    .filter((l) => allowed.has(l.locationId))
    .map((l) => ({
      locationId: l.locationId,
      available: Math.max(0, l.available - profile.bufferUnits),
      safetyStock: l.safetyStock,
      incoming: incomingEntries(l.incoming),
    }))
    .sort((a, b) => b.available - a.available || (a.locationId < b.locationId ? -1 : 1));
  const available = unitsTotal(locations.map((l) => l.available));
  return {
    available,
    locations,
    incoming: incomingTimeline(
      available,
      locations.flatMap((l) => l.incoming),
    ),
  };
}

export interface NearbyAvailability {
  location: NetworkLocation;
  distanceKm: number;
  available: number;
  pickup: { offered: boolean; canFulfil: boolean; readyInHours: number | null };
}

/** The active stores within `radiusKm` of `point`, nearest first (ties by id), at most `limit`. */
export function nearbyStores(
  network: readonly NetworkLocation[],
  point: GeoPoint,
  radiusKm: number,
  limit: number,
): (NetworkLocation & { distanceKm: number })[] {
  return network
    .filter((l) => l.active && l.type === 'STORE')
    .map((location) => ({ ...location, distanceKm: haversineKm(point, location.geo) }))
    .filter((x) => x.distanceKm <= radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
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
  return nearbyStores(network, point, radiusKm, limit).map(({ distanceKm, ...location }) => {
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
