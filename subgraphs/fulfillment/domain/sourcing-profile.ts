import { SALES_CHANNELS, type SalesChannel } from '../../../platform/shared/commerce';
import { LOCATION_TYPES, type LocationType, type RoutingWeights, type SourcingProfileDoc } from '../model';

/** The documented bounds of a sourcing profile (schema/fulfillment.graphql SourcingProfileInput). */
export const PROFILE_LIMITS = {
  maxShipments: 10,
  distanceKm: 20_000,
  slaHours: 2160,
  weight: 1_000_000,
} as const;

export const WEIGHT_KEYS = [
  'cost',
  'lateHour',
  'extraShipment',
  'distanceKm',
  'rank',
  'capacityUse',
  'stockBalance',
] as const;

export type ProfileSettings = Omit<SourcingProfileDoc, '_id' | 'updatedAt' | 'updatedBy'>;

/**
 * The profile a channel routes with until an operator changes it: every node type the channel can
 * be served from, cost first, a day of lateness worth more than any shipping cost difference, and
 * splits discouraged. Marketplace and B2B orders may wait for stock; in-store channels ship complete.
 */
export function defaultProfile(channel: SalesChannel): ProfileSettings {
  const inStore = channel === 'POS' || channel === 'KIOSK';
  return {
    locationTypes: ['WAREHOUSE', 'STORE', 'THIRD_PARTY_LOGISTICS', 'DROPSHIP_SUPPLIER'],
    maxShipments: inStore ? 2 : 3,
    maxDistanceKm: null,
    keepSafetyStock: true,
    requireCapacity: true,
    shipComplete: false,
    stayInCountry: true,
    allowBackorder: channel === 'MARKETPLACE' || channel === 'B2B',
    pickupRadiusKm: inStore ? null : 15,
    slaHours: channel === 'B2B' ? 120 : 72,
    weights: { cost: 1, lateHour: 50, extraShipment: 400, distanceKm: 0, rank: 5, capacityUse: 200, stockBalance: 300 },
  };
}

export interface ProfileChange {
  locationTypes?: LocationType[] | null;
  maxShipments?: number | null;
  maxDistanceKm?: number | null;
  noDistanceLimit?: boolean | null;
  keepSafetyStock?: boolean | null;
  requireCapacity?: boolean | null;
  shipComplete?: boolean | null;
  stayInCountry?: boolean | null;
  allowBackorder?: boolean | null;
  pickupRadiusKm?: number | null;
  slaHours?: number | null;
  weights?: Partial<Record<keyof RoutingWeights, number | null>> | null;
}

export type ProfileCheck = { ok: true; settings: ProfileSettings } | { ok: false; field: string; message: string };

const bad = (field: string, message: string): ProfileCheck => ({ ok: false, field, message });
const distance = (v: number) => Number.isFinite(v) && v >= 0 && v <= PROFILE_LIMITS.distanceKm;

/** Applies a change to `current`, checked; the first failure is reported and nothing is built. */
export function planProfileChange(current: ProfileSettings, change: ProfileChange): ProfileCheck {
  const next: ProfileSettings = { ...current, weights: { ...current.weights } };
  if (change.locationTypes != null) {
    const types = [...new Set(change.locationTypes)];
    if (types.length === 0) return bad('locationTypes', 'locationTypes must name at least one node type');
    if (types.some((t) => !(LOCATION_TYPES as readonly string[]).includes(t)))
      return bad('locationTypes', 'unknown node type');
    next.locationTypes = LOCATION_TYPES.filter((t) => types.includes(t));
  }
  if (change.maxShipments != null) {
    if (
      !Number.isInteger(change.maxShipments) ||
      change.maxShipments < 1 ||
      change.maxShipments > PROFILE_LIMITS.maxShipments
    ) {
      return bad('maxShipments', `maxShipments must be an integer from 1 to ${PROFILE_LIMITS.maxShipments}`);
    }
    next.maxShipments = change.maxShipments;
  }
  if (change.noDistanceLimit && change.maxDistanceKm != null) {
    return bad('maxDistanceKm', 'give maxDistanceKm or noDistanceLimit, not both');
  }
  if (change.noDistanceLimit) next.maxDistanceKm = null;
  if (change.maxDistanceKm != null) {
    if (!distance(change.maxDistanceKm))
      return bad('maxDistanceKm', `maxDistanceKm must be from 0 to ${PROFILE_LIMITS.distanceKm}`);
    next.maxDistanceKm = change.maxDistanceKm;
  }
  if (change.pickupRadiusKm != null) {
    if (!distance(change.pickupRadiusKm))
      return bad('pickupRadiusKm', `pickupRadiusKm must be from 0 to ${PROFILE_LIMITS.distanceKm}`);
    next.pickupRadiusKm = change.pickupRadiusKm;
  }
  if (change.slaHours != null) {
    if (!Number.isInteger(change.slaHours) || change.slaHours < 1 || change.slaHours > PROFILE_LIMITS.slaHours) {
      return bad('slaHours', `slaHours must be an integer from 1 to ${PROFILE_LIMITS.slaHours}`);
    }
    next.slaHours = change.slaHours;
  }
  for (const flag of [
    'keepSafetyStock',
    'requireCapacity',
    'shipComplete',
    'stayInCountry',
    'allowBackorder',
  ] as const) {
    const value = change[flag];
    if (value != null) next[flag] = value;
  }
  for (const key of WEIGHT_KEYS) {
    const w = change.weights?.[key];
    if (w == null) continue;
    if (!Number.isFinite(w) || w < 0 || w > PROFILE_LIMITS.weight) {
      return bad(`weights.${key}`, `weights.${key} must be from 0 to ${PROFILE_LIMITS.weight}`);
    }
    next.weights[key] = w;
  }
  return { ok: true, settings: next };
}

export const isSalesChannel = (c: string): c is SalesChannel => (SALES_CHANNELS as readonly string[]).includes(c);
