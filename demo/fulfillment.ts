import type { DeliveryMethod, SalesChannel } from '../platform/shared/commerce';
import { freeUnits, type StockIndex } from './inventory';
import { DC_IDS, DROPSHIP_ID, THREE_PL_ID } from './locations';
import type { Random } from './random';
import { DAY_MS, DEMO_NOW, HOUR_MS, iso } from './constants';
import type { FulfillmentOrderStatus, OrderStatus, ScenarioFulfillmentOrder, ScenarioLocation } from './scenario';

/**
 * Order routing: each order line goes to one node, lines are grouped into one fulfillment
 * order per (node, method), and statuses follow the order status. Open fulfillment orders
 * commit stock at their node.
 */

/** Statuses in which stock is allocated to a fulfillment order but has not left the node. */
export const OPEN_FO_STATUSES: readonly FulfillmentOrderStatus[] = [
  'OPEN',
  'ACCEPTED',
  'IN_PROGRESS',
  'READY_FOR_PICKUP',
];

const MINUTE_MS = 60_000;

export interface RoutingContext {
  rng: Random;
  stock: StockIndex;
  locationById: ReadonlyMap<string, ScenarioLocation>;
  dropshipSkus: ReadonlySet<string>;
}

export interface RoutableLine {
  sku: string;
  quantity: number;
  deliveryMethod: DeliveryMethod;
  pickupLocationId: string | null;
}

export interface Allocation {
  locationId: string;
  method: DeliveryMethod;
}

function hasCapability(ctx: RoutingContext, locationId: string, capability: string): boolean {
  return ctx.locationById.get(locationId)?.capabilities.some((c) => c === capability) ?? false;
}

function canServe(ctx: RoutingContext, sku: string, locationId: string, quantity: number, open: boolean): boolean {
  const level = ctx.stock.get(sku, locationId);
  return level !== undefined && (!open || freeUnits(level) >= quantity);
}

/** A DC that stocks the SKU, preferring one that can serve an open order from availability. */
function pickDc(ctx: RoutingContext, sku: string, quantity: number, open: boolean): string | null {
  const stocking = DC_IDS.filter((dc) => ctx.stock.get(sku, dc) !== undefined);
  const ready = stocking.filter((dc) => canServe(ctx, sku, dc, quantity, open));
  if (ready.length > 0) return ctx.rng.pick(ready);
  return stocking.length > 0 ? ctx.rng.pick(stocking) : null;
}

/**
 * Chooses the node for one line, or null when the line cannot be honoured as requested (the
 * caller then converts it to home delivery). `avoid` asks for a different node (split shipment).
 */
export function allocateLine(
  ctx: RoutingContext,
  line: RoutableLine,
  channel: SalesChannel,
  open: boolean,
  avoid: string | null,
): Allocation | null {
  const { sku, quantity } = line;
  switch (line.deliveryMethod) {
    case 'CARRY_OUT':
      return line.pickupLocationId ? { locationId: line.pickupLocationId, method: 'CARRY_OUT' } : null;
    case 'PICKUP_IN_STORE': {
      const store = line.pickupLocationId;
      if (!store || ctx.dropshipSkus.has(sku)) return null;
      if (canServe(ctx, sku, store, quantity, open)) return { locationId: store, method: 'PICKUP_IN_STORE' };
      if (!hasCapability(ctx, store, 'SHIP_TO_STORE')) return null;
      const dc = pickDc(ctx, sku, quantity, open);
      return dc ? { locationId: dc, method: 'SHIP_TO_STORE' } : null;
    }
    case 'SHIP_TO_STORE': {
      if (ctx.dropshipSkus.has(sku)) return null;
      const dc = pickDc(ctx, sku, quantity, open);
      return dc ? { locationId: dc, method: 'SHIP_TO_STORE' } : null;
    }
    case 'SHIP': {
      if (ctx.dropshipSkus.has(sku)) return { locationId: DROPSHIP_ID, method: 'SHIP' };
      const candidates: [string, number][] = [];
      for (const locationId of ctx.stock.locationsOf(sku)) {
        if (locationId === DROPSHIP_ID || !canServe(ctx, sku, locationId, quantity, open)) continue;
        if (locationId === THREE_PL_ID) candidates.push([locationId, channel === 'MARKETPLACE' ? 8 : 2]);
        else if ((DC_IDS as readonly string[]).includes(locationId)) candidates.push([locationId, 6]);
        else if (channel !== 'B2B' && channel !== 'MARKETPLACE' && hasCapability(ctx, locationId, 'SHIP')) {
          const level = ctx.stock.get(sku, locationId);
          if (level && level.onHand >= quantity) candidates.push([locationId, 1]);
        }
      }
      const preferred = avoid ? candidates.filter(([id]) => id !== avoid) : candidates;
      const pool = preferred.length > 0 ? preferred : candidates;
      if (pool.length > 0) return { locationId: ctx.rng.weighted(pool), method: 'SHIP' };
      const dc = pickDc(ctx, sku, quantity, open);
      return dc ? { locationId: dc, method: 'SHIP' } : null;
    }
  }
}

function terminalStatus(method: DeliveryMethod): FulfillmentOrderStatus {
  return method === 'SHIP' ? 'DELIVERED' : 'PICKED_UP';
}

function openStatus(rng: Random, method: DeliveryMethod, ageHours: number): FulfillmentOrderStatus {
  if (ageHours < 1) return 'OPEN';
  if (method === 'PICKUP_IN_STORE' && ageHours > 4) {
    return rng.weighted([
      ['READY_FOR_PICKUP', 7],
      ['IN_PROGRESS', 2],
      ['ACCEPTED', 1],
    ] as const);
  }
  if (ageHours < 8)
    return rng.weighted([
      ['OPEN', 3],
      ['ACCEPTED', 5],
      ['IN_PROGRESS', 2],
    ] as const);
  return rng.weighted([
    ['OPEN', 1],
    ['ACCEPTED', 3],
    ['IN_PROGRESS', 6],
  ] as const);
}

export interface FulfillmentResult {
  fulfillmentOrders: ScenarioFulfillmentOrder[];
  /** The order status after routing (PARTIALLY_FULFILLED needs at least two nodes). */
  status: OrderStatus;
}

/**
 * Groups the order's lines by allocation into fulfillment orders and gives them statuses
 * consistent with `status`. Commits stock for open fulfillment orders.
 */
export function buildFulfillmentOrders(
  ctx: RoutingContext,
  order: { id: string; placedAtMs: number; lineIds: readonly string[]; lines: readonly RoutableLine[] },
  allocations: readonly Allocation[],
  requested: OrderStatus,
): FulfillmentResult {
  const { rng } = ctx;
  const groups = new Map<string, { allocation: Allocation; lineIndexes: number[] }>();
  allocations.forEach((allocation, i) => {
    const key = `${allocation.locationId}|${allocation.method}`;
    const group = groups.get(key);
    if (group) group.lineIndexes.push(i);
    else groups.set(key, { allocation, lineIndexes: [i] });
  });
  let status = requested;
  if (status === 'PARTIALLY_FULFILLED' && groups.size < 2) status = 'CONFIRMED';
  if (status === 'CANCELLED' && rng.chance(0.5)) return { fulfillmentOrders: [], status };

  const entries = [...groups.values()];
  const ageHours = (DEMO_NOW - order.placedAtMs) / HOUR_MS;
  const statuses: FulfillmentOrderStatus[] = entries.map(({ allocation }) => {
    if (status === 'FULFILLED') return terminalStatus(allocation.method);
    if (status === 'CANCELLED') return 'CANCELLED';
    return openStatus(rng, allocation.method, ageHours);
  });
  if (status === 'PARTIALLY_FULFILLED') {
    const order2 = rng.shuffle(entries.map((_, i) => i));
    order2.forEach((i, rank) => {
      const method = (entries[i] as (typeof entries)[number]).allocation.method;
      const done = rank === 0 || (rank > 1 && rng.chance(0.5));
      if (done) statuses[i] = terminalStatus(method);
      else if (method === 'SHIP' && rng.chance(0.4)) statuses[i] = 'SHIPPED';
    });
  }

  const orderNumber = order.id.replace(/^ord_/, '');
  const latest = DEMO_NOW - MINUTE_MS;
  const clamp = (ms: number, lo: number): number => Math.max(lo, Math.min(ms, latest));
  const fulfillmentOrders = entries.map(({ allocation, lineIndexes }, j): ScenarioFulfillmentOrder => {
    const location = ctx.locationById.get(allocation.locationId);
    const handling = (location?.handlingTimeHours ?? 24) * HOUR_MS;
    const createdAt = Math.min(order.placedAtMs + rng.int(1, 5) * MINUTE_MS, latest);
    const promisedBy =
      allocation.method === 'CARRY_OUT'
        ? order.placedAtMs
        : allocation.method === 'PICKUP_IN_STORE'
          ? order.placedAtMs + handling
          : allocation.method === 'SHIP_TO_STORE'
            ? order.placedAtMs + handling + rng.int(2, 3) * DAY_MS
            : order.placedAtMs +
              handling +
              rng.int(allocation.locationId === DROPSHIP_ID ? 5 : 1, allocation.locationId === DROPSHIP_ID ? 9 : 3) *
                DAY_MS;
    const fs = statuses[j] as FulfillmentOrderStatus;
    let updatedAt: number;
    if (allocation.method === 'CARRY_OUT') updatedAt = createdAt;
    else if (fs === 'DELIVERED') updatedAt = clamp(promisedBy - rng.int(0, 20) * HOUR_MS, createdAt);
    else if (fs === 'PICKED_UP') updatedAt = clamp(promisedBy + rng.int(1, 60) * HOUR_MS, createdAt);
    else if (fs === 'CANCELLED') updatedAt = clamp(createdAt + rng.int(10, 600) * MINUTE_MS, createdAt);
    else
      updatedAt = clamp(
        createdAt + Math.floor((rng.next() * (DEMO_NOW - createdAt)) / MINUTE_MS) * MINUTE_MS,
        createdAt,
      );

    const lines = lineIndexes.map((i) => {
      const line = order.lines[i] as RoutableLine;
      return { orderLineId: order.lineIds[i] as string, sku: line.sku, quantity: line.quantity };
    });
    if (OPEN_FO_STATUSES.includes(fs)) {
      for (const line of lines) ctx.stock.commit(line.sku, allocation.locationId, line.quantity);
    }
    return {
      id: `fo_${orderNumber}_${j + 1}`,
      orderId: order.id,
      locationId: allocation.locationId,
      deliveryMethod: allocation.method,
      status: fs,
      lines,
      rejectionReason: null,
      promisedBy: iso(promisedBy),
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    };
  });
  return { fulfillmentOrders, status };
}
