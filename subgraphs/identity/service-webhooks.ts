import { randomBytes, randomUUID } from 'node:crypto';
import type { Principal } from '../../platform/auth/principal';
import type { Logger } from '../../platform/logger';
import type { FulfillmentApi } from '../fulfillment/api';
import { isInternal } from '../access';
import {
  checkSettings,
  deliveryId,
  newWebhookSecret,
  sealSecret,
  SCOPE_FOR,
  WEBHOOK_LIMITS,
  type WebhookEventType,
} from './domain/webhooks';
import type { PartnerKeyDoc, WebhookDeliveryDoc, WebhookDeliveryStatus, WebhookDoc } from './model';
import type { IdentityStore } from './store';

/** Expected failures of the webhook use cases; each changes nothing. */
export type WebhookFailure = {
  ok: false;
  code:
    | 'INVALID_WEBHOOK_INPUT'
    | 'WEBHOOK_LIMIT_REACHED'
    | 'WEBHOOK_NOT_FOUND'
    | 'WEBHOOK_DELIVERY_NOT_FOUND'
    | 'PARTNER_KEY_NOT_FOUND'
    | 'PARTNER_KEY_REVOKED'
    | 'SCOPE_NOT_GRANTED'
    | 'LOCATION_NOT_OPERATED'
    | 'CONCURRENT_CHANGE';
  message: string;
  field: string | null;
};

export interface RegisterWebhookInput {
  /** The key the webhook belongs to: a partner's own (may be omitted), any key for operators. */
  keyId?: string | null;
  url: string;
  events: readonly WebhookEventType[];
  locationIds?: readonly string[] | null;
}

export interface WebhookUseCaseDeps {
  store: IdentityStore;
  fulfillment: Pick<FulfillmentApi, 'listNetwork'>;
  now: () => Date;
  logger: Logger;
  /** The key signing secrets are sealed with (domain/webhooks.ts `secretKey`). */
  sealKey: Buffer;
  /** Whether webhooks may point at localhost (development and tests; WEBHOOK_ALLOW_LOOPBACK). */
  allowLoopback: boolean;
}

const fail = (code: WebhookFailure['code'], message: string, field: string | null = null): WebhookFailure => ({
  ok: false,
  code,
  message,
  field,
});

/** The one rule of ownership: operators and services any webhook; a partner key only its own. */
export function ownsWebhook(principal: Principal, webhook: Pick<WebhookDoc, 'keyId'>): boolean {
  return isInternal(principal) || (principal.kind === 'partner' && principal.keyId === webhook.keyId);
}

/**
 * Partner webhooks: registered per partner key by the partner itself (with that key) or an
 * operator; listed, deleted and pinged by their owner; deliveries viewed and replayed by operators.
 * A webhook someone may not touch is answered exactly like a missing one.
 */
export function createWebhookUseCases(deps: WebhookUseCaseDeps) {
  const { store, now, logger } = deps;

  async function ownWebhook(principal: Principal, id: string) {
    const webhook = await store.webhookById(id);
    if (!webhook || !ownsWebhook(principal, webhook)) return fail('WEBHOOK_NOT_FOUND', `webhook ${id} not found`, 'id');
    return { ok: true as const, webhook };
  }

  /** Why `key` may not receive `events` at `locationIds`, or null. */
  async function refusal(key: PartnerKeyDoc, events: WebhookEventType[], locationIds: string[]) {
    const missing = events.find((e) => SCOPE_FOR[e] && !key.scopes.includes(SCOPE_FOR[e]));
    if (missing) {
      return fail('SCOPE_NOT_GRANTED', `${missing} needs the key to hold ${SCOPE_FOR[missing]}`, 'events');
    }
    if (events.includes('FULFILLMENT')) {
      const operated = new Set(
        (await deps.fulfillment.listNetwork()).filter((n) => n.operatorPartnerId === key.partnerId).map((n) => n.id),
      );
      const foreign = locationIds.filter((l) => !operated.has(l));
      if (foreign.length > 0) {
        return fail(
          'LOCATION_NOT_OPERATED',
          `FULFILLMENT is only for locations the partner operates, not ${foreign.slice(0, 5).join(', ')}`,
          'locationIds',
        );
      }
    }
    return null;
  }

  async function enqueue(webhook: WebhookDoc, eventId: string, type: string, body: string) {
    const at = now().toISOString();
    const doc: WebhookDeliveryDoc = {
      _id: deliveryId(webhook._id, eventId),
      webhookId: webhook._id,
      keyId: webhook.keyId,
      partnerId: webhook.partnerId,
      eventId,
      type,
      body,
      status: 'PENDING',
      attempts: 0,
      nextAttemptAt: at,
      lastAttemptAt: null,
      lastStatusCode: null,
      lastError: null,
      createdAt: at,
      updatedAt: at,
      deliveredAt: null,
    };
    return (await store.insertDelivery(doc)) ? doc : null;
  }

  return {
    /** Registers a webhook; the answer holds its signing secret, shown this once. */
    async registerWebhook(principal: Principal, input: RegisterWebhookInput, by: string) {
      const keyId = principal.kind === 'partner' ? (input.keyId ?? principal.keyId) : input.keyId;
      if (!keyId) return fail('INVALID_WEBHOOK_INPUT', 'keyId names the partner key the webhook belongs to', 'keyId');
      const key = await store.partnerKeyById(keyId);
      // A partner registers only for the key it called with; another key is answered like a missing one.
      if (!key || (principal.kind === 'partner' && principal.keyId !== keyId)) {
        return fail('PARTNER_KEY_NOT_FOUND', `partner key ${keyId} not found`, 'keyId');
      }
      if (key.status !== 'ACTIVE') return fail('PARTNER_KEY_REVOKED', `partner key ${keyId} is revoked`, 'keyId');
      const check = checkSettings(input, deps.allowLoopback);
      if (!check.ok) return fail('INVALID_WEBHOOK_INPUT', check.message, check.field);
      const { settings } = check;
      const refused = await refusal(key, settings.events, settings.locationIds);
      if (refused) return refused;
      const secret = newWebhookSecret();
      for (let attempt = 0; attempt < 3; attempt++) {
        const taken = new Set((await store.webhooksOfKey(key._id)).map((w) => w.slot));
        const slot = Array.from({ length: WEBHOOK_LIMITS.perKey }, (_, i) => i + 1).find((s) => !taken.has(s));
        if (slot === undefined) {
          return fail('WEBHOOK_LIMIT_REACHED', `a key holds at most ${WEBHOOK_LIMITS.perKey} webhooks`, 'keyId');
        }
        const webhook: WebhookDoc = {
          _id: `wh_${randomBytes(8).toString('hex')}`,
          keyId: key._id,
          partnerId: key.partnerId,
          slot,
          ...settings,
          secret: sealSecret(deps.sealKey, secret),
          createdAt: now().toISOString(),
          createdBy: by,
        };
        if (await store.insertWebhook(webhook)) {
          logger.info({ webhookId: webhook._id, keyId: key._id, events: settings.events, by }, 'webhook registered');
          return { ok: true as const, webhook, secret };
        }
      }
      return fail('CONCURRENT_CHANGE', 'webhooks of this key changed meanwhile; retry', 'keyId');
    },

    /** A partner's own key's webhooks; an operator's of one key or of all (oldest first). */
    async webhooks(principal: Principal, keyId: string | null, first: number): Promise<WebhookDoc[]> {
      if (principal.kind === 'partner') {
        return keyId && keyId !== principal.keyId ? [] : store.listWebhooks(principal.keyId!, first);
      }
      return isInternal(principal) ? store.listWebhooks(keyId, first) : [];
    },

    /** Deletes a webhook and the deliveries still waiting for it. */
    async deleteWebhook(principal: Principal, id: string, by: string) {
      const own = await ownWebhook(principal, id);
      if (!own.ok) return own;
      await store.deleteWebhook(id);
      await store.dropPending(id, 10_000);
      logger.info({ webhookId: id, keyId: own.webhook.keyId, by }, 'webhook deleted');
      return own;
    },

    /** Queues a `webhook.ping` delivery, for a partner to check its receiver and signature code. */
    async pingWebhook(principal: Principal, id: string) {
      const own = await ownWebhook(principal, id);
      if (!own.ok) return own;
      const eventId = `ping_${randomUUID()}`;
      const body = JSON.stringify({
        id: eventId,
        type: 'webhook.ping',
        createdAt: now().toISOString(),
        data: { webhookId: id },
      });
      const delivery = await enqueue(own.webhook, eventId, 'webhook.ping', body);
      return delivery ? { ok: true as const, delivery } : fail('CONCURRENT_CHANGE', 'retry the ping', 'id');
    },

    /** Records `body` for `webhook` once per event id (an event seen twice is one delivery). */
    enqueue,

    /** Operators' view: deliveries, most recently changed first (DEAD: the dead letters). */
    webhookDeliveries: (filter: { status?: WebhookDeliveryStatus; webhookId?: string }, first: number) =>
      store.listDeliveries(filter, first),

    /**
     * Sends a dead (or delivered) delivery again: back to PENDING, due now, attempts from 0. A
     * pending one is answered as it is (it is already due or on its way).
     */
    async replayWebhookDelivery(id: string, by: string) {
      for (let attempt = 0; attempt < 3; attempt++) {
        const delivery = await store.deliveryById(id);
        if (!delivery) return fail('WEBHOOK_DELIVERY_NOT_FOUND', `webhook delivery ${id} not found`, 'id');
        if (delivery.status === 'PENDING') return { ok: true as const, delivery };
        const at = now().toISOString();
        const replayed = await store.changeDelivery(delivery, {
          status: 'PENDING',
          attempts: 0,
          nextAttemptAt: at,
          lastError: null,
          lastStatusCode: null,
          updatedAt: at,
        });
        if (replayed) {
          logger.info(
            { deliveryId: id, webhookId: delivery.webhookId, from: delivery.status, by },
            'webhook delivery replayed',
          );
          return { ok: true as const, delivery: replayed };
        }
      }
      return fail('CONCURRENT_CHANGE', `webhook delivery ${id} changed meanwhile; retry`, 'id');
    },
  };
}

export type WebhookUseCases = ReturnType<typeof createWebhookUseCases>;
