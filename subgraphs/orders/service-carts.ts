import { randomBytes } from 'node:crypto';
import type { SalesChannel } from '../../platform/shared/commerce';
import type { IdentityApi } from '../identity/api';
import { applyLineChanges, mergeLines, type CartLineChange } from './domain/cart';
import { OrderTopics, type CartMergedEvent } from './events';
import { checkDestination, type DestinationInput } from './domain/address';
import { holdAfterLinesChange } from './domain/cart-hold';
import type { CartDoc, CartHoldDoc } from './model';
import { orderEvent, type OrdersStore } from './store';

/**
 * Carts: a customer's or an anonymous session's, changed with a compare-and-set on the revision,
 * merged into the customer's cart on sign-in, and found again in a store when the shopper is
 * recognised (loyalty card or the app's QR token, through identity), so the cart started in the
 * app is the one the kiosk or till checks out.
 */
export interface CartDeps {
  store: OrdersStore;
  identity: IdentityApi;
  now: () => Date;
  /** Publishes what the outbox recorded with a change (platform/outbox.ts). */
  flush: () => Promise<unknown>;
  /** Releases the catalog reservation of a hold a change dropped (service-cart-holds.ts). */
  releaseHold: (hold: CartHoldDoc | null | undefined, reason: string) => Promise<void>;
}

export type CartFailure = {
  ok: false;
  code:
    | 'CART_NOT_FOUND'
    | 'INVALID_CART_LINE'
    | 'CART_FULL'
    | 'CART_CLOSED'
    | 'REVISION_MISMATCH'
    | 'INVALID_DESTINATION'
    | 'SHOPPER_NOT_RECOGNISED'
    | 'NOTHING_TO_HOLD'
    | 'INVALID_HOLD';
  message: string;
  field: string | null;
};
export type CartOutcome = { ok: true; cart: CartDoc } | CartFailure;

/** How long staff of a store where the shopper was recognised may use their cart. */
export const PRESENTED_MINUTES = 30;
const ATTEMPTS = 5;

/** A cart use case's typed refusal. */
export const fail = (code: CartFailure['code'], message: string, field: string | null = null): CartFailure => ({
  ok: false,
  code,
  message,
  field,
});

export function createCartUseCases(deps: CartDeps) {
  const { store, identity, now, flush, releaseHold } = deps;

  /**
   * Applies `change` to the cart (compare-and-set on its revision, retried on a concurrent change).
   * A hold the change drops (its lines changed) is released once the change is stored.
   */
  async function change(
    cartId: string,
    expectedRevision: number | null,
    plan: (cart: CartDoc) => { ok: true; set: Partial<CartDoc> } | CartFailure,
  ): Promise<CartOutcome> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const cart = await store.cartById(cartId);
      if (!cart) return fail('CART_NOT_FOUND', `cart ${cartId} not found`);
      if (cart.status !== 'ACTIVE') return fail('CART_CLOSED', `cart ${cartId} is ${cart.status}`);
      if (expectedRevision !== null && cart.revision !== expectedRevision) {
        return fail('REVISION_MISMATCH', `cart ${cartId} is at revision ${cart.revision}`, 'expectedRevision');
      }
      const planned = plan(cart);
      if (!planned.ok) return planned;
      const updated = await store.updateCart(cart, { ...planned.set, updatedAt: now().toISOString() });
      if (updated) {
        if (cart.hold && !updated.hold) await releaseHold(cart.hold, 'cart-changed');
        return { ok: true, cart: updated };
      }
      if (expectedRevision !== null) {
        return fail('REVISION_MISMATCH', `cart ${cartId} changed meanwhile`, 'expectedRevision');
      }
    }
    return fail('REVISION_MISMATCH', `cart ${cartId} is changing too often; retry`);
  }

  async function create(input: {
    customerId: string | null;
    channel: SalesChannel;
    lines?: readonly CartLineChange[] | null;
    destination?: DestinationInput | null;
  }): Promise<CartOutcome> {
    const lines = input.lines?.length
      ? applyLineChanges([], input.lines)
      : { ok: true as const, lines: [] as CartDoc['lines'] };
    if (!lines.ok) return fail(lines.code, lines.message, lines.field);
    const destination = input.destination ? checkDestination(input.destination) : null;
    if (destination && !destination.ok) return fail('INVALID_DESTINATION', destination.message, destination.field);
    const at = now().toISOString();
    const cart: CartDoc = {
      _id: `cart_${randomBytes(16).toString('base64url')}`,
      customerId: input.customerId,
      channel: input.channel,
      status: 'ACTIVE',
      lines: lines.lines,
      destination: destination?.destination ?? null,
      mergedInto: null,
      orderId: null,
      presentedAt: [],
      revision: 1,
      createdAt: at,
      updatedAt: at,
    };
    await store.insertCart(cart);
    return { ok: true, cart };
  }

  /** The customer's active cart (the most recently changed), or a new empty one on `channel`. */
  async function activeCart(customerId: string, channel: SalesChannel): Promise<CartDoc> {
    const [current] = await store.activeCartsOf(customerId);
    if (current) return current;
    const created = await create({ customerId, channel });
    return (created as { ok: true; cart: CartDoc }).cart;
  }

  return {
    createCart: create,
    cartById: (id: string) => store.cartById(id),
    activeCartOf: async (customerId: string) => (await store.activeCartsOf(customerId))[0] ?? null,

    updateCartLines: (cartId: string, changes: readonly CartLineChange[], expectedRevision: number | null) =>
      change(cartId, expectedRevision, (cart) => {
        const next = applyLineChanges(cart.lines, changes);
        if (!next.ok) return fail(next.code, next.message, next.field);
        return { ok: true, set: { lines: next.lines, ...holdAfterLinesChange(cart, next.lines) } };
      }),

    /** Where shipped lines go: the point routing plans to and the street address (checked, trimmed). */
    setCartDestination: (cartId: string, input: DestinationInput) =>
      change(cartId, null, () => {
        const checked = checkDestination(input);
        if (!checked.ok) return fail('INVALID_DESTINATION', checked.message, checked.field);
        return { ok: true, set: { destination: checked.destination } };
      }),

    /**
     * A signed-in customer takes over an anonymous cart: it becomes theirs when they have no active
     * cart, otherwise its lines merge into theirs (domain/cart.ts `mergeLines`) and it is closed as
     * MERGED. Refused whole (CART_FULL, nothing changed) when the merge would not fit in one cart.
     */
    async mergeCart(customerId: string, cartId: string): Promise<CartOutcome> {
      const source = await store.cartById(cartId);
      if (!source || (source.customerId !== null && source.customerId !== customerId)) {
        return fail('CART_NOT_FOUND', `cart ${cartId} not found`);
      }
      if (source.customerId === customerId) return { ok: true, cart: source };
      if (source.status !== 'ACTIVE') return fail('CART_CLOSED', `cart ${cartId} is ${source.status}`);
      const [target] = await store.activeCartsOf(customerId);
      const at = now().toISOString();
      if (!target) {
        const adopted = await store.updateCart(source, { customerId, updatedAt: at });
        return adopted
          ? { ok: true, cart: adopted }
          : fail('REVISION_MISMATCH', `cart ${cartId} changed meanwhile; retry`);
      }
      // The customer's cart takes the lines first (merging is idempotent: each line at the larger
      // quantity), then the anonymous cart is closed; a failure in between leaves both carts whole
      // and the merge can simply be retried.
      const merged = await change(target._id, null, (t) => {
        const next = mergeLines(t.lines, source.lines);
        if (next.dropped.length > 0) {
          return fail(
            'CART_FULL',
            `the carts together exceed one cart's limits (${next.dropped.length} lines do not fit)`,
            'lines',
          );
        }
        return {
          ok: true,
          set: {
            lines: next.lines,
            destination: t.destination ?? source.destination,
            ...holdAfterLinesChange(t, next.lines),
          },
        };
      });
      if (!merged.ok) return merged;
      const event: CartMergedEvent = { cartId, intoCartId: target._id, customerId };
      const closed = await store.updateCart(
        source,
        { status: 'MERGED', mergedInto: target._id, hold: null, updatedAt: at },
        [orderEvent(OrderTopics.cartMerged, event, at)],
      );
      // The anonymous cart's hold goes with it: the customer's cart holds again if they want.
      if (closed) await releaseHold(source.hold, 'cart-merged');
      if (!closed) {
        const now2 = await store.cartById(cartId);
        // A concurrent merge of the same cart closed it into the same cart: the same outcome.
        if (!(now2?.status === 'MERGED' && now2.mergedInto === target._id)) {
          return fail('REVISION_MISMATCH', `cart ${cartId} changed meanwhile; retry the merge`);
        }
        return merged;
      }
      await flush();
      return merged;
    },

    /**
     * A shopper recognised in a store (loyalty card or the app's QR token, checked by identity):
     * their active cart (a new one on `channel` if they have none), which the staff and devices of
     * `locationId` may now use for PRESENTED_MINUTES.
     */
    async presentCart(
      locationId: string,
      channel: SalesChannel,
      proof: { token?: string | null; loyaltyCard?: string | null },
    ): Promise<CartOutcome> {
      const recognised = await identity.recognizeShopper(proof);
      if (!recognised.ok) return fail('SHOPPER_NOT_RECOGNISED', `${recognised.code}: ${recognised.message}`);
      const cart = await activeCart(recognised.customerId, channel);
      const until = new Date(now().getTime() + PRESENTED_MINUTES * 60_000).toISOString();
      return change(cart._id, null, (c) => ({
        ok: true,
        set: {
          presentedAt: [...c.presentedAt.filter((p) => p.locationId !== locationId), { locationId, until }].slice(-20),
        },
      }));
    },
  };
}

export type CartUseCases = ReturnType<typeof createCartUseCases>;
