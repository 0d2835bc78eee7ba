import type { Logger } from '../../platform/logger';
import { DuplicateKeyError } from '../../platform/store/port';
import type { CatalogApi } from '../catalog/api';
import type { FulfillmentApi } from '../fulfillment/api';
import { buildOrder, checkPlacement, type PlaceOrderInput } from './domain/placement';
import { OrderTopics, type OrderPlacedEvent } from './events';
import type { CartDoc, OrderDoc } from './model';
import type { OrdersStore } from './store';

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
    | 'STOCK_CHANGED';
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
  emit: <T>(topic: string, payload: T) => Promise<void>;
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
export function createPlacementUseCase(deps: PlacementDeps) {
  const { store, catalog, fulfillment, now, logger, emit } = deps;

  /**
   * `cart`: the cart checked out (its lines are `input.lines`); it is closed as CHECKED_OUT once the
   * order is stored, unless it changed meanwhile (then it stays open with what was added: nothing
   * the shopper put in it is lost).
   */
  async function placeOrder(
    input: PlaceOrderInput,
    cart?: Pick<CartDoc, '_id' | 'revision' | 'status' | 'orderId'> | null,
  ): Promise<PlacementOutcome> {
    const check = checkPlacement(input);
    if (!check.ok) return fail(check.code, check.message, check.field);
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

    const routed = await fulfillment.routeOrder({
      orderId: check.orderId,
      channel: input.channel,
      destination: input.destination ?? null,
      lines: check.lines.map((l) => ({ ...l })),
      idempotencyKey: `place:${check.orderId}`,
    });
    if (!routed.ok) {
      const code = ROUTING_CODES.has(routed.code) ? (routed.code as PlacementFailure['code']) : 'INVALID_ORDER';
      return fail(code, routed.message, null, routed.shortLines);
    }
    const order = {
      ...buildOrder(
        input,
        check,
        prices,
        [...currencies][0] ?? 'EUR',
        await store.nextOrderNumber(),
        now().toISOString(),
      ),
      placementHash: check.requestHash,
    };
    // Lines waiting for stock: the order is PENDING until fulfillment routes its backorder.
    if (routed.backorder) order.status = 'PENDING';
    order.statusHistory = [{ status: order.status, at: order.placedAt, reason: 'placed' }];
    try {
      await store.insertOrder(order);
    } catch (err) {
      if (!(err instanceof DuplicateKeyError)) throw err;
      // The same request, placed concurrently: it stored the order first.
      const stored = await store.orderById(check.orderId);
      if (stored) return { ok: true, order: stored, replay: true };
      throw err;
    }
    if (cart) {
      const closed = await store.updateCart(cart, {
        status: 'CHECKED_OUT',
        orderId: order._id,
        updatedAt: order.placedAt,
      });
      if (!closed) logger.warn({ cartId: cart._id, orderId: order._id }, 'cart changed during checkout: left open');
    }
    await emit<OrderPlacedEvent>(OrderTopics.orderPlaced, {
      orderId: order._id,
      channel: order.channel,
      customerId: order.customerId,
      total: order.total,
      currencyCode: order.currencyCode,
      fulfillmentOrderIds: routed.fulfillmentOrders.map((f) => f.id),
    });
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
