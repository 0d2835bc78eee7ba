import type { Logger } from '../../platform/logger';
import type { SalesChannel } from '../../platform/shared/commerce';
import type { CatalogApi } from '../catalog/api';
import { localTime } from './domain/calendar';
import { planTransition, withApplied, type FulfillmentAction } from './domain/fulfillment-order';
import {
  planPlacement,
  type PlacementPlan,
  type PlanLine,
  type PlanRequest,
  type Snapshot,
} from './domain/placement-plan';
import { planProfileChange, type ProfileChange } from './domain/sourcing-profile';
import { FulfillmentTopics, type FulfillmentOrderChangedEvent, type OrderRoutedEvent } from './events';
import type { BackorderDoc, FulfillmentOrderDoc, SourcingProfileDoc } from './model';
import type { FulfillmentStore } from './store';

/**
 * Routing and fulfillment orders: plan an order on the live network (dry run for operators, or
 * for real for orders' placeOrder), hold its stock through catalog's reservation ledger in one
 * all-or-nothing call, create one fulfillment order per node, and drive each through its
 * lifecycle, moving the held stock with every step.
 */
export interface RouteRequest extends PlanRequest {
  orderId: string;
  channel: SalesChannel;
  /** Changes to the channel's profile for this order only. */
  profile?: ProfileChange | null;
  idempotencyKey: string;
}

export type RouteFailure = {
  ok: false;
  code: Exclude<PlacementPlan, { ok: true }>['code'] | 'INVALID_ROUTING_REQUEST' | 'STOCK_CHANGED';
  message: string;
  shortLines: { lineId: string; sku: string; missing: number }[];
};
export type RouteOutcome =
  | { ok: true; fulfillmentOrders: FulfillmentOrderDoc[]; backorder: BackorderDoc | null; replay: boolean }
  | RouteFailure;

/** Routing failures a backorder waits out (stock may arrive); the others are the order's own problem. */
const BACKORDERABLE = new Set(['OUT_OF_STOCK', 'TOO_MANY_SHIPMENTS', 'STOCK_CHANGED']);
/** Backorders retried per inventory event (the oldest first). */
const RETRIES_PER_EVENT = 20;

export type TransitionFailure = {
  ok: false;
  code: 'FULFILLMENT_ORDER_NOT_FOUND' | 'INVALID_TRANSITION' | 'IDEMPOTENCY_CONFLICT' | 'STOCK_CHANGED';
  message: string;
};
export type TransitionOutcome =
  | { ok: true; fulfillmentOrder: FulfillmentOrderDoc; rerouted: FulfillmentOrderDoc[]; changed: boolean }
  | TransitionFailure;

export interface TransitionInput {
  id: string;
  action: FulfillmentAction;
  sourceEventId: string;
  reason?: string | null;
  carrier?: string | null;
  trackingNumber?: string | null;
}

/** How long a pickup waits at the store once it is ready (documented in docs/api.md). */
export const PICKUP_HOLD_HOURS = 72;
/** Attempts to plan and hold when stock moves between planning and holding. */
const ROUTE_ATTEMPTS = 3;

export interface OrdersDeps {
  store: FulfillmentStore;
  catalog: CatalogApi;
  now: () => Date;
  logger: Logger;
  emit: <T>(topic: string, payload: T) => Promise<void>;
  profileOf: (channel: SalesChannel) => Promise<SourcingProfileDoc>;
}

const fail = (
  code: RouteFailure['code'],
  message: string,
  shortLines: RouteFailure['shortLines'] = [],
): RouteFailure => ({
  ok: false,
  code,
  message,
  shortLines,
});

export function createFulfillmentOrderUseCases(deps: OrdersDeps) {
  const { store, catalog, now, logger, emit } = deps;

  async function snapshot(skus: string[], channel: SalesChannel, excluded?: ReadonlySet<string>): Promise<Snapshot> {
    const [locations, stock] = await Promise.all([store.listLocations({}), catalog.availableStock({ skus, channel })]);
    const at = now();
    const keys = locations.map((l) => `${l._id}:${localTime(at, l.timezone).date}`);
    const loads = await store.loadsByIds(keys);
    return {
      locations,
      stock: new Map(stock.map((s) => [`${s.sku}@${s.locationId}`, s.available])),
      taken: new Map(locations.map((l, i) => [l._id, loads[i]?.taken ?? 0])),
      excluded,
    };
  }

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

  /** Plans on a fresh snapshot: what simulateRouting answers and what route holds. */
  async function plan(
    req: PlanRequest,
    channel: SalesChannel,
    profile: SourcingProfileDoc,
    excluded?: ReadonlySet<string>,
  ) {
    const skus = [...new Set(req.lines.map((l) => l.sku))];
    return planPlacement(req, profile, await snapshot(skus, channel, excluded), now());
  }

  /**
   * Holds `plan`'s stock in one reservation (all-or-nothing) and creates its fulfillment orders.
   * Null when stock moved since planning (the caller plans again): nothing is held then.
   */
  async function hold(
    routing: Pick<RouteRequest, 'channel' | 'destination'>,
    orderId: string,
    planned: Extract<PlacementPlan, { ok: true }>,
    idempotencyKey: string,
    firstIndex: number,
  ): Promise<FulfillmentOrderDoc[] | null> {
    const at = now().toISOString();
    const localDate = new Map(
      (await store.locationsByIds(planned.fulfillments.map((f) => f.locationId))).flatMap((l) =>
        l ? [[l._id, localTime(now(), l.timezone).date] as const] : [],
      ),
    );
    const ids = planned.fulfillments.map((_, i) => `fo_${orderId.replace(/^ord_/, '')}_${firstIndex + i + 1}`);
    const held = await catalog.reserve({
      kind: 'ORDER',
      ownerId: orderId,
      lines: planned.fulfillments.flatMap((f, i) =>
        f.lines.map((l) => ({
          lineKey: `${ids[i]}/${l.orderLineId}`,
          sku: l.sku,
          locationId: f.locationId,
          quantity: l.quantity,
        })),
      ),
      ttlSeconds: null,
      idempotencyKey,
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
      shipments: [],
      appliedEvents: [],
      excludedLocationIds: [],
    }));
    await store.insertFulfillmentOrders(docs);
    await Promise.all(docs.map((fo) => store.countTaken(fo.locationId, localDate.get(fo.locationId)!)));
    return docs;
  }

  async function routeWith(
    req: RouteRequest,
    excluded: ReadonlySet<string> | undefined,
    firstIndex: number,
  ): Promise<{ ok: true; docs: FulfillmentOrderDoc[] } | RouteFailure> {
    const problem = requestProblem(req);
    if (problem) return fail('INVALID_ROUTING_REQUEST', problem);
    const profile = await profileFor(req.channel, req.profile);
    if (!profile.ok) return fail('INVALID_ROUTING_REQUEST', profile.message);
    for (let attempt = 0; attempt < ROUTE_ATTEMPTS; attempt++) {
      const planned = await plan(req, req.channel, profile.profile, excluded);
      if (!planned.ok) return fail(planned.code, planned.message, planned.shortLines);
      const docs = await hold(req, req.orderId, planned, `${req.idempotencyKey}:${attempt}`, firstIndex);
      if (docs) return { ok: true, docs };
      logger.info({ orderId: req.orderId, attempt }, 'stock moved between planning and holding; planning again');
    }
    return fail('STOCK_CHANGED', 'stock kept moving while the order was being placed; retry');
  }

  return {
    /** A dry run for operators: the plan and its explanation, nothing held. */
    async simulateRouting(req: PlanRequest & { channel: SalesChannel; profile?: ProfileChange | null }) {
      const problem = requestProblem(req);
      if (problem) return { ok: false as const, code: 'INVALID_ROUTING_REQUEST' as const, message: problem };
      const profile = await profileFor(req.channel, req.profile);
      if (!profile.ok)
        return { ok: false as const, code: 'INVALID_ROUTING_REQUEST' as const, message: profile.message };
      return { ok: true as const, plan: await plan(req, req.channel, profile.profile), profile: profile.profile };
    },

    /**
     * Routes an order for real: one per order id (a repeat answers the fulfillment orders already
     * made). Stock is held all-or-nothing; when it moved since planning, plans again (at most 3
     * times). Never oversells (the ledger's conditions) and never leaves a stray hold (a refused
     * hold holds nothing).
     */
    async routeOrder(req: RouteRequest): Promise<RouteOutcome> {
      const [existing, waiting] = await Promise.all([
        store.fulfillmentOrdersByOrderIds([req.orderId]),
        store.backordersOf(req.orderId),
      ]);
      if (existing.length > 0 || waiting.length > 0) {
        return { ok: true, fulfillmentOrders: existing, backorder: waiting[0] ?? null, replay: true };
      }
      const routed = await routeWith(req, undefined, 0);
      if (!routed.ok) {
        const profile = await profileFor(req.channel, req.profile);
        if (!profile.ok || !profile.profile.allowBackorder || !BACKORDERABLE.has(routed.code)) return routed;
        const parked = await backorder(req, req.lines, [], routed, 1);
        return { ok: true, fulfillmentOrders: [], backorder: parked, replay: false };
      }
      await emit<OrderRoutedEvent>(FulfillmentTopics.orderRouted, {
        orderId: req.orderId,
        fulfillmentOrderIds: routed.docs.map((d) => d._id),
      });
      return { ok: true, fulfillmentOrders: routed.docs, backorder: null, replay: false };
    },

    /**
     * Retries the waiting backorders that hold `sku` (stock of it changed): each is routed on the
     * live network, with a compare-and-set on its attempt count so one instance retries it at a
     * time. A routed backorder publishes `fulfillment.order.routed` like any routed order.
     */
    async retryBackorders(sku: string): Promise<number> {
      let routedCount = 0;
      for (const bo of await store.waitingBackorders(sku, RETRIES_PER_EVENT)) {
        const claimed = await store.updateBackorder(bo._id, bo.attempts, {
          attempts: bo.attempts + 1,
          updatedAt: now().toISOString(),
        });
        if (!claimed) continue; // another instance is on it
        const siblings = await store.fulfillmentOrdersByOrderIds([bo.orderId]);
        const routed = await routeWith(
          {
            orderId: bo.orderId,
            channel: bo.channel,
            destination: bo.destination,
            lines: bo.lines,
            idempotencyKey: `${bo._id}:${claimed.attempts}`,
          },
          new Set(bo.excludedLocationIds),
          siblings.length,
        );
        if (!routed.ok) {
          await store.updateBackorder(bo._id, claimed.attempts, { reason: routed.code, shortLines: routed.shortLines });
          continue;
        }
        await store.updateBackorder(bo._id, claimed.attempts, {
          status: 'ROUTED',
          fulfillmentOrderIds: routed.docs.map((d) => d._id),
          updatedAt: now().toISOString(),
        });
        await emit<OrderRoutedEvent>(FulfillmentTopics.orderRouted, {
          orderId: bo.orderId,
          fulfillmentOrderIds: routed.docs.map((d) => d._id),
        });
        routedCount++;
      }
      return routedCount;
    },

    backorders: (status: 'WAITING' | 'ROUTED' | null, first: number) => store.listBackorders(status, first),

    /**
     * One step of a fulfillment order's lifecycle, idempotent by source event id. The order's
     * status moves first (a compare-and-set, so two steps never both apply), then its stock; a
     * rejection re-plans the lines on the live network without the rejecting node.
     */
    async transition(input: TransitionInput): Promise<TransitionOutcome> {
      for (let attempt = 0; attempt < 5; attempt++) {
        const fo = await store.fulfillmentOrderById(input.id);
        if (!fo)
          return { ok: false, code: 'FULFILLMENT_ORDER_NOT_FOUND', message: `fulfillment order ${input.id} not found` };
        const detail = {
          reason: input.reason ?? null,
          carrier: input.carrier ?? null,
          trackingNumber: input.trackingNumber ?? null,
        };
        const planned = planTransition(fo, { action: input.action, sourceEventId: input.sourceEventId, detail });
        if (planned.kind === 'invalid') return { ok: false, code: planned.code, message: planned.message };
        if (planned.kind === 'replay') return { ok: true, fulfillmentOrder: fo, rerouted: [], changed: false };
        const at = now();
        const set: Partial<FulfillmentOrderDoc> = {
          status: planned.to,
          updatedAt: at.toISOString(),
          appliedEvents: withApplied(fo.appliedEvents, {
            sourceEventId: input.sourceEventId,
            requestHash: planned.requestHash,
          }),
        };
        if (input.action === 'REJECT') set.rejectionReason = (input.reason ?? 'rejected').slice(0, 500);
        if (input.action === 'READY_FOR_PICKUP') {
          set.pickupExpiresAt = new Date(at.getTime() + PICKUP_HOLD_HOURS * 3_600_000).toISOString();
        }
        if (input.action === 'SHIP') {
          set.shipments = [
            ...fo.shipments,
            {
              carrier: input.carrier ?? null,
              trackingNumber: input.trackingNumber ?? null,
              shippedAt: at.toISOString(),
            },
          ];
        }
        const updated = await store.updateFulfillmentOrder(fo._id, fo.status, fo.updatedAt, set);
        if (!updated) continue; // changed meanwhile: look again
        if (planned.stock && fo.reservationId) {
          const lineKeys = fo.lines.map((l) => `${fo._id}/${l.orderLineId}`);
          const request = {
            reservationId: fo.reservationId,
            lineKeys,
            reason: input.reason ?? input.action,
            idempotencyKey: `${fo._id}:${input.sourceEventId}`,
          };
          const moved =
            planned.stock === 'COMMIT'
              ? await catalog.commitLines(request)
              : planned.stock === 'SHIP'
                ? await catalog.shipLines(request)
                : await catalog.releaseLines(request);
          // The ledger is the truth for stock: a step it refuses (its lines already moved by an
          // earlier attempt of this step, say) is logged and the workflow goes on.
          if (!moved.ok)
            logger.error(
              { fo: fo._id, action: input.action, code: moved.code },
              'held stock did not follow a fulfillment order step',
            );
        }
        await emit<FulfillmentOrderChangedEvent>(FulfillmentTopics.fulfillmentOrderChanged, {
          fulfillmentOrderId: fo._id,
          orderId: fo.orderId,
          locationId: fo.locationId,
          from: fo.status,
          to: planned.to,
          action: input.action,
        });
        let rerouted: FulfillmentOrderDoc[] = [];
        if (input.action === 'REJECT') rerouted = await reroute(updated);
        return { ok: true, fulfillmentOrder: updated, rerouted, changed: true };
      }
      return { ok: false, code: 'STOCK_CHANGED', message: `fulfillment order ${input.id} is too contended; retry` };
    },

    /**
     * Cancels ready pickups whose hold ran out and releases their stock. Safe with any number of
     * instances sweeping at once: each expiry is the same step (source event `expire:<id>`), so the
     * fulfillment order's compare-and-set lets one win and the others see a replay.
     */
    async sweepExpiredPickups(limit = 200): Promise<number> {
      const due = await store.expiredPickups(now().toISOString(), limit);
      let expired = 0;
      for (const fo of due) {
        const outcome = await this.transition({
          id: fo._id,
          action: 'EXPIRE',
          sourceEventId: `expire:${fo._id}`,
          reason: 'pickup hold expired',
        });
        if (outcome.ok && outcome.changed) expired++;
      }
      if (expired > 0) logger.info({ expired }, 'expired pickup holds released');
      return expired;
    },

    /** A node's work queue: its open, accepted and in-progress orders, the most urgent promise first. */
    queue: (locationId: string, first: number) => store.queueOf(locationId, first),
  };

  /** Parks lines that cannot be served now in the backorder queue, with why and what is short. */
  async function backorder(
    req: Pick<RouteRequest, 'orderId' | 'channel' | 'destination'>,
    lines: readonly PlanLine[],
    excluded: readonly string[],
    failure: RouteFailure,
    n: number,
  ): Promise<BackorderDoc> {
    const at = now().toISOString();
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

  /**
   * The lines of a rejected fulfillment order, planned again on the live network, never back to a
   * node that rejected them. Lines that cannot be served now are logged for the backorder queue.
   */
  async function reroute(rejected: FulfillmentOrderDoc): Promise<FulfillmentOrderDoc[]> {
    const siblings = await store.fulfillmentOrdersByOrderIds([rejected.orderId]);
    const excluded = new Set([...rejected.excludedLocationIds, rejected.locationId]);
    const lines: PlanLine[] = rejected.lines.map((l) => ({
      id: l.orderLineId,
      sku: l.sku,
      quantity: l.quantity,
      deliveryMethod: rejected.deliveryMethod === 'SHIP' ? 'SHIP' : rejected.deliveryMethod,
      pickupLocationId: rejected.pickupLocationId,
    }));
    const routed = await routeWith(
      {
        orderId: rejected.orderId,
        channel: rejected.channel ?? 'WEB',
        destination: rejected.destination,
        lines,
        idempotencyKey: `reroute:${rejected._id}`,
      },
      excluded,
      siblings.length,
    );
    if (!routed.ok) {
      // Nowhere to serve them now: they wait for stock like any backorder.
      const waiting = await store.backordersOf(rejected.orderId);
      await backorder(
        { orderId: rejected.orderId, channel: rejected.channel ?? 'WEB', destination: rejected.destination },
        lines,
        [...excluded],
        routed,
        waiting.length + 1,
      );
      return [];
    }
    await Promise.all(routed.docs.map((d) => store.excludeLocations(d._id, [...excluded])));
    return routed.docs.map((d) => ({ ...d, excludedLocationIds: [...excluded] }));
  }
}

export type FulfillmentOrderUseCases = ReturnType<typeof createFulfillmentOrderUseCases>;
