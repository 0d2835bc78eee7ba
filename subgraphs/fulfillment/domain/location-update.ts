import type { FulfillmentCapability, LocationDoc, LocationType } from '../model';

export interface LocationChange {
  capabilities?: FulfillmentCapability[] | null;
  capacityPerDay?: number | null;
  handlingTimeHours?: number | null;
  active?: boolean | null;
}

export type LocationChangeCheck =
  | { ok: true; set: Partial<Pick<LocationDoc, 'capabilities' | 'capacityPerDay' | 'handlingTimeHours' | 'active'>> }
  | { ok: false; code: 'INVALID_CAPACITY' | 'INVALID_HANDLING_TIME' | 'UNSUPPORTED_CAPABILITY'; message: string };

/** Capabilities a node type can physically offer (a DC has no counter for pickup or carry-out). */
export const ALLOWED_CAPABILITIES: Record<LocationType, readonly FulfillmentCapability[]> = {
  WAREHOUSE: ['SHIP', 'SHIP_TO_STORE', 'SAME_DAY_DELIVERY', 'RETURNS'],
  STORE: ['SHIP', 'PICKUP_IN_STORE', 'SHIP_TO_STORE', 'CARRY_OUT', 'SAME_DAY_DELIVERY', 'RETURNS'],
  THIRD_PARTY_LOGISTICS: ['SHIP', 'SHIP_TO_STORE', 'RETURNS'],
  DROPSHIP_SUPPLIER: ['SHIP'],
};

/**
 * Validates a change to a node's routing attributes and returns the fields to set.
 * Capabilities are de-duplicated and sorted so the stored set is canonical.
 */
export function planLocationChange(type: LocationType, change: LocationChange): LocationChangeCheck {
  const set: Extract<LocationChangeCheck, { ok: true }>['set'] = {};
  if (change.capacityPerDay != null) {
    if (!Number.isInteger(change.capacityPerDay) || change.capacityPerDay < 0 || change.capacityPerDay > 1_000_000) {
      return { ok: false, code: 'INVALID_CAPACITY', message: 'capacityPerDay must be an integer in [0, 1000000]' };
    }
    set.capacityPerDay = change.capacityPerDay;
  }
  if (change.handlingTimeHours != null) {
    if (!Number.isInteger(change.handlingTimeHours) || change.handlingTimeHours < 0 || change.handlingTimeHours > 720) {
      return { ok: false, code: 'INVALID_HANDLING_TIME', message: 'handlingTimeHours must be an integer in [0, 720]' };
    }
    set.handlingTimeHours = change.handlingTimeHours;
  }
  if (change.capabilities != null) {
    const allowed = ALLOWED_CAPABILITIES[type];
    const invalid = change.capabilities.filter((c) => !allowed.includes(c));
    if (invalid.length > 0) {
      return {
        ok: false,
        code: 'UNSUPPORTED_CAPABILITY',
        message: `a ${type} cannot offer ${[...new Set(invalid)].join(', ')}`,
      };
    }
    set.capabilities = [...new Set(change.capabilities)].sort();
  }
  if (change.active != null) set.active = change.active;
  return { ok: true, set };
}
