import type { Outbox, RecordedEvents } from '../../platform/outbox';
import type { Logger } from '../../platform/logger';
import type { SalesChannel } from '../../platform/shared/commerce';
import type { CatalogApi, ChannelStock, HoldRef } from '../catalog/api';
import { backorderPromises, claimedUnits, type PromisedShortLine } from './domain/backorder-promise';
import { holdLineKey, involvedLocationIds } from './domain/fulfillment-order';
import type { ShortLine } from './domain/routing/model';
import { localTime } from './domain/calendar';
import { planPlacement, type PlacementPlan, type PlanLine, type PlanRequest } from './domain/placement-plan';
import { planProfileChange, type ProfileChange } from './domain/sourcing-profile';
import { FulfillmentTopics, type OrderRoutedEvent } from './events';
import type { BackorderDoc, FulfillmentOrderDoc, LocationDoc, SourcingProfileDoc } from './model';
import type { FulfillmentStore } from './store';

/**
 * Routing on the live network: plan an order (a dry run for operators, or for real for orders'
 * placeOrder), hold its stock through catalog's reservation ledger in one all-or-nothing call,
 * create one fulfillment order per node, and park what cannot be served as a backorder (retried
 * when stock arrives, service-backorders.ts). Fulfillment orders' steps are in service-orders.ts.
 */
export interface RouteRequest extends PlanRequest {
  orderId: string;
  channel: SalesChannel;
  /** Changes to the channel's profile for this order only. */
  profile?: ProfileChange | null;
  idempotencyKey: string;
  /**
   * A cart hold the order's hold takes over (catalog's `replaces`): its units count as available
   * where they are held, and they pass to the order in the same write that reserves it.
   */
  replacesHold?: HoldRef | null;
}

export type RouteFailure = {
  ok: false;
  code: Exclude<PlacementPlan, { ok: true }>['code'] | 'INVALID_ROUTING_REQUEST' | 'STOCK_CHANGED';
  message: string;
  /** What is short; with a promise date from incoming stock when the profile allows backorders. */
  shortLines: { lineId: string; sku: string; missing: number; promisedBy?: string | null }[];
};
export type RouteOutcome =
  | { ok: true; fulfillmentOrders: FulfillmentOrderDoc[]; backorder: BackorderDoc | null; replay: boolean }
  | RouteFailure;

/** Routing failures a backorder waits out (stock may arrive); the others are the order's own problem. */
const BACKORDERABLE = new Set(['OUT_OF_STOCK', 'TOO_MANY_SHIPMENTS', 'STOCK_CHANGED']);
/** Attempts to plan and hold when stock moves between planning and holding. */
const ROUTE_ATTEMPTS = 3;

export interface FulfillmentDeps {
  store: FulfillmentStore;
  catalog: CatalogApi;
  now: () => Date;
  logger: Logger;
  /** Fulfillment's outbox: each event is recorded with its change, then delivered (platform/outbox.ts). */
  outbox: Pick<Outbox, 'record' | 'deliver'>;
  profileOf: (channel: SalesChannel) => Promise<SourcingProfileDoc>;
}

/** A feasible plan and the local date of every node of its snapshot (for their loads). */
interface Planned {
  planned: Extract<PlacementPlan, { ok: true }>;
  localDates: ReadonlyMap<string, string>;
  /** The profile lets the plan use safety stock (`keepSafetyStock: false`): so must its hold. */
  allowSafetyStock: boolean;
}

/** Backorders whose claims on incoming stock a new promise counts (bounded read). */
const CLAIMS_READ = 500;

/** What routeWith answers: the fulfillment orders made, or why not and whether a backorder may wait it out. */
type Routed =
  | { ok: true; docs: FulfillmentOrderDoc[]; routed: RecordedEvents | null }
  | (RouteFailure & { backorderable: boolean });

const fail = (
  code: RouteFailure['code'],
  message: string,
  shortLines: RouteFailure['shortLines'] = [],
): RouteFailure & { backorderable: boolean } => ({ ok: false, code, message, shortLines, backorderable: false });

export function createRoutingUseCases(deps: FulfillmentDeps) {
  const { store, catalog, now, logger, outbox } = deps;

  async function profileFor(channel: SalesChannel, change: ProfileChange | null | undefined) {
    const base = await deps.profileOf(channel);
    if (!change) return { ok: true as const, profile: base };
    const check = planProfileChange(base, change);
    return check.ok
      ? { ok: true as const, profile: { ...base, ...check.settings } }
      : { ok: false as const, message: `profile.${check.field}: ${check.message}` };
  }

  function requestProblem(req: PlanRequest): string | null {
    if (req.lines.length === 0 || req.lines.length > 100) return 'an order holds 1 to 100 lines';
    if (req.lines.some((l) => l.deliveryMethod === 'SHIP') && !req.destination)
      return 'shipped lines need a destination';
    return null;
  }

  /**
   * Plans on a fresh snapshot (the network, today's loads, catalog's stock of the order's SKUs for
   * the channel): what simulateRouting answers and what routeWith holds.
   */
  async function plan(
    req: PlanRequest,
    channel: SalesChannel,
    profile: SourcingProfileDoc,
    excluded?: ReadonlySet<string>,
    releasing: HoldRef | null = null,
  ) {
    const skus = [...new Set(req.lines.map((l) => l.sku))];
    // A cart hold the order takes over counts as available where it is (catalog's own rule).
    const [locations, stock] = await Promise.all([
      store.listLocations({}),
      catalog.availableStock({ skus, channel, releasing }),
    ]);
    const at = now();
    // One date per time zone (a network has few): formatting a date is the costliest part of planning.
    const byZone = new Map<string, string>();
    const dateIn = (tz: string) => byZone.get(tz) ?? byZone.set(tz, localTime(at, tz).date).get(tz)!;
    const localDates = new Map(locations.map((l) => [l._id, dateIn(l.timezone)]));
    const loads = await store.loadsByIds(locations.map((l) => `${l._id}:${localDates.get(l._id)}`));
    // Safety stock counts only where the profile lets the router promise it.
    const units = (s: ChannelStock) => s.available + (profile.keepSafetyStock ? 0 : s.safetyStock);
    const snapshot = {
      locations,
      stock: new Map(stock.map((s) => [`${s.sku}@${s.locationId}`, units(s)])),
      taken: new Map(locations.map((l, i) => [l._id, loads[i]?.taken ?? 0])),
      excluded,
    };
    const planned = planPlacement(req, profile, snapshot, at);
    if (planned.ok || !profile.allowBackorder) return { plan: planned, localDates };
    // Short lines of a channel that backorders get the date incoming stock can cover them by.
    const shortLines = await promised(req, planned.shortLines, { locations, stock, profile, excluded, at });
    return { plan: { ...planned, shortLines }, localDates };
  }

  /** `shortLines` with the date incoming stock can serve each (domain/backorder-promise.ts). */
  async function promised(
    req: PlanRequest & { orderId?: string },
    shortLines: readonly ShortLine[],
    ctx: {
      locations: LocationDoc[];
      stock: ChannelStock[];
      profile: SourcingProfileDoc;
      excluded?: ReadonlySet<string>;
      at: Date;
    },
  ): Promise<PromisedShortLine[]> {
    if (shortLines.length === 0) return [];
    const skus = [...new Set(shortLines.map((s) => s.sku))];
    // Older backorders (not this order's own) count on incoming units first.
    const older = (await store.waitingBackordersOf(skus, CLAIMS_READ)).filter((b) => b.orderId !== req.orderId);
    return backorderPromises({
      lines: req.lines,
      shortLines,
      destination: req.destination,
      countryCode: req.destination?.countryCode ?? null,
      locations: ctx.locations,
      incoming: ctx.stock.flatMap((s) =>
        s.incoming.map((i) => ({
          sku: s.sku,
          locationId: s.locationId,
          quantity: i.quantity,
          expectedAt: i.expectedAt,
        })),
      ),
      claimed: claimedUnits(older),
      profile: ctx.profile,
      excluded: ctx.excluded,
      now: ctx.at,
    });
  }

  /**
   * Holds `plan`'s stock in one reservation (all-or-nothing) and creates its fulfillment orders,
   * with the `fulfillment.order.routed` event when `announce` (recorded with them: `routed`, null
   * when a concurrent routing of the order had stored them). Null when stock moved since planning
   * (the caller plans again): nothing is held then.
   */
  async function hold(
    routing: Pick<RouteRequest, 'orderId' | 'channel' | 'destination' | 'replacesHold'>,
    { planned, localDates, allowSafetyStock }: Planned,
    idempotencyKey: string,
    firstIndex: number,
    excluded: readonly string[],
    announce: boolean,
  ): Promise<{ docs: FulfillmentOrderDoc[]; routed: RecordedEvents | null } | null> {
    const { orderId } = routing;
    const at = now().toISOString();
    const ids = planned.fulfillments.map((_, i) => `fo_${orderId.replace(/^ord_/, '')}_${firstIndex + i + 1}`);
    const held = await catalog.reserve({
      kind: 'ORDER',
      ownerId: orderId,
      lines: planned.fulfillments.flatMap((f, i) =>
        f.lines.map((l) => ({
          lineKey: holdLineKey(ids[i]!, l.orderLineId),
          sku: l.sku,
          locationId: f.locationId,
          quantity: l.quantity,
        })),
      ),
      ttlSeconds: null,
      allowSafetyStock,
      idempotencyKey,
      replaces: routing.replacesHold ?? null,
    });
    if (!held.ok) {
      if (held.code === 'INSUFFICIENT_STOCK') return null;
      throw new Error(`catalog refused the hold for ${orderId}: ${held.code} ${held.message}`);
    }
    const docs = planned.fulfillments.map((f, i): FulfillmentOrderDoc => ({
      _id: ids[i]!,
      orderId,
      locationId: f.locationId,
      deliveryMethod: f.deliveryMethod,
      status: 'OPEN',
      lines: f.lines,
      rejectionReason: null,
      promisedBy: f.promisedBy,
      createdAt: at,
      updatedAt: at,
      reservationId: held.reservation.id,
      channel: routing.channel,
      destination: routing.destination,
      pickupLocationId: f.pickupLocationId,
      pickupExpiresAt: null,
      receivedAt: null,
      shipments: [],
      appliedEvents: [],
      excludedLocationIds: [...excluded],
    }));
    const event = announce ? routedEvent(orderId, docs) : null;
    const recorded = await store.insertFulfillmentOrders(docs, event?.op);
    await Promise.all(docs.map((fo) => store.countTaken(fo.locationId, localDates.get(fo.locationId)!)));
    return { docs, routed: recorded ? event : null };
  }

  /**
   * Plans and holds, planning again (at most 3 times) when stock moved in between. Never oversells
   * (the ledger's conditions) and never leaves a stray hold (a refused hold holds nothing).
   */
  async function routeWith(
    req: RouteRequest,
    excluded: ReadonlySet<string>,
    firstIndex: number,
    announce = false,
  ): Promise<Routed> {
    const problem = requestProblem(req);
    if (problem) return fail('INVALID_ROUTING_REQUEST', problem);
    const profile = await profileFor(req.channel, req.profile);
    if (!profile.ok) return fail('INVALID_ROUTING_REQUEST', profile.message);
    const backorderable = (code: RouteFailure['code']) => profile.profile.allowBackorder && BACKORDERABLE.has(code);
    for (let attempt = 0; attempt < ROUTE_ATTEMPTS; attempt++) {
      const { plan: planned, localDates } = await plan(
        req,
        req.channel,
        profile.profile,
        excluded,
        req.replacesHold ?? null,
      );
      if (!planned.ok) {
        return {
          ...fail(planned.code, planned.message, planned.shortLines),
          backorderable: backorderable(planned.code),
        };
      }
      const allowSafetyStock = !profile.profile.keepSafetyStock;
      const held = await hold(
        req,
        { planned, localDates, allowSafetyStock },
        `${req.idempotencyKey}:${attempt}`,
        firstIndex,
        [...excluded],
        announce,
      );
      if (held) return { ok: true, ...held };
      logger.info({ orderId: req.orderId, attempt }, 'stock moved between planning and holding; planning again');
    }
    return {
      ...fail('STOCK_CHANGED', 'stock kept moving while the order was being placed; retry'),
      backorderable: backorderable('STOCK_CHANGED'),
    };
  }

  /** Parks lines that cannot be served now in the backorder queue, with why and what is short. */
  async function parkBackorder(
    req: Pick<RouteRequest, 'orderId' | 'channel' | 'destination'>,
    lines: readonly PlanLine[],
    excluded: readonly string[],
    failure: RouteFailure,
  ): Promise<BackorderDoc> {
    const at = now().toISOString();
    const n = (await store.backordersOf(req.orderId)).length + 1;
    const doc = await store.insertBackorder({
      _id: `bo_${req.orderId.replace(/^ord_/, '')}_${n}`,
      orderId: req.orderId,
      channel: req.channel,
      destination: req.destination,
      lines: lines.map((l) => ({ ...l })),
      skus: [...new Set(lines.map((l) => l.sku))],
      excludedLocationIds: [...excluded],
      status: 'WAITING',
      reason: failure.code,
      shortLines: failure.shortLines,
      attempts: 0,
      fulfillmentOrderIds: [],
      createdAt: at,
      updatedAt: at,
    });
    logger.info(
      { orderId: req.orderId, backorder: doc._id, reason: failure.code },
      'lines wait in the backorder queue',
    );
    return doc;
  }

  /** The outbox entry of `fulfillment.order.routed`, to write with what routed the order. */
  function routedEvent(orderId: string, docs: FulfillmentOrderDoc[]): RecordedEvents {
    const event: OrderRoutedEvent = {
      orderId,
      fulfillmentOrderIds: docs.map((d) => d._id),
      locationIds: [...new Set(docs.flatMap((d) => involvedLocationIds(d)))],
    };
    return outbox.record([{ topic: FulfillmentTopics.orderRouted, payload: event }], now().toISOString());
  }

  const useCases = {
    /** A dry run for operators: the plan and its explanation, nothing held. */
    async simulateRouting(req: PlanRequest & { channel: SalesChannel; profile?: ProfileChange | null }) {
      const problem = requestProblem(req);
      if (problem) return { ok: false as const, code: 'INVALID_ROUTING_REQUEST' as const, message: problem };
      const profile = await profileFor(req.channel, req.profile);
      if (!profile.ok)
        return { ok: false as const, code: 'INVALID_ROUTING_REQUEST' as const, message: profile.message };
      const { plan: planned } = await plan(req, req.channel, profile.profile);
      return { ok: true as const, plan: planned, profile: profile.profile };
    },

    /**
     * Routes an order for real: one per order id (a repeat answers the fulfillment orders, or the
     * backorder, already made). What cannot be served now waits as a backorder when the channel
     * allows it.
     */
    async routeOrder(req: RouteRequest): Promise<RouteOutcome> {
      const [existing, waiting] = await Promise.all([
        store.fulfillmentOrdersByOrderIds([req.orderId]),
        store.backordersOf(req.orderId),
      ]);
      if (existing.length > 0 || waiting.length > 0) {
        return { ok: true, fulfillmentOrders: existing, backorder: waiting[0] ?? null, replay: true };
      }
      const outcome = await routeWith(req, new Set(), 0, true);
      if (!outcome.ok) {
        const { backorderable, ...failure } = outcome;
        if (!backorderable) return failure;
        const parked = await parkBackorder(req, req.lines, [], failure);
        return { ok: true, fulfillmentOrders: [], backorder: parked, replay: false };
      }
      if (outcome.routed) await outbox.deliver(outcome.routed);
      return { ok: true, fulfillmentOrders: outcome.docs, backorder: null, replay: false };
    },
  };

  return { useCases, routeWith, parkBackorder, routedEvent };
}

export type RoutingUseCases = ReturnType<typeof createRoutingUseCases>;
