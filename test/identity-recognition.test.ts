import type { Principal } from '../platform/auth/principal';
import type { BusEvent } from '../platform/bus/port';
import { loadConfig } from '../platform/config';
import { IdentityTopics, type ShopperRecognisedEvent } from '../subgraphs/identity/api';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, errorCodes, postGraphQL } from './support/http';

/**
 * In-store recognition through the gateway: a signed-in shopper's QR token, redeemed once by store
 * staff or devices (or internal callers); everyone else refused; the token is no credential.
 */
const SHOPPER: Principal = { kind: 'customer', customerId: 'cus_000001' };
const ASSOCIATE: Principal = { kind: 'associate', userId: 'emp_17', locationId: 'loc_store_01' };
const KIOSK: Principal = { kind: 'device', deviceId: 'kiosk_7', locationId: 'loc_store_02' };
const PARTNER: Principal = { kind: 'partner', partnerId: 'partner_marketplace_01', scopes: ['customers:read'] };
const SERVICE: Principal = { kind: 'service', service: 'orders' };
const OPERATOR: Principal = { kind: 'operator', userId: 'ops_1' };
const ANON: Principal = { kind: 'anonymous' };
const TTL = 30;

const ISSUE = `mutation Issue { issueRecognitionToken {
  __typename ... on RecognitionToken { token expiresAt } ... on RecognitionError { code message } } }`;
const RECOGNIZE = `mutation Recognize($input: RecognizeShopperInput!) { recognizeShopper(input: $input) {
  __typename ... on RecognizedShopper { via customer { id displayName } } ... on RecognitionError { code message } } }`;

type Answer = {
  __typename: string;
  token?: string;
  expiresAt?: string;
  code?: string;
  via?: string;
  customer?: { id: string };
};

let gw: EmbeddedGateway;
const events: ShopperRecognisedEvent[] = [];
let unsubscribe: () => Promise<void>;
beforeAll(async () => {
  gw = await startEmbeddedGateway({ recognitionTokenTtlSeconds: TTL, partnerSafelist: false });
  unsubscribe = await gw.infrastructure!.bus.subscribe<ShopperRecognisedEvent>(
    IdentityTopics.shopperRecognised,
    (e: BusEvent<ShopperRecognisedEvent>) => events.push(e.payload),
  );
});
afterAll(async () => {
  await unsubscribe();
  await gw.stop();
});

async function issue(as: Principal = SHOPPER) {
  const res = await postGraphQL<{ issueRecognitionToken: Answer | null }>(gw.url, ISSUE, {}, bearer(as));
  return { res, answer: res.body.data?.issueRecognitionToken ?? null };
}
async function token(): Promise<string> {
  const { answer } = await issue();
  if (answer?.__typename !== 'RecognitionToken') throw new Error(JSON.stringify(answer));
  return answer.token!;
}
async function recognize(as: Principal, input: Record<string, unknown>) {
  const res = await postGraphQL<{ recognizeShopper: Answer | null }>(gw.url, RECOGNIZE, { input }, bearer(as));
  return { res, answer: res.body.data?.recognizeShopper ?? null };
}

describe('issueRecognitionToken', () => {
  it('gives the signed-in shopper a compact token that lives RECOGNITION_TOKEN_TTL_S', async () => {
    const before = Date.now();
    const { answer } = await issue();
    expect(answer).toMatchObject({ __typename: 'RecognitionToken' });
    expect(answer!.token!.length).toBeLessThan(300);
    const lifetime = Date.parse(answer!.expiresAt!) - before;
    expect(lifetime).toBeGreaterThan((TTL - 2) * 1000);
    expect(lifetime).toBeLessThanOrEqual((TTL + 1) * 1000);
  });

  it.each<[string, Principal, string]>([
    ['an anonymous caller', ANON, 'UNAUTHENTICATED'],
    ['an associate', ASSOCIATE, 'FORBIDDEN'],
    ['a kiosk', KIOSK, 'FORBIDDEN'],
    ['a partner', PARTNER, 'FORBIDDEN'],
    ['a service', SERVICE, 'FORBIDDEN'],
    ['an operator', OPERATOR, 'FORBIDDEN'],
  ])('is refused to %s', async (_who, as, code) => {
    const { res, answer } = await issue(as);
    expect(answer).toBeNull();
    expect(errorCodes(res)).toEqual([code]);
  });

  it('is no credential: presented as a bearer token it is 401', async () => {
    const res = await postGraphQL(gw.url, '{ me { id } }', undefined, { authorization: `Bearer ${await token()}` });
    expect(res.status).toBe(401);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('recognizeShopper', () => {
  it('store staff redeem a token once; the event names their store', async () => {
    const t = await token();
    events.length = 0;
    const { answer } = await recognize(ASSOCIATE, { token: t });
    expect(answer).toMatchObject({ __typename: 'RecognizedShopper', via: 'QR_TOKEN', customer: { id: 'cus_000001' } });
    expect((await recognize(ASSOCIATE, { token: t })).answer).toMatchObject({ code: 'ALREADY_USED' });
    expect((await recognize(KIOSK, { token: t })).answer).toMatchObject({ code: 'ALREADY_USED' });
    expect(events).toEqual([{ customerId: 'cus_000001', via: 'QR_TOKEN', locationId: 'loc_store_01' }]);
  });

  it.each<[string, Principal, string | null]>([
    ['a kiosk', KIOSK, 'loc_store_02'],
    ['a service', SERVICE, null],
    ['an operator', OPERATOR, null],
  ])('%s may redeem too', async (_who, as, locationId) => {
    const t = await token();
    events.length = 0;
    expect((await recognize(as, { token: t })).answer).toMatchObject({ __typename: 'RecognizedShopper' });
    expect(events).toEqual([{ customerId: 'cus_000001', via: 'QR_TOKEN', locationId }]);
  });

  it.each<[string, Principal, string]>([
    ['the shopper themself', SHOPPER, 'FORBIDDEN'],
    ['another customer', { kind: 'customer', customerId: 'cus_000002' }, 'FORBIDDEN'],
    ['a partner, even holding customers:read', PARTNER, 'FORBIDDEN'],
    ['an anonymous caller', ANON, 'UNAUTHENTICATED'],
  ])('is refused to %s, and the refusal uses nothing up', async (_who, as, code) => {
    const t = await token();
    for (const input of [{ token: t }, { loyaltyCard: 'lc-2785568321' }]) {
      const { res, answer } = await recognize(as, input);
      expect(answer).toBeNull();
      expect(errorCodes(res)).toEqual([code]);
    }
    expect((await recognize(ASSOCIATE, { token: t })).answer).toMatchObject({ __typename: 'RecognizedShopper' });
  });

  it('20 concurrent redemptions of one token through the gateway: exactly one recognises', async () => {
    const t = await token();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        recognize({ kind: 'device', deviceId: `pos_${i}`, locationId: 'loc_store_01' }, { token: t }),
      ),
    );
    const types = answers.map((a) => a.answer?.__typename ?? a.answer?.code);
    expect(types.filter((x) => x === 'RecognizedShopper')).toHaveLength(1);
    expect(answers.filter((a) => a.answer?.code === 'ALREADY_USED')).toHaveLength(19);
  });

  it('a loyalty card recognises (normalised); typed refusals for the rest', async () => {
    expect((await recognize(KIOSK, { loyaltyCard: ' lc-2785568321 ' })).answer).toMatchObject({
      __typename: 'RecognizedShopper',
      via: 'LOYALTY_CARD',
    });
    const cases: [Record<string, unknown>, string][] = [
      [{ loyaltyCard: 'LC-0000000001' }, 'UNKNOWN_CUSTOMER'],
      [{ loyaltyCard: '#' }, 'INVALID_REQUEST'],
      [{}, 'INVALID_REQUEST'],
      [{ token: 'x', loyaltyCard: 'LC-0000000001' }, 'INVALID_REQUEST'],
      [{ token: 'x'.repeat(1025) }, 'INVALID_TOKEN'],
      [{ token: bearer(SHOPPER).authorization!.slice(7) }, 'INVALID_TOKEN'],
    ];
    for (const [input, code] of cases) {
      expect((await recognize(KIOSK, input)).answer).toEqual({
        __typename: 'RecognitionError',
        code,
        message: expect.any(String),
      });
    }
    const bad = await recognize(KIOSK, { loyaltyCard: 'LC-0000000001', idempotencyKey: '' });
    expect(errorCodes(bad.res)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('RECOGNITION_TOKEN_TTL_S', () => {
  it('defaults to 120 s and accepts 10 to 3600', () => {
    expect(loadConfig({}).recognitionTokenTtlSeconds).toBe(120);
    expect(loadConfig({ RECOGNITION_TOKEN_TTL_S: '10' }).recognitionTokenTtlSeconds).toBe(10);
    expect(loadConfig({ RECOGNITION_TOKEN_TTL_S: '3600' }).recognitionTokenTtlSeconds).toBe(3600);
    for (const bad of ['9', '3601', 'soon', '1.5']) {
      expect(() => loadConfig({ RECOGNITION_TOKEN_TTL_S: bad })).toThrow('RECOGNITION_TOKEN_TTL_S');
    }
  });
});
