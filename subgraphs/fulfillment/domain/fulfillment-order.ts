import { createHash } from 'node:crypto';
import type { DeliveryMethod } from '../../../platform/shared/commerce';
import type { AppliedEvent, FulfillmentOrderStatus } from '../model';

/**
 * A fulfillment order's lifecycle, pure: which action may follow which status, what each does to
 * the stock it holds, and how a repeated request (same source event id) is recognised.
 *
 *   OPEN ──accept──► ACCEPTED ──start──► IN_PROGRESS ──ready──► READY_FOR_PICKUP ──pickedUp──► PICKED_UP
 *     │                 │                     │ └──ship──► SHIPPED ──deliver──► DELIVERED
 *     └──reject / cancel (any status before READY_FOR_PICKUP / SHIPPED) ──► REJECTED / CANCELLED
 *   READY_FOR_PICKUP ──expire / cancel──► CANCELLED (the pickup hold ran out, or the shopper cancelled)
 *
 * SHIP (home delivery) ships and is delivered; PICKUP_IN_STORE is made ready at its store and
 * picked up there. SHIP_TO_STORE is both: the source node ships a transfer (SHIPPED: in transit),
 * the pickup store receives it (RECEIVE: the units enter the store's stock straight into the
 * order's hold, and the order is READY_FOR_PICKUP), and the shopper picks it up there. CARRY_OUT is
 * handed over at the till as the order is placed (HAND_OVER, internal: its stock is committed and
 * leaves at once).
 */
export const FULFILLMENT_ACTIONS = [
  'ACCEPT',
  'START',
  'READY_FOR_PICKUP',
  'SHIP',
  'DELIVER',
  'PICKED_UP',
  'REJECT',
  'CANCEL',
  'EXPIRE',
  'RECEIVE',
  'HAND_OVER',
] as const;
export type FulfillmentAction = (typeof FULFILLMENT_ACTIONS)[number];

/**
 * What an action does to the stock the fulfillment order holds in catalog's ledger. RECEIVE: the
 * transferred units arrive at the pickup store into the order's hold.
 */
export type StockEffect = 'COMMIT' | 'SHIP' | 'RELEASE' | 'RECEIVE' | 'COMMIT_SHIP' | null;

/** Made ready at a store and picked up there (a ship-to-store order once its transfer arrived). */
const isPickup = (m: DeliveryMethod) => m === 'PICKUP_IN_STORE' || m === 'SHIP_TO_STORE';
/** Shipped from the node: home delivery, or a ship-to-store transfer to its pickup store. */
const isShipped = (m: DeliveryMethod) => m === 'SHIP' || m === 'SHIP_TO_STORE';

interface Rule {
  from: readonly FulfillmentOrderStatus[];
  to: FulfillmentOrderStatus;
  stock: StockEffect;
  /** Only for these delivery methods (default: any). */
  methods?: (m: DeliveryMethod) => boolean;
}

const RULES: Record<FulfillmentAction, Rule> = {
  ACCEPT: { from: ['OPEN'], to: 'ACCEPTED', stock: 'COMMIT' },
  START: { from: ['ACCEPTED'], to: 'IN_PROGRESS', stock: null },
  READY_FOR_PICKUP: {
    from: ['ACCEPTED', 'IN_PROGRESS'],
    to: 'READY_FOR_PICKUP',
    stock: null,
    methods: (m) => m === 'PICKUP_IN_STORE',
  },
  SHIP: { from: ['ACCEPTED', 'IN_PROGRESS'], to: 'SHIPPED', stock: 'SHIP', methods: isShipped },
  DELIVER: { from: ['SHIPPED'], to: 'DELIVERED', stock: null, methods: (m) => m === 'SHIP' },
  RECEIVE: { from: ['SHIPPED'], to: 'READY_FOR_PICKUP', stock: 'RECEIVE', methods: (m) => m === 'SHIP_TO_STORE' },
  // A carry-out leaves the store with the shopper as the order is placed at the till (internal).
  HAND_OVER: { from: ['OPEN'], to: 'PICKED_UP', stock: 'COMMIT_SHIP', methods: (m) => m === 'CARRY_OUT' },
  PICKED_UP: { from: ['READY_FOR_PICKUP'], to: 'PICKED_UP', stock: 'SHIP', methods: isPickup },
  REJECT: { from: ['OPEN', 'ACCEPTED', 'IN_PROGRESS'], to: 'REJECTED', stock: 'RELEASE' },
  CANCEL: { from: ['OPEN', 'ACCEPTED', 'IN_PROGRESS', 'READY_FOR_PICKUP'], to: 'CANCELLED', stock: 'RELEASE' },
  EXPIRE: { from: ['READY_FOR_PICKUP'], to: 'CANCELLED', stock: 'RELEASE' },
};

/** Statuses after which nothing changes any more. */
export const FINAL_STATUSES: readonly FulfillmentOrderStatus[] = ['DELIVERED', 'PICKED_UP', 'REJECTED', 'CANCELLED'];

/** A fulfillment order keeps the latest of the requests applied to it. */
export type { AppliedEvent };
export const APPLIED_EVENTS_KEPT = 50;

export interface TransitionRequest {
  action: FulfillmentAction;
  sourceEventId: string;
  /** The request's other content (reason, carrier, lines...), hashed to tell a replay from a conflict. */
  detail?: Record<string, unknown>;
}

export type TransitionPlan =
  | { kind: 'apply'; to: FulfillmentOrderStatus; stock: StockEffect; requestHash: string }
  /** The same request again: answer the order as it is, change nothing. */
  | { kind: 'replay' }
  | { kind: 'invalid'; code: 'INVALID_TRANSITION' | 'IDEMPOTENCY_CONFLICT'; message: string };

export function requestHash(req: TransitionRequest): string {
  return createHash('sha256')
    .update(JSON.stringify([req.action, req.detail ?? {}]))
    .digest('hex')
    .slice(0, 32);
}

/**
 * What `req` does to a fulfillment order in `status` with `method`: a replay of an applied
 * request changes nothing; the same source event id with other content is a conflict; an action
 * the status (or the delivery method) does not allow is refused and changes nothing.
 */
export function planTransition(
  fo: { status: FulfillmentOrderStatus; deliveryMethod: DeliveryMethod; appliedEvents: readonly AppliedEvent[] },
  req: TransitionRequest,
): TransitionPlan {
  const hash = requestHash(req);
  const seen = fo.appliedEvents.find((e) => e.sourceEventId === req.sourceEventId);
  if (seen) {
    return seen.requestHash === hash
      ? { kind: 'replay' }
      : {
          kind: 'invalid',
          code: 'IDEMPOTENCY_CONFLICT',
          message: `source event ${req.sourceEventId} was already applied with different content`,
        };
  }
  const rule = RULES[req.action];
  if (rule.methods && !rule.methods(fo.deliveryMethod)) {
    return {
      kind: 'invalid',
      code: 'INVALID_TRANSITION',
      message: `${req.action} does not apply to a ${fo.deliveryMethod} fulfillment order`,
    };
  }
  if (!rule.from.includes(fo.status)) {
    return {
      kind: 'invalid',
      code: 'INVALID_TRANSITION',
      message: `cannot ${req.action} a ${fo.status} fulfillment order`,
    };
  }
  return { kind: 'apply', to: rule.to, stock: rule.stock, requestHash: hash };
}

/** The applied-events record after `event`, keeping the latest APPLIED_EVENTS_KEPT. */
export function withApplied(events: readonly AppliedEvent[], event: AppliedEvent): AppliedEvent[] {
  return [...events, event].slice(-APPLIED_EVENTS_KEPT);
}

type Placed = { _id: string; locationId: string; deliveryMethod: DeliveryMethod; pickupLocationId: string | null };

/**
 * The node whose staff (or operating partner) takes `action` on a fulfillment order: its own node,
 * except a ship-to-store order's receipt, handover and (once received) cancellation, which happen
 * at its pickup store. By action, not status, so a retried step (a replay) is answered at the node
 * that took it.
 */
export function stepLocationId(fo: Placed & { receivedAt: string | null }, action: FulfillmentAction): string {
  if (fo.deliveryMethod !== 'SHIP_TO_STORE' || !fo.pickupLocationId) return fo.locationId;
  const atStore =
    action === 'RECEIVE' ||
    action === 'PICKED_UP' ||
    ((action === 'CANCEL' || action === 'EXPIRE') && fo.receivedAt !== null);
  return atStore ? fo.pickupLocationId : fo.locationId;
}

/** Nodes whose staff may read a fulfillment order: its node and, for a ship-to-store order, its pickup store. */
export function involvedLocationIds(fo: Placed): string[] {
  return fo.deliveryMethod === 'SHIP_TO_STORE' && fo.pickupLocationId && fo.pickupLocationId !== fo.locationId
    ? [fo.locationId, fo.pickupLocationId]
    : [fo.locationId];
}

/** Statuses of a node's own work in its queue; and of ship-to-store transfers coming to a pickup store. */
const QUEUED_AT_NODE = new Set(['OPEN', 'ACCEPTED', 'IN_PROGRESS', 'READY_FOR_PICKUP']);
const QUEUED_AT_PICKUP = new Set(['SHIPPED', 'READY_FOR_PICKUP']);

/**
 * Whether a fulfillment order is in `locationId`'s work queue (what `fulfillmentQueue` lists): its
 * node's work from open to ready (a received ship-to-store order is ready at its pickup store, not at
 * the node that shipped it), and the ship-to-store transfers shipped to or ready at a pickup store.
 */
export function inQueueAt(fo: Placed & { status: string }, locationId: string): boolean {
  const transfer = fo.deliveryMethod === 'SHIP_TO_STORE' && fo.pickupLocationId !== null;
  if (transfer && fo.pickupLocationId === locationId && QUEUED_AT_PICKUP.has(fo.status)) return true;
  if (fo.locationId !== locationId || !QUEUED_AT_NODE.has(fo.status)) return false;
  return !(transfer && fo.status === 'READY_FOR_PICKUP' && fo.pickupLocationId !== locationId);
}

/**
 * The keys of a fulfillment order's lines in its catalog hold: `${id}/${orderLineId}` at its node;
 * a received ship-to-store transfer's units are held again at the pickup store, as
 * `${id}/${orderLineId}/arrived`.
 */
export function holdLineKeys(
  fo: { _id: string; lines: readonly { orderLineId: string }[] },
  arrived: boolean,
): string[] {
  return fo.lines.map((l) => holdLineKey(fo._id, l.orderLineId, arrived));
}

export const holdLineKey = (foId: string, orderLineId: string, arrived = false) =>
  `${foId}/${orderLineId}${arrived ? '/arrived' : ''}`;
