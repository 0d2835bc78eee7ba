import { notFound } from '../../platform/errors';
import type { Fanout } from '../../platform/live/fanout';
import { liveStream, type LiveStream, type StreamMessage } from '../../platform/live/stream';
import { requireKey } from '../../platform/validation';
import { FulfillmentTopics } from '../fulfillment/api';
import { OrderTopics } from './events';
import type { OrderDoc } from './model';
import type { OrdersStore } from './store';

/** The latest orders a customer's subscription starts with (newest first). */
export const CUSTOMER_ORDERS_SNAPSHOT = 20;

/** The event a CHANGE message follows (the schema's `OrderChangeCause`). */
export type OrderChangeCause = 'PLACED' | 'STATUS_CHANGED' | 'CANCELLED' | 'FULFILLMENT_ORDER_CHANGED' | 'ROUTED';

/** One event about one order, as a stream queues it; the order itself is read when the message is sent. */
export interface OrderChange {
  orderId: string;
  cause: OrderChangeCause;
}

export type OrderStream = LiveStream<OrderDoc, OrderChange>;
export type OrderMessage = StreamMessage<OrderDoc, OrderChange>;
export type CustomerOrdersStream = LiveStream<OrderDoc[], OrderChange>;
export type CustomerOrdersMessage = StreamMessage<OrderDoc[], OrderChange>;

/** What every order event carries: its order and, on orders' own events, the order's customer. */
interface OrderEvent {
  orderId: string;
  /** Absent on events recorded before events named their customer. */
  customerId?: string | null;
}

/** One order's progress: its own status and cancellations, and fulfillment's steps and routings of it. */
const ORDER_PROGRESS: readonly (readonly [string, OrderChangeCause])[] = [
  [OrderTopics.statusChanged, 'STATUS_CHANGED'],
  [OrderTopics.cancelled, 'CANCELLED'],
  [FulfillmentTopics.fulfillmentOrderChanged, 'FULFILLMENT_ORDER_CHANGED'],
  [FulfillmentTopics.orderRouted, 'ROUTED'],
];

/** A customer's orders: placed, moved, or cut down (orders' own events, which name the customer). */
const CUSTOMER_ORDERS: readonly (readonly [string, OrderChangeCause])[] = [
  [OrderTopics.orderPlaced, 'PLACED'],
  [OrderTopics.statusChanged, 'STATUS_CHANGED'],
  [OrderTopics.cancelled, 'CANCELLED'],
];

/**
 * Live orders: an order's status and fulfillment progress, and a customer's own orders, from
 * orders' and fulfillment's events (one bus subscription per topic per process, shared by every
 * stream: `fanout`). A stream queues which order changed and why; the order is read again for each
 * message, so every CHANGE shows it as it is then.
 */
export function createLiveUseCases({ store, fanout }: { store: OrdersStore; fanout: Fanout }) {
  /** Listens to every topic of `watched`; returns how to stop listening to all of them. */
  async function listenAll(
    watched: readonly (readonly [string, OrderChangeCause])[],
    listener: (change: OrderChange, event: OrderEvent) => void,
    gap: () => void,
  ): Promise<() => Promise<void>> {
    const stops = await Promise.all(
      watched.map(([topic, cause]) =>
        fanout.listen<OrderEvent>(topic, (event) => listener({ orderId: event.orderId, cause }, event), gap),
      ),
    );
    return async () => {
      await Promise.all(stops.map((stop) => stop()));
    };
  }

  return {
    /**
     * One order's stream, for a caller that `mayRead` it: an unknown order and one the caller may
     * not read are both NOT_FOUND (nothing tells them apart), a blank id BAD_USER_INPUT.
     */
    async watchOrder(orderId: string, mayRead: (order: OrderDoc) => boolean): Promise<OrderStream> {
      const id = requireKey(orderId, 'orderId');
      const order = await store.orderById(id);
      if (!order || !mayRead(order)) throw notFound('Order', orderId);
      return liveStream<OrderDoc, OrderChange>({
        listen: (push, gap) =>
          listenAll(
            ORDER_PROGRESS,
            (change) => {
              if (change.orderId === id) push(change);
            },
            gap,
          ),
        snapshot: async () => (await store.orderById(id)) ?? Promise.reject(notFound('Order', id)),
      });
    },

    /** The stream of `customerId`'s own orders: their latest ones, then each one that changes. */
    watchCustomerOrders(customerId: string): CustomerOrdersStream {
      const stream: CustomerOrdersStream = liveStream<OrderDoc[], OrderChange>({
        listen: (push, gap) =>
          listenAll(
            CUSTOMER_ORDERS,
            (change, event) => {
              // An event that does not say whose order it is: a fresh snapshot is right whatever it was.
              if (event.customerId === undefined) stream.resnapshot();
              else if (event.customerId === customerId) push(change);
            },
            gap,
          ),
        snapshot: async () => (await store.ordersPage({ customerId }, CUSTOMER_ORDERS_SNAPSHOT)).items,
      });
      return stream;
    },

    /** An order as it is now (a CHANGE message's), bypassing every cache. */
    orderNow: (orderId: string) => store.orderById(orderId),
  };
}

export type OrdersLive = ReturnType<typeof createLiveUseCases>;
