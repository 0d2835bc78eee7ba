import { createHash } from 'node:crypto';
import type { FulfillmentOrderStatus } from '../model';

/**
 * Which order lines a cancellation may take back, and how, pure. A line is cancellable while it
 * sits in a live fulfillment order that has not left its node, or in a waiting backorder; the
 * request is all-or-nothing: one unknown line, or one line that already shipped or was picked up,
 * refuses it whole. What it does per fulfillment order depends on what stays: nothing (the order is
 * cancelled, releasing its hold) or some lines (only the named ones leave it).
 */

/** A fulfillment order in one of these has let its units go: its lines cannot be cancelled. */
export const LEFT_NODE: readonly FulfillmentOrderStatus[] = ['SHIPPED', 'DELIVERED', 'PICKED_UP'];
/** No longer the order's work (its lines were re-routed, or it was cancelled). */
const GONE: readonly FulfillmentOrderStatus[] = ['REJECTED', 'CANCELLED'];

/** The source event id a cancellation's `CANCEL` step of a whole fulfillment order carries. */
export const cancelEventId = (key: string) => `cancel:${key}`;

/** A cancellation's content (the lines as a set, and the reason), hashed to tell a replay from a conflict. */
export function cancellationHash(req: { orderLineIds: readonly string[]; reason: string }): string {
  return createHash('sha256')
    .update(JSON.stringify([[...new Set(req.orderLineIds)].sort(), req.reason]))
    .digest('hex')
    .slice(0, 32);
}

interface Cancelled {
  readonly cancelledLines?: readonly { orderLineId: string; key: string }[];
}

export interface FulfillmentOrderView extends Cancelled {
  _id: string;
  status: FulfillmentOrderStatus;
  lines: readonly { orderLineId: string }[];
  appliedEvents: readonly { sourceEventId: string }[];
}

export interface BackorderView extends Cancelled {
  _id: string;
  status: string;
  lines: readonly { id: string }[];
}

export type CancellationStep =
  /** Every line it still has is named: the `CANCEL` step (its whole hold is released). */
  | { kind: 'CANCEL_FULFILLMENT_ORDER'; fulfillmentOrderId: string; orderLineIds: string[] }
  /** Some of its lines are named: they leave it, their hold lines are released. */
  | { kind: 'CANCEL_FULFILLMENT_ORDER_LINES'; fulfillmentOrderId: string; orderLineIds: string[] }
  /** Waiting lines leave the backorder; `whole`: none is left, it is cancelled. */
  | { kind: 'CANCEL_BACKORDER_LINES'; backorderId: string; orderLineIds: string[]; whole: boolean };

export type CancellationPlan =
  | {
      ok: true;
      /** What is left to do, fulfillment orders first, each by id; empty when everything is done. */
      steps: CancellationStep[];
      /** Fulfillment orders this key already cancelled whole. */
      cancelledFulfillmentOrderIds: string[];
      /** Named lines this key already cancelled (a retry of it). */
      alreadyCancelled: string[];
    }
  | { ok: false; code: 'UNKNOWN_LINE' | 'ALREADY_SHIPPED'; orderLineIds: string[] };

/**
 * What cancelling `orderLineIds` under `key` still takes, given the order's fulfillment orders and
 * backorders as they are now. A line this key already cancelled counts as done (a retry, or a
 * retry after a crash half-way); any other line that stands nowhere is UNKNOWN_LINE, checked
 * before ALREADY_SHIPPED; both list every line at fault.
 */
export function planCancellation(
  request: { orderLineIds: readonly string[]; key: string },
  fulfillmentOrders: readonly FulfillmentOrderView[],
  backorders: readonly BackorderView[],
): CancellationPlan {
  const named = [...new Set(request.orderLineIds)];
  const wanted = new Set(named);
  const byKey = new Set<string>();
  const cancelledFulfillmentOrderIds: string[] = [];
  const event = cancelEventId(request.key);
  for (const doc of [...fulfillmentOrders, ...backorders]) {
    for (const c of doc.cancelledLines ?? []) if (c.key === request.key) byKey.add(c.orderLineId);
  }
  for (const fo of fulfillmentOrders) {
    if (fo.status === 'CANCELLED' && fo.appliedEvents.some((e) => e.sourceEventId === event)) {
      cancelledFulfillmentOrderIds.push(fo._id);
      for (const l of fo.lines) byKey.add(l.orderLineId);
    }
  }

  const live = fulfillmentOrders.filter((f) => !GONE.includes(f.status));
  const waiting = backorders.filter((b) => b.status === 'WAITING');
  const standing = new Set<string>();
  const shipped = new Set<string>();
  for (const fo of live) {
    for (const l of fo.lines) {
      standing.add(l.orderLineId);
      if (LEFT_NODE.includes(fo.status)) shipped.add(l.orderLineId);
    }
  }
  for (const bo of waiting) for (const l of bo.lines) standing.add(l.id);

  const unknown = named.filter((id) => !standing.has(id) && !byKey.has(id));
  if (unknown.length > 0) return { ok: false, code: 'UNKNOWN_LINE', orderLineIds: unknown };
  const gone = named.filter((id) => shipped.has(id));
  if (gone.length > 0) return { ok: false, code: 'ALREADY_SHIPPED', orderLineIds: gone };

  const steps: CancellationStep[] = [];
  for (const fo of [...live].sort(byId)) {
    const ids = unique(fo.lines.map((l) => l.orderLineId).filter((id) => wanted.has(id)));
    if (ids.length === 0) continue;
    const whole = fo.lines.every((l) => wanted.has(l.orderLineId));
    steps.push({
      kind: whole ? 'CANCEL_FULFILLMENT_ORDER' : 'CANCEL_FULFILLMENT_ORDER_LINES',
      fulfillmentOrderId: fo._id,
      orderLineIds: ids,
    });
  }
  for (const bo of [...waiting].sort(byId)) {
    const ids = unique(bo.lines.map((l) => l.id).filter((id) => wanted.has(id)));
    if (ids.length === 0) continue;
    const whole = bo.lines.every((l) => wanted.has(l.id));
    steps.push({ kind: 'CANCEL_BACKORDER_LINES', backorderId: bo._id, orderLineIds: ids, whole });
  }
  return {
    ok: true,
    steps,
    cancelledFulfillmentOrderIds: cancelledFulfillmentOrderIds.sort(),
    alreadyCancelled: named.filter((id) => byKey.has(id) && !standing.has(id)),
  };
}

const byId = (a: { _id: string }, b: { _id: string }) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);
const unique = (ids: string[]) => [...new Set(ids)];
