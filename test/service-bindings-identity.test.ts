import { createMemoryBus } from '../platform/bus/memory';
import { testConfig } from '../platform/config';
import { silentLogger } from '../platform/logger';
import { createInfrastructure, type Infrastructure } from '../platform/runtime';
import { bindRemote } from '../platform/service-interface';
import { IDENTITY_API, type IdentityApi } from '../subgraphs/identity/api';
import { recognitionKey, signRecognitionToken } from '../subgraphs/identity/domain/recognition-token';
import { bindingsFrom, buildSubgraph, remoteBindings } from '../subgraphs/registry';
import { demoScenario, seedScenario } from '../subgraphs/seed';
import { createSubgraphServer, type SubgraphServer } from '../subgraphs/server';

/**
 * identity.recognizeShopper gives the same answers through both bindings: identity's own service
 * in-process, and its GraphQL API over real HTTP as `service:orders` (test/service-bindings.test.ts
 * covers the other operations). One store, one internal secret: a token either binding redeems is
 * used up for both.
 */
const config = testConfig({ host: '127.0.0.1', subgraphPort: 0, shutdownGraceMs: 500 });
const KEY = recognitionKey(config.internalSecret);
const CARD = 'lc-2785568321';
let infra: Infrastructure;
let server: SubgraphServer;
let url: string;
let local: IdentityApi;
let remote: IdentityApi;

beforeAll(async () => {
  infra = await createInfrastructure(config, silentLogger);
  await seedScenario(infra.store, demoScenario(42), ['identity']);
  server = createSubgraphServer('identity', config, { logger: silentLogger, infrastructure: infra });
  ({ url } = await server.start());
  const deps = { store: infra.store, bus: createMemoryBus(), logger: silentLogger };
  const built = {} as Parameters<typeof bindingsFrom>[0];
  const bindings = bindingsFrom(built);
  built.identity = buildSubgraph('identity', deps, bindings, { internalSecret: config.internalSecret });
  local = bindings.identity;
  remote = remoteBindings({ ...config, subgraphUrls: { ...config.subgraphUrls, identity: url } }, 'orders').identity;
});

afterAll(async () => {
  await server.stop();
  await infra.close();
});

const mint = async (customerId = 'cus_000001', at = new Date(), ttl = 60) =>
  (await signRecognitionToken(KEY, customerId, ttl, at)).token;

/** The same request through both bindings (each given its own token when `perBinding` makes one). */
async function both(perBinding: () => Promise<Parameters<IdentityApi['recognizeShopper']>[0]>) {
  const [a, b] = await Promise.all([
    perBinding().then((input) => local.recognizeShopper(input)),
    perBinding().then((input) => remote.recognizeShopper(input)),
  ]);
  expect(b).toEqual(a);
  return a;
}

describe('identity.recognizeShopper: in-process and over HTTP answer alike', () => {
  it('a fresh token recognises its shopper; redeemed through one binding, it is used for the other', async () => {
    expect(await both(async () => ({ token: await mint() }))).toEqual({
      ok: true,
      customerId: 'cus_000001',
      via: 'QR_TOKEN',
    });
    const [first, second] = [await mint(), await mint()];
    expect(await local.recognizeShopper({ token: first })).toMatchObject({ ok: true });
    expect(await remote.recognizeShopper({ token: second })).toMatchObject({ ok: true });
    const [a, b] = [await remote.recognizeShopper({ token: first }), await local.recognizeShopper({ token: second })];
    expect(a).toEqual({ ok: false, code: 'ALREADY_USED', message: 'the token was already used' });
    expect(b).toEqual(a);
  });

  it.each<[string, () => Promise<Parameters<IdentityApi['recognizeShopper']>[0]>, string]>([
    [
      'an expired token',
      async () => ({ token: await mint('cus_000001', new Date(Date.now() - 120_000)) }),
      'EXPIRED_TOKEN',
    ],
    ['a forged signature', async () => ({ token: `${(await mint()).slice(0, -6)}AAAAAA` }), 'INVALID_TOKEN'],
    ['an oversized token', async () => ({ token: 'x'.repeat(1025) }), 'INVALID_TOKEN'],
    ['a token naming no profile', async () => ({ token: await mint('cus_nobody') }), 'UNKNOWN_CUSTOMER'],
    ['an unknown card', async () => ({ loyaltyCard: 'LC-0000000001' }), 'UNKNOWN_CUSTOMER'],
    ['a malformed card', async () => ({ loyaltyCard: '#' }), 'INVALID_REQUEST'],
    ['neither', async () => ({}), 'INVALID_REQUEST'],
    ['both', async () => ({ token: await mint(), loyaltyCard: CARD }), 'INVALID_REQUEST'],
  ])('%s: the same refusal', async (_case, input, code) => {
    expect(await both(input)).toMatchObject({ ok: false, code });
  });

  it('a loyalty card: the same shopper, every time', async () => {
    const answer = await both(async () => ({ loyaltyCard: CARD }));
    expect(answer).toMatchObject({ ok: true, via: 'LOYALTY_CARD', customerId: expect.stringMatching(/^cus_/) });
  });

  it('a malformed idempotency key is BAD_USER_INPUT through both', async () => {
    const input = { loyaltyCard: CARD, idempotencyKey: '' };
    await expect(local.recognizeShopper(input)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await expect(remote.recognizeShopper(input)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('over HTTP, a retry after a lost answer replays the redemption instead of finding the token used', async () => {
    let lost = 0;
    const flaky: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      if (lost++ > 0) return res;
      await res.text(); // identity redeemed the token; its answer never arrives
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    };
    const binding = bindRemote(IDENTITY_API, {
      url,
      secret: config.internalSecret,
      caller: 'orders',
      timeoutMs: 5000,
      fetch: flaky,
    });
    const token = await mint();
    expect(await binding.recognizeShopper({ token })).toEqual({ ok: true, customerId: 'cus_000001', via: 'QR_TOKEN' });
    expect(lost).toBe(2);
    // A new call is a new redemption: the token is used.
    expect(await binding.recognizeShopper({ token })).toMatchObject({ ok: false, code: 'ALREADY_USED' });
  });
});
