import { requireKey } from '../../platform/validation';
import { describePrincipal } from '../../platform/auth/principal';
import { notFound } from '../../platform/errors';
import { mayReadOrder } from './policies';
import { pageSize } from '../batching';
import type { Resolvers } from './__generated__/resolvers-types';
import { normalizeOrderNumber, pickupPosition } from './domain/lines';

const money = (amount: number, currencyCode: string) => ({ amount, currencyCode });

export function createOrdersResolvers(): Resolvers {
  return {
    Query: {
      // An order the caller may not see is answered exactly like a missing one.
      order: async (_, { id }, ctx) => {
        const order = await ctx.loaders.orderById.load(id);
        if (!order || !mayReadOrder(ctx.principal, order)) throw notFound('Order', id);
        return order;
      },
      orderByNumber: async (_, { number }, ctx) => {
        const order = await ctx.loaders.orderByNumber.load(normalizeOrderNumber(number));
        return order && mayReadOrder(ctx.principal, order) ? order : null;
      },
    },
    Mutation: {
      placeOrder: async (_, { input }, ctx) => {
        const p = ctx.principal;
        const outcome = await ctx.service.placeOrder({
          ...input,
          // Keys are the caller's own (as Stripe scopes them per account): two callers never share an order.
          idempotencyKey: `${describePrincipal(p)}|${requireKey(input.idempotencyKey, 'idempotencyKey')}`,
          customerId: input.customerId ?? (p.kind === 'customer' ? p.customerId : null),
          partnerId: p.kind === 'partner' ? p.partnerId : null,
          lines: input.lines.map((l) => ({ ...l })),
        });
        if (outcome.ok) return { __typename: 'PlacedOrder' as const, order: outcome.order, replay: outcome.replay };
        return {
          __typename: 'OrderPlacementError' as const,
          code: outcome.code,
          message: outcome.message,
          field: outcome.field,
          missingStock: outcome.shortLines,
        };
      },
      addOrderNote: async (_, { input }, ctx) => {
        const outcome = await ctx.service.addNote(input, describePrincipal(ctx.principal));
        if (outcome.ok) return { __typename: 'Order' as const, ...outcome.order };
        const { code, message, orderId } = outcome;
        return { __typename: 'OrderError' as const, code, message, orderId };
      },
    },
    Order: {
      __resolveReference: (ref, ctx) => ctx.loaders.orderById.load(ref.id),
      id: (o) => o._id,
      customer: (o) => (o.customerId ? { id: o.customerId } : null),
      subtotal: (o) => money(o.subtotal, o.currencyCode),
      shippingTotal: (o) => money(o.shippingTotal, o.currencyCode),
      total: (o) => money(o.total, o.currencyCode),
      storeLocation: (o) => (o.storeLocationId ? { id: o.storeLocationId } : null),
      lines: (o) => o.lines.map((l) => ({ ...l, currencyCode: o.currencyCode })),
    },
    OrderLine: {
      variant: (l) => ({ sku: l.sku }),
      unitPrice: (l) => money(l.unitPrice, (l as { currencyCode?: string }).currencyCode ?? 'EUR'),
      lineTotal: (l) => money(l.lineTotal, (l as { currencyCode?: string }).currencyCode ?? 'EUR'),
      pickupLocation: (l) => (l.pickupLocationId ? { id: l.pickupLocationId } : null),
      pickupInventory: (l) => pickupPosition(l),
    },
    Customer: {
      __resolveReference: (ref) => ({ id: ref.id }),
      orders: async (c, { first }, ctx) => {
        const limit = pageSize(first);
        return (await ctx.loaders.ordersByCustomerId.load(c.id)).slice(0, limit);
      },
    },
  };
}
