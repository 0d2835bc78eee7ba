import type { Logger } from '../../platform/logger';
import type { CatalogApi } from '../catalog/api';
import { holdableLines, holdKey, holdTtl, liveHold, shortCartLines, type ShortCartLine } from './domain/cart-hold';
import type { CartDoc, CartHoldDoc } from './model';
import { fail, type CartOutcome } from './service-carts';
import type { OrdersStore } from './store';

/**
 * Cart holds (domain/cart-hold.ts): the units of a cart's pickup and carry-out lines held at their
 * stores through catalog's reservation ledger, with an expiry. The hold is recorded on the cart
 * with a compare-and-set on its revision; the catalog reservation's idempotency key is derived from
 * the cart and that revision, so concurrent holds of one cart are one reservation and one hold.
 */
export interface CartHoldDeps {
  store: OrdersStore;
  catalog: CatalogApi;
  now: () => Date;
  logger: Logger;
  /** How long a hold lasts when the shopper names no duration (`CART_HOLD_S`). */
  defaultTtlSeconds: number;
}

/** Short stock at the cart's stores: every short line, nothing held. */
export type CartStockFailure = { ok: false; code: 'INSUFFICIENT_STOCK'; message: string; shortLines: ShortCartLine[] };
export type HoldOutcome = CartOutcome | CartStockFailure;

const ATTEMPTS = 5;

export function createCartHoldUseCases(deps: CartHoldDeps) {
  const { store, catalog, now, logger } = deps;

  /**
   * Releases a hold's reservation (a cart change dropped it, the shopper let it go, or its order
   * took it over, which makes this a replay); `reason` is a short slug recorded on its lines. Best
   * effort: a hold not released here expires.
   */
  async function releaseHold(hold: CartHoldDoc | null | undefined, reason: string): Promise<void> {
    if (!hold) return;
    const released = await catalog
      .releaseLines({ reservationId: hold.reservationId, reason, idempotencyKey: `${reason}:${hold.reservationId}` })
      .catch((err: unknown) => ({ ok: false as const, code: 'UNAVAILABLE', message: String(err) }));
    // An expired hold is already released by expiry (INVALID_TRANSITION): nothing left to do.
    if (!released.ok && released.code !== 'INVALID_TRANSITION') {
      logger.warn({ reservationId: hold.reservationId, code: released.code }, 'cart hold not released; it expires');
    }
  }

  /** Another call recorded a live hold on the cart meanwhile: that hold is the answer (one per cart). */
  async function heldMeanwhile(cartId: string): Promise<CartDoc | null> {
    const current = await store.cartById(cartId);
    return current && liveHold(current, now().toISOString()) ? current : null;
  }

  return {
    releaseHold,

    /**
     * Holds the units of the cart's pickup and carry-out lines at their stores for `ttlSeconds`
     * (60..3600, default configured): one catalog CART reservation, all lines or none (short:
     * every short line, nothing held). A cart holds at most one hold: while it is live, holdCart
     * answers the cart with it unchanged (a retry, or concurrent calls: one hold). An expired hold
     * is replaced by the new one in the same catalog write.
     */
    async holdCart(cartId: string, ttlSeconds: number | null): Promise<HoldOutcome> {
      const ttl = holdTtl(ttlSeconds, deps.defaultTtlSeconds);
      if (!ttl.ok) return fail('INVALID_HOLD', ttl.message, ttl.field);
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const cart = await store.cartById(cartId);
        if (!cart) return fail('CART_NOT_FOUND', `cart ${cartId} not found`);
        if (cart.status !== 'ACTIVE') return fail('CART_CLOSED', `cart ${cartId} is ${cart.status}`);
        if (liveHold(cart, now().toISOString())) return { ok: true, cart };
        const lines = holdableLines(cart.lines);
        if (lines.length === 0) {
          return fail('NOTHING_TO_HOLD', 'the cart has no pickup or carry-out lines to hold', 'lines');
        }
        const held = await catalog.reserve({
          kind: 'CART',
          ownerId: cart._id,
          lines: lines.map((l) => ({ lineKey: l.lineId, sku: l.sku, locationId: l.locationId, quantity: l.quantity })),
          ttlSeconds: ttl.ttlSeconds,
          idempotencyKey: holdKey(cart._id, cart.revision),
          // A hold past its expiry that the sweeper has not reached: its units count for the new one.
          replaces: cart.hold ? { reservationId: cart.hold.reservationId, ownerId: cart._id } : null,
        });
        if (!held.ok) {
          const won = await heldMeanwhile(cartId);
          if (won) return { ok: true, cart: won };
          if (held.code === 'INSUFFICIENT_STOCK' && 'shortfalls' in held) {
            const shortLines = shortCartLines(lines, held.shortfalls);
            return { ok: false, code: 'INSUFFICIENT_STOCK', message: `${shortLines.length} line(s) short`, shortLines };
          }
          // Another call holds this cart revision with another duration: it is being recorded now.
          if (held.code === 'IDEMPOTENCY_CONFLICT') {
            return fail('REVISION_MISMATCH', `cart ${cartId} is being held by another request; retry`);
          }
          return fail('INVALID_HOLD', held.message, 'lines');
        }
        const at = now().toISOString();
        const { reservation } = held;
        if (reservation.status !== 'ACTIVE' || reservation.expiresAt === null || reservation.expiresAt <= at) {
          // The reservation of this revision was made before and ran out (a crash before it was
          // recorded): move the revision on, so the next attempt makes a new one.
          await store.updateCart(cart, { updatedAt: at });
          continue;
        }
        const hold: CartHoldDoc = {
          reservationId: reservation.id,
          expiresAt: reservation.expiresAt,
          lines,
          createdAt: at,
        };
        const recorded = await store.updateCart(cart, { hold, updatedAt: at });
        if (recorded) return { ok: true, cart: recorded };
        const current = await store.cartById(cartId);
        if (current?.hold?.reservationId === hold.reservationId) return { ok: true, cart: current };
        // The cart changed meanwhile: nobody can record a hold of the old revision any more, so
        // this reservation is stray. Release it and hold the cart as it is now.
        await releaseHold(hold, 'cart-changed');
      }
      return fail('REVISION_MISMATCH', `cart ${cartId} is changing too often; retry`);
    },

    /** Lets the cart's hold go (its units are available again); a cart without one is answered unchanged. */
    async releaseCartHold(cartId: string): Promise<CartOutcome> {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const cart = await store.cartById(cartId);
        if (!cart) return fail('CART_NOT_FOUND', `cart ${cartId} not found`);
        if (!cart.hold) return { ok: true, cart };
        const updated = await store.updateCart(cart, { hold: null, updatedAt: now().toISOString() });
        if (!updated) continue;
        await releaseHold(cart.hold, 'released-by-shopper');
        return { ok: true, cart: updated };
      }
      return fail('REVISION_MISMATCH', `cart ${cartId} is changing too often; retry`);
    },

    /** Drops the record of a hold an order took over from a cart checkout left open (best effort). */
    async forgetHold(cartId: string, reservationId: string): Promise<void> {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const cart = await store.cartById(cartId);
        if (cart?.hold?.reservationId !== reservationId) return;
        if (await store.updateCart(cart, { hold: null, updatedAt: now().toISOString() })) return;
      }
    },
  };
}

export type CartHoldUseCases = ReturnType<typeof createCartHoldUseCases>;
