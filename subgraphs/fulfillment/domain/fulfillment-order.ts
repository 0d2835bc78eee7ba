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
] as const;
export type FulfillmentAction = (typeof FULFILLMENT_ACTIONS)[number];

/** What an action does to the stock the fulfillment order holds in catalog's ledger. */
export type StockEffect = 'COMMIT' | 'SHIP' | 'RELEASE' | null;

const PICKUP: readonly DeliveryMethod[] = ['PICKUP_IN_STORE', 'SHIP_TO_STORE'];
const isPickup = (m: DeliveryMethod) => PICKUP.includes(m);

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
  READY_FOR_PICKUP: { from: ['ACCEPTED', 'IN_PROGRESS'], to: 'READY_FOR_PICKUP', stock: null, methods: isPickup },
  SHIP: { from: ['ACCEPTED', 'IN_PROGRESS'], to: 'SHIPPED', stock: 'SHIP', methods: (m) => !isPickup(m) },
  DELIVER: { from: ['SHIPPED'], to: 'DELIVERED', stock: null },
  PICKED_UP: { from: ['READY_FOR_PICKUP'], to: 'PICKED_UP', stock: 'SHIP' },
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
