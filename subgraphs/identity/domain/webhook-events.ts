import { CatalogTopics, type InventoryChangedEvent } from '../../catalog/api';
import { FulfillmentTopics, type FulfillmentOrderChangedEvent, type OrderRoutedEvent } from '../../fulfillment/api';
import { OrderTopics, type OrderCancelledEvent, type OrderStatusChangedEvent } from '../../orders/api';
import type { SalesChannel } from '../../../platform/shared/commerce';
import { SCOPE_FOR, type WebhookEventType } from './webhooks';

/**
 * Which domain events partner webhooks carry, and to whom. Every topic is another subgraph's
 * public contract (named in its api.ts); a webhook's body is built here, field by field, so an
 * internal field added to an event never reaches a partner by accident.
 */
export const WEBHOOK_TOPICS = [
  OrderTopics.statusChanged,
  OrderTopics.cancelled,
  FulfillmentTopics.fulfillmentOrderChanged,
  FulfillmentTopics.orderRouted,
  CatalogTopics.inventoryChanged,
] as const;

/** One event as webhooks see it: its kind, who it concerns, and the body's `type` and `data`. */
export type Notice =
  | {
      event: 'ORDER_STATUS';
      eventId: string;
      type: string;
      channel: string;
      partnerId: string | null;
      data: Record<string, unknown>;
    }
  | {
      event: 'FULFILLMENT' | 'STOCK';
      eventId: string;
      type: string;
      locationIds: string[];
      data: Record<string, unknown>;
    };

type WithId<T> = T & { eventId?: string };

/** The notice for an event of `topic`, or null for a topic webhooks do not carry. */
export function noticeOf(topic: string, payload: unknown, busEventId: string): Notice | null {
  const eventId = (payload as { eventId?: unknown }).eventId;
  const id = typeof eventId === 'string' && eventId.length > 0 ? eventId : busEventId;
  switch (topic) {
    case OrderTopics.statusChanged: {
      const p = payload as WithId<OrderStatusChangedEvent>;
      if (p.channel === undefined) return null; // recorded before events named their channel
      const { orderId, channel, from, to, reason, at } = p;
      return {
        event: 'ORDER_STATUS',
        eventId: id,
        type: 'order.status_changed',
        channel,
        partnerId: p.partnerId ?? null,
        data: { orderId, channel, from, to, reason, at },
      };
    }
    case OrderTopics.cancelled: {
      const p = payload as WithId<OrderCancelledEvent>;
      if (p.channel === undefined) return null;
      const { orderId, channel, lineIds, whole, reason } = p;
      return {
        event: 'ORDER_STATUS',
        eventId: id,
        type: 'order.cancelled',
        channel,
        partnerId: p.partnerId ?? null,
        data: { orderId, channel, lineIds, whole, reason },
      };
    }
    case FulfillmentTopics.fulfillmentOrderChanged: {
      const { fulfillmentOrderId, orderId, locationId, from, to, action } = payload as FulfillmentOrderChangedEvent;
      return {
        event: 'FULFILLMENT',
        eventId: id,
        type: 'fulfillment_order.changed',
        locationIds: [locationId],
        data: { fulfillmentOrderId, orderId, locationId, from, to, action },
      };
    }
    case FulfillmentTopics.orderRouted: {
      const { orderId, locationIds } = payload as OrderRoutedEvent;
      // Each webhook gets only its own locations (bodyOf); fulfillment order ids are not per node here.
      return { event: 'FULFILLMENT', eventId: id, type: 'fulfillment_order.routed', locationIds, data: { orderId } };
    }
    case CatalogTopics.inventoryChanged: {
      const p = payload as InventoryChangedEvent;
      const { sku, locationId, onHand, available, committed, reserved, damaged, safetyStock, qualityControl } = p;
      return {
        event: 'STOCK',
        eventId: id,
        type: 'stock.changed',
        locationIds: [locationId],
        data: {
          sku,
          locationId,
          onHand,
          available,
          committed,
          reserved,
          damaged,
          safetyStock,
          qualityControl,
          sequence: p.sequence,
          updatedAt: p.updatedAt,
        },
      };
    }
    default:
      return null;
  }
}

/** What the receiver rule needs of a webhook and of its key (as they are now). */
export interface Recipient {
  webhook: { partnerId: string; events: readonly WebhookEventType[]; locationIds: readonly string[] };
  key: { partnerId: string; status: string; scopes: readonly string[]; channels: readonly SalesChannel[] };
}

/**
 * Whether a webhook receives `notice`: its key is active and still holds the event's scope; an
 * order event only for the key's partner's own orders in the key's channels (what the key may read
 * with `order(id)`); a fulfillment or stock event only at the webhook's locations.
 */
export function receives(notice: Notice, { webhook, key }: Recipient): boolean {
  if (key.status !== 'ACTIVE' || key.partnerId !== webhook.partnerId || !webhook.events.includes(notice.event)) {
    return false;
  }
  const scope = SCOPE_FOR[notice.event];
  if (scope && !key.scopes.includes(scope)) return false;
  if (notice.event === 'ORDER_STATUS') {
    return notice.partnerId === key.partnerId && (key.channels as readonly string[]).includes(notice.channel);
  }
  return notice.locationIds.some((l) => webhook.locationIds.includes(l));
}

/** The JSON body one webhook is sent for `notice` (the bytes that are signed). */
export function bodyOf(notice: Notice, webhook: Recipient['webhook'], createdAt: string): string {
  const data =
    notice.type === 'fulfillment_order.routed'
      ? {
          ...notice.data,
          locationIds: (notice as { locationIds: string[] }).locationIds.filter((l) => webhook.locationIds.includes(l)),
        }
      : notice.data;
  return JSON.stringify({ id: notice.eventId, type: notice.type, createdAt, data });
}
