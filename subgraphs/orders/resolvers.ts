import { requireKey } from '../../platform/validation';
import { describePrincipal } from '../../platform/auth/principal';
import { badInput, notFound } from '../../platform/errors';
import { mayCancelOrder, mayReadOrder, mayUseCart } from './policies';
import { pageSize } from '../batching';
import type { Resolvers } from './__generated__/resolvers-types';
import { normalizeOrderNumber, pickupPosition } from './domain/lines';
import { createCartResolvers } from './resolvers-carts';
import { createReturnResolvers } from './resolvers-returns';
import { createLiveResolvers } from './resolvers-live';

const money = (amount: number, currencyCode: string) => ({ amount, currencyCode });

export function createOrdersResolvers(): Resolvers {
  const carts = createCartResolvers();
  const returns = createReturnResolvers();
  return {
    Cart: carts.Cart,
    CartLine: carts.CartLine,
    Return: returns.Return,
    Query: {
      ...carts.Query,
      ...returns.Query,
      // An order the caller may not see is answered exactly like a missing one.
      order: async (_, { id }, ctx) => {
        const order = await ctx.loaders.orderById.load(id);
        if (!order || !mayReadOrder(ctx.principal, order)) throw notFound('Order', id);
        return order;
      },
      promotions: (_, { activeOnly }, ctx) => ctx.service.listPromotions(activeOnly !== false),
      orders: (_, { filter, first, after }, ctx) =>
        ctx.service.listOrders(filter ?? {}, pageSize(first, 20, 100), after ?? null),
      orderByNumber: async (_, { number }, ctx) => {
        const order = await ctx.loaders.orderByNumber.load(normalizeOrderNumber(number));
        return order && mayReadOrder(ctx.principal, order) ? order : null;
      },
    },
    Mutation: {
      ...carts.Mutation,
      ...returns.Mutation,
      placeOrder: async (_, { input }, ctx) => {
        const p = ctx.principal;
        const placementError = (field: string, message: string) => ({
          __typename: 'OrderPlacementError' as const,
          code: 'INVALID_ORDER' as const,
          message,
          field,
          missingStock: [],
        });
        if ((input.lines == null) === (input.cartId == null)) {
          return placementError('lines', 'give exactly one of lines and cartId');
        }
        const paid = input.payment;
        if (paid && paid.status !== 'AUTHORIZED' && paid.status !== 'CAPTURED') {
          return placementError('payment.status', 'an order is placed paid as AUTHORIZED or CAPTURED');
        }
        const cart = input.cartId ? await ctx.loaders.cartById.load(requireKey(input.cartId, 'cartId')) : null;
        if (input.cartId && (!cart || !mayUseCart(p, cart, new Date().toISOString()))) {
          return placementError('cartId', `cart ${input.cartId} not found`);
        }
        const lines = cart
          ? cart.lines.map(({ sku, quantity, deliveryMethod, pickupLocationId }) => ({
              sku,
              quantity,
              deliveryMethod,
              pickupLocationId,
            }))
          : input.lines!.map((l) => ({ ...l }));
        const outcome = await ctx.service.placeOrder(
          {
            ...input,
            // Keys are the caller's own (as Stripe scopes them per account): two callers never share an order.
            idempotencyKey: `${describePrincipal(p)}|${requireKey(input.idempotencyKey, 'idempotencyKey')}`,
            customerId: input.customerId ?? cart?.customerId ?? (p.kind === 'customer' ? p.customerId : null),
            destination: input.destination ?? cart?.destination ?? null,
            partnerId: p.kind === 'partner' ? p.partnerId : null,
            lines,
            cartId: cart?._id ?? null,
            payment: paid ? { status: paid.status as 'AUTHORIZED' | 'CAPTURED', reference: paid.reference } : null,
          },
          cart,
        );
        if (outcome.ok) return { __typename: 'PlacedOrder' as const, order: outcome.order, replay: outcome.replay };
        return {
          __typename: 'OrderPlacementError' as const,
          code: outcome.code,
          message: outcome.message,
          field: outcome.field,
          missingStock: outcome.shortLines,
        };
      },
      recordPayment: async (_, { input }, ctx) => {
        const outcome = await ctx.service.recordPayment({
          ...input,
          idempotencyKey: requireKey(input.idempotencyKey, 'idempotencyKey'),
        });
        if (outcome.ok) return { __typename: 'Order' as const, ...outcome.order };
        const { code, message, orderId, lineIds } = outcome;
        return { __typename: 'OrderError' as const, code, message, orderId, lineIds };
      },
      createPromotion: async (_, { input }, ctx) => {
        const { couponCode, ...rest } = input;
        const outcome = await ctx.service.createPromotion(
          { ...rest, code: couponCode },
          describePrincipal(ctx.principal),
        );
        if (outcome.ok) return { __typename: 'Promotion' as const, ...outcome.promotion };
        const { code, message, field } = outcome;
        return { __typename: 'PromotionError' as const, code, message, field };
      },
      addOrderNote: async (_, { input }, ctx) => {
        const outcome = await ctx.service.addNote(input, describePrincipal(ctx.principal));
        if (outcome.ok) return { __typename: 'Order' as const, ...outcome.order };
        const { code, message, orderId } = outcome;
        return { __typename: 'OrderError' as const, code, message, orderId, lineIds: [] };
      },
      // An order the caller may not cancel is answered exactly like a missing one.
      cancelOrder: async (_, { input }, ctx) => {
        const key = requireKey(input.idempotencyKey, 'idempotencyKey');
        if (input.reason != null && input.reason.length > 500)
          throw badInput('reason must be at most 500 characters', 'reason');
        const order = await ctx.loaders.orderById.load(requireKey(input.orderId, 'orderId'));
        if (!order || !mayCancelOrder(ctx.principal, order)) {
          const message = `order ${input.orderId} not found`;
          return {
            __typename: 'OrderError' as const,
            code: 'ORDER_NOT_FOUND' as const,
            message,
            orderId: input.orderId,
            lineIds: [],
          };
        }
        const outcome = await ctx.service.cancelOrder({
          orderId: order._id,
          lineIds: input.lineIds ?? null,
          reason: input.reason ?? null,
          // Keys are the caller's own, as for placeOrder.
          idempotencyKey: `${describePrincipal(ctx.principal)}|${key}`,
        });
        if (outcome.ok) return { __typename: 'Order' as const, ...outcome.order };
        const { code, message, orderId, lineIds } = outcome;
        return { __typename: 'OrderError' as const, code, message, orderId, lineIds };
      },
    },
    Subscription: createLiveResolvers(),
    Order: {
      __resolveReference: (ref, ctx) => ctx.loaders.orderById.load(ref.id),
      id: (o) => o._id,
      customer: (o) => (o.customerId ? { id: o.customerId } : null),
      subtotal: (o) => money(o.subtotal, o.currencyCode),
      shippingTotal: (o) => money(o.shippingTotal, o.currencyCode),
      discountTotal: (o) => money(o.discountTotal ?? 0, o.currencyCode),
      taxTotal: (o) => money(o.taxTotal ?? 0, o.currencyCode),
      promotions: (o) =>
        (o.promotions ?? []).map((p) => ({
          promotionId: p.promotionId,
          couponCode: p.code,
          amount: money(p.amount, o.currencyCode),
        })),
      total: (o) => money(o.total, o.currencyCode),
      // Demo history predates payments: shown as captured in full.
      payment: (o) => {
        const p = o.payment ?? { status: 'CAPTURED' as const, reference: null, amount: o.total, updatedAt: o.placedAt };
        return {
          status: p.status,
          reference: p.reference,
          amount: money(p.amount, o.currencyCode),
          updatedAt: p.updatedAt,
          dueBy: o.paymentDueBy ?? null,
        };
      },
      storeLocation: (o) => (o.storeLocationId ? { id: o.storeLocationId } : null),
      lines: (o) => o.lines.map((l) => ({ ...l, currencyCode: o.currencyCode })),
      // Orders from before the history was kept show their current status only.
      statusHistory: (o) => o.statusHistory ?? [{ status: o.status, at: o.updatedAt, reason: 'current' }],
      returns: returns.OrderReturns,
    },
    Promotion: { id: (p) => p._id, couponCode: (p) => p.code },
    OrderLine: {
      variant: (l) => ({ sku: l.sku }),
      unitPrice: (l) => money(l.unitPrice, (l as { currencyCode?: string }).currencyCode ?? 'EUR'),
      lineTotal: (l) => money(l.lineTotal, (l as { currencyCode?: string }).currencyCode ?? 'EUR'),
      discount: (l) => money(l.discount ?? 0, (l as { currencyCode?: string }).currencyCode ?? 'EUR'),
      tax: (l) => money(l.tax ?? 0, (l as { currencyCode?: string }).currencyCode ?? 'EUR'),
      pickupLocation: (l) => (l.pickupLocationId ? { id: l.pickupLocationId } : null),
      pickupInventory: (l) => pickupPosition(l),
      cancelledAt: (l) => l.cancelledAt ?? null,
    },
    Customer: {
      __resolveReference: (ref) => ({ id: ref.id }),
      orders: async (c, { first }, ctx) => {
        const limit = pageSize(first);
        return (await ctx.loaders.ordersByCustomerId.load(c.id)).slice(0, limit);
      },
      activeCart: carts.CustomerActiveCart,
      orderHistory: (c, { first, after }, ctx) =>
        ctx.service.listOrders({ customerId: c.id }, pageSize(first, 20, 100), after ?? null),
    },
  };
}
