import { describePrincipal } from '../../platform/auth/principal';
import { notFound } from '../../platform/errors';
import { requireKey } from '../../platform/validation';
import type { Resolvers } from './__generated__/resolvers-types';
import { mayReadOrder, mayRequestReturn } from './policies';
import type { ReturnOutcome } from './service-returns';

/**
 * Returns' resolvers: a return is shown to whoever may read its order; requesting one loads the
 * order and checks `mayRequestReturn` first (another's order is answered ORDER_NOT_FOUND, as a
 * missing one); receipt and refunds are guarded by their policies.
 */
function result(outcome: ReturnOutcome) {
  if (outcome.ok) return { __typename: 'Return' as const, ...outcome.ret };
  const { code, message, returnId, orderId, field, lines } = outcome;
  return { __typename: 'ReturnError' as const, code, message, returnId, orderId, field, lines };
}

export function createReturnResolvers(): Pick<Resolvers, 'Return'> & {
  Query: Pick<NonNullable<Resolvers['Query']>, 'return'>;
  Mutation: Pick<NonNullable<Resolvers['Mutation']>, 'requestReturn' | 'receiveReturn' | 'updateRefund'>;
  OrderReturns: NonNullable<NonNullable<Resolvers['Order']>['returns']>;
} {
  return {
    Query: {
      return: async (_, { id }, ctx) => {
        const ret = await ctx.service.returnById(requireKey(id, 'id'));
        const order = ret && (await ctx.loaders.orderById.load(ret.orderId));
        if (!ret || !order || !mayReadOrder(ctx.principal, order)) throw notFound('Return', id);
        return ret;
      },
    },
    OrderReturns: (order, _, ctx) => ctx.loaders.returnsByOrderId.load(order._id),
    Mutation: {
      requestReturn: async (_, { input }, ctx) => {
        const key = requireKey(input.idempotencyKey, 'idempotencyKey');
        const order = await ctx.loaders.orderById.load(requireKey(input.orderId, 'orderId'));
        if (!order || !mayRequestReturn(ctx.principal, order)) {
          return {
            __typename: 'ReturnError' as const,
            code: 'ORDER_NOT_FOUND' as const,
            message: `order ${input.orderId} not found`,
            returnId: null,
            orderId: input.orderId,
            field: 'orderId',
            lines: [],
          };
        }
        const by = describePrincipal(ctx.principal);
        return result(
          await ctx.service.requestReturn({
            orderId: order._id,
            lines: input.lines,
            // Keys are the caller's own, as for placeOrder.
            idempotencyKey: `${by}|${key}`,
            requestedBy: by,
          }),
        );
      },
      receiveReturn: async (_, { input }, ctx) =>
        result(
          await ctx.service.receiveReturn({
            returnId: requireKey(input.returnId, 'returnId'),
            locationId: input.locationId,
            lines: input.lines,
            sourceEventId: input.sourceEventId,
          }),
        ),
      updateRefund: async (_, { input }, ctx) =>
        result(
          await ctx.service.updateRefund({
            returnId: requireKey(input.returnId, 'returnId'),
            status: input.status,
            reference: input.reference ?? null,
            idempotencyKey: `${describePrincipal(ctx.principal)}|${requireKey(input.idempotencyKey, 'idempotencyKey')}`,
          }),
        ),
    },
    Return: {
      id: (r) => r._id,
      order: (r, _, ctx) => ctx.loaders.orderById.load(r.orderId),
      lines: (r) => r.lines.map(({ sku, ...l }) => ({ ...l, variant: { sku } })),
      receivedLocation: (r) => (r.receivedLocationId ? { id: r.receivedLocationId } : null),
      refund: ({ refund: { status, amount, currencyCode, reference } }) => ({
        status,
        amount: { amount, currencyCode },
        reference,
      }),
    },
  };
}
