import { createHash } from 'node:crypto';
import {
  DELIVERY_METHODS,
  SALES_CHANNELS,
  type DeliveryMethod,
  type SalesChannel,
} from '../../../platform/shared/commerce';
import type { OrderDoc, OrderLineDoc } from '../model';
import { checkDestination, type Destination, type DestinationInput } from './address';
import { PICKUP_METHODS } from './lines';
import type { OrderTotals } from './pricing';

/**
 * The simplest real order placement, pure: direct lines (no cart yet), a channel, a destination
 * for shipped lines, a store for collected ones. What a request may hold, how the order's id
 * follows from its idempotency key, and how the stored order is built from the priced lines.
 */
export const PLACEMENT_LIMITS = {
  lines: 50,
  quantity: 999,
  skuLength: 64,
  /** Units of one order, all lines together. */
  units: 5000,
} as const;

export interface PlaceOrderLineInput {
  sku: string;
  quantity: number;
  deliveryMethod?: DeliveryMethod | null;
  /** The store a PICKUP_IN_STORE / SHIP_TO_STORE / CARRY_OUT line is collected at (default: the order's). */
  pickupLocationId?: string | null;
}

export interface PlaceOrderInput {
  channel: SalesChannel;
  customerId?: string | null;
  /** Where shipped lines go (the point and the shipping address); required when any line ships. */
  destination?: DestinationInput | null;
  /** The delivery method of lines that name none (default SHIP). */
  deliveryMethod?: DeliveryMethod | null;
  /** The store collected lines are picked up at, unless a line names its own. */
  pickupLocationId?: string | null;
  /** Where a POS or kiosk order is taken. */
  storeLocationId?: string | null;
  lines: readonly PlaceOrderLineInput[];
  idempotencyKey: string;
  /** The marketplace partner a MARKETPLACE order comes from (set from the caller, never from input). */
  partnerId?: string | null;
  /** Checkout of a cart: the lines are the cart's (part of the request's content, like the lines). */
  cartId?: string | null;
  /** Coupon codes to apply (0 to 5). */
  couponCodes?: readonly string[] | null;
  /** Paid as it is placed (at the till, or authorised at checkout): the provider's reference. */
  payment?: { status: 'AUTHORIZED' | 'CAPTURED'; reference: string } | null;
}

export interface ResolvedLine {
  id: string;
  sku: string;
  quantity: number;
  deliveryMethod: DeliveryMethod;
  pickupLocationId: string | null;
}

export type PlacementCheck =
  | { ok: true; orderId: string; requestHash: string; lines: ResolvedLine[]; destination: Destination | null }
  | { ok: false; code: 'INVALID_ORDER'; field: string; message: string };

const invalid = (field: string, message: string): PlacementCheck => ({
  ok: false,
  code: 'INVALID_ORDER',
  field,
  message,
});

/** One order per idempotency key: the id is derived from it, so a retry finds the same order. */
export function orderIdFor(idempotencyKey: string): string {
  return `ord_${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 16)}`;
}

/** The request's content, hashed: the same key with other content is an IDEMPOTENCY_CONFLICT. */
export function placementHash(input: PlaceOrderInput): string {
  const { idempotencyKey: _key, ...content } = input;
  void _key;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 32);
}

/**
 * Checks a placement and resolves each line's delivery method and pickup store. The first
 * problem is reported (its field named like `lines[2].quantity`) and nothing is built.
 */
export function checkPlacement(input: PlaceOrderInput): PlacementCheck {
  const L = PLACEMENT_LIMITS;
  if (!(SALES_CHANNELS as readonly string[]).includes(input.channel))
    return invalid('channel', 'unknown sales channel');
  if (input.lines.length === 0 || input.lines.length > L.lines) {
    return invalid('lines', `an order holds 1 to ${L.lines} lines`);
  }
  const orderId = orderIdFor(input.idempotencyKey);
  const lines: ResolvedLine[] = [];
  let units = 0;
  for (const [i, line] of input.lines.entries()) {
    const at = `lines[${i}]`;
    const sku = line.sku.trim();
    if (!sku || sku.length > L.skuLength) return invalid(`${at}.sku`, `sku must be 1 to ${L.skuLength} characters`);
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > L.quantity) {
      return invalid(`${at}.quantity`, `quantity must be an integer from 1 to ${L.quantity}`);
    }
    units += line.quantity;
    const method = line.deliveryMethod ?? input.deliveryMethod ?? 'SHIP';
    if (!(DELIVERY_METHODS as readonly string[]).includes(method))
      return invalid(`${at}.deliveryMethod`, 'unknown delivery method');
    const collected = PICKUP_METHODS.includes(method);
    const pickup = collected ? (line.pickupLocationId ?? input.pickupLocationId ?? null) : null;
    if (collected && !pickup) return invalid(`${at}.pickupLocationId`, `a ${method} line needs a pickup store`);
    if (!collected && line.pickupLocationId) {
      return invalid(`${at}.pickupLocationId`, 'only collected lines (pickup, ship to store, carry out) name a store');
    }
    lines.push({
      id: `${orderId}-${i + 1}`,
      sku,
      quantity: line.quantity,
      deliveryMethod: method,
      pickupLocationId: pickup,
    });
  }
  if (units > L.units) return invalid('lines', `an order holds at most ${L.units} units`);
  if (!input.destination && lines.some((l) => l.deliveryMethod === 'SHIP')) {
    return invalid('destination', 'shipped lines need a destination');
  }
  const checked = input.destination ? checkDestination(input.destination) : null;
  if (checked && !checked.ok) return invalid(checked.field, checked.message);
  const destination = checked?.destination ?? null;
  // The request's content as checked: a retry with the address typed with other spacing is the same order.
  const requestHash = placementHash(destination ? { ...input, destination } : input);
  return { ok: true, orderId, requestHash, lines, destination };
}

/** The checked lines at their prices, as domain/pricing.ts totals them. */
export function pricedLines(check: Extract<PlacementCheck, { ok: true }>, prices: ReadonlyMap<string, number>) {
  return check.lines.map((l) => ({
    id: l.id,
    sku: l.sku,
    quantity: l.quantity,
    unitPrice: prices.get(l.sku)!,
    deliveryMethod: l.deliveryMethod,
  }));
}

/** The stored order, from the checked lines, their prices and the order's totals (minor units, one currency). */
export function buildOrder(
  input: PlaceOrderInput,
  check: Extract<PlacementCheck, { ok: true }>,
  prices: ReadonlyMap<string, number>,
  totals: OrderTotals,
  currencyCode: string,
  number: string,
  at: string,
): OrderDoc {
  const lines: OrderLineDoc[] = check.lines.map((l, i) => {
    const unitPrice = prices.get(l.sku)!;
    return {
      id: l.id,
      sku: l.sku,
      quantity: l.quantity,
      unitPrice,
      lineTotal: unitPrice * l.quantity,
      discount: totals.lines[i]!.discount,
      tax: totals.lines[i]!.tax,
      deliveryMethod: l.deliveryMethod,
      pickupLocationId: l.pickupLocationId,
    };
  });
  return {
    _id: check.orderId,
    number,
    customerId: input.customerId ?? null,
    channel: input.channel,
    status: 'CONFIRMED',
    currencyCode,
    lines,
    subtotal: totals.subtotal,
    discountTotal: totals.discountTotal,
    shippingTotal: totals.shippingTotal,
    taxTotal: totals.taxTotal,
    promotions: totals.applied,
    total: totals.total,
    storeLocationId: input.storeLocationId ?? null,
    destination: check.destination,
    partnerId: input.partnerId ?? null,
    externalId: null,
    notes: [],
    placedAt: at,
    updatedAt: at,
  };
}
