import type { GeoPoint } from '../../../platform/shared/commerce';
import type { FulfillmentCapability, LocationDoc, LocationType } from '../model';
import { calendarProblem, type BusinessHours } from './calendar';

/** What store staff (of that node) or operators may change: how the node works day to day. */
export interface LocationChange {
  capabilities?: FulfillmentCapability[] | null;
  capacityPerDay?: number | null;
  handlingTimeHours?: number | null;
  active?: boolean | null;
  cutoffTime?: string | null;
  businessHours?: BusinessHours[] | null;
}

/** What only operators may change: where the node is and what shipping from it costs. */
export interface LocationRoutingChange {
  geo?: GeoPoint | null;
  timezone?: string | null;
  costPerShipment?: number | null;
  costPerKm?: number | null;
  rank?: number | null;
}

export type LocationFailureCode =
  | 'INVALID_CAPACITY'
  | 'INVALID_HANDLING_TIME'
  | 'UNSUPPORTED_CAPABILITY'
  | 'INVALID_CALENDAR'
  | 'INVALID_ROUTING_ATTRIBUTE';

type Settable = Pick<
  LocationDoc,
  | 'capabilities'
  | 'capacityPerDay'
  | 'handlingTimeHours'
  | 'active'
  | 'cutoffTime'
  | 'businessHours'
  | 'geo'
  | 'timezone'
  | 'costPerKm'
  | 'rank'
> & { 'costPerShipment.amount': number };

export type LocationChangeCheck =
  { ok: true; set: Partial<Settable> } | { ok: false; code: LocationFailureCode; message: string };

/** The documented bounds of a node's attributes (docs/api.md "Fulfillment"). */
export const LOCATION_LIMITS = {
  capacityPerDay: 1_000_000,
  handlingTimeHours: 720,
  businessHoursEntries: 7,
  costPerShipment: 1_000_000,
  costPerKm: 10_000,
  rank: 1000,
} as const;

/** Capabilities a node type can physically offer (a DC has no counter for pickup or carry-out). */
export const ALLOWED_CAPABILITIES: Record<LocationType, readonly FulfillmentCapability[]> = {
  WAREHOUSE: ['SHIP', 'SHIP_TO_STORE', 'SAME_DAY_DELIVERY', 'RETURNS'],
  STORE: ['SHIP', 'PICKUP_IN_STORE', 'SHIP_TO_STORE', 'CARRY_OUT', 'SAME_DAY_DELIVERY', 'RETURNS'],
  THIRD_PARTY_LOGISTICS: ['SHIP', 'SHIP_TO_STORE', 'RETURNS'],
  DROPSHIP_SUPPLIER: ['SHIP'],
};

const isInt = (v: number, min: number, max: number) => Number.isInteger(v) && v >= min && v <= max;
const fail = (code: LocationFailureCode, message: string): LocationChangeCheck => ({ ok: false, code, message });

/**
 * Validates a change to a node's day-to-day attributes against `current` and returns the fields
 * to set. Capabilities are de-duplicated and sorted, business hours ordered by weekday, so the
 * stored values are canonical. Null means "not given".
 */
export function planLocationChange(
  current: Pick<LocationDoc, 'type' | 'timezone' | 'cutoffTime' | 'businessHours'>,
  change: LocationChange,
): LocationChangeCheck {
  const set: Partial<Settable> = {};
  if (change.capacityPerDay != null) {
    if (!isInt(change.capacityPerDay, 0, LOCATION_LIMITS.capacityPerDay)) {
      return fail('INVALID_CAPACITY', `capacityPerDay must be an integer in [0, ${LOCATION_LIMITS.capacityPerDay}]`);
    }
    set.capacityPerDay = change.capacityPerDay;
  }
  if (change.handlingTimeHours != null) {
    if (!isInt(change.handlingTimeHours, 0, LOCATION_LIMITS.handlingTimeHours)) {
      return fail(
        'INVALID_HANDLING_TIME',
        `handlingTimeHours must be an integer in [0, ${LOCATION_LIMITS.handlingTimeHours}]`,
      );
    }
    set.handlingTimeHours = change.handlingTimeHours;
  }
  if (change.capabilities != null) {
    const allowed = ALLOWED_CAPABILITIES[current.type];
    const invalid = change.capabilities.filter((c) => !allowed.includes(c));
    if (invalid.length > 0) {
      return fail('UNSUPPORTED_CAPABILITY', `a ${current.type} cannot offer ${[...new Set(invalid)].join(', ')}`);
    }
    set.capabilities = [...new Set(change.capabilities)].sort();
  }
  if (change.active != null) set.active = change.active;
  if (change.cutoffTime != null || change.businessHours != null) {
    if ((change.businessHours?.length ?? 0) > LOCATION_LIMITS.businessHoursEntries) {
      return fail('INVALID_CALENDAR', 'businessHours holds at most one entry per weekday');
    }
    const calendar = {
      timezone: current.timezone,
      cutoffTime: change.cutoffTime ?? current.cutoffTime,
      businessHours: change.businessHours ?? current.businessHours,
    };
    const problem = calendarProblem(calendar);
    if (problem) return fail('INVALID_CALENDAR', problem.message);
    if (change.cutoffTime != null) set.cutoffTime = change.cutoffTime;
    if (change.businessHours != null) {
      const order = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
      set.businessHours = [...change.businessHours]
        .map(({ day, opens, closes }) => ({ day, opens, closes }))
        .sort((a, b) => order.indexOf(a.day) - order.indexOf(b.day));
    }
  }
  return { ok: true, set };
}

/** Validates an operator's change to where a node is and what shipping from it costs. */
export function planRoutingChange(
  current: Pick<LocationDoc, 'cutoffTime' | 'businessHours'>,
  change: LocationRoutingChange,
): LocationChangeCheck {
  const set: Partial<Settable> = {};
  const bad = (message: string) => fail('INVALID_ROUTING_ATTRIBUTE', message);
  if (change.geo != null) {
    const { lat, lng } = change.geo;
    if (!Number.isFinite(lat) || lat < -90 || lat > 90 || !Number.isFinite(lng) || lng < -180 || lng > 180) {
      return bad('geo must be a latitude in [-90, 90] and a longitude in [-180, 180]');
    }
    set.geo = { lat, lng };
  }
  if (change.timezone != null) {
    const problem = calendarProblem({ ...current, timezone: change.timezone });
    if (problem) return bad(problem.message);
    set.timezone = change.timezone;
  }
  if (change.costPerShipment != null) {
    if (!isInt(change.costPerShipment, 0, LOCATION_LIMITS.costPerShipment)) {
      return bad(`costPerShipment must be an integer amount of minor units in [0, ${LOCATION_LIMITS.costPerShipment}]`);
    }
    set['costPerShipment.amount'] = change.costPerShipment;
  }
  if (change.costPerKm != null) {
    if (!Number.isFinite(change.costPerKm) || change.costPerKm < 0 || change.costPerKm > LOCATION_LIMITS.costPerKm) {
      return bad(`costPerKm must be a number of minor units in [0, ${LOCATION_LIMITS.costPerKm}]`);
    }
    set.costPerKm = change.costPerKm;
  }
  if (change.rank != null) {
    if (!isInt(change.rank, 0, LOCATION_LIMITS.rank))
      return bad(`rank must be an integer in [0, ${LOCATION_LIMITS.rank}]`);
    set.rank = change.rank;
  }
  return { ok: true, set };
}
