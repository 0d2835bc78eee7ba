import type { GeoPoint } from '../../../platform/shared/commerce';
import { haversineKm } from '../../../platform/geo';
import type { LocationDoc, SourcingProfileDoc } from '../model';
import { promiseAt } from './calendar';
import { CARRIER, type PlanLine } from './placement-plan';
import type { ShortLine } from './routing/model';

/**
 * When can a line that is short now reach the shopper from stock that is on its way (purchase
 * orders, transfers in transit)? Pure. For each short line, the incoming units its delivery method
 * could be served from are ordered by when they would reach the shopper (the node's working
 * calendar from the expected date, its handling time, then the carrier leg; a pickup line only
 * from its own store), the units older backorders already wait for are skipped (first come, first
 * served), and the promise is the arrival of the unit that covers what is missing. Null when the
 * incoming units do not cover it: no promise is better than a false one.
 *
 * Simplification (docs/routing.md): each short line is promised on its own, as if its missing
 * units shipped from wherever they arrive, so a promise is the earliest the units can be there,
 * not a plan of the order's shipments.
 */
export interface IncomingUnits {
  sku: string;
  locationId: string;
  quantity: number;
  expectedAt: string;
}

export interface PromiseInput {
  lines: readonly PlanLine[];
  shortLines: readonly ShortLine[];
  destination: GeoPoint | null;
  locations: readonly LocationDoc[];
  incoming: readonly IncomingUnits[];
  /** Units of each SKU's incoming stock older waiting backorders already count on. */
  claimed: ReadonlyMap<string, number>;
  profile: Pick<SourcingProfileDoc, 'locationTypes' | 'maxDistanceKm' | 'stayInCountry'>;
  /** The destination's country, for `stayInCountry`. */
  countryCode: string | null;
  excluded?: ReadonlySet<string>;
  now: Date;
}

export type PromisedShortLine = ShortLine & { promisedBy: string | null };

export function backorderPromises(input: PromiseInput): PromisedShortLine[] {
  const byId = new Map(input.locations.map((l) => [l._id, l]));
  const lineById = new Map(input.lines.map((l) => [l.id, l]));
  const claimed = new Map(input.claimed);
  return input.shortLines.map((short) => {
    const line = lineById.get(short.lineId);
    const promisedBy = line ? promiseFor(line, short.missing, short.sku) : null;
    return { ...short, promisedBy };
  });

  function promiseFor(line: PlanLine, missing: number, sku: string): string | null {
    const pickup = line.pickupLocationId ? byId.get(line.pickupLocationId) : undefined;
    const arrivals: { at: number; quantity: number }[] = [];
    for (const inc of input.incoming) {
      if (inc.sku !== sku || inc.quantity <= 0) continue;
      const node = byId.get(inc.locationId);
      if (!node || !node.active || input.excluded?.has(node._id)) continue;
      const from = new Date(Math.max(input.now.getTime(), Date.parse(inc.expectedAt)));
      const at = arrival(line, node, pickup, from);
      if (at !== null) arrivals.push({ at, quantity: inc.quantity });
    }
    arrivals.sort((a, b) => a.at - b.at);
    let skip = claimed.get(sku) ?? 0;
    let covered = 0;
    let promise: number | null = null;
    for (const a of arrivals) {
      const usable = Math.max(0, a.quantity - skip);
      skip = Math.max(0, skip - a.quantity);
      covered += usable;
      if (usable > 0 && covered >= missing) {
        promise = a.at;
        break;
      }
    }
    // This line counts on these units now: a later short line of the same SKU must not.
    claimed.set(sku, (claimed.get(sku) ?? 0) + missing);
    return promise === null ? null : new Date(promise).toISOString();
  }

  /** When units reaching `node` at `from` would reach the shopper of `line`; null when that node cannot serve it. */
  function arrival(line: PlanLine, node: LocationDoc, pickup: LocationDoc | undefined, from: Date): number | null {
    const { profile } = input;
    if (line.deliveryMethod === 'PICKUP_IN_STORE' || line.deliveryMethod === 'CARRY_OUT') {
      if (!pickup || node._id !== pickup._id) return null;
      return promiseAt(node, from, node.handlingTimeHours, 0)?.getTime() ?? null;
    }
    if (!profile.locationTypes.includes(node.type)) return null;
    if (profile.stayInCountry && input.countryCode && node.address.countryCode !== input.countryCode) return null;
    if (line.deliveryMethod === 'SHIP') {
      if (!input.destination || !node.capabilities.includes('SHIP')) return null;
      const km = haversineKm(input.destination, node.geo);
      if (profile.maxDistanceKm !== null && km > profile.maxDistanceKm) return null;
      return (
        promiseAt(node, from, node.handlingTimeHours, CARRIER.baseHours + km / CARRIER.kmPerHour)?.getTime() ?? null
      );
    }
    // SHIP_TO_STORE: a transfer to the pickup store, then the store's own handling.
    if (!pickup || node._id === pickup._id || !node.capabilities.includes('SHIP_TO_STORE')) return null;
    const km = haversineKm(pickup.geo, node.geo);
    const transit = CARRIER.baseHours + km / CARRIER.kmPerHour + pickup.handlingTimeHours;
    return promiseAt(node, from, node.handlingTimeHours, transit)?.getTime() ?? null;
  }
}

/** Units of each SKU that waiting backorders are short of (what they count on from incoming stock). */
export function claimedUnits(backorders: readonly { shortLines: readonly ShortLine[] }[]): Map<string, number> {
  const claimed = new Map<string, number>();
  for (const bo of backorders) for (const s of bo.shortLines) claimed.set(s.sku, (claimed.get(s.sku) ?? 0) + s.missing);
  return claimed;
}
