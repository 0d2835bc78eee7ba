import type { Logger } from '../../platform/logger';
import { DuplicateKeyError } from '../../platform/store/port';
import type { CatalogApi } from '../catalog/api';
import type { FulfillmentApi } from '../fulfillment/api';
import { geoOf } from './domain/address';
import { buildOrder, checkPlacement, pricedLines, type PlaceOrderInput } from './domain/placement';
import { HOME_COUNTRY, priceOrder } from './domain/pricing';
import { NO_PAYMENT, PAYING_CHANNELS } from './domain/payment';
import { OrderTopics, type OrderPlacedEvent, type UnmetDemandEvent } from './events';
import type { PromotionUseCases } from './service-promotions';
import type { CartHoldUseCases } from './service-cart-holds';
import type { CartDoc, OrderDoc } from './model';
import { orderEvent, orderEvents, type OrdersStore } from './store';

export type PlacementFailure = {
  ok: false;
  code:
    | 'INVALID_ORDER'
    | 'UNKNOWN_SKU'
    | 'IDEMPOTENCY_CONFLICT'
    | 'OUT_OF_STOCK'
    | 'NO_ELIGIBLE_NODE'
    | 'TOO_MANY_SHIPMENTS'
    | 'PICKUP_STORE_UNAVAILABLE'
    | 'STOCK_CHANGED'
    | 'INVALID_COUPON'
    | 'COUPON_EXHAUSTED';
  message: string;
  field: string | null;
  shortLines: { lineId: string; sku: string; missing: number }[];
};
export type PlacementOutcome = { ok: true; order: OrderDoc; replay: boolean } | PlacementFailure;

const ROUTING_CODES = new Set([
  'OUT_OF_STOCK',
  'NO_ELIGIBLE_NODE',
  'TOO_MANY_SHIPMENTS',
  'PICKUP_STORE_UNAVAILABLE',
  'STOCK_CHANGED',
]);

export interface PlacementDeps {
  store: OrdersStore;
  catalog: CatalogApi;
  fulfillment: FulfillmentApi;
  now: () => Date;
  logger: Logger;
  promotions: Pick<PromotionUseCases, 'claim'>;
  /** A checked-out cart's hold: released once the order stands (a replay when the order took it over). */
  holds: Pick<CartHoldUseCases, 'releaseHold' | 'forgetHold'>;
  /** Publishes what the outbox recorded (platform/outbox.ts). */
  flush: () => Promise<unknown>;
  /** How long an unpaid order on a paying channel waits for its payment (s). */
  paymentWindowSeconds: number;
}

const fail = (
  code: PlacementFailure['code'],
  message: string,
  field: string | null = null,
  shortLines: PlacementFailure['shortLines'] = [],
): PlacementFailure => ({ ok: false, code, message, field, shortLines });

/**
 * The first real placeOrder: direct lines priced by catalog for the channel, routed by
 * fulfillment (which holds the stock and creates the fulfillment orders), then stored. One order
 * per idempotency key: its id is derived from the key, so a retry after any failure finds the
 * routing already done (fulfillment answers a replay) and completes the order; the same key with
 * other content is an IDEMPOTENCY_CONFLICT. After placement its status follows fulfillment
 * (service-status.ts).
 */
/** What `orders.order.placed` says of an order. */
const placedEvent = (order: OrderDoc, fulfillmentOrderIds: string[]): OrderPlacedEvent => ({
  orderId: order._id,
  channel: order.channel,
  customerId: order.customerId,
  total: order.total,
  currencyCode: order.currencyCode,
  fulfillmentOrderIds,
});

export function createPlacementUseCase(deps: PlacementDeps) {
  const { store, catalog, fulfillment, promotions, holds, now, logger } = deps;

  /**
   * Demand the network could not meet, per short line, for the KPIs: the SKU, channel, where it was
   * wanted (the store for in-store and collected lines, null for shipped ones) and the units missing.
   */
  async function unmetDemand(
    input: PlaceOrderInput,
    lines: readonly { id: string; pickupLocationId: string | null }[],
    short: readonly { lineId: string; sku: string; missing: number }[],
  ) {
    const at = now().toISOString();
    const events = short.map((s) => {
      const line = lines.find((l) => l.id === s.lineId);
      const unmet: UnmetDemandEvent = {
        sku: s.sku,
        channel: input.channel,
        locationId: line?.pickupLocationId ?? input.storeLocationId ?? null,
        quantity: s.missing,
        at,
      };
      return { topic: OrderTopics.demandUnmet, payload: unmet };
    });
    if (events.length === 0) return;
    await store.recordEvents([orderEvents(events, at)]);
    await deps.flush();
  }

  /**
   * `cart`: the cart checked out (its lines are `input.lines`); it is closed as CHECKED_OUT once the
   * order is stored, unless it changed meanwhile (then it stays open with what was added: nothing
   * the shopper put in it is lost).
   */
  async function placeOrder(
    input: PlaceOrderInput,
    cart?: Pick<CartDoc, '_id' | 'revision' | 'status' | 'orderId' | 'hold'> | null,
  ): Promise<PlacementOutcome> {
    const check = checkPlacement(input);
    if (!check.ok) return fail(check.code, check.message, check.field);
    const ref = input.payment?.reference;
    if (ref != null && (ref.trim().length === 0 || ref.length > 200)) {
      return fail('INVALID_ORDER', 'payment.reference must be 1 to 200 characters', 'payment.reference');
    }
    const existing = await store.orderById(check.orderId);
    if (existing) {
      return existing.placementHash === check.requestHash
        ? { ok: true, order: existing, replay: true }
        : fail('IDEMPOTENCY_CONFLICT', 'this idempotency key was used for another order', 'idempotencyKey');
    }
    if (cart && cart.status !== 'ACTIVE') {
      return fail('INVALID_ORDER', `cart ${cart._id} is ${cart.status} (order ${cart.orderId ?? 'none'})`, 'cartId');
    }
    const skus = [...new Set(check.lines.map((l) => l.sku))];
    const priced = await catalog.prices({ skus, channel: input.channel });
    const prices = new Map(priced.map((p) => [p.sku, p.amount]));
    const unknown = skus.find((s) => !prices.has(s));
    if (unknown) return fail('UNKNOWN_SKU', `${unknown} is not sold on ${input.channel}`, 'lines.sku');
    const currencies = new Set(priced.map((p) => p.currencyCode));
    if (currencies.size > 1)
      throw new Error(`catalog priced one order in several currencies: ${[...currencies].join(', ')}`);

    // Server-side totals: catalog's prices, the promotions (coupons' usage taken now and given back
    // if the order is not placed), VAT out of the VAT-inclusive prices at the tax country's rate.
    const lines = pricedLines(check, prices);
    const subtotal = lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0);
    const claimed = await promotions.claim(input.couponCodes ?? [], subtotal);
    if (!claimed.ok) return fail(claimed.code, claimed.message, claimed.field);
    const totals = priceOrder(lines, claimed.discounts, check.destination?.countryCode ?? HOME_COUNTRY);

    const routed = await fulfillment.routeOrder({
      orderId: check.orderId,
      channel: input.channel,
      // Routing plans to the point; the shipping address stays in orders.
      destination: geoOf(check.destination),
      lines: check.lines.map((l) => ({ ...l })),
      idempotencyKey: `place:${check.orderId}`,
      // The cart's held units pass to the order's hold in the same write (gone or expired: nothing).
      replacesHold: cart?.hold ? { reservationId: cart.hold.reservationId, ownerId: cart._id } : null,
    });
    if (!routed.ok) {
      await claimed.release();
      const code = ROUTING_CODES.has(routed.code) ? (routed.code as PlacementFailure['code']) : 'INVALID_ORDER';
      await unmetDemand(input, check.lines, routed.shortLines);
      return fail(code, routed.message, null, routed.shortLines);
    }
    const order = {
      ...buildOrder(
        input,
        check,
        prices,
        totals,
        [...currencies][0] ?? 'EUR',
        await store.nextOrderNumber(),
        now().toISOString(),
      ),
      placementHash: check.requestHash,
    };
    // Lines waiting for stock: the order is PENDING until fulfillment routes its backorder.
    if (routed.backorder) order.status = 'PENDING';
    order.statusHistory = [{ status: order.status, at: order.placedAt, reason: 'placed' }];
    // Paid as placed, or due within the payment window on a channel that pays at checkout.
    order.payment = input.payment
      ? {
          status: input.payment.status,
          reference: input.payment.reference,
          amount: order.total,
          updatedAt: order.placedAt,
          events: [],
        }
      : NO_PAYMENT(order.placedAt);
    order.paymentDueBy =
      !input.payment && PAYING_CHANNELS.includes(input.channel)
        ? new Date(Date.parse(order.placedAt) + deps.paymentWindowSeconds * 1000).toISOString()
        : null;
    try {
      await store.insertOrder(order, [
        orderEvent(
          OrderTopics.orderPlaced,
          placedEvent(
            order,
            routed.fulfillmentOrders.map((f) => f.id),
          ),
          order.placedAt,
        ),
      ]);
    } catch (err) {
      if (!(err instanceof DuplicateKeyError)) throw err;
      // The same request, placed concurrently: it stored the order first (and used the coupons).
      await claimed.release();
      const stored = await store.orderById(check.orderId);
      if (stored) return { ok: true, order: stored, replay: true };
      throw err;
    }
    if (cart) {
      const closed = await store.updateCart(cart, {
        status: 'CHECKED_OUT',
        orderId: order._id,
        hold: null,
        updatedAt: order.placedAt,
      });
      if (!closed) logger.warn({ cartId: cart._id, orderId: order._id }, 'cart changed during checkout: left open');
      // Normally the order took the hold over already (this is then a replay); a backordered one did not.
      await holds.releaseHold(cart.hold, 'checked-out');
      if (!closed && cart.hold) await holds.forgetHold(cart._id, cart.hold.reservationId);
    }
    await deps.flush();
    logger.info(
      { orderId: order._id, number: order.number, fulfillmentOrders: routed.fulfillmentOrders.length },
      'order placed',
    );
    return { ok: true, order, replay: false };
  }

  return {
    placeOrder,
  };
}
