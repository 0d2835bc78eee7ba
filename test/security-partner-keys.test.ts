import type { Principal } from '../platform/auth/principal';
import { DEMO_PARTNER_KEYS } from '../subgraphs/identity/demo';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, errorCodes, OPERATOR, postGraphQL, type GraphQLResponse } from './support/http';

/**
 * Partner keys through the gateway: only operators (and internal services) manage them; a key
 * authenticates its partner on every request, bounded by its field contract, its channels and its
 * own rate budget; an update, a rotation or a revocation holds from the very next request. The
 * safelist is off in this gateway so that the contract itself is what refuses (the docs test and
 * test/security-safelist.test.ts run keys and JWTs with it on).
 */
let gw: EmbeddedGateway;
beforeAll(async () => {
  gw = await startEmbeddedGateway({ partnerSafelist: false });
});
afterAll(() => gw.stop());

const MARKET = 'partner_marketplace_01';
const DEMO = DEMO_PARTNER_KEYS.find((k) => k.id === 'pk_demomarketplace1')!;
const withKey = (key: string) => ({ authorization: `Bearer ${key}` });

const CREATE = `mutation($input: CreatePartnerKeyInput!) {
  createPartnerKey(input: $input) {
    __typename
    ... on IssuedPartnerKey { secret key { id status } }
    ... on PartnerKeyError { code field message }
  }
}`;
const ROTATE = `mutation($id: ID!, $grace: Int) {
  rotatePartnerKey(id: $id, graceSeconds: $grace) { __typename ... on IssuedPartnerKey { secret } ... on PartnerKeyError { code } }
}`;
const REVOKE = `mutation($id: ID!) { revokePartnerKey(id: $id) { __typename ... on PartnerKey { status } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePartnerKeyInput!) {
  updatePartnerKey(id: $id, input: $input) { __typename ... on PartnerKey { id } ... on PartnerKeyError { code field } }
}`;
const LIST = `query($p: ID!) { partnerKeys(partnerId: $p, first: 100) { id status } }`;
const ORDER = `query($n: String!) { orderByNumber(number: $n) { number status } }`;

type Issued = { createPartnerKey: { __typename: string; secret?: string; key?: { id: string }; code?: string } };

async function createKey(over: Record<string, unknown> = {}): Promise<{ id: string; secret: string }> {
  const res = await postGraphQL<Issued>(
    gw.url,
    CREATE,
    {
      input: {
        partnerId: MARKET,
        name: 'test',
        scopes: ['orders:read'],
        channels: ['MARKETPLACE'],
        fields: ['Query.orderByNumber', 'Order.number', 'Order.status'],
        rateBudget: { maximumAvailable: 20000, restoreRate: 1000 },
        ...over,
      },
    },
    bearer(OPERATOR),
  );
  const issued = res.body.data?.createPartnerKey;
  if (issued?.__typename !== 'IssuedPartnerKey') throw new Error(JSON.stringify(res.body));
  return { id: issued.key!.id, secret: issued.secret! };
}

const readOrder = (key: string, query = ORDER) => postGraphQL(gw.url, query, { n: 'R100002' }, withKey(key));
async function keyCount(): Promise<number> {
  const res = await postGraphQL<{ partnerKeys: unknown[] }>(gw.url, LIST, { p: MARKET }, bearer(OPERATOR));
  return res.body.data!.partnerKeys.length;
}

describe('who may manage partner keys', () => {
  const principals: [string, Record<string, string>][] = [
    ['anonymous', {}],
    ['a customer', bearer({ kind: 'customer', customerId: 'cus_000001' })],
    ['a store associate', bearer({ kind: 'associate', userId: 'emp_1', locationId: 'loc_store_01' })],
    ['a kiosk', bearer({ kind: 'device', deviceId: 'kiosk_1', locationId: 'loc_store_05' })],
    [
      'a partner JWT claiming partners:manage',
      bearer({ kind: 'partner', partnerId: MARKET, scopes: ['partners:manage', 'orders:read'] } as Principal),
    ],
    ['a partner key', withKey(DEMO.key)],
  ];

  it('a key whose contract names every key field is still refused by scope: no partner holds partners:manage', async () => {
    const wide = await createKey({
      fields: [
        'Query.*',
        'Mutation.*',
        'PartnerKey.*',
        'IssuedPartnerKey.*',
        'PartnerKeyError.*',
        'PartnerCredential.*',
      ],
    });
    const before = await keyCount();
    for (const [field, query, variables] of [
      ['revokePartnerKey', REVOKE, { id: DEMO.id }],
      ['rotatePartnerKey', ROTATE, { id: DEMO.id, grace: 0 }],
      ['partnerKeys', LIST, { p: MARKET }],
    ] as const) {
      const res = await postGraphQL<Record<string, unknown>>(gw.url, query, variables, withKey(wide.secret));
      expect([field, res.body.data?.[field]]).toEqual([field, null]);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
    expect(await keyCount()).toBe(before);
    expect((await readOrder(DEMO.key)).status).toBe(200);
  });

  it.each(principals)(
    '%s cannot create, update, rotate, revoke or list keys; nothing changes',
    async (_who, headers) => {
      const before = await keyCount();
      const input = {
        partnerId: MARKET,
        name: 'x',
        scopes: ['orders:read'],
        channels: ['MARKETPLACE'],
        fields: ['Order.*'],
        rateBudget: { maximumAvailable: 1000, restoreRate: 10 },
      };
      const attempts: [string, string, Record<string, unknown>][] = [
        ['createPartnerKey', CREATE, { input }],
        ['updatePartnerKey', UPDATE, { id: DEMO.id, input: { fields: ['Order.*', 'Customer.*'] } }],
        ['rotatePartnerKey', ROTATE, { id: DEMO.id, grace: 0 }],
        ['revokePartnerKey', REVOKE, { id: DEMO.id }],
        ['partnerKeys', LIST, { p: MARKET }],
      ];
      for (const [field, query, variables] of attempts) {
        const res = await postGraphQL<Record<string, unknown>>(gw.url, query, variables, headers);
        // Refused by authorization (the field null), or for a key already by its contract (403, no data).
        expect([field, res.body.data?.[field] ?? null]).toEqual([field, null]);
        expect(errorCodes(res)[0]).toMatch(/^(UNAUTHENTICATED|FORBIDDEN|FIELD_NOT_IN_CONTRACT)$/);
      }
      expect(await keyCount()).toBe(before);
      // The demo key still opens with its original secret: neither rotated nor revoked.
      expect((await readOrder(DEMO.key)).body.errors).toBeUndefined();
    },
  );

  it('the internal credential lookup is for services only, not operators or partners', async () => {
    const query = `{ partnerCredential(keyId: "${DEMO.id}", secretHash: "${'0'.repeat(64)}") { partnerId } }`;
    for (const headers of [bearer(OPERATOR), withKey(DEMO.key), {}]) {
      const res = await postGraphQL<{ partnerCredential: unknown }>(gw.url, query, undefined, headers);
      expect(res.body.data?.partnerCredential ?? null).toBeNull();
      expect(errorCodes(res)[0]).toMatch(/^(UNAUTHENTICATED|FORBIDDEN|FIELD_NOT_IN_CONTRACT)$/);
    }
  });
});

describe('authenticating with a key', () => {
  it('a valid key reads its own marketplace order', async () => {
    const res = await readOrder(DEMO.key);
    expect(res.body).toMatchObject({ data: { orderByNumber: { number: 'R100002' } } });
  });

  it.each([
    ['a wrong secret', `${DEMO.key.slice(0, -1)}${DEMO.key.endsWith('A') ? 'B' : 'A'}`],
    ['an unknown key id', DEMO.key.replace(DEMO.id, 'pk_0000000000000000')],
    ['a truncated key', DEMO.key.slice(0, 30)],
    ['the bare prefix', 'cgk_'],
    ['an 8,000-character key', `cgk_${'x'.repeat(8_000)}`],
  ])('%s is the same 401, nothing runs', async (_case, key) => {
    const res = await readOrder(key);
    expect(res.status).toBe(401);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['UNAUTHENTICATED', 'invalid API key'],
    ]);
  });
});

describe('field contract', () => {
  it('fields in the contract run; any other is a 403 naming them, before anything runs', async () => {
    const { secret } = await createKey();
    expect((await readOrder(secret)).body).toMatchObject({ data: { orderByNumber: { number: 'R100002' } } });
    // Aliases and __typename of contracted fields are fine.
    const aliased = await readOrder(
      secret,
      'query($n: String!) { a: orderByNumber(number: $n) { __typename s: status } }',
    );
    expect(aliased.body.errors).toBeUndefined();

    const outside = await readOrder(
      secret,
      'query($n: String!) { orderByNumber(number: $n) { number ...F } } fragment F on Order { total { amount } customer { email } }',
    );
    expect(outside.status).toBe(403);
    expect(outside.body.data).toBeUndefined();
    expect(outside.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FIELD_NOT_IN_CONTRACT',
      fields: ['Customer.email', 'Money.amount', 'Order.customer', 'Order.total'],
    });
  });

  it('an update of the contract holds from the next request', async () => {
    const { id, secret } = await createKey();
    const updated = await postGraphQL(
      gw.url,
      UPDATE,
      { id, input: { fields: ['Query.orderByNumber', 'Order.number'] } },
      bearer(OPERATOR),
    );
    expect(updated.body.data).toEqual({ updatePartnerKey: { __typename: 'PartnerKey', id } });
    const res = await readOrder(secret);
    expect(res.status).toBe(403);
    expect(res.body.errors?.[0]?.extensions?.fields).toEqual(['Order.status']);
  });
});

describe('channels and tenancy', () => {
  it('a key without the marketplace channel sees the order exactly like a missing one', async () => {
    const { secret } = await createKey({ channels: ['WEB'] });
    const hidden = await readOrder(secret);
    const missing = await postGraphQL(gw.url, ORDER, { n: 'R999999' }, withKey(secret));
    expect(hidden.body.data).toEqual({ orderByNumber: null });
    expect(errorCodes(hidden)).toEqual(errorCodes(missing));
  });

  it("a key of another partner never sees the marketplace's orders", async () => {
    const res = await postGraphQL<Issued>(
      gw.url,
      CREATE,
      {
        input: {
          partnerId: 'partner_3pl_01',
          name: '3pl',
          scopes: ['orders:read'],
          channels: ['MARKETPLACE'],
          fields: ['Order.*'],
          rateBudget: { maximumAvailable: 1000, restoreRate: 10 },
        },
      },
      bearer(OPERATOR),
    );
    // The 3PL was never granted orders:read, so no key of it can hold it.
    expect(res.body.data?.createPartnerKey).toMatchObject({ __typename: 'PartnerKeyError', code: 'SCOPE_NOT_GRANTED' });
  });
});

describe('rate budget', () => {
  it("each key spends its own budget: THROTTLED with the key's throttleStatus, other keys unaffected", async () => {
    const small = await createKey({ rateBudget: { maximumAvailable: 100, restoreRate: 1 } });
    const other = await createKey();
    let last: GraphQLResponse | undefined;
    for (let i = 0; i < 200 && last?.status !== 429; i++) last = await readOrder(small.secret);
    expect(last?.status).toBe(429);
    expect(last?.body.errors?.[0]?.extensions).toMatchObject({
      code: 'THROTTLED',
      cost: { throttleStatus: { maximumAvailable: 100, restoreRate: 1 } },
    });
    const fresh = await readOrder(other.secret);
    expect(fresh.status).toBe(200);
    expect(fresh.body.extensions?.cost).toMatchObject({ throttleStatus: { maximumAvailable: 20000 } });
  });
});

describe('rotation and revocation', () => {
  it('rotation without grace: the old secret is refused at once, the new one works', async () => {
    const { id, secret } = await createKey();
    const res = await postGraphQL<{ rotatePartnerKey: { secret: string } }>(
      gw.url,
      ROTATE,
      { id, grace: 0 },
      bearer(OPERATOR),
    );
    const fresh = res.body.data!.rotatePartnerKey.secret;
    expect((await readOrder(secret)).status).toBe(401);
    expect((await readOrder(fresh)).status).toBe(200);
  });

  it('rotation with grace keeps both, revocation then stops both for the very next request', async () => {
    const { id, secret } = await createKey();
    const res = await postGraphQL<{ rotatePartnerKey: { secret: string } }>(
      gw.url,
      ROTATE,
      { id, grace: 3600 },
      bearer(OPERATOR),
    );
    const fresh = res.body.data!.rotatePartnerKey.secret;
    expect([(await readOrder(secret)).status, (await readOrder(fresh)).status]).toEqual([200, 200]);
    const revoked = await postGraphQL(gw.url, REVOKE, { id }, bearer(OPERATOR));
    expect(revoked.body.data).toEqual({ revokePartnerKey: { __typename: 'PartnerKey', status: 'REVOKED' } });
    expect([(await readOrder(secret)).status, (await readOrder(fresh)).status]).toEqual([401, 401]);
  });

  it('requests racing a revocation: every request sent after it returns is refused', async () => {
    const { id, secret } = await createKey();
    const inFlight = Array.from({ length: 20 }, () => readOrder(secret));
    const revoked = await postGraphQL(gw.url, REVOKE, { id }, bearer(OPERATOR));
    expect(revoked.body.errors).toBeUndefined();
    const after = await Promise.all(Array.from({ length: 20 }, () => readOrder(secret)));
    expect(after.map((r) => r.status)).toEqual(Array(20).fill(401));
    // Those sent before either ran in full or were refused: never a partial or a 5xx.
    for (const r of await Promise.all(inFlight)) expect([200, 401]).toContain(r.status);
  });
});

describe('bad input', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    [
      '10,000 contract fields',
      { fields: Array.from({ length: 10_000 }, (_, i) => `T.f${i}`) },
      'INVALID_PARTNER_KEY_INPUT',
      'fields',
    ],
    ['a 10,000-character name', { name: 'n'.repeat(10_000) }, 'INVALID_PARTNER_KEY_INPUT', 'name'],
    [
      'a budget of 10^9',
      { rateBudget: { maximumAvailable: 1_000_000_000, restoreRate: 1 } },
      'INVALID_PARTNER_KEY_INPUT',
      'rateBudget.maximumAvailable',
    ],
    ['an unknown partner', { partnerId: 'partner_nope' }, 'PARTNER_NOT_FOUND', 'partnerId'],
  ])('%s is a typed error that creates nothing', async (_case, over, code, field) => {
    const before = await keyCount();
    const res = await postGraphQL<Issued>(
      gw.url,
      CREATE,
      {
        input: {
          partnerId: MARKET,
          name: 'x',
          scopes: ['orders:read'],
          channels: ['MARKETPLACE'],
          fields: ['Order.*'],
          rateBudget: { maximumAvailable: 1000, restoreRate: 10 },
          ...over,
        },
      },
      bearer(OPERATOR),
    );
    expect(res.body.data?.createPartnerKey).toMatchObject({ __typename: 'PartnerKeyError', code, field });
    expect(await keyCount()).toBe(before);
  });

  it('first outside 1..100 is BAD_USER_INPUT', async () => {
    const res = await postGraphQL(
      gw.url,
      `{ partnerKeys(partnerId: "${MARKET}", first: 1000) { id } }`,
      undefined,
      bearer(OPERATOR),
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('rotating or revoking an unknown key is a typed error', async () => {
    const rotate = await postGraphQL(gw.url, ROTATE, { id: 'pk_0000000000000000', grace: 0 }, bearer(OPERATOR));
    expect(rotate.body.data).toEqual({
      rotatePartnerKey: { __typename: 'PartnerKeyError', code: 'PARTNER_KEY_NOT_FOUND' },
    });
  });
});
