import {
  holdLineKeys,
  planTransition,
  withApplied,
  type FulfillmentAction,
  type StockEffect,
} from './domain/fulfillment-order';
import type { PlanLine } from './domain/placement-plan';
import { FulfillmentTopics, type FulfillmentOrderChangedEvent } from './events';
import type { CatalogApi } from '../catalog/api';
import type { FulfillmentOrderDoc } from './model';
import type { FulfillmentDeps, RoutingUseCases } from './service-routing';

/**
 * Fulfillment orders' lifecycle: each step moves the order's status and the stock it holds in
 * catalog's ledger, a rejection re-routes its lines, and ready pickups expire. Routing itself is
 * in service-routing.ts.
 */
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

/** How long a pickup waits at the store once it is ready, unless configured (`PICKUP_HOLD_S`): 72 h. */
export const PICKUP_HOLD_SECONDS = 72 * 3600;

export function createFulfillmentOrderUseCases(
  deps: FulfillmentDeps,
  routing: Pick<RoutingUseCases, 'routeWith' | 'parkBackorder'>,
  pickupHoldSeconds: number,
) {
  const { store, catalog, now, logger, outbox } = deps;

  /**
   * One step of a fulfillment order's lifecycle, idempotent by source event id. The order's
   * status moves first (a compare-and-set, so two steps never both apply), then its stock; a
   * rejection re-plans the lines on the live network without the rejecting node.
   */
  async function transition(input: TransitionInput): Promise<TransitionOutcome> {
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
      if (input.action === 'RECEIVE') set.receivedAt = at.toISOString();
      if (input.action === 'READY_FOR_PICKUP' || input.action === 'RECEIVE') {
        set.pickupExpiresAt = new Date(at.getTime() + pickupHoldSeconds * 1000).toISOString();
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
      const changed: FulfillmentOrderChangedEvent = {
        fulfillmentOrderId: fo._id,
        orderId: fo.orderId,
        locationId: fo.locationId,
        pickupLocationId: fo.deliveryMethod === 'SHIP_TO_STORE' ? fo.pickupLocationId : null,
        from: fo.status,
        to: planned.to,
        action: input.action,
      };
      const event = outbox.record(
        [{ topic: FulfillmentTopics.fulfillmentOrderChanged, payload: changed }],
        set.updatedAt!,
      );
      const updated = await store.updateFulfillmentOrder(fo._id, fo.status, fo.updatedAt, set, event.op);
      if (!updated) continue; // changed meanwhile: look again
      if (planned.stock && fo.reservationId) await moveStock(fo, planned.stock, input);
      await outbox.deliver(event);
      let rerouted: FulfillmentOrderDoc[] = [];
      if (input.action === 'REJECT') rerouted = await reroute(updated);
      return { ok: true, fulfillmentOrder: updated, rerouted, changed: true };
    }
    return { ok: false, code: 'STOCK_CHANGED', message: `fulfillment order ${input.id} is too contended; retry` };
  }

  /** Commits held lines and ships them at once (a carry-out), each move keyed on its own. */
  async function commitThenShip(request: Parameters<CatalogApi['shipLines']>[0]) {
    const committed = await catalog.commitLines({ ...request, idempotencyKey: `${request.idempotencyKey}:commit` });
    if (!committed.ok) return committed;
    return catalog.shipLines({ ...request, idempotencyKey: `${request.idempotencyKey}:ship` });
  }

  /**
   * Moves the stock a step concerns in catalog's ledger, keyed by the step so a retry does not
   * move it twice. A received ship-to-store transfer's units enter the pickup store's stock
   * straight into the order's hold; from then on its lines are held there.
   */
  async function moveStock(fo: FulfillmentOrderDoc, effect: StockEffect, input: TransitionInput): Promise<void> {
    const reservationId = fo.reservationId!;
    const idempotencyKey = `${fo._id}:${input.sourceEventId}`;
    const lineKeys = holdLineKeys(fo, fo.receivedAt !== null);
    const arrivedKeys = holdLineKeys(fo, true);
    const request = { reservationId, lineKeys, reason: input.reason ?? input.action, idempotencyKey };
    const moved =
      effect === 'RECEIVE'
        ? await catalog.receiveLines({
            reservationId,
            idempotencyKey,
            reason: 'ship-to-store transfer received',
            lines: fo.lines.map((l, i) => ({
              lineKey: arrivedKeys[i],
              sku: l.sku,
              locationId: fo.pickupLocationId!,
              quantity: l.quantity,
            })),
          })
        : effect === 'COMMIT'
          ? await catalog.commitLines(request)
          : effect === 'SHIP'
            ? await catalog.shipLines(request)
            : effect === 'COMMIT_SHIP'
              ? await commitThenShip(request)
              : await catalog.releaseLines(request);
    // The ledger is the truth for stock: a step it refuses (its lines already moved by an earlier
    // attempt of this step, say) is logged and the workflow goes on.
    if (!moved.ok)
      logger.error(
        { fo: fo._id, action: input.action, code: moved.code },
        'held stock did not follow a fulfillment order step',
      );
  }

  /**
   * The lines of a rejected fulfillment order, planned again on the live network, never back to a
   * node that rejected them. Lines that cannot be served now wait as a backorder (whatever the
   * channel's setting: rejected lines must not vanish).
   */
  async function reroute(rejected: FulfillmentOrderDoc): Promise<FulfillmentOrderDoc[]> {
    const siblings = await store.fulfillmentOrdersByOrderIds([rejected.orderId]);
    const excluded = new Set([...rejected.excludedLocationIds, rejected.locationId]);
    const lines: PlanLine[] = rejected.lines.map((l) => ({
      id: l.orderLineId,
      sku: l.sku,
      quantity: l.quantity,
      deliveryMethod: rejected.deliveryMethod,
      pickupLocationId: rejected.pickupLocationId,
    }));
    const target = {
      orderId: rejected.orderId,
      channel: rejected.channel ?? ('WEB' as const),
      destination: rejected.destination,
    };
    const outcome = await routing.routeWith(
      { ...target, lines, idempotencyKey: `reroute:${rejected._id}` },
      excluded,
      siblings.length,
    );
    if (outcome.ok) return outcome.docs;
    await routing.parkBackorder(target, lines, [...excluded], outcome);
    return [];
  }

  return {
    transition,
    /**
     * Cancels ready pickups whose hold ran out and releases their stock. Safe with any number of
     * instances sweeping at once: each expiry is the same step (source event `expire:<id>`), so the
     * fulfillment order's compare-and-set lets one win and the others see a replay.
     */
    async sweepExpiredPickups(limit = 200): Promise<number> {
      const due = await store.expiredPickups(now().toISOString(), limit);
      let expired = 0;
      for (const fo of due) {
        const outcome = await transition({
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
}

export type FulfillmentOrderUseCases = ReturnType<typeof createFulfillmentOrderUseCases>;
