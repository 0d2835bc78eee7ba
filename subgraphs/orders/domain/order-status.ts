import { ORDER_STATUSES, type OrderStatus, type StatusChangeDoc } from '../model';

/**
 * The order state machine, declared once: the statuses, which may follow which, and the final
 * ones. An order's status follows its fulfillment orders (`deriveStatus`): fulfillment does the
 * work, orders reports where the whole order stands.
 *
 *   PENDING ──► CONFIRMED ──► IN_PROGRESS ──► READY_FOR_PICKUP
 *      │            │              │                 │
 *      │            └──────────────┴────────┬────────┘
 *      │                                    ▼
 *      │                         PARTIALLY_FULFILLED ──► FULFILLED
 *      └──► CANCELLED ◄── (any status before anything left a node)
 *
 * PENDING: lines wait for stock (a backorder). CONFIRMED: routed, stock held, no work started.
 * IN_PROGRESS: a node accepted work. READY_FOR_PICKUP: everything left to do waits at a store
 * counter. PARTIALLY_FULFILLED: some of it shipped or was picked up, the rest not yet. FULFILLED:
 * everything not cancelled shipped or was picked up. CANCELLED: nothing left to fulfil and nothing
 * was (every line cancelled, or the backorder gave up).
 */
export { ORDER_STATUSES, type OrderStatus };

export const FINAL_ORDER_STATUSES: readonly OrderStatus[] = ['FULFILLED', 'CANCELLED'];

/** Work not started or under way: nothing left a node yet. */
const UNFULFILLED: readonly OrderStatus[] = ['PENDING', 'CONFIRMED', 'IN_PROGRESS', 'READY_FOR_PICKUP'];

/** Each status and the statuses that may follow it. */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  // A backorder routed, or given up; routed work may already be under way by the time orders hears.
  PENDING: ['CONFIRMED', 'IN_PROGRESS', 'READY_FOR_PICKUP', 'PARTIALLY_FULFILLED', 'FULFILLED', 'CANCELLED'],
  CONFIRMED: ['PENDING', 'IN_PROGRESS', 'READY_FOR_PICKUP', 'PARTIALLY_FULFILLED', 'FULFILLED', 'CANCELLED'],
  // Back to CONFIRMED or PENDING when the node that started rejects and the lines are re-routed.
  IN_PROGRESS: ['PENDING', 'CONFIRMED', 'READY_FOR_PICKUP', 'PARTIALLY_FULFILLED', 'FULFILLED', 'CANCELLED'],
  // Back when a pickup hold runs out while other work is still open.
  READY_FOR_PICKUP: ['PENDING', 'CONFIRMED', 'IN_PROGRESS', 'PARTIALLY_FULFILLED', 'FULFILLED', 'CANCELLED'],
  // Something left a node: never back to an unfulfilled status, never cancelled as a whole.
  PARTIALLY_FULFILLED: ['FULFILLED'],
  FULFILLED: [],
  CANCELLED: [],
};

export function mayTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** Whether an order in `status` may still be cancelled as a whole (nothing has left a node). */
export const isUnfulfilled = (status: OrderStatus) => UNFULFILLED.includes(status);

/** What orders knows of an order's fulfillment (fulfillment's `orderFulfillment`). */
export interface FulfillmentView {
  fulfillmentOrders: readonly { status: string }[];
  /** Lines waiting for stock. */
  waiting: readonly unknown[];
}

const DONE = new Set(['SHIPPED', 'DELIVERED', 'PICKED_UP']);
const STARTED = new Set(['ACCEPTED', 'IN_PROGRESS', 'READY_FOR_PICKUP']);
/** Replaced (a rejection re-routes its lines) or given up: not the order's work any more. */
const GONE = new Set(['REJECTED', 'CANCELLED']);

/** The status an order's fulfillment puts it in. Pure. */
export function deriveStatus(view: FulfillmentView): OrderStatus {
  const live = view.fulfillmentOrders.filter((f) => !GONE.has(f.status));
  const waiting = view.waiting.length > 0;
  const done = live.filter((f) => DONE.has(f.status));
  if (live.length === 0 && !waiting) return 'CANCELLED';
  if (done.length > 0) return done.length === live.length && !waiting ? 'FULFILLED' : 'PARTIALLY_FULFILLED';
  if (live.length === 0) return 'PENDING';
  if (!waiting && live.every((f) => f.status === 'READY_FOR_PICKUP')) return 'READY_FOR_PICKUP';
  if (live.some((f) => STARTED.has(f.status))) return 'IN_PROGRESS';
  return waiting ? 'PENDING' : 'CONFIRMED';
}

/** One entry of an order's status history; `reason` says why: `placed`, a fulfillment event, `cancelled: <reason>`… */
export type StatusChange = StatusChangeDoc;

/** The history kept per order: the latest entries (an order rarely has more than a dozen). */
export const STATUS_HISTORY_KEPT = 100;

export type StatusPlan =
  { kind: 'apply'; history: StatusChange[] } | { kind: 'same' } | { kind: 'invalid'; message: string };

/** Moving an order from `from` to `to`: applied with a history entry, nothing to do, or refused (changes nothing). */
export function planStatus(
  order: { status: OrderStatus; statusHistory?: readonly StatusChange[] | null },
  to: OrderStatus,
  at: string,
  reason: string,
): StatusPlan {
  if (order.status === to) return { kind: 'same' };
  if (!mayTransition(order.status, to))
    return { kind: 'invalid', message: `an order cannot go from ${order.status} to ${to}` };
  const history = [...(order.statusHistory ?? []), { status: to, at, reason }].slice(-STATUS_HISTORY_KEPT);
  return { kind: 'apply', history };
}
