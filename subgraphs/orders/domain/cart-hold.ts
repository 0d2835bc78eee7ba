import type { DeliveryMethod } from '../../../platform/shared/commerce';
import type { CartDoc, CartHoldDoc, CartLineDoc } from '../model';

/**
 * Cart holds, pure: which lines a hold takes, its duration, when a cart change ends it, and how
 * catalog's shortfalls name the cart's lines. A hold is one catalog CART reservation of the
 * cart's lines whose stock location is known before checkout: PICKUP_IN_STORE and CARRY_OUT lines,
 * at their store. SHIP and SHIP_TO_STORE lines are not held: routing chooses the node that serves
 * them at checkout, from the whole network.
 */
export const CART_HOLD_LIMITS = {
  /** Shortest and longest hold a shopper may ask for (seconds); the default is configured (CART_HOLD_S). */
  minTtlSeconds: 60,
  maxTtlSeconds: 3600,
} as const;

/** Delivery methods whose lines a hold takes: collected at a store named in the line. */
export const HELD_METHODS: readonly DeliveryMethod[] = ['PICKUP_IN_STORE', 'CARRY_OUT'];

export type HoldLine = CartHoldDoc['lines'][number];

/** The lines a hold of `lines` takes, keyed by cart line id (in id order, so equal carts compare equal). */
export function holdableLines(lines: readonly CartLineDoc[]): HoldLine[] {
  return lines
    .filter((l) => HELD_METHODS.includes(l.deliveryMethod) && l.pickupLocationId !== null)
    .map((l) => ({ lineId: l.id, sku: l.sku, locationId: l.pickupLocationId!, quantity: l.quantity }))
    .sort((a, b) => (a.lineId < b.lineId ? -1 : a.lineId > b.lineId ? 1 : 0));
}

/** Whether two sets of cart lines need the same hold. */
export function sameHold(a: readonly CartLineDoc[], b: readonly CartLineDoc[]): boolean {
  return JSON.stringify(holdableLines(a)) === JSON.stringify(holdableLines(b));
}

/**
 * What a change of the cart's lines to `next` does to its hold: nothing, or `{ hold: null }` when
 * the held lines change (added, removed, another quantity): the hold no longer matches the cart and
 * is released; the shopper holds again. Changes of shipped lines, the destination or the stores
 * where the shopper was recognised leave it.
 */
export function holdAfterLinesChange(cart: Pick<CartDoc, 'hold' | 'lines'>, next: readonly CartLineDoc[]) {
  return cart.hold && !sameHold(cart.lines, next) ? { hold: null } : {};
}

export type TtlCheck = { ok: true; ttlSeconds: number } | { ok: false; field: 'ttlSeconds'; message: string };

/** The hold's duration: the shopper's, within the limits, or the configured default. */
export function holdTtl(ttlSeconds: number | null | undefined, fallback: number): TtlCheck {
  const ttl = ttlSeconds ?? fallback;
  const { minTtlSeconds: min, maxTtlSeconds: max } = CART_HOLD_LIMITS;
  if (!Number.isInteger(ttl) || ttl < min || ttl > max) {
    return { ok: false, field: 'ttlSeconds', message: `ttlSeconds must be an integer from ${min} to ${max}` };
  }
  return { ok: true, ttlSeconds: ttl };
}

/** The cart's hold while it holds units: null once it expired or the cart is closed. */
export function liveHold(cart: Pick<CartDoc, 'hold' | 'status'>, nowIso: string): CartHoldDoc | null {
  return cart.status === 'ACTIVE' && cart.hold && cart.hold.expiresAt > nowIso ? cart.hold : null;
}

/**
 * The idempotency key of the catalog reservation a hold of the cart at `revision` is: concurrent
 * holds of one cart revision are one reservation, and recording a hold moves the revision on, so
 * the next hold (after a release, an expiry or a change) is a new one.
 */
export function holdKey(cartId: string, revision: number): string {
  return `cart-hold:${cartId}:${revision}`;
}

export interface ShortCartLine {
  lineId: string;
  sku: string;
  locationId: string;
  /** The line's units. */
  requested: number;
  /** What its store has for the cart's lines of that SKU there. */
  available: number;
}

/** Catalog's shortfalls (per position) as the cart's lines they concern: every short line. */
export function shortCartLines(
  lines: readonly HoldLine[],
  shortfalls: readonly { sku: string; locationId: string; available: number }[],
): ShortCartLine[] {
  return lines
    .flatMap((l) => {
      const short = shortfalls.find((s) => s.sku === l.sku && s.locationId === l.locationId);
      return short ? [{ ...l, requested: l.quantity, available: short.available }] : [];
    })
    .map(({ lineId, sku, locationId, requested, available }) => ({ lineId, sku, locationId, requested, available }));
}
