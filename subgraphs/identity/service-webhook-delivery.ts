import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { BusEvent, EventBus, Unsubscribe } from '../../platform/bus/port';
import type { Logger } from '../../platform/logger';
import { bodyOf, noticeOf, receives, WEBHOOK_TOPICS, type Notice } from './domain/webhook-events';
import { afterFailure, internalAddress, openSecret, signatureHeader, type RetryPolicy } from './domain/webhooks';
import type { WebhookDeliveryDoc, WebhookDoc } from './model';
import type { IdentityStore } from './store';
import type { WebhookUseCases } from './service-webhooks';

/** How webhooks are delivered (config: the WEBHOOK_* variables, README). */
export interface DeliverySettings extends RetryPolicy {
  /** How often due deliveries are looked for (ms). */
  sweepMs: number;
  /** How long one attempt may take before it counts as failed (ms). */
  timeoutMs: number;
  /** Whether webhooks may reach localhost (development and tests; off in production). */
  allowLoopback?: boolean;
}

export const DEFAULT_DELIVERY_SETTINGS: DeliverySettings = {
  sweepMs: 1000,
  timeoutMs: 5000,
  baseMs: 1000,
  maxMs: 3_600_000,
  maxAttempts: 15,
};

/** The consumer group every identity instance joins: each event is handled by one of them. */
export const WEBHOOK_GROUP = 'identity.webhooks';
/** Deliveries one sweep takes on, and how many it sends at once. */
const BATCH = 50;
const CONCURRENCY = 10;
/** Delivered deliveries are kept a week (a duplicate event within it is still recognised), dead ones 30 days. */
const KEEP_DELIVERED_MS = 7 * 86_400_000;
const KEEP_DEAD_MS = 30 * 86_400_000;

export interface DeliveryDeps {
  store: IdentityStore;
  bus: EventBus;
  webhooks: Pick<WebhookUseCases, 'enqueue'>;
  now: () => Date;
  logger: Logger;
  sealKey: Buffer;
  settings: DeliverySettings;
  /** The HTTP client (tests may wrap it); Node's fetch by default. */
  fetch?: typeof fetch;
  /** Resolves a host name to its addresses (tests may replace it); DNS by default. */
  lookup?: (host: string) => Promise<string[]>;
}

/** What one attempt ended with: a 2xx, or the status / error that makes it a failure. */
type Attempt = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/**
 * Delivery of partner webhooks, at least once: the domain events are consumed in one consumer
 * group (each handled by one instance, retried by the bus if recording fails), each recorded as a
 * delivery per receiving webhook (its id makes a duplicate event one delivery), and a sweeper on
 * every instance sends due deliveries, claiming each with a compare-and-set so one instance sends
 * it, and retries failures with exponential backoff until `maxAttempts`, then DEAD.
 */
export function createWebhookDelivery(deps: DeliveryDeps) {
  const { store, now, logger, settings } = deps;
  const send = deps.fetch ?? fetch;
  const lookup = deps.lookup ?? (async (host: string) => (await dnsLookup(host, { all: true })).map((a) => a.address));

  /**
   * Why `url` may not be posted to now: its host name resolves to an internal address (a name
   * registered as public that points inside the network). Loopback is allowed where registration
   * allows it (development and tests). Checked before every attempt, since DNS can change.
   */
  async function egressRefusal(url: string): Promise<string | null> {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) return null; // an IP literal was checked when the webhook was registered
    if (settings.allowLoopback && host === 'localhost') return null;
    let addresses: string[];
    try {
      addresses = await lookup(host);
    } catch (err) {
      return `cannot resolve ${host}: ${(err as { code?: string }).code ?? 'lookup failed'}`;
    }
    const internal = addresses.find((a) => internalAddress(a));
    return internal ? `${host} resolves to an internal address; not sent` : null;
  }
  const stopping = new AbortController();
  let consumers: Unsubscribe[] = [];

  async function recipients(notice: Notice): Promise<WebhookDoc[]> {
    if (notice.event === 'ORDER_STATUS' && !notice.partnerId) return []; // not a partner's order: no read
    const candidates =
      notice.event === 'ORDER_STATUS'
        ? await store.webhooksFor(notice.event, { partnerId: notice.partnerId! })
        : await store.webhooksFor(notice.event, { locationIds: notice.locationIds });
    if (candidates.length === 0) return [];
    const keys = await store.partnerKeysByIds([...new Set(candidates.map((w) => w.keyId))]);
    const keyOf = new Map(keys.filter((k) => k !== null).map((k) => [k._id, k]));
    return candidates.filter((w) => {
      const key = keyOf.get(w.keyId);
      return key !== undefined && receives(notice, { webhook: w, key });
    });
  }

  /** Records the deliveries one event makes (once per webhook, however often the event comes). */
  async function handle(event: BusEvent): Promise<void> {
    const notice = noticeOf(event.topic, event.payload, event.id);
    if (!notice) return;
    for (const webhook of await recipients(notice)) {
      await deps.webhooks.enqueue(webhook, notice.eventId, notice.type, bodyOf(notice, webhook, event.publishedAt));
    }
  }

  async function post(webhook: WebhookDoc, delivery: WebhookDeliveryDoc, secret: string): Promise<Attempt> {
    const timestamp = Math.floor(now().getTime() / 1000);
    const refusal = await egressRefusal(webhook.url);
    if (refusal) return { ok: false, status: null, error: refusal };
    try {
      const res = await send(webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'commerce-gateway-webhooks/1',
          'x-webhook-id': webhook._id,
          'x-webhook-event-id': delivery.eventId,
          'x-webhook-event-type': delivery.type,
          'x-webhook-signature': signatureHeader(secret, timestamp, delivery.body),
        },
        body: delivery.body,
        // A redirect is not followed (it could lead anywhere): it counts as a failed attempt.
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(settings.timeoutMs), stopping.signal]),
      });
      await res.body?.cancel().catch(() => undefined);
      return res.status >= 200 && res.status < 300
        ? { ok: true, status: res.status }
        : { ok: false, status: res.status, error: `HTTP ${res.status}` };
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      const reason = e.name === 'TimeoutError' ? `timed out after ${settings.timeoutMs} ms` : (e.cause?.code ?? e.name);
      return { ok: false, status: null, error: String(reason).slice(0, 200) };
    }
  }

  /** One attempt of one due delivery, if this instance wins its claim. */
  async function attempt(due: WebhookDeliveryDoc): Promise<void> {
    const at = now();
    const attempts = due.attempts + 1;
    // The claim: while the attempt runs, the delivery is due again only after the attempt's
    // timeout (an instance that dies mid-attempt leaves it to another).
    const claimed = await store.changeDelivery(due, {
      attempts,
      nextAttemptAt: new Date(at.getTime() + settings.timeoutMs + 1000).toISOString(),
      lastAttemptAt: at.toISOString(),
      updatedAt: at.toISOString(),
    });
    if (!claimed) return;
    const [webhook, key] = await Promise.all([store.webhookById(due.webhookId), store.partnerKeyById(due.keyId)]);
    if (!webhook) {
      await store.deleteDelivery(due._id); // deleted meanwhile: nobody to send it to
      return;
    }
    const secret = openSecret(deps.sealKey, webhook.secret);
    const result: Attempt =
      key?.status !== 'ACTIVE'
        ? { ok: false, status: null, error: 'partner key revoked' }
        : !secret
          ? { ok: false, status: null, error: 'signing secret unreadable (INTERNAL_SECRET changed?)' }
          : await post(webhook, claimed, secret);
    const done = now().toISOString();
    const next = result.ok ? null : afterFailure(attempts, settings);
    const final = result.ok || next?.dead || key?.status !== 'ACTIVE';
    const changed = await store.changeDelivery(claimed, {
      status: result.ok ? 'DELIVERED' : final ? 'DEAD' : 'PENDING',
      nextAttemptAt:
        next && !next.dead && !final ? new Date(now().getTime() + next.waitMs).toISOString() : claimed.nextAttemptAt,
      lastStatusCode: result.status,
      lastError: result.ok ? null : result.error,
      deliveredAt: result.ok ? done : claimed.deliveredAt,
      updatedAt: done,
    });
    if (!result.ok) {
      const log = { deliveryId: due._id, webhookId: webhook._id, attempts, error: result.error };
      if (final) logger.warn(log, 'webhook delivery dead');
      else logger.debug(log, 'webhook delivery failed; will retry');
    }
    if (!changed) logger.debug({ deliveryId: due._id }, 'webhook delivery changed during its attempt (a replay)');
  }

  return {
    /** Joins the consumer group of every topic webhooks carry. */
    async start(): Promise<void> {
      consumers = await Promise.all(
        WEBHOOK_TOPICS.map((topic) => deps.bus.consume(topic, { group: WEBHOOK_GROUP }, handle)),
      );
    },
    async stop(): Promise<void> {
      stopping.abort();
      await Promise.all(consumers.map((stop) => stop()));
      consumers = [];
    },
    handle,

    /** Sends what is due (a batch, a few at a time) and forgets old finished deliveries. */
    async sweep(): Promise<void> {
      const due = await store.dueDeliveries(now().toISOString(), BATCH);
      for (let i = 0; i < due.length && !stopping.signal.aborted; i += CONCURRENCY) {
        await Promise.all(due.slice(i, i + CONCURRENCY).map(attempt));
      }
      const t = now().getTime();
      await store.purgeDeliveries('DELIVERED', new Date(t - KEEP_DELIVERED_MS).toISOString(), BATCH);
      await store.purgeDeliveries('DEAD', new Date(t - KEEP_DEAD_MS).toISOString(), BATCH);
    },
  };
}
