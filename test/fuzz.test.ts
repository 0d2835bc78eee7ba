import fc from 'fast-check';
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import type { Principal } from '../platform/auth/principal';
import { DEMO_PARTNER_KEYS } from '../subgraphs/identity/demo';
import { hashSecret } from '../subgraphs/identity/domain/partner-keys';
import { demoScenario } from '../subgraphs/seed';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, postGraphQL } from './support/http';
import { corrupt, randomOperation, type ValuePools } from './support/operations';

/**
 * Random operations generated from the gateway's own schema (valid in shape, random in values,
 * real ids mixed with junk), and the same operations corrupted, sent over HTTP under every kind
 * of principal: the gateway never answers 5xx or an unexpected (masked) error, never returns a
 * shopper's e-mail, phone or identifier to an anonymous caller or a partner, and stays within its
 * memory. Sized for CI (about 2,500 requests); the seed is printed on failure by fast-check.
 */
const PRINCIPALS: Principal[] = [
  { kind: 'anonymous' },
  { kind: 'customer', customerId: 'cus_000001' },
  { kind: 'associate', userId: 'emp_1', locationId: 'loc_store_01' },
  { kind: 'device', deviceId: 'kiosk_1', locationId: 'loc_store_02' },
  { kind: 'partner', partnerId: 'partner_marketplace_01', scopes: ['orders:read'] },
  // The demo marketplace key: sent as the key itself (its contract and budget apply).
  { kind: 'partner', partnerId: 'partner_marketplace_01', scopes: ['orders:read'], keyId: 'pk_demomarketplace1' },
  { kind: 'service', service: 'checkout' },
  { kind: 'operator', userId: 'ops_1' },
];

let gw: EmbeddedGateway;
let schema: GraphQLSchema;
let pools: ValuePools;
/** Every e-mail, phone and identifier value of the demo shoppers: none may reach an outsider. */
let personalData: RegExp;
/** Callers with no right to any shopper's personal data. */
const OUTSIDERS = new Set(['anonymous', 'partner']);

beforeAll(async () => {
  gw = await startEmbeddedGateway();
  const intro = await postGraphQL<IntrospectionQuery>(gw.url, getIntrospectionQuery());
  schema = buildClientSchema(intro.body.data!);
  const s = demoScenario(42);
  pools = {
    ids: [
      ...s.products.slice(0, 5).map((p) => p.id),
      ...s.variants.slice(0, 5).map((v) => v.sku),
      ...s.locations.slice(0, 5).map((l) => l.id),
      ...s.customers.slice(0, 5).map((c) => c.id),
      ...s.orders.slice(0, 5).map((o) => o.id),
      ...s.campaigns.slice(0, 3).map((c) => c.id),
    ],
    strings: [...s.orders.slice(0, 3).map((o) => o.number), 'merino', 'lc-2785568321', 'jade@example.com'],
  };
  const values = s.customers.flatMap((c) => [c.email, c.phone, ...c.identifiers.map((i) => i.value)]);
  const escaped = [...new Set(values.filter((v): v is string => !!v && v.length >= 6))].map((v) =>
    v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  personalData = new RegExp(escaped.join('|'));
});
afterAll(() => gw.stop());

function headers(p: Principal): Record<string, string> {
  const key = p.kind === 'partner' && p.keyId ? DEMO_PARTNER_KEYS.find((k) => k.id === p.keyId) : undefined;
  return key ? { authorization: `Bearer ${key.key}` } : bearer(p);
}

/** A partner key's secret or its stored hash: no answer to anyone may ever hold one. */
const keyMaterial = new RegExp(DEMO_PARTNER_KEYS.flatMap((k) => [k.secret, hashSecret(k.secret)]).join('|'));

async function sendAndCheck(query: string, principal: Principal): Promise<void> {
  const res = await postGraphQL(gw.url, query, undefined, headers(principal));
  if (res.status >= 500 || (res.body.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
    throw new Error(`${res.status} for ${principal.kind}: ${query}\n${res.text.slice(0, 500)}`);
  }
  const secret = keyMaterial.exec(res.text);
  if (secret) throw new Error(`partner key material returned to ${principal.kind}: ${query}`);
  const leak = OUTSIDERS.has(principal.kind) ? personalData.exec(res.text) : null;
  if (leak) throw new Error(`personal data "${leak[0]}" returned to ${principal.kind}: ${query}`);
}

describe('fuzzing the gateway with generated operations', () => {
  it('valid-shaped operations with random values: no 5xx, no unexpected error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.gen(), fc.constantFrom(...PRINCIPALS), async (g, principal) => {
        await sendAndCheck(randomOperation(g, schema, pools), principal);
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('corrupted operations: a request error, never a server error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.gen(), fc.constantFrom(...PRINCIPALS), async (g, principal) => {
        await sendAndCheck(corrupt(g, randomOperation(g, schema, pools)), principal);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('stays within bounded memory and healthy afterwards', async () => {
    expect(process.memoryUsage().heapUsed).toBeLessThan(1.5 * 1024 ** 3);
    expect((await fetch(gw.url.replace('/graphql', '/healthz'))).status).toBe(200);
  });
});
