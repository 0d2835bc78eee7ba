import type { EventBus } from '../../platform/bus/port';
import { describePrincipal } from '../../platform/auth/principal';
import { badInput, notFound } from '../../platform/errors';
import { pageSize } from '../batching';
import type { Resolvers } from './__generated__/resolvers-types';
import { noteId, validateNote } from './domain/notes';
import { OrderTopics, type OrderNoteAddedEvent } from './events';

const money = (amount: number, currencyCode: string) => ({ amount, currencyCode });
const PICKUP_METHODS = new Set(['PICKUP_IN_STORE', 'SHIP_TO_STORE', 'CARRY_OUT']);

export function createOrdersResolvers(bus: EventBus): Resolvers {
  return {
    Query: {
      order: async (_, { id }, ctx) => (await ctx.loaders.orderById.load(id)) ?? Promise.reject(notFound('Order', id)),
      orderByNumber: (_, { number }, ctx) => ctx.store.orderByNumber(number.trim().toUpperCase()),
    },
    Mutation: {
      addOrderNote: async (_, { input }, ctx) => {
        const key = input.idempotencyKey.trim();
        if (!key || key.length > 200) throw badInput('idempotencyKey must be 1..200 characters', 'idempotencyKey');
        const check = validateNote(input.text);
        if (!check.ok) {
          return {
            __typename: 'OrderError' as const,
            code: 'INVALID_NOTE' as const,
            message: check.message,
            orderId: input.orderId,
          };
        }
        const at = ctx.now().toISOString();
        const note = {
          id: noteId(input.orderId, key),
          text: check.text,
          author: describePrincipal(ctx.principal),
          createdAt: at,
        };
        const outcome = await ctx.store.addNote(input.orderId, note, at);
        if (!outcome.ok) {
          return outcome.reason === 'NOT_FOUND'
            ? {
                __typename: 'OrderError' as const,
                code: 'ORDER_NOT_FOUND' as const,
                message: `order ${input.orderId} not found`,
                orderId: input.orderId,
              }
            : {
                __typename: 'OrderError' as const,
                code: 'IDEMPOTENCY_CONFLICT' as const,
                message: 'idempotencyKey was already used with a different note',
                orderId: input.orderId,
              };
        }
        if (outcome.added) {
          await bus.publish<OrderNoteAddedEvent>(OrderTopics.noteAdded, {
            orderId: input.orderId,
            noteId: note.id,
            author: note.author,
          });
        }
        return { __typename: 'Order' as const, ...outcome.order };
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
      pickupInventory: (l) =>
        l.pickupLocationId && PICKUP_METHODS.has(l.deliveryMethod)
          ? { sku: l.sku, locationId: l.pickupLocationId }
          : null,
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
