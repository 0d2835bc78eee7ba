import { DuplicateKeyError, type DocumentStore } from '../../platform/store/port';
import type { WebhookEventType } from './domain/webhooks';
import type { WebhookDeliveryDoc, WebhookDeliveryStatus, WebhookDoc } from './model';

/**
 * Persistence of partner webhooks and their deliveries (identity's `webhooks` and
 * `webhookDeliveries` collections). Every change of a delivery is a compare-and-set on what it
 * was read as, so sweepers on several instances, and an operator's replay, never overwrite each
 * other.
 */
export function createWebhookStore(store: DocumentStore, names: { webhooks: string; webhookDeliveries: string }) {
  const webhooks = store.collection<WebhookDoc>(names.webhooks);
  const deliveries = store.collection<WebhookDeliveryDoc>(names.webhookDeliveries);

  return {
    async init(): Promise<void> {
      await webhooks.createIndex({ fields: ['keyId', 'slot'], unique: true });
      await webhooks.createIndex({ fields: ['partnerId'] });
      await webhooks.createIndex({ fields: ['locationIds'] });
      await deliveries.createIndex({ fields: ['status', 'nextAttemptAt'] });
      await deliveries.createIndex({ fields: ['webhookId'] });
    },

    /** Inserts a webhook; false when its key's slot is taken (a concurrent registration). */
    async insertWebhook(doc: WebhookDoc): Promise<boolean> {
      try {
        await webhooks.insertOne(doc);
        return true;
      } catch (err) {
        if (err instanceof DuplicateKeyError) return false;
        throw err;
      }
    },
    webhookById: (id: string) => webhooks.findById(id),
    webhooksByIds: (ids: readonly string[]) => webhooks.findByIds(ids),
    webhooksOfKey: (keyId: string) => webhooks.findAll({ keyId }, { sort: { field: 'slot', direction: 1 } }),
    /** Webhooks, oldest first, of one key or all of them. */
    listWebhooks: (keyId: string | null, limit: number) =>
      webhooks.findAll(keyId ? { keyId } : {}, { sort: { field: 'createdAt', direction: 1 }, limit }),
    /** The webhooks asking for `event` of partner `partnerId` (order events) or at one of `locationIds`. */
    webhooksFor: (event: WebhookEventType, by: { partnerId: string } | { locationIds: readonly string[] }) =>
      webhooks.findAll(
        'partnerId' in by
          ? { partnerId: by.partnerId, events: event }
          : { locationIds: { $in: [...by.locationIds] }, events: event },
      ),
    deleteWebhook: (id: string) => webhooks.deleteOne({ _id: id }),

    /** Records a delivery; false when it exists already (the same event for the same webhook). */
    async insertDelivery(doc: WebhookDeliveryDoc): Promise<boolean> {
      try {
        await deliveries.insertOne(doc);
        return true;
      } catch (err) {
        if (err instanceof DuplicateKeyError) return false;
        throw err;
      }
    },
    deliveryById: (id: string) => deliveries.findById(id),
    /** Pending deliveries due at `now`, most overdue first. */
    dueDeliveries: (now: string, limit: number) =>
      deliveries.findAll(
        { status: 'PENDING', nextAttemptAt: { $lte: now } },
        { sort: { field: 'nextAttemptAt', direction: 1 }, limit },
      ),
    /** Deliveries, most recently changed first, optionally of one status and one webhook. */
    listDeliveries: (filter: { status?: WebhookDeliveryStatus; webhookId?: string }, limit: number) =>
      deliveries.findAll(filter, { sort: { field: 'updatedAt', direction: -1 }, limit }),
    /**
     * Applies `set` to delivery `current` only while it is still as read (status, attempts, due
     * time); null when someone else changed it first.
     */
    changeDelivery: (current: WebhookDeliveryDoc, set: Partial<WebhookDeliveryDoc>) =>
      deliveries.updateOne(
        {
          _id: current._id,
          status: current.status,
          attempts: current.attempts,
          nextAttemptAt: current.nextAttemptAt,
        },
        { $set: set },
      ),
    deleteDelivery: (id: string) => deliveries.deleteOne({ _id: id }),
    /** Deletes up to `limit` deliveries of `status` last changed before `before`; how many. */
    async purgeDeliveries(status: WebhookDeliveryStatus, before: string, limit: number): Promise<number> {
      const old = await deliveries.findAll({ status, updatedAt: { $lt: before } }, { limit });
      await Promise.all(old.map((d) => deliveries.deleteOne({ _id: d._id })));
      return old.length;
    },
    /** Deletes a deleted webhook's deliveries still waiting (at most `limit`). */
    async dropPending(webhookId: string, limit: number): Promise<number> {
      const pending = await deliveries.findAll({ webhookId, status: 'PENDING' }, { limit });
      await Promise.all(pending.map((d) => deliveries.deleteOne({ _id: d._id, status: 'PENDING' })));
      return pending.length;
    },
  };
}

export type WebhookStore = ReturnType<typeof createWebhookStore>;
