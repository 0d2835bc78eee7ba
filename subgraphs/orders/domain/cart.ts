import { createHash } from 'node:crypto';
import { DELIVERY_METHODS, type DeliveryMethod } from '../../../platform/shared/commerce';
import type { CartDoc, CartLineDoc } from '../model';
import { PICKUP_METHODS } from './lines';
import { PLACEMENT_LIMITS } from './placement';

/**
 * A cart's content, pure: what a line change may hold, how changes apply, and how an anonymous
 * cart merges into a customer's. A cart holds at most the lines an order may (it is checked out
 * as one); a line is one SKU delivered one way (and, when collected, at one store), so the same SKU
 * shipped and picked up is two lines.
 */
export const CART_LIMITS = {
  lines: PLACEMENT_LIMITS.lines,
  quantity: PLACEMENT_LIMITS.quantity,
  units: PLACEMENT_LIMITS.units,
  skuLength: 64,
} as const;

export interface CartLineChange {
  sku: string;
  /** 0 removes the line; otherwise 1..999. */
  quantity: number;
  deliveryMethod?: DeliveryMethod | null;
  pickupLocationId?: string | null;
}

export type CartCheck =
  | { ok: true; lines: CartLineDoc[] }
  | { ok: false; code: 'INVALID_CART_LINE' | 'CART_FULL'; field: string; message: string };

/** The line a SKU, delivery method and pickup store make (its id is stable: the same three, the same line). */
export function lineIdOf(sku: string, method: DeliveryMethod, pickupLocationId: string | null): string {
  return `cl_${createHash('sha256')
    .update(`${sku}\u0000${method}\u0000${pickupLocationId ?? ''}`)
    .digest('hex')
    .slice(0, 12)}`;
}

/**
 * `lines` after `changes`, each setting its line's quantity (0 removes it). The first problem is
 * reported, naming its field like `lines[1].quantity`, and nothing applies.
 */
export function applyLineChanges(lines: readonly CartLineDoc[], changes: readonly CartLineChange[]): CartCheck {
  const bad = (field: string, message: string): CartCheck => ({ ok: false, code: 'INVALID_CART_LINE', field, message });
  if (changes.length === 0 || changes.length > CART_LIMITS.lines) {
    return bad('lines', `1 to ${CART_LIMITS.lines} line changes at once`);
  }
  const next = new Map(lines.map((l) => [l.id, l]));
  for (const [i, change] of changes.entries()) {
    const at = `lines[${i}]`;
    const sku = change.sku.trim();
    if (!sku || sku.length > CART_LIMITS.skuLength)
      return bad(`${at}.sku`, `sku must be 1 to ${CART_LIMITS.skuLength} characters`);
    if (!Number.isInteger(change.quantity) || change.quantity < 0 || change.quantity > CART_LIMITS.quantity) {
      return bad(`${at}.quantity`, `quantity must be an integer from 0 (remove) to ${CART_LIMITS.quantity}`);
    }
    const method = change.deliveryMethod ?? 'SHIP';
    if (!(DELIVERY_METHODS as readonly string[]).includes(method))
      return bad(`${at}.deliveryMethod`, 'unknown delivery method');
    const collected = PICKUP_METHODS.includes(method);
    const store = change.pickupLocationId ?? null;
    if (collected && !store) return bad(`${at}.pickupLocationId`, `a ${method} line needs a pickup store`);
    if (!collected && store) return bad(`${at}.pickupLocationId`, 'only collected lines name a store');
    if (store !== null && (store.length === 0 || store.length > 64))
      return bad(`${at}.pickupLocationId`, 'a location id is 1 to 64 characters');
    const id = lineIdOf(sku, method, store);
    if (change.quantity === 0) next.delete(id);
    else next.set(id, { id, sku, quantity: change.quantity, deliveryMethod: method, pickupLocationId: store });
  }
  if (next.size > CART_LIMITS.lines) {
    return { ok: false, code: 'CART_FULL', field: 'lines', message: `a cart holds at most ${CART_LIMITS.lines} lines` };
  }
  if (unitsOf({ lines: [...next.values()] }) > CART_LIMITS.units) {
    return { ok: false, code: 'CART_FULL', field: 'lines', message: `a cart holds at most ${CART_LIMITS.units} units` };
  }
  return { ok: true, lines: [...next.values()] };
}

/**
 * An anonymous cart merged into a customer's (on sign-in, or when the shopper is recognised in a
 * store): every line of both, and where both hold the same line (same SKU, delivery method and
 * store) the larger quantity — not the sum, so a shopper who added the same item on two devices
 * does not end up with twice what they meant. Capped at the cart's limits (the customer's lines
 * first, then the anonymous cart's in order): `dropped` names what did not fit.
 */
export function mergeLines(
  target: readonly CartLineDoc[],
  source: readonly CartLineDoc[],
): { lines: CartLineDoc[]; dropped: CartLineDoc[] } {
  const merged = new Map(target.map((l) => [l.id, { ...l }]));
  const dropped: CartLineDoc[] = [];
  for (const line of source) {
    const mine = merged.get(line.id);
    const units = unitsOf({ lines: [...merged.values()] });
    if (mine) {
      const more = Math.max(0, line.quantity - mine.quantity);
      const room = Math.max(0, CART_LIMITS.units - units);
      if (more > room) dropped.push({ ...line, quantity: more - room });
      mine.quantity += Math.min(more, room);
    } else if (merged.size < CART_LIMITS.lines && units + line.quantity <= CART_LIMITS.units) {
      merged.set(line.id, { ...line });
    } else dropped.push(line);
  }
  return { lines: [...merged.values()], dropped };
}

/** Units in a cart. */
export const unitsOf = (cart: Pick<CartDoc, 'lines'>) => cart.lines.reduce((s, l) => s + l.quantity, 0);
