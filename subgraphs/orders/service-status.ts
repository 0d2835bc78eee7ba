import { createHash } from 'node:crypto';
import type { Logger } from '../../platform/logger';
import type { WriteOp } from '../../platform/store/port';
import type { FulfillmentApi } from '../fulfillment/api';
import { deriveStatus, FINAL_ORDER_STATUSES, planStatus } from './domain/order-status';
import { OrderTopics, type OrderCancelledEvent, type OrderStatusChangedEvent } from './events';
import type { OrderDoc, OrderStatus } from './model';
import { orderEvent, type OrdersStore } from './store';

/**
 * An order's status after placement: it follows the order's fulfillment orders (re-derived from
 * fulfillment's `orderFulfillment` on each of its events, so a repeated or late event changes
 * nothing), and it moves by cancellation. Every change goes through the state machine
 * (domain/order-status.ts) with a compare-and-set on the order, is kept in its status history and
 * published.
 */
export interface StatusDeps {
  store: OrdersStore;
  fulfillment: FulfillmentApi;
  now: () => Date;
  logger: Logger;
  /** Publishes what the outbox recorded (platform/outbox.ts). */
  flush: () => Promise<unknown>;
}

export type CancelFailure = {
  ok: false;
  code: 'ORDER_NOT_FOUND' | 'UNKNOWN_LINE' | 'ALREADY_SHIPPED' | 'INVALID_TRANSITION' | 'IDEMPOTENCY_CONFLICT';
  message: string;
  orderId: string;
  lineIds: string[];
};
export type CancelOutcome = { ok: true; order: OrderDoc; changed: boolean } | CancelFailure;

export interface CancelRequest {
  orderId: string;
  /** Omitted: every line still standing. */
  lineIds?: readonly string[] | null;
  reason?: string | null;
  idempotencyKey: string;
}

const ATTEMPTS = 5;
const MAX_LINES = 100;

/**
 * Totals over the lines still standing: their prices, discounts and VAT as placed; shipping is
 * charged while any line stands (its VAT, the part of the old tax total no line accounts for, with it).
 */
function totals(order: OrderDoc, lines: OrderDoc['lines']) {
  const standing = lines.filter((l) => !l.cancelledAt);
  const sum = (ls: OrderDoc['lines'], f: (l: OrderDoc['lines'][number]) => number) => ls.reduce((s, l) => s + f(l), 0);
  const subtotal = sum(standing, (l) => l.lineTotal);
  const discountTotal = sum(standing, (l) => l.discount ?? 0);
  const standingBefore = order.lines.filter((l) => !l.cancelledAt);
  const shippingTax = (order.taxTotal ?? 0) - sum(standingBefore, (l) => l.tax ?? 0);
  const shipping = standing.length > 0;
  return {
    subtotal,
    discountTotal,
    shippingTotal: shipping ? order.shippingTotal : 0,
    taxTotal: sum(standing, (l) => l.tax ?? 0) + (shipping ? shippingTax : 0),
    total: subtotal - discountTotal + (shipping ? order.shippingTotal : 0),
  };
}

export function createStatusUseCases(deps: StatusDeps) {
  const { store, fulfillment, now, logger, flush } = deps;

  /**
   * Moves `order` to `to` (through the state machine, compare-and-set) with `extra` fields set in
   * the same write. Null when the order changed meanwhile; the order unchanged when there is
   * nothing to do or the state machine refuses (logged: fulfillment and orders disagree).
   */
  async function move(
    order: OrderDoc,
    to: OrderStatus,
    reason: string,
    extra: Partial<OrderDoc> = {},
    events: (at: string) => WriteOp[] = () => [],
  ) {
    const at = now().toISOString();
    const plan = planStatus(order, to, at, reason);
    if (plan.kind === 'invalid') {
      logger.warn({ orderId: order._id, from: order.status, to, reason }, plan.message);
      if (Object.keys(extra).length === 0) return order;
    }
    if (plan.kind !== 'apply' && Object.keys(extra).length === 0) return order;
    const set: Partial<OrderDoc> = { ...extra, updatedAt: at };
    if (plan.kind === 'apply') Object.assign(set, { status: to, statusHistory: plan.history });
    // The change and its events in one atomic write (the outbox), then published.
    const recorded = [...events(at)];
    if (plan.kind === 'apply') {
      const changed: OrderStatusChangedEvent = {
        orderId: order._id,
        customerId: order.customerId,
        channel: order.channel,
        partnerId: order.partnerId ?? null,
        from: order.status,
        to,
        reason,
        at,
      };
      recorded.push(orderEvent(OrderTopics.statusChanged, changed, at));
    }
    const updated = await store.updateOrder(order, set, recorded);
    if (updated && recorded.length > 0) await flush();
    return updated;
  }

  /** Re-derives an order's status from its fulfillment (any number of times: idempotent). */
  async function follow(orderId: string, reason: string): Promise<OrderDoc | null> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const order = await store.orderById(orderId);
      if (!order || FINAL_ORDER_STATUSES.includes(order.status)) return order;
      const view = await fulfillment.orderFulfillment({ orderId });
      const moved = await move(order, deriveStatus(view), reason);
      if (moved) return moved;
    }
    logger.warn({ orderId }, 'order status too contended to follow its fulfillment; the next event will');
    return null;
  }

  async function cancel(input: CancelRequest): Promise<CancelOutcome> {
    const fail = (code: CancelFailure['code'], message: string, lineIds: string[] = []): CancelFailure => ({
      ok: false,
      code,
      message,
      orderId: input.orderId,
      lineIds,
    });
    const order = await store.orderById(input.orderId);
    if (!order) return fail('ORDER_NOT_FOUND', `order ${input.orderId} not found`);
    const reason = (input.reason ?? 'cancelled').slice(0, 500);
    const named = input.lineIds ? [...new Set(input.lineIds)] : null;
    const requestHash = createHash('sha256')
      .update(JSON.stringify([named ? [...named].sort() : null, reason]))
      .digest('hex')
      .slice(0, 32);
    const applied = order.cancellations?.find((c) => c.key === input.idempotencyKey);
    if (applied) {
      return applied.requestHash === requestHash
        ? { ok: true, order, changed: false }
        : fail('IDEMPOTENCY_CONFLICT', 'this idempotency key was used for another cancellation');
    }
    if (named && (named.length === 0 || named.length > MAX_LINES)) {
      return fail('UNKNOWN_LINE', `lineIds must name 1 to ${MAX_LINES} lines`);
    }
    const standing = order.lines.filter((l) => !l.cancelledAt).map((l) => l.id);
    const lineIds = named ?? standing;
    const unknown = lineIds.filter((id) => !standing.includes(id));
    if (unknown.length > 0) return fail('UNKNOWN_LINE', 'not a standing line of this order', unknown);
    if (lineIds.length === 0 || FINAL_ORDER_STATUSES.includes(order.status)) {
      return fail('INVALID_TRANSITION', `a ${order.status} order has nothing left to cancel`);
    }

    const answer = await fulfillment.cancelLines({
      orderId: order._id,
      orderLineIds: lineIds,
      reason,
      idempotencyKey: `order-cancel:${input.idempotencyKey}`,
    });
    if (!answer.ok) {
      const code = answer.code === 'ALREADY_SHIPPED' ? 'ALREADY_SHIPPED' : 'INVALID_TRANSITION';
      return fail(code, answer.message, answer.orderLineIds);
    }

    // Fulfillment let go of the lines: mark them, recount, and record the key, in one write.
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const current = (await store.orderById(order._id))!;
      if (current.cancellations?.some((c) => c.key === input.idempotencyKey)) {
        return { ok: true, order: current, changed: false }; // a concurrent retry of this key got here first
      }
      const at = now().toISOString();
      const lines = current.lines.map((l) =>
        lineIds.includes(l.id) && !l.cancelledAt ? { ...l, cancelledAt: at } : l,
      );
      const extra: Partial<OrderDoc> = {
        lines,
        ...totals(current, lines),
        cancellations: [...(current.cancellations ?? []), { key: input.idempotencyKey, requestHash, lineIds }],
      };
      const whole = lines.every((l) => l.cancelledAt);
      const view = await fulfillment.orderFulfillment({ orderId: order._id });
      const to = whole && !FINAL_ORDER_STATUSES.includes(current.status) ? 'CANCELLED' : deriveStatus(view);
      const cancelled: OrderCancelledEvent = {
        orderId: order._id,
        customerId: order.customerId,
        channel: order.channel,
        partnerId: order.partnerId ?? null,
        lineIds,
        whole,
        reason,
      };
      const moved = await move(current, to, `cancelled: ${reason}`, extra, (at) => [
        orderEvent(OrderTopics.cancelled, cancelled, at),
      ]);
      if (!moved) continue;
      logger.info({ orderId: order._id, lines: lineIds.length, whole }, 'order lines cancelled');
      return { ok: true, order: moved, changed: true };
    }
    throw new Error(`order ${order._id} is too contended to record its cancellation; retry with the same key`);
  }

  return { follow, cancelOrder: cancel, move };
}

export type StatusUseCases = ReturnType<typeof createStatusUseCases>;
