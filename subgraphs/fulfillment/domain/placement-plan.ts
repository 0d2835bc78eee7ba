import type { DeliveryMethod, GeoPoint } from '../../../platform/shared/commerce';
import { haversineKm } from '../../../platform/geo';
import type { LocationDoc, SourcingProfileDoc } from '../model';
import { promiseAt } from './calendar';
import type { Carrier, RoutingInstance, RoutingNode, RoutingPlan, ShortLine } from './routing/model';
import { routeOrder } from './routing/route';

/**
 * From an order to fulfillment orders, pure: the order's lines are grouped by how they reach the
 * shopper and each group is planned on the same network snapshot.
 *
 * - SHIP lines: the routing engine, from nodes that ship, to the destination.
 * - SHIP_TO_STORE lines: the engine again, from nodes offering SHIP_TO_STORE to the pickup store
 *   (the store itself excluded: what it holds is a pickup), so the promise includes the transfer.
 * - PICKUP_IN_STORE lines: the chosen store when it holds every unit, otherwise the nearest store
 *   within the profile's pickup radius that does (the whole pickup moves: one place to collect).
 * - CARRY_OUT lines: the store the shopper stands in, at once.
 */
export const CARRIER: Carrier = { baseHours: 24, kmPerHour: 60 };

export interface PlanLine {
  id: string;
  sku: string;
  quantity: number;
  deliveryMethod: DeliveryMethod;
  pickupLocationId: string | null;
}

export interface PlanRequest {
  destination: (GeoPoint & { countryCode: string }) | null;
  lines: readonly PlanLine[];
}

export interface PlannedFulfillment {
  locationId: string;
  deliveryMethod: DeliveryMethod;
  /** The pickup store of SHIP_TO_STORE (where the transfer goes) and PICKUP_IN_STORE lines. */
  pickupLocationId: string | null;
  lines: { orderLineId: string; sku: string; quantity: number }[];
  km: number;
  promiseHours: number;
  promisedBy: string;
}

export interface GroupDecision {
  deliveryMethod: DeliveryMethod;
  /** Where the group goes: the destination (SHIP) or the pickup store. */
  target: string;
  plan: RoutingPlan;
}

export type PlacementPlan =
  | { ok: true; fulfillments: PlannedFulfillment[]; decisions: GroupDecision[] }
  | {
      ok: false;
      code: 'OUT_OF_STOCK' | 'NO_ELIGIBLE_NODE' | 'TOO_MANY_SHIPMENTS' | 'PICKUP_STORE_UNAVAILABLE';
      message: string;
      shortLines: ShortLine[];
      decisions: GroupDecision[];
    };

export interface Snapshot {
  locations: readonly LocationDoc[];
  /** Units available to the order's channel, by `${sku}@${locationId}`. */
  stock: ReadonlyMap<string, number>;
  /** Fulfillment orders each node took today. */
  taken: ReadonlyMap<string, number>;
  /** Nodes never to use (those that rejected these lines). */
  excluded?: ReadonlySet<string>;
}

const stockKey = (sku: string, locationId: string) => `${sku}@${locationId}`;

/** Nodes of the snapshot the profile allows, as the engine sees them (capability `as` mapped to SHIP). */
function routingNodes(
  snap: Snapshot,
  stock: ReadonlyMap<string, number>,
  profile: SourcingProfileDoc,
  skus: readonly string[],
  capability: 'SHIP' | 'SHIP_TO_STORE',
  countryCode: string | null,
  exclude: string | null,
): RoutingNode[] {
  return snap.locations
    .filter((l) => profile.locationTypes.includes(l.type))
    .filter((l) => !profile.stayInCountry || countryCode === null || l.address.countryCode === countryCode)
    .filter((l) => l._id !== exclude && !snap.excluded?.has(l._id))
    .map((l) => ({
      id: l._id,
      type: l.type,
      lat: l.geo.lat,
      lng: l.geo.lng,
      capabilities: l.capabilities.includes(capability) ? ['SHIP' as const] : [],
      active: l.active,
      capacityLeft: profile.requireCapacity ? Math.max(0, l.capacityPerDay - (snap.taken.get(l._id) ?? 0)) : 1_000_000,
      handlingHours: l.handlingTimeHours,
      costPerShipment: l.costPerShipment.amount,
      costPerKm: l.costPerKm,
      rank: l.rank,
      stock: Object.fromEntries(skus.map((s) => [s, stock.get(stockKey(s, l._id)) ?? 0])),
    }));
}

/**
 * Plans every group of `req` on `snap`. A group that cannot be served fails the whole order; when
 * stock is what is short, every group is still planned so the answer names every short line.
 */
export function planPlacement(req: PlanRequest, profile: SourcingProfileDoc, snap: Snapshot, now: Date): PlacementPlan {
  const byId = new Map(snap.locations.map((l) => [l._id, l]));
  // What each group takes leaves the snapshot before the next group is planned.
  const stock = new Map(snap.stock);
  const take = (sku: string, locationId: string, quantity: number) =>
    stock.set(stockKey(sku, locationId), (stock.get(stockKey(sku, locationId)) ?? 0) - quantity);
  const fulfillments: PlannedFulfillment[] = [];
  const decisions: GroupDecision[] = [];
  /** Groups short of stock: reported together once every group is planned. */
  const short: { message: string; lines: ShortLine[]; group: number }[] = [];
  const hours = (ms: number) => ms / 3_600_000;
  const promise = (l: LocationDoc, transitHours: number) =>
    promiseAt(l, now, l.handlingTimeHours, transitHours) ?? new Date(now.getTime() + 30 * 24 * 3_600_000);

  const groups = new Map<string, PlanLine[]>();
  for (const line of req.lines) {
    const key = `${line.deliveryMethod}|${line.deliveryMethod === 'SHIP' ? '' : line.pickupLocationId}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  // Lines collected at their store (pickup, carry-out) can be served there or nearby only, so they
  // take that store's units before lines any node may ship (a cart hold's units are at that store).
  // The answer keeps the order's own group order.
  const position = new Map([...groups.keys()].map((key, i) => [key, i]));
  const planned = new Map<PlannedFulfillment, number>();
  const atStore = (key: string) => key.startsWith('PICKUP_IN_STORE|') || key.startsWith('CARRY_OUT|');
  const byPriority = [...groups].sort(([a], [b]) => Number(atStore(b)) - Number(atStore(a)));

  for (const [key, lines] of byPriority) {
    const group = position.get(key)!;
    const add = (f: PlannedFulfillment) => {
      planned.set(f, group);
      fulfillments.push(f);
    };
    const method = lines[0]!.deliveryMethod;
    const storeId = key.split('|')[1] || null;
    const fail = (code: Exclude<PlacementPlan, { ok: true }>['code'], message: string, shortLines: ShortLine[]) =>
      ({ ok: false, code, message, shortLines, decisions }) as const;

    if (method === 'SHIP' || method === 'SHIP_TO_STORE') {
      const store = storeId ? byId.get(storeId) : undefined;
      if (method === 'SHIP_TO_STORE' && (!store || !store.active || !store.capabilities.includes('PICKUP_IN_STORE'))) {
        return fail('PICKUP_STORE_UNAVAILABLE', `store ${storeId} does not take pickups`, []);
      }
      const target = method === 'SHIP' ? req.destination! : { ...store!.geo, countryCode: store!.address.countryCode };
      const skus = [...new Set(lines.map((l) => l.sku))];
      const instance: RoutingInstance = {
        nodes: routingNodes(snap, stock, profile, skus, method, target.countryCode, storeId),
        carrier: CARRIER,
        order: {
          destination: { lat: target.lat, lng: target.lng },
          slaHours: profile.slaHours,
          lines: lines.map((l) => ({ id: l.id, sku: l.sku, quantity: l.quantity, deliveryMethod: 'SHIP' })),
        },
        profile: {
          maxShipments: profile.shipComplete ? 1 : profile.maxShipments,
          maxDistanceKm: profile.maxDistanceKm,
          weights: profile.weights,
        },
      };
      const plan = routeOrder(instance);
      decisions.push({ deliveryMethod: method, target: method === 'SHIP' ? 'destination' : storeId!, plan });
      if (!plan.feasible) {
        // Short stock: go on planning the other groups, so the answer names every short line.
        if (plan.reason === 'OUT_OF_STOCK') {
          short.push({ message: `${method} lines cannot be served: ${plan.reason}`, lines: plan.shortLines, group });
          continue;
        }
        return fail(plan.reason, `${method} lines cannot be served: ${plan.reason}`, plan.shortLines);
      }
      const skuOf = new Map(lines.map((l) => [l.id, l.sku]));
      for (const s of plan.shipments) {
        const node = byId.get(s.nodeId)!;
        // The carrier leg, plus (ship to store) the pickup store's own handling before the shopper can collect.
        const transit =
          s.promiseHours - node.handlingTimeHours + (method === 'SHIP_TO_STORE' ? store!.handlingTimeHours : 0);
        const by = promise(node, transit);
        for (const l of s.lines) take(skuOf.get(l.lineId)!, s.nodeId, l.quantity);
        add({
          locationId: s.nodeId,
          deliveryMethod: method,
          pickupLocationId: storeId,
          lines: s.lines.map((l) => ({ orderLineId: l.lineId, sku: skuOf.get(l.lineId)!, quantity: l.quantity })),
          km: s.km,
          promiseHours: Math.max(0, hours(by.getTime() - now.getTime())),
          promisedBy: by.toISOString(),
        });
      }
      continue;
    }

    // PICKUP_IN_STORE and CARRY_OUT: served at one store, holding every unit.
    const chosen = storeId ? byId.get(storeId) : undefined;
    const capability = method === 'CARRY_OUT' ? 'CARRY_OUT' : 'PICKUP_IN_STORE';
    const holdsAll = (l: LocationDoc) =>
      l.active &&
      l.capabilities.includes(capability) &&
      !snap.excluded?.has(l._id) &&
      lines.every((line) => (stock.get(stockKey(line.sku, l._id)) ?? 0) >= line.quantity);
    let store = chosen && holdsAll(chosen) ? chosen : undefined;
    if (!store && chosen && method === 'PICKUP_IN_STORE' && profile.pickupRadiusKm !== null) {
      store = snap.locations
        .filter((l) => l._id !== chosen._id && l.type === 'STORE' && holdsAll(l))
        .map((l) => ({ l, km: haversineKm(chosen.geo, l.geo) }))
        .filter((c) => c.km <= profile.pickupRadiusKm!)
        .sort((a, b) => a.km - b.km || (a.l._id < b.l._id ? -1 : 1))[0]?.l;
    }
    if (!chosen || !chosen.capabilities.includes(capability)) {
      return fail('PICKUP_STORE_UNAVAILABLE', `store ${storeId} does not offer ${capability}`, []);
    }
    if (!store) {
      const missing = lines
        .map((l) => ({
          lineId: l.id,
          sku: l.sku,
          missing: l.quantity - (stock.get(stockKey(l.sku, chosen._id)) ?? 0),
        }))
        .filter((s) => s.missing > 0);
      short.push({ message: `store ${chosen._id} cannot serve the ${method} lines`, lines: missing, group });
      continue;
    }
    const by = method === 'CARRY_OUT' ? now : promise(store, 0);
    for (const l of lines) take(l.sku, store._id, l.quantity);
    add({
      locationId: store._id,
      deliveryMethod: method,
      pickupLocationId: store._id,
      lines: lines.map((l) => ({ orderLineId: l.id, sku: l.sku, quantity: l.quantity })),
      km: 0,
      promiseHours: hours(by.getTime() - now.getTime()),
      promisedBy: by.toISOString(),
    });
  }
  if (short.length > 0) {
    short.sort((a, b) => a.group - b.group);
    return {
      ok: false,
      code: 'OUT_OF_STOCK',
      message: short.map((s) => s.message).join('; '),
      shortLines: short.flatMap((s) => s.lines),
      decisions,
    };
  }
  // Stable: within a group, shipments stay in the engine's order.
  const inOrder = fulfillments
    .map((f, i) => ({ f, i }))
    .sort((a, b) => planned.get(a.f)! - planned.get(b.f)! || a.i - b.i);
  return { ok: true, fulfillments: inOrder.map(({ f }) => f), decisions };
}
