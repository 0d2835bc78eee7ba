import { createHash } from 'node:crypto';
import type { OrderLineDoc, ReturnClaimDoc, ReturnDoc, ReturnGrade, ReturnLineDoc } from '../model';

/**
 * Returns, pure: how many units of an order line may still come back, what a return request
 * claims, how a receipt grades the requested units, and what is refunded.
 *
 * A line's returnable units are those that reached the shopper — the lines of its fulfillment
 * orders that are DELIVERED (home delivery) or PICKED_UP (collected at a store) — less the units
 * other returns hold. SHIPPED is not enough: the parcel is still with the carrier (a lost parcel
 * is a carrier claim, not a return). A ship-to-store line counts once the shopper picked it up.
 */
export const RETURN_LIMITS = { lines: 100, units: 999, reason: 500, returnsPerOrder: 50, reference: 200 } as const;

/** Fulfillment order statuses whose units have reached the shopper. */
export const HANDED_OVER: readonly string[] = ['DELIVERED', 'PICKED_UP'];

/** How each grade feeds catalog's ledger (catalog's `recordReturn` dispositions). */
export const DISPOSITION: Readonly<Record<ReturnGrade, 'RESTOCK' | 'DAMAGED' | 'QUALITY_CONTROL'>> = {
  /** Back on the shelf: onHand and available at once. */
  RESTOCK: 'RESTOCK',
  /** In the building, unsellable: onHand and damaged. */
  DAMAGED: 'DAMAGED',
  /** In the building, held back (inspection, refurbishing, back to the vendor): onHand and qualityControl. */
  NOT_RESTOCKED: 'QUALITY_CONTROL',
};

/** Fulfillment's view of an order, as much of it as returns need. */
export interface HandoverView {
  fulfillmentOrders: readonly { status: string; lines: readonly { orderLineId: string; quantity: number }[] }[];
}

export interface ReturnableLine {
  orderLineId: string;
  sku: string;
  /** Units that reached the shopper. */
  handedOver: number;
  /** Units other returns hold. */
  claimed: number;
  /** handedOver − claimed, never below 0. */
  returnable: number;
}

/** A line at fault: what was asked and the most that may be. */
export interface LineShortfall {
  orderLineId: string;
  requested: number;
  returnable: number;
}

export type ReturnCheckFailure = {
  ok: false;
  code: 'INVALID_RETURN' | 'UNKNOWN_LINE' | 'NOT_RETURNABLE' | 'EXCEEDS_REQUESTED';
  message: string;
  field: string | null;
  lines: LineShortfall[];
};

const failure = (
  code: ReturnCheckFailure['code'],
  message: string,
  field: string | null = null,
  lines: LineShortfall[] = [],
): ReturnCheckFailure => ({ ok: false, code, message, field, lines });

/** A short, stable fingerprint of a request (replay vs conflict). */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

/** One return per order and (caller-scoped) idempotency key: a retry finds the same return. */
export function returnIdFor(orderId: string, scopedKey: string): string {
  return `ret_${createHash('sha256').update(`${orderId}|${scopedKey}`).digest('hex').slice(0, 24)}`;
}

/** The ledger movement of one received line: one per return, line and grade (a return is received once). */
export const movementIdFor = (returnId: string, orderLineId: string, grade: ReturnGrade) =>
  `${returnId}/${orderLineId}/${grade}`;

const isUnits = (q: number) => Number.isInteger(q) && q >= 1 && q <= RETURN_LIMITS.units;

function sumBy<T>(items: readonly T[], key: (t: T) => string, amount: (t: T) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + amount(item));
  return out;
}

/** Per order line, units that reached the shopper. */
export function handedOver(view: HandoverView): Map<string, number> {
  const lines = view.fulfillmentOrders.filter((f) => HANDED_OVER.includes(f.status)).flatMap((f) => f.lines);
  return sumBy(
    lines,
    (l) => l.orderLineId,
    (l) => l.quantity,
  );
}

/** Every line of the order with its returnable units, given the claims of other returns. */
export function returnableLines(
  lines: readonly Pick<OrderLineDoc, 'id' | 'sku'>[],
  view: HandoverView,
  claims: readonly ReturnClaimDoc[],
): ReturnableLine[] {
  const out = handedOver(view);
  const held = sumBy(
    claims.flatMap((c) => c.lines),
    (l) => l.orderLineId,
    (l) => l.quantity,
  );
  return lines.map((l) => {
    const units = out.get(l.id) ?? 0;
    const claimed = held.get(l.id) ?? 0;
    return { orderLineId: l.id, sku: l.sku, handedOver: units, claimed, returnable: Math.max(0, units - claimed) };
  });
}

export interface RequestedLine {
  orderLineId: string;
  quantity: number;
  reason: string;
}

/**
 * The shape of a return request: 1..100 lines, each an order line named once, 1..999 units, a
 * reason of 1..500 characters (trimmed). The lines as stored, in request order, or why not.
 */
export function checkReturnRequest(
  orderLines: readonly Pick<OrderLineDoc, 'id' | 'sku'>[],
  requested: readonly RequestedLine[],
): { ok: true; lines: ReturnLineDoc[] } | ReturnCheckFailure {
  if (requested.length === 0 || requested.length > RETURN_LIMITS.lines) {
    return failure('INVALID_RETURN', `a return names 1 to ${RETURN_LIMITS.lines} lines`, 'lines');
  }
  const unknown = requested.filter((r) => !orderLines.some((l) => l.id === r.orderLineId));
  if (unknown.length > 0) {
    return failure(
      'UNKNOWN_LINE',
      `not a line of this order: ${unknown.map((u) => u.orderLineId).join(', ')}`,
      'lines',
      unknown.map((u) => ({ orderLineId: u.orderLineId, requested: u.quantity, returnable: 0 })),
    );
  }
  const lines: ReturnLineDoc[] = [];
  for (const [i, r] of requested.entries()) {
    if (requested.findIndex((o) => o.orderLineId === r.orderLineId) !== i) {
      return failure('INVALID_RETURN', `line ${r.orderLineId} is named twice`, `lines[${i}].orderLineId`);
    }
    if (!isUnits(r.quantity)) {
      return failure('INVALID_RETURN', `quantity must be 1 to ${RETURN_LIMITS.units}`, `lines[${i}].quantity`);
    }
    const reason = r.reason.trim();
    if (reason.length === 0 || reason.length > RETURN_LIMITS.reason) {
      return failure('INVALID_RETURN', `reason must be 1 to ${RETURN_LIMITS.reason} characters`, `lines[${i}].reason`);
    }
    const sku = orderLines.find((l) => l.id === r.orderLineId)!.sku;
    lines.push({ orderLineId: r.orderLineId, sku, quantity: r.quantity, reason, grade: null });
  }
  return { ok: true, lines };
}

/**
 * The order's claims with this return's added, or NOT_RETURNABLE naming every line asked beyond
 * what it may still return (all or nothing: a refused request claims nothing).
 */
export function planClaim(
  returnable: readonly ReturnableLine[],
  claims: readonly ReturnClaimDoc[],
  claim: ReturnClaimDoc,
): { ok: true; claims: ReturnClaimDoc[] } | ReturnCheckFailure {
  if (claims.length >= RETURN_LIMITS.returnsPerOrder) {
    return failure('NOT_RETURNABLE', `an order takes at most ${RETURN_LIMITS.returnsPerOrder} returns`);
  }
  const short = claim.lines
    .map((l) => ({
      orderLineId: l.orderLineId,
      requested: l.quantity,
      returnable: returnable.find((r) => r.orderLineId === l.orderLineId)?.returnable ?? 0,
    }))
    .filter((l) => l.requested > l.returnable);
  if (short.length > 0) {
    const named = short.map((s) => `${s.orderLineId} (${s.returnable} returnable)`).join(', ');
    return failure(
      'NOT_RETURNABLE',
      `more than was delivered or picked up and not yet returned: ${named}`,
      'lines',
      short,
    );
  }
  return { ok: true, claims: [...claims, claim] };
}

export interface ReceivedLine {
  orderLineId: string;
  quantity: number;
  grade: ReturnGrade;
}

/**
 * A receipt's shape against the return: 1..100 lines, each a line of the return with one grade
 * named once (a line may arrive in several grades), 1..999 units; per line never more than was
 * requested (EXCEEDS_REQUESTED names each such line). Requested units not named did not arrive.
 */
export function checkReceipt(
  ret: Pick<ReturnDoc, 'lines'>,
  received: readonly ReceivedLine[],
): { ok: true; lines: ReceivedLine[] } | ReturnCheckFailure {
  if (received.length === 0 || received.length > RETURN_LIMITS.lines) {
    return failure('INVALID_RETURN', `a receipt names 1 to ${RETURN_LIMITS.lines} lines`, 'lines');
  }
  const unknown = received.filter((r) => !ret.lines.some((l) => l.orderLineId === r.orderLineId));
  if (unknown.length > 0) {
    return failure(
      'UNKNOWN_LINE',
      `not a line of this return: ${unknown.map((u) => u.orderLineId).join(', ')}`,
      'lines',
      unknown.map((u) => ({ orderLineId: u.orderLineId, requested: u.quantity, returnable: 0 })),
    );
  }
  for (const [i, r] of received.entries()) {
    if (received.findIndex((o) => o.orderLineId === r.orderLineId && o.grade === r.grade) !== i) {
      return failure('INVALID_RETURN', `line ${r.orderLineId} is graded ${r.grade} twice`, `lines[${i}].grade`);
    }
    if (!isUnits(r.quantity)) {
      return failure('INVALID_RETURN', `quantity must be 1 to ${RETURN_LIMITS.units}`, `lines[${i}].quantity`);
    }
  }
  const asked = sumBy(
    ret.lines,
    (l) => l.orderLineId,
    (l) => l.quantity,
  );
  const over = receivedClaim(received)
    .map((l) => ({ orderLineId: l.orderLineId, requested: l.quantity, returnable: asked.get(l.orderLineId)! }))
    .filter((l) => l.requested > l.returnable);
  if (over.length > 0) {
    return failure('EXCEEDS_REQUESTED', 'more units received than the return requested', 'lines', over);
  }
  return { ok: true, lines: received.map(({ orderLineId, quantity, grade }) => ({ orderLineId, quantity, grade })) };
}

/**
 * The return's lines once received: each requested line split into one line per grade it arrived
 * in, then one without a grade for its units that did not arrive. Per order line the parts sum to
 * what was requested.
 */
export function gradedLines(requested: readonly ReturnLineDoc[], received: readonly ReceivedLine[]): ReturnLineDoc[] {
  return requested.flatMap((line) => {
    const parts = received.filter((r) => r.orderLineId === line.orderLineId);
    const arrived = parts.reduce((s, p) => s + p.quantity, 0);
    const graded = parts.map((p) => ({ ...line, quantity: p.quantity, grade: p.grade }));
    return arrived < line.quantity ? [...graded, { ...line, quantity: line.quantity - arrived, grade: null }] : graded;
  });
}

/** The claim a received return keeps: its received units per line (the rest may be returned again). */
export function receivedClaim(received: readonly ReceivedLine[]): ReturnClaimDoc['lines'] {
  return [
    ...sumBy(
      received,
      (r) => r.orderLineId,
      (r) => r.quantity,
    ),
  ].map(([orderLineId, quantity]) => ({ orderLineId, quantity }));
}

/**
 * What returning `units` of each line refunds: its unit price × units, less that share of the
 * line's discount (rounded down, so a line's shares never add up to more than its discount).
 */
export function refundAmount(
  orderLines: readonly Pick<OrderLineDoc, 'id' | 'unitPrice' | 'quantity' | 'discount'>[],
  units: readonly { orderLineId: string; quantity: number }[],
): number {
  return units.reduce((sum, u) => {
    const line = orderLines.find((l) => l.id === u.orderLineId);
    if (!line) return sum;
    const discountShare = Math.floor(((line.discount ?? 0) * u.quantity) / line.quantity);
    return sum + line.unitPrice * u.quantity - discountShare;
  }, 0);
}

export interface RefundRequest {
  status: 'PENDING' | 'REFUNDED';
  reference: string | null;
  key: string;
  requestHash: string;
}

export type RefundPlan =
  | { kind: 'apply'; set: Pick<ReturnDoc, 'refund' | 'status' | 'refundKeys'> }
  | { kind: 'replay' }
  | { kind: 'invalid'; code: 'INVALID_TRANSITION' | 'IDEMPOTENCY_CONFLICT'; message: string };

export const REFUND_KEYS_KEPT = 20;

/**
 * A refund's progress: NOT_REFUNDED → PENDING → REFUNDED (PENDING may be skipped); REFUNDED only
 * once the return was received, and final. A recorded key answers its own request unchanged and
 * refuses another; asking for where the refund already is (same reference) changes nothing.
 */
export function planRefund(ret: Pick<ReturnDoc, 'status' | 'refund' | 'refundKeys'>, req: RefundRequest): RefundPlan {
  const seen = ret.refundKeys.find((k) => k.key === req.key);
  if (seen) {
    return seen.requestHash === req.requestHash
      ? { kind: 'replay' }
      : {
          kind: 'invalid',
          code: 'IDEMPOTENCY_CONFLICT',
          message: 'this idempotency key was used for another refund change',
        };
  }
  const current = ret.refund.status;
  const reference = req.reference ?? ret.refund.reference;
  if (current === req.status && reference === ret.refund.reference) return { kind: 'replay' };
  if (current === 'REFUNDED') {
    return { kind: 'invalid', code: 'INVALID_TRANSITION', message: 'the return is already refunded' };
  }
  if (req.status === 'REFUNDED' && ret.status !== 'RECEIVED') {
    return { kind: 'invalid', code: 'INVALID_TRANSITION', message: `a ${ret.status} return cannot be refunded yet` };
  }
  return {
    kind: 'apply',
    set: {
      refund: { ...ret.refund, status: req.status, reference },
      status: req.status === 'REFUNDED' ? 'REFUNDED' : ret.status,
      refundKeys: [...ret.refundKeys, { key: req.key, requestHash: req.requestHash }].slice(-REFUND_KEYS_KEPT),
    },
  };
}
