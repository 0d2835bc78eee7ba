/**
 * Reads one instance of the offline format (docs/routing.md) from untrusted JSON: every field
 * checked, the first problem reported with the path of the field, nothing else built. Unknown
 * fields are ignored, except in `profile.weights`, where an unknown key is a criterion the engine
 * would silently not weigh, so it is refused.
 */
import { FULFILLMENT_CAPABILITIES, LOCATION_TYPES, type FulfillmentCapability, type LocationType } from '../../model';
import {
  WEIGHT_KEYS,
  type OrderLine,
  type RoutingInstance,
  type RoutingNode,
  type RoutingProfile,
  type Weights,
} from './model';

export type ParsedInstance =
  { ok: true; instance: RoutingInstance } | { ok: false; code: 'BAD_INPUT'; message: string };

class Problem extends Error {}
function fail(path: string, what: string): never {
  throw new Problem(`${path} ${what}`);
}

type Obj = Record<string, unknown>;

function object(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object');
  return value as Obj;
}

function get(o: Obj, key: string, path: string): unknown {
  if (!Object.hasOwn(o, key) || o[key] === undefined) fail(`${path}${key}`, 'is required');
  return o[key];
}

function number(o: Obj, key: string, path: string, rule: 'any' | '>= 0' | '> 0' = '>= 0'): number {
  const v = get(o, key, path);
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail(`${path}${key}`, 'must be a number');
  if (rule === '>= 0' && v < 0) fail(`${path}${key}`, 'must be a non-negative number');
  if (rule === '> 0' && v <= 0) fail(`${path}${key}`, 'must be a number > 0');
  return v;
}

function integer(o: Obj, key: string, path: string, min: 0 | 1): number {
  const v = get(o, key, path);
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
    fail(`${path}${key}`, min === 0 ? 'must be a non-negative integer' : 'must be a positive integer');
  }
  return v as number;
}

function between(o: Obj, key: string, path: string, lo: number, hi: number): number {
  const v = number(o, key, path, 'any');
  if (v < lo || v > hi) fail(`${path}${key}`, `must be a number from ${lo} to ${hi}`);
  return v;
}

function text(o: Obj, key: string, path: string): string {
  const v = get(o, key, path);
  if (typeof v !== 'string' || v.length === 0) fail(`${path}${key}`, 'must be a non-empty string');
  return v as string;
}

function oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[]): T {
  const v = get(o, key, path);
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    fail(`${path}${key}`, `must be one of ${allowed.join(', ')}`);
  }
  return v as T;
}

function list(o: Obj, key: string, path: string): unknown[] {
  const v = get(o, key, path);
  if (!Array.isArray(v)) fail(`${path}${key}`, 'must be an array');
  return v as unknown[];
}

function node(raw: unknown, path: string): RoutingNode {
  const o = object(raw, path);
  const p = `${path}.`;
  const id = text(o, 'id', p);
  const type = oneOf<LocationType>(o, 'type', p, LOCATION_TYPES);
  const lat = between(o, 'lat', p, -90, 90);
  const lng = between(o, 'lng', p, -180, 180);
  const capabilities = list(o, 'capabilities', p).map((c, i) => {
    if (typeof c !== 'string' || !(FULFILLMENT_CAPABILITIES as readonly string[]).includes(c)) {
      fail(`${p}capabilities[${i}]`, `must be one of ${FULFILLMENT_CAPABILITIES.join(', ')}`);
    }
    return c as FulfillmentCapability;
  });
  const active = get(o, 'active', p);
  if (typeof active !== 'boolean') fail(`${p}active`, 'must be true or false');
  const capacityLeft = integer(o, 'capacityLeft', p, 0);
  const handlingHours = integer(o, 'handlingHours', p, 0);
  const costPerShipment = integer(o, 'costPerShipment', p, 0);
  const costPerKm = number(o, 'costPerKm', p);
  const rank = integer(o, 'rank', p, 0);
  const rawStock = object(get(o, 'stock', p), `${p}stock`);
  const stock: Record<string, number> = {};
  for (const [sku, units] of Object.entries(rawStock)) {
    if (typeof units !== 'number' || !Number.isSafeInteger(units) || units < 0) {
      fail(`${p}stock[${JSON.stringify(sku)}]`, 'must be a non-negative integer');
    }
    Object.defineProperty(stock, sku, { value: units, enumerable: true, writable: true, configurable: true });
  }
  return {
    id,
    type,
    lat,
    lng,
    capabilities,
    active: active as boolean,
    capacityLeft,
    handlingHours,
    costPerShipment,
    costPerKm,
    rank,
    stock,
  };
}

function line(raw: unknown, path: string): OrderLine {
  const o = object(raw, path);
  const p = `${path}.`;
  const id = text(o, 'id', p);
  const sku = text(o, 'sku', p);
  const quantity = integer(o, 'quantity', p, 1);
  const method = get(o, 'deliveryMethod', p);
  if (method !== 'SHIP') fail(`${p}deliveryMethod`, 'must be "SHIP" (the offline format routes SHIP lines only)');
  return { id, sku, quantity, deliveryMethod: 'SHIP' };
}

function profile(raw: unknown): RoutingProfile {
  const o = object(raw, 'profile');
  const maxShipments = integer(o, 'maxShipments', 'profile.', 1);
  const limit = get(o, 'maxDistanceKm', 'profile.');
  const maxDistanceKm = limit === null ? null : number(o, 'maxDistanceKm', 'profile.');
  const rawWeights = object(get(o, 'weights', 'profile.'), 'profile.weights');
  const weights: Weights = {};
  for (const key of Object.keys(rawWeights)) {
    if (!(WEIGHT_KEYS as readonly string[]).includes(key)) {
      fail(`profile.weights[${JSON.stringify(key)}]`, `is not a criterion (${WEIGHT_KEYS.join(', ')})`);
    }
    weights[key as keyof Weights] = number(rawWeights, key, 'profile.weights.');
  }
  return { maxShipments, maxDistanceKm, weights };
}

/** Checks one instance of the offline format; the message names the first bad field by its path. */
export function parseInstance(raw: unknown): ParsedInstance {
  try {
    const o = object(raw, 'the instance');
    const nodes = list(o, 'nodes', '').map((n, i) => node(n, `nodes[${i}]`));
    const seenNodes = new Map<string, number>();
    nodes.forEach((n, i) => {
      const first = seenNodes.get(n.id);
      if (first !== undefined) fail(`nodes[${i}].id`, `duplicates nodes[${first}].id (${JSON.stringify(n.id)})`);
      seenNodes.set(n.id, i);
    });
    const c = object(get(o, 'carrier', ''), 'carrier');
    const carrier = {
      baseHours: number(c, 'baseHours', 'carrier.'),
      kmPerHour: number(c, 'kmPerHour', 'carrier.', '> 0'),
    };
    const ord = object(get(o, 'order', ''), 'order');
    const d = object(get(ord, 'destination', 'order.'), 'order.destination');
    const destination = {
      lat: between(d, 'lat', 'order.destination.', -90, 90),
      lng: between(d, 'lng', 'order.destination.', -180, 180),
    };
    const slaHours = number(ord, 'slaHours', 'order.');
    const lines = list(ord, 'lines', 'order.').map((l, i) => line(l, `order.lines[${i}]`));
    if (lines.length === 0) fail('order.lines', 'must not be empty');
    const seenLines = new Map<string, number>();
    lines.forEach((l, i) => {
      const first = seenLines.get(l.id);
      if (first !== undefined) {
        fail(`order.lines[${i}].id`, `duplicates order.lines[${first}].id (${JSON.stringify(l.id)})`);
      }
      seenLines.set(l.id, i);
    });
    const instance: RoutingInstance = {
      nodes,
      carrier,
      order: { destination, slaHours, lines },
      profile: profile(get(o, 'profile', '')),
    };
    return { ok: true, instance };
  } catch (err) {
    if (err instanceof Problem) return { ok: false, code: 'BAD_INPUT', message: err.message };
    throw err;
  }
}
