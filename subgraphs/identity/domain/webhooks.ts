import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * Partner webhooks: what a registration may ask for, how a delivery is signed, when a failed one
 * is tried again. Pure rules (no store, no clock of their own); docs/api.md "Partner webhooks".
 */
export const WEBHOOK_EVENTS = ['ORDER_STATUS', 'FULFILLMENT', 'STOCK'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_LIMITS = {
  /** Webhooks one partner key may hold. */
  perKey: 5,
  /** Locations one webhook may watch (STOCK, FULFILLMENT). */
  locationIds: 50,
  urlLength: 2000,
  locationIdLength: 200,
  /** The most webhooks or deliveries one list call returns. */
  listMax: 100,
} as const;

/** The scope a key must hold for each kind of event; stock levels are public. */
export const SCOPE_FOR: Readonly<Record<WebhookEventType, string | null>> = {
  ORDER_STATUS: 'orders:read',
  FULFILLMENT: 'fulfillment:write',
  STOCK: null,
};

export interface WebhookSettings {
  url: string;
  events: WebhookEventType[];
  locationIds: string[];
}

export type SettingsCheck =
  { ok: true; settings: WebhookSettings } | { ok: false; field: 'url' | 'events' | 'locationIds'; message: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Addresses a webhook must never reach: private, loopback, link-local (cloud metadata), unspecified. */
export function internalAddress(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  if (isIP(h) === 4) {
    const [a, b] = h.split('.').map(Number) as [number, number];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (isIP(h) === 6) return h === '::' || h === '::1' || /^f[cd]/i.test(h) || /^fe[89ab]/i.test(h) || h.includes('.');
  return false;
}

/**
 * Whether `raw` may receive webhooks: an absolute `https` URL without credentials, or, when
 * `allowLoopback` (development and tests), `http`/`https` on localhost, 127.0.0.1 or [::1]. An IP
 * literal in a private, link-local or unspecified range is refused, so a registration cannot aim
 * the gateway's requests at the internal network by address.
 */
export function checkUrl(raw: string, allowLoopback: boolean): string | null {
  const value = raw.trim();
  if (value.length === 0 || value.length > WEBHOOK_LIMITS.urlLength) {
    return `url must be 1..${WEBHOOK_LIMITS.urlLength} characters`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'url must be an absolute URL';
  }
  if (url.username || url.password) return 'url must not carry credentials';
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (loopback) {
    if (!allowLoopback) return 'url must not point at this machine';
    return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'url must be http(s) on localhost';
  }
  if (url.protocol !== 'https:') return 'url must use https';
  if (internalAddress(url.hostname)) return 'url must not point at a private, link-local or unspecified address';
  return null;
}

/** A registration's settings, checked and normalised (trimmed URL, events and locations once each). */
export function checkSettings(
  input: { url: string; events: readonly string[]; locationIds?: readonly string[] | null },
  allowLoopback: boolean,
): SettingsCheck {
  const badUrl = checkUrl(input.url, allowLoopback);
  if (badUrl) return { ok: false, field: 'url', message: badUrl };
  const events = WEBHOOK_EVENTS.filter((e) => input.events.includes(e));
  if (events.length === 0 || events.length !== input.events.length) {
    return {
      ok: false,
      field: 'events',
      message: `events must name 1 to 3 of ${WEBHOOK_EVENTS.join(', ')}, each once`,
    };
  }
  const locationIds = [...new Set((input.locationIds ?? []).map((l) => l.trim()))];
  const byLocation = events.includes('STOCK') || events.includes('FULFILLMENT');
  if (byLocation && (locationIds.length === 0 || locationIds.length > WEBHOOK_LIMITS.locationIds)) {
    return {
      ok: false,
      field: 'locationIds',
      message: `STOCK and FULFILLMENT need 1 to ${WEBHOOK_LIMITS.locationIds} locationIds`,
    };
  }
  if (!byLocation && locationIds.length > 0) {
    return { ok: false, field: 'locationIds', message: 'locationIds are only for STOCK and FULFILLMENT' };
  }
  if (locationIds.some((l) => l.length === 0 || l.length > WEBHOOK_LIMITS.locationIdLength)) {
    return {
      ok: false,
      field: 'locationIds',
      message: `each location id must be 1..${WEBHOOK_LIMITS.locationIdLength} characters`,
    };
  }
  return { ok: true, settings: { url: input.url.trim(), events, locationIds } };
}

/** How failed deliveries are retried (config: WEBHOOK_RETRY_BASE_MS, WEBHOOK_RETRY_MAX_MS, WEBHOOK_MAX_ATTEMPTS). */
export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

/**
 * What follows failed attempt number `attempts` (1 for the first): the wait before the next
 * (base, 2 × base, 4 × base, … capped at `maxMs`), or `dead` once `maxAttempts` were made.
 */
export function afterFailure(attempts: number, policy: RetryPolicy): { dead: true } | { dead: false; waitMs: number } {
  if (attempts >= policy.maxAttempts) return { dead: true };
  const waitMs = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempts - 1, 40));
  return { dead: false, waitMs };
}

/**
 * The `X-Webhook-Signature` header of `body` sent at `timestamp` (unix seconds): Stripe's scheme,
 * `t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>.<body>" with the webhook's secret>`. The
 * timestamp is signed too, so a receiver that refuses old timestamps refuses replays.
 */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${v1}`;
}

/** A new signing secret: `whsec_` + 32 random bytes, base64url. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * Signing secrets must be readable to sign (unlike key secrets, which are only compared), so they
 * are stored sealed with AES-256-GCM under a key derived from the internal secret: a copy of the
 * collection alone does not let anyone sign as the gateway.
 */
export function secretKey(internalSecret: string): Buffer {
  return createHash('sha256').update(`webhook-secrets\n${internalSecret}`, 'utf8').digest();
}

export function sealSecret(key: Buffer, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), sealed]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** The secret `sealed` holds, or null when it was sealed under another key (or is damaged). */
export function openSecret(key: Buffer, sealed: string): string | null {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** A delivery's id: one per (webhook, event), so an event delivered twice on the bus is recorded once. */
export function deliveryId(webhookId: string, eventId: string): string {
  return `whd_${createHash('sha256').update(`${webhookId}\n${eventId}`, 'utf8').digest('hex').slice(0, 32)}`;
}
