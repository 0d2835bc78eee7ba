import { forbidden, notFound } from '../../platform/errors';
import { forgetCached } from '../batching';
import type { OrdersContext } from './context';
import type { Resolvers } from './__generated__/resolvers-types';
import { mayReadOrder } from './policies';
import type { CustomerOrdersMessage, OrderMessage } from './service-live';

/** The order a CHANGE message shows, as it is now, for a caller who may still read it (else NOT_FOUND). */
async function orderNow(ctx: OrdersContext, orderId: string) {
  const order = await ctx.live.orderNow(orderId);
  if (!order || !mayReadOrder(ctx.principal, order)) throw notFound('Order', orderId);
  return order;
}

/**
 * Orders' subscriptions. Each message is resolved with the context the subscription began with, so
 * its DataLoaders are emptied first (every message reads fresh), and the order is checked against
 * the caller again for every message, as its `order.read` fields are.
 */
export function createLiveResolvers(): NonNullable<Resolvers['Subscription']> {
  return {
    orderStatusChanged: {
      // An order the caller may not read is answered exactly like a missing one.
      subscribe: (_: unknown, { orderId }: { orderId: string }, ctx: OrdersContext) =>
        ctx.live.watchOrder(orderId, (order) => mayReadOrder(ctx.principal, order)),
      resolve: async (message: OrderMessage, _: unknown, ctx: OrdersContext) => {
        forgetCached(ctx.loaders);
        if (message.kind === 'SNAPSHOT') {
          return { kind: message.kind, sequence: message.sequence, cause: null, order: message.state };
        }
        const { orderId, cause } = message.change;
        return { kind: message.kind, sequence: message.sequence, cause, order: await orderNow(ctx, orderId) };
      },
    },
    customerOrdersChanged: {
      // @policy customer.signed-in: the principal is a customer, watching their own orders.
      subscribe: (_: unknown, __: unknown, ctx: OrdersContext) =>
        ctx.principal.kind === 'customer'
          ? ctx.live.watchCustomerOrders(ctx.principal.customerId)
          : Promise.reject(forbidden('customerOrdersChanged is for signed-in customers')),
      resolve: async (message: CustomerOrdersMessage, _: unknown, ctx: OrdersContext) => {
        forgetCached(ctx.loaders);
        if (message.kind === 'SNAPSHOT') {
          return { kind: message.kind, sequence: message.sequence, cause: null, orders: message.state };
        }
        const { orderId, cause } = message.change;
        return { kind: message.kind, sequence: message.sequence, cause, orders: [await orderNow(ctx, orderId)] };
      },
    },
  };
}
