import { notFound } from '../../platform/errors';
import type { SalesChannel } from '../../platform/shared/commerce';
import { requireKey } from '../../platform/validation';
import type { OrdersContext } from './context';
import type { Resolvers } from './__generated__/resolvers-types';
import type { CartDoc } from './model';
import { mayUseCart } from './policies';
import type { CartOutcome } from './service-carts';
import type { HoldOutcome } from './service-cart-holds';
import { liveHold } from './domain/cart-hold';

/**
 * Carts' resolvers: every cart operation loads the cart and checks `mayUseCart` first; a cart the
 * caller may not use is answered exactly like a missing one.
 */
const missing = (id: string) => ({
  __typename: 'CartError' as const,
  code: 'CART_NOT_FOUND' as const,
  message: `cart ${id} not found`,
  field: null,
});

function result(outcome: CartOutcome) {
  if (outcome.ok) return { __typename: 'Cart' as const, ...outcome.cart };
  const { code, message, field } = outcome;
  return { __typename: 'CartError' as const, code, message, field };
}

function holdResult(outcome: HoldOutcome) {
  if (outcome.ok || !('shortLines' in outcome)) return result(outcome);
  const { code, message, shortLines } = outcome;
  return { __typename: 'CartStockError' as const, code, message, shortLines };
}

async function usable(ctx: OrdersContext, id: string): Promise<CartDoc | null> {
  const cart = await ctx.loaders.cartById.load(requireKey(id, 'cartId'));
  return cart && mayUseCart(ctx.principal, cart, new Date().toISOString()) ? cart : null;
}

export function createCartResolvers(): Pick<Resolvers, 'Cart' | 'CartLine'> & {
  Query: Pick<NonNullable<Resolvers['Query']>, 'cart'>;
  Mutation: Pick<
    NonNullable<Resolvers['Mutation']>,
    | 'createCart'
    | 'updateCartLines'
    | 'setCartDestination'
    | 'mergeCart'
    | 'recognizeShopperCart'
    | 'holdCart'
    | 'releaseCartHold'
  >;
  CustomerActiveCart: NonNullable<NonNullable<Resolvers['Customer']>['activeCart']>;
} {
  return {
    Query: {
      cart: async (_, { id }, ctx) => {
        const cart = await usable(ctx, id);
        if (!cart) throw notFound('Cart', id);
        return cart;
      },
    },
    CustomerActiveCart: async (customer, _, ctx) => {
      const cart = await ctx.service.activeCartOf(customer.id);
      return cart && mayUseCart(ctx.principal, cart, new Date().toISOString()) ? cart : null;
    },
    Mutation: {
      createCart: async (_, { input }, ctx) => {
        const p = ctx.principal;
        if (p.kind === 'partner') return missing('new');
        return result(
          await ctx.service.createCart({
            customerId: p.kind === 'customer' ? p.customerId : null,
            channel: input.channel as SalesChannel,
            lines: input.lines ?? null,
            destination: input.destination ?? null,
          }),
        );
      },
      updateCartLines: async (_, { input }, ctx) => {
        const cart = await usable(ctx, input.cartId);
        if (!cart) return missing(input.cartId);
        return result(await ctx.service.updateCartLines(cart._id, input.lines, input.expectedRevision ?? null));
      },
      setCartDestination: async (_, { input }, ctx) => {
        const cart = await usable(ctx, input.cartId);
        if (!cart) return missing(input.cartId);
        return result(await ctx.service.setCartDestination(cart._id, input.destination));
      },
      holdCart: async (_, { input }, ctx) => {
        const cart = await usable(ctx, input.cartId);
        if (!cart) return missing(input.cartId);
        return holdResult(await ctx.service.holdCart(cart._id, input.ttlSeconds ?? null));
      },
      releaseCartHold: async (_, { input }, ctx) => {
        const cart = await usable(ctx, input.cartId);
        if (!cart) return missing(input.cartId);
        return result(await ctx.service.releaseCartHold(cart._id));
      },
      mergeCart: async (_, { input }, ctx) => {
        const p = ctx.principal;
        if (p.kind !== 'customer') return missing(input.cartId);
        return result(await ctx.service.mergeCart(p.customerId, requireKey(input.cartId, 'cartId')));
      },
      recognizeShopperCart: async (_, { input }, ctx) => {
        const proofs = [input.token, input.loyaltyCard].filter((v) => v != null);
        if (proofs.length !== 1) {
          return result({
            ok: false,
            code: 'SHOPPER_NOT_RECOGNISED',
            message: 'give exactly one of token and loyaltyCard',
            field: 'token',
          });
        }
        if (input.channel !== 'KIOSK' && input.channel !== 'POS') {
          return result({
            ok: false,
            code: 'INVALID_CART_LINE',
            message: 'channel must be KIOSK or POS',
            field: 'channel',
          });
        }
        return result(
          await ctx.service.presentCart(requireKey(input.locationId, 'locationId'), input.channel, {
            token: input.token ?? null,
            loyaltyCard: input.loyaltyCard ?? null,
          }),
        );
      },
    },
    Cart: {
      id: (c) => c._id,
      customer: (c) => (c.customerId ? { id: c.customerId } : null),
      itemCount: (c) => c.lines.reduce((s, l) => s + l.quantity, 0),
      subtotal: async (c, _, ctx) => {
        const priced = await ctx.loaders.price.loadMany(c.lines.map((l) => `${c.channel}|${l.sku}`));
        let amount = 0;
        let currencyCode = 'EUR';
        c.lines.forEach((l, i) => {
          const p = priced[i];
          if (p && !(p instanceof Error)) {
            amount += p.amount * l.quantity;
            currencyCode = p.currencyCode;
          }
        });
        return { amount, currencyCode };
      },
      order: (c, _, ctx) => (c.orderId ? ctx.loaders.orderById.load(c.orderId) : null),
      lines: (c) => c.lines.map((l) => ({ ...l, channel: c.channel })),
      // An expired hold is gone (catalog's sweeper releases its units), whatever the cart records.
      hold: (c, _, ctx) => liveHold(c, ctx.now().toISOString()),
    },
    CartLine: {
      variant: (l) => ({ sku: l.sku }),
      pickupLocation: (l) => (l.pickupLocationId ? { id: l.pickupLocationId } : null),
      unitPrice: (l, _, ctx) => ctx.loaders.price.load(`${l.channel}|${l.sku}`),
    },
  };
}
