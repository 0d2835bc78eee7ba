import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmbeddedGateway, type EmbeddedGateway } from './embedded';
import { bearer, OPERATOR, postGraphQL } from './http';

/**
 * Partner webhooks under test: an embedded gateway with short delivery intervals (retries take
 * milliseconds) and a real receiver (node:http on a free port) that records every request, and
 * answers per path what the test says.
 */
export const RETRY = { sweepMs: 20, timeoutMs: 2000, baseMs: 60, maxMs: 400, maxAttempts: 4, allowLoopback: true };
export const MARKET = 'partner_marketplace_01';
export const THREE_PL = 'partner_3pl_01';
/** A partner key's field contract for managing its webhooks. */
export const WEBHOOK_FIELDS = [
  'Query.webhooks',
  'Mutation.registerWebhook',
  'Mutation.deleteWebhook',
  'Mutation.pingWebhook',
  'Webhook.*',
  'RegisteredWebhook.*',
  'WebhookDelivery.*',
  'WebhookError.*',
];

export interface Hit {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export const withKey = (key: string) => ({ authorization: `Bearer ${key}` });
export const settle = (ms = 200) => new Promise((r) => setTimeout(r, ms));

export async function until<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  ms = 8000,
): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 15))) {
    const v = await probe();
    if (v) return v;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The receiver's check, written from the documented scheme (not the gateway's code). */
export function verify(hit: Hit, secret: string, toleranceS = 300): boolean {
  const header = String(hit.headers['x-webhook-signature'] ?? '');
  const t = /(?:^|,)t=(\d+)/.exec(header)?.[1];
  const v1 = /(?:^|,)v1=([0-9a-f]{64})/.exec(header)?.[1];
  if (!t || !v1 || Math.abs(Date.now() / 1000 - Number(t)) > toleranceS) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${hit.body}`).digest();
  return timingSafeEqual(expected, Buffer.from(v1, 'hex'));
}

const REGISTER = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) {
  __typename ... on RegisteredWebhook { secret webhook { id keyId url events locationIds } }
  ... on WebhookError { code field message } } }`;
export type Registered = {
  registerWebhook: {
    __typename: string;
    secret?: string;
    webhook?: { id: string; keyId: string };
    code?: string;
    field?: string;
  } | null;
};

const DELIVERIES = `query($s: WebhookDeliveryStatus, $w: ID) {
  webhookDeliveries(status: $s, webhookId: $w, first: 100) { id eventId type status attempts lastStatusCode lastError } }`;
export type Delivery = {
  id: string;
  eventId: string;
  type: string;
  status: string;
  attempts: number;
  lastError: string | null;
};

export function stockEvent(eventId: string, locationId: string) {
  return {
    eventId,
    sku: 'SKU-TEST',
    locationId,
    onHand: 5,
    available: 4,
    committed: 1,
    reserved: 0,
    damaged: 0,
    safetyStock: 0,
    qualityControl: 0,
    incoming: [],
    sequence: 9,
    updatedAt: new Date().toISOString(),
    cause: { type: 'ADJUST', sourceEventId: 'internal-ref' },
  };
}

/** Starts the gateway and the receiver before the file's tests and stops them after. */
export function webhookRig() {
  let gw: EmbeddedGateway;
  let server: Server;
  let base = '';
  const hits: Hit[] = [];
  /** What the receiver answers on a path (default 200), given how many requests that path had. */
  const answers = new Map<string, (count: number) => number>();

  beforeAll(async () => {
    gw = await startEmbeddedGateway({ partnerSafelist: false, webhooks: RETRY });
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        hits.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
        res.statusCode = (answers.get(path) ?? (() => 200))(hits.filter((h) => h.path === path).length);
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await gw?.stop();
    await new Promise((resolve) => server?.close(resolve));
  });

  const rig = {
    get gw() {
      return gw;
    },
    /** The receiver's base URL (`http://127.0.0.1:<port>`). */
    get base() {
      return base;
    },
    answers,
    hitsOn: (path: string) => hits.filter((h) => h.path === path),
    bus: () => gw.infrastructure!.bus,

    async createKey(partnerId: string, scopes: string[], channels = ['MARKETPLACE'], fields = WEBHOOK_FIELDS) {
      const res = await postGraphQL<{ createPartnerKey: { secret: string } }>(
        gw.url,
        `mutation($input: CreatePartnerKeyInput!) { createPartnerKey(input: $input) { ... on IssuedPartnerKey { secret } } }`,
        {
          input: {
            partnerId,
            name: 'webhooks',
            scopes,
            channels,
            fields,
            rateBudget: { maximumAvailable: 20000, restoreRate: 1000 },
          },
        },
        bearer(OPERATOR),
      );
      return res.body.data!.createPartnerKey.secret;
    },

    register: (headers: Record<string, string>, input: Record<string, unknown>) =>
      postGraphQL<Registered>(gw.url, REGISTER, { input }, headers),

    async registered(headers: Record<string, string>, input: Record<string, unknown>) {
      const r = (await rig.register(headers, input)).body.data?.registerWebhook;
      if (r?.__typename !== 'RegisteredWebhook') throw new Error(JSON.stringify(r));
      return { id: r.webhook!.id, keyId: r.webhook!.keyId, secret: r.secret! };
    },

    /** A webhook's deliveries as the operators' view lists them. */
    async deliveries(webhookId: string, status?: string) {
      const res = await postGraphQL<{ webhookDeliveries: Delivery[] }>(
        gw.url,
        DELIVERIES,
        { s: status, w: webhookId },
        bearer(OPERATOR),
      );
      return res.body.data!.webhookDeliveries;
    },
  };
  return rig;
}
