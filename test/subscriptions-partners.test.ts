import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, postGraphQL } from './support/http';

/**
 * Partner keys on the subscription socket: a key opens it like an HTTP request (same checks), its
 * field contract and safelist apply to every subscription, and revoking the key closes its open
 * sockets at once (4403) while other connections keep their streams.
 */
const OPS: Principal = { kind: 'operator', userId: 'ops_ws' };
const STOCK = `subscription { stockChanged(skus: ["SKU-0001-41-FOR"], locationIds: ["loc_store_01"]) { kind sequence levels { available } } }`;

async function issueKey(gw: EmbeddedGateway, fields: string[]): Promise<{ id: string; secret: string }> {
  const res = await postGraphQL<{ createPartnerKey: { secret: string; key: { id: string } } }>(
    gw.url,
    `mutation($input: CreatePartnerKeyInput!) { createPartnerKey(input: $input) {
      ... on IssuedPartnerKey { secret key { id } } ... on PartnerKeyError { code message } } }`,
    {
      input: {
        partnerId: 'partner_marketplace_01',
        name: `ws-${Date.now()}`,
        scopes: ['orders:read'],
        channels: ['MARKETPLACE'],
        fields,
        rateBudget: { maximumAvailable: 5000, restoreRate: 250 },
      },
    },
    bearer(OPS),
  );
  const issued = res.body.data?.createPartnerKey;
  if (!issued?.secret) throw new Error(JSON.stringify(res.body));
  return { id: issued.key.id, secret: issued.secret };
}

function socket(gw: EmbeddedGateway, authorization: string, closed: (code: number) => void): Client {
  return createClient({
    url: gw.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization },
    on: { closed: (e) => closed((e as { code: number }).code) },
  });
}

async function first(c: Client, query: string) {
  const it = c.iterate({ query });
  try {
    const m = await it.next();
    return m.value;
  } finally {
    void it.return?.();
  }
}

describe('with the partner safelist on', () => {
  let gw: EmbeddedGateway;
  beforeAll(async () => {
    gw = await startEmbeddedGateway();
  });
  afterAll(() => gw.stop());

  it('a partner subscription that is not on its safelist is refused', async () => {
    const key = await issueKey(gw, ['Subscription.stockChanged', 'StockUpdate.*', 'InventoryLevel.*']);
    const c = socket(gw, `Bearer ${key.secret}`, () => undefined);
    try {
      const answer = await first(c, STOCK).catch((e: unknown) => e);
      expect(JSON.stringify(answer)).toContain('OPERATION_NOT_SAFELISTED');
    } finally {
      await c.dispose();
    }
  });
});

describe('with the safelist off', () => {
  let gw: EmbeddedGateway;
  beforeAll(async () => {
    gw = await startEmbeddedGateway({ partnerSafelist: false });
  });
  afterAll(() => gw.stop());

  it('a field outside the key’s contract is refused', async () => {
    const key = await issueKey(gw, ['Subscription.stockChanged', 'StockUpdate.kind', 'StockUpdate.sequence']);
    const c = socket(gw, `Bearer ${key.secret}`, () => undefined);
    try {
      const answer = await first(c, STOCK).catch((e: unknown) => e);
      expect(JSON.stringify(answer)).toContain('FIELD_NOT_IN_CONTRACT');
    } finally {
      await c.dispose();
    }
  });

  it('revoking a key closes its open socket with 4403 at once; another key’s stream goes on', async () => {
    const fields = ['Subscription.stockChanged', 'StockUpdate.*', 'InventoryLevel.*'];
    const [revoked, kept] = [await issueKey(gw, fields), await issueKey(gw, fields)];
    let closedWith: number | null = null;
    const c = socket(gw, `Bearer ${revoked.secret}`, (code) => (closedWith = code));
    const other = socket(gw, `Bearer ${kept.secret}`, () => undefined);
    try {
      // One subscription open on each socket while the key is revoked.
      const stream = c.iterate({ query: STOCK });
      expect((await stream.next()).value).toMatchObject({ data: { stockChanged: { kind: 'SNAPSHOT' } } });
      const otherStream = other.iterate({ query: STOCK });
      await otherStream.next();
      const res = await postGraphQL<{ revokePartnerKey: { __typename: string } }>(
        gw.url,
        `mutation { revokePartnerKey(id: "${revoked.id}") { __typename } }`,
        undefined,
        bearer(OPS),
      );
      expect(res.body.errors).toBeUndefined();
      const deadline = Date.now() + 5000;
      while (closedWith === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(closedWith).toBe(4403);
      // The other key's socket still answers.
      expect(await first(other, STOCK)).toMatchObject({ data: { stockChanged: { kind: 'SNAPSHOT' } } });
      void otherStream.return?.();
    } finally {
      await c.dispose();
      await other.dispose();
    }
  });
});
