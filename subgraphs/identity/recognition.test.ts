import { recordingBus } from '../../test/support/bus';
import type { Principal } from '../../platform/auth/principal';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import { recognitionKey, signRecognitionToken } from './domain/recognition-token';
import { IdentityTopics } from './events';
import type { RedeemedTokenDoc } from './model';
import { createIdentityService } from './service';
import { COLLECTIONS, createIdentityStore } from './store';

/** Recognition's use cases on the in-memory engine: single use under races, refusals, events, purge. */
let clock = new Date('2026-11-01T12:00:00.000Z');
const KEY = recognitionKey('recognition-test-internal-secret');
const KIOSK: Principal = { kind: 'device', deviceId: 'kiosk_1', locationId: 'loc_store_05' };
const ORDERS: Principal = { kind: 'service', service: 'orders' };

async function setup() {
  const docs = createMemoryStore();
  const { bus, published } = recordingBus();
  const store = createIdentityStore(docs);
  await store.init();
  const service = createIdentityService(store, bus, () => clock, silentLogger, { key: KEY, ttlSeconds: 120 });
  const alice = await service.register({
    firstName: 'Alice',
    lastName: 'Martin',
    identifiers: [{ type: 'LOYALTY_CARD', value: 'LC-1234567' }],
    source: 'APP',
  });
  if (!alice.ok) throw new Error(alice.message);
  published.length = 0;
  const redeemed = () => docs.collection<RedeemedTokenDoc>(COLLECTIONS.redeemedTokens).findAll({});
  return { service, published, redeemed, aliceId: alice.customer._id, close: () => bus.close() };
}

let s: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  clock = new Date('2026-11-01T12:00:00.000Z');
  s = await setup();
});
afterEach(() => s.close());

const issue = async (customerId = s.aliceId) => {
  const issued = await s.service.issueRecognitionToken(customerId);
  if (!issued.ok) throw new Error(issued.message);
  return issued;
};
const recognised = (customerId: string, via = 'QR_TOKEN') => ({ ok: true, customer: { _id: customerId }, via });

describe('recognition', () => {
  it('a token is issued for a profile that exists, valid for the TTL', async () => {
    expect(await issue()).toMatchObject({ expiresAt: '2026-11-01T12:02:00.000Z' });
    expect(await s.service.issueRecognitionToken('cus_nobody')).toMatchObject({ ok: false, code: 'UNKNOWN_CUSTOMER' });
    expect(s.published).toEqual([]);
  });

  it('a token recognises once: the redemption is recorded with its expiry and published with the location', async () => {
    const { token } = await issue();
    expect(await s.service.recognizeShopper({ token }, KIOSK)).toMatchObject(recognised(s.aliceId));
    expect(await s.service.recognizeShopper({ token }, KIOSK)).toEqual({
      ok: false,
      code: 'ALREADY_USED',
      message: 'the token was already used',
    });
    expect(await s.redeemed()).toEqual([
      expect.objectContaining({
        customerId: s.aliceId,
        expiresAt: '2026-11-01T12:02:00.000Z',
        by: 'device:kiosk_1@loc_store_05',
      }),
    ]);
    expect(s.published).toEqual([
      {
        topic: IdentityTopics.shopperRecognised,
        payload: { customerId: s.aliceId, via: 'QR_TOKEN', locationId: 'loc_store_05' },
      },
    ]);
  });

  it('20 concurrent redemptions of one token: exactly one recognises, one event', async () => {
    const { token } = await issue();
    const callers = Array.from({ length: 20 }, (_, i): Principal => ({
      kind: 'device',
      deviceId: `pos_${i}`,
      locationId: 'loc_store_01',
    }));
    const outcomes = await Promise.all(
      callers.map((c, i) => s.service.recognizeShopper({ token, idempotencyKey: `k${i}` }, c)),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok && o.code === 'ALREADY_USED')).toHaveLength(19);
    expect(await s.redeemed()).toHaveLength(1);
    expect(s.published).toHaveLength(1);
  });

  it('the same caller under the same idempotency key gets the same answer again, and nothing is published twice', async () => {
    const { token } = await issue();
    const first = await s.service.recognizeShopper({ token, idempotencyKey: 'scan-1' }, ORDERS);
    expect(first).toMatchObject({ ...recognised(s.aliceId), replay: false });
    expect(await s.service.recognizeShopper({ token, idempotencyKey: 'scan-1' }, ORDERS)).toMatchObject({
      ...recognised(s.aliceId),
      replay: true,
    });
    // Another key, no key, or another caller with the same key: the token is used.
    for (const [input, caller] of [
      [{ token, idempotencyKey: 'scan-2' }, ORDERS],
      [{ token }, ORDERS],
      [{ token, idempotencyKey: 'scan-1' }, KIOSK],
    ] as const) {
      expect(await s.service.recognizeShopper(input, caller)).toMatchObject({ ok: false, code: 'ALREADY_USED' });
    }
    expect(s.published).toEqual([
      {
        topic: IdentityTopics.shopperRecognised,
        payload: { customerId: s.aliceId, via: 'QR_TOKEN', locationId: null },
      },
    ]);
  });

  it('a malformed idempotency key is BAD_USER_INPUT and uses nothing up', async () => {
    const { token } = await issue();
    for (const idempotencyKey of ['', '   ', 'k'.repeat(201)]) {
      await expect(s.service.recognizeShopper({ token, idempotencyKey }, KIOSK)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'idempotencyKey' },
      });
    }
    expect(await s.redeemed()).toEqual([]);
  });

  it('an expired token is EXPIRED_TOKEN and a token naming no profile UNKNOWN_CUSTOMER; neither is used up', async () => {
    const { token } = await issue();
    clock = new Date(clock.getTime() + 120_000);
    expect(await s.service.recognizeShopper({ token }, KIOSK)).toMatchObject({ ok: false, code: 'EXPIRED_TOKEN' });
    const orphan = await signRecognitionToken(KEY, 'cus_gone', 60, clock);
    expect(await s.service.recognizeShopper({ token: orphan.token }, KIOSK)).toMatchObject({
      ok: false,
      code: 'UNKNOWN_CUSTOMER',
    });
    expect(await s.redeemed()).toEqual([]);
    expect(s.published).toEqual([]);
  });

  it.each<[string, Record<string, string | null>, string]>([
    ['neither a token nor a card', {}, 'INVALID_REQUEST'],
    ['both nulls', { token: null, loyaltyCard: null }, 'INVALID_REQUEST'],
    ['both a token and a card', { token: 'x', loyaltyCard: 'LC-1234567' }, 'INVALID_REQUEST'],
    ['a malformed card', { loyaltyCard: 'L!' }, 'INVALID_REQUEST'],
    ['an empty card', { loyaltyCard: '' }, 'INVALID_REQUEST'],
    ['an empty token', { token: '' }, 'INVALID_TOKEN'],
    ['an oversized token', { token: 'x'.repeat(1025) }, 'INVALID_TOKEN'],
    [
      'a token from another key',
      { token: 'eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo' },
      'INVALID_TOKEN',
    ],
    ['an unknown card', { loyaltyCard: 'LC-0000000' }, 'UNKNOWN_CUSTOMER'],
  ])('%s: refused, publishes nothing', async (_case, input, code) => {
    expect(await s.service.recognizeShopper(input, KIOSK)).toMatchObject({ ok: false, code });
    expect(s.published).toEqual([]);
  });

  it('a loyalty card recognises every time, normalised, and says so in the event', async () => {
    for (const loyaltyCard of ['LC-1234567', ' lc-1234567 ']) {
      expect(await s.service.recognizeShopper({ loyaltyCard }, KIOSK)).toMatchObject(
        recognised(s.aliceId, 'LOYALTY_CARD'),
      );
    }
    expect(s.published.map((e) => e.payload)).toEqual([
      { customerId: s.aliceId, via: 'LOYALTY_CARD', locationId: 'loc_store_05' },
      { customerId: s.aliceId, via: 'LOYALTY_CARD', locationId: 'loc_store_05' },
    ]);
  });

  it('redemptions are purged a while after their token expired, and the token stays refused', async () => {
    const early = await issue();
    clock = new Date(clock.getTime() + 60_000);
    const late = await issue();
    for (const { token } of [early, late]) await s.service.recognizeShopper({ token }, KIOSK);
    expect(await s.redeemed()).toHaveLength(2);
    clock = new Date('2026-11-01T12:06:59.000Z'); // early expired 12:02, late 12:03: margins not over
    expect(await s.service.purgeRedeemedTokens()).toBe(0);
    clock = new Date('2026-11-01T12:07:30.000Z');
    expect(await s.service.purgeRedeemedTokens()).toBe(1);
    expect((await s.redeemed()).map((d) => d.expiresAt)).toEqual(['2026-11-01T12:03:00.000Z']);
    expect(await s.service.recognizeShopper({ token: early.token }, KIOSK)).toMatchObject({ code: 'EXPIRED_TOKEN' });
  });
});
