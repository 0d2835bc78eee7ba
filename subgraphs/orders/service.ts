import type { Outbox } from '../../platform/outbox';
import type { Logger } from '../../platform/logger';
import { requireKey } from '../../platform/validation';
import { badInput } from '../../platform/errors';
import { InvalidCursorError, type Filter } from '../../platform/store/port';
import { isConflictingReplay, noteId, validateNote } from './domain/notes';
import { OrderTopics, type OrderNoteAddedEvent } from './events';
import type { OrderDoc } from './model';
import { orderEvent, type OrdersStore } from './store';
import type { CatalogApi } from '../catalog/api';
import type { FulfillmentApi } from '../fulfillment/api';
import { createPlacementUseCase } from './service-placement';
import { createStatusUseCases } from './service-status';
import { createCartUseCases } from './service-carts';
import { createCartHoldUseCases } from './service-cart-holds';
import { createReturnUseCases } from './service-returns';
import { createPromotionUseCases } from './service-promotions';
import { createPaymentUseCases } from './service-payments';

/** How long an unpaid order waits for its payment unless configured (`ORDER_PAYMENT_WINDOW_S`): 30 min. */
export const PAYMENT_WINDOW_SECONDS = 1800;
/** How long a cart hold lasts when the shopper names no duration, unless configured (`CART_HOLD_S`): 15 min. */
export const CART_HOLD_SECONDS = 900;
import type { IdentityApi } from '../identity/api';

/** Expected failures of orders' use cases; each changes nothing. */
export interface OrderFailure {
  ok: false;
  code: 'ORDER_NOT_FOUND' | 'INVALID_NOTE' | 'IDEMPOTENCY_CONFLICT';
  message: string;
  orderId: string;
}

/** `added` is false for a replay of the same note (same key, same text). */
export type AddNoteOutcome = { ok: true; order: OrderDoc; added: boolean } | OrderFailure;

/**
 * Orders' use cases: validate through domain/, write through the store, publish the event.
 * The only place orders publishes.
 */
export function createOrdersService(
  store: OrdersStore,
  /** Orders' outbox (COLLECTIONS.outbox): every event is recorded with its change, then relayed. */
  outbox: Pick<Outbox, 'relay'>,
  now: () => Date,
  logger: Logger,
  providers: { catalog: CatalogApi; fulfillment: FulfillmentApi; identity: IdentityApi },
  options: { paymentWindowSeconds?: number; cartHoldSeconds?: number } = {},
) {
  /** Publishes the events the outbox recorded with their change. */
  const flush = outbox.relay;
  const promotions = createPromotionUseCases(store, now);
  const fail = (code: OrderFailure['code'], message: string, orderId: string): OrderFailure => ({
    ok: false,
    code,
    message,
    orderId,
  });

  const status = createStatusUseCases({ store, fulfillment: providers.fulfillment, now, logger, flush });
  const holds = createCartHoldUseCases({
    store,
    catalog: providers.catalog,
    now,
    logger,
    defaultTtlSeconds: options.cartHoldSeconds ?? CART_HOLD_SECONDS,
  });
  const placement = createPlacementUseCase({
    store,
    ...providers,
    holds,
    promotions,
    paymentWindowSeconds: options.paymentWindowSeconds ?? PAYMENT_WINDOW_SECONDS,
    flush,
    now,
    logger,
  });
  const payments = createPaymentUseCases({ store, now, logger, flush }, status);
  return {
    /** placeOrder (service-placement.ts). */
    ...placement,
    /**
     * Fulfillment may move the order before it is stored (a carry-out is handed over at the till as
     * it is routed): the stored order's status is derived once more from fulfillment's view.
     */
    async placeOrder(...args: Parameters<typeof placement.placeOrder>) {
      const outcome = await placement.placeOrder(...args);
      if (!outcome.ok || outcome.replay) return outcome;
      const followed = await status.follow(outcome.order._id, 'placed');
      return { ...outcome, order: followed ?? outcome.order };
    },
    /** Payments and the unpaid-order sweeper (service-payments.ts). */
    recordPayment: payments.recordPayment,
    sweepUnpaid: payments.sweepUnpaid,
    /** Promotions (service-promotions.ts). */
    createPromotion: promotions.createPromotion,
    listPromotions: promotions.listPromotions,
    /** Status following fulfillment, and cancellation (service-status.ts). */
    followFulfillment: status.follow,
    cancelOrder: status.cancelOrder,
    /** Carts (service-carts.ts) and their holds (service-cart-holds.ts). */
    ...createCartUseCases({ store, identity: providers.identity, now, flush, releaseHold: holds.releaseHold }),
    holdCart: holds.holdCart,
    releaseCartHold: holds.releaseCartHold,
    /** Returns and refunds (service-returns.ts). */
    ...createReturnUseCases({
      store,
      catalog: providers.catalog,
      fulfillment: providers.fulfillment,
      now,
      logger,
      flush,
    }),

    /** Orders matching `filter`, newest first, a page at a time (1..100). */
    async listOrders(
      filter: {
        channel?: string | null;
        storeLocationId?: string | null;
        customerId?: string | null;
        status?: string | null;
        placedFrom?: string | null;
        placedTo?: string | null;
      },
      first: number,
      after?: string | null,
    ) {
      const where: Filter = {};
      if (filter.channel) where.channel = filter.channel;
      if (filter.storeLocationId) where.storeLocationId = filter.storeLocationId;
      if (filter.customerId) where.customerId = filter.customerId;
      if (filter.status) where.status = filter.status;
      const range: { $gte?: string; $lt?: string } = {};
      for (const [field, op] of [
        ['placedFrom', '$gte'],
        ['placedTo', '$lt'],
      ] as const) {
        const value = filter[field];
        if (value == null) continue;
        const at = Date.parse(value);
        if (Number.isNaN(at)) throw badInput(`${field} must be an ISO 8601 instant`, `filter.${field}`);
        range[op] = new Date(at).toISOString();
      }
      if (range.$gte || range.$lt) where.placedAt = range;
      const page = await store.ordersPage(where, first, after ?? undefined).catch((err: unknown) => {
        if (err instanceof InvalidCursorError) throw badInput('after is not a valid cursor', 'after');
        throw err;
      });
      return {
        edges: page.items.map((node) => ({ node, cursor: store.orderCursor(node) })),
        pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      };
    },

    /**
     * Adds a note once per idempotency key. A blank or over-long key is a client bug
     * (BAD_USER_INPUT, thrown); a bad text, an unknown order or a reused key are typed failures.
     */
    async addNote(
      input: { orderId: string; text: string; idempotencyKey: string },
      author: string,
    ): Promise<AddNoteOutcome> {
      const key = requireKey(input.idempotencyKey, 'idempotencyKey');
      const check = validateNote(input.text);
      if (!check.ok) return fail('INVALID_NOTE', check.message, input.orderId);
      const at = now().toISOString();
      const note = { id: noteId(input.orderId, key), text: check.text, author, createdAt: at };
      const added: OrderNoteAddedEvent = { orderId: input.orderId, noteId: note.id, author };
      const appended = await store.appendNote(input.orderId, note, at, [orderEvent(OrderTopics.noteAdded, added, at)]);
      if (appended) {
        await flush();
        return { ok: true, order: appended, added: true };
      }
      const order = await store.orderById(input.orderId);
      if (!order) return fail('ORDER_NOT_FOUND', `order ${input.orderId} not found`, input.orderId);
      if (
        isConflictingReplay(
          order.notes.find((n) => n.id === note.id),
          note,
        )
      ) {
        return fail('IDEMPOTENCY_CONFLICT', 'idempotencyKey was already used with a different note', input.orderId);
      }
      return { ok: true, order, added: false };
    },
  };
}

export type OrdersService = ReturnType<typeof createOrdersService>;
