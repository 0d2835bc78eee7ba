import { createHmac } from 'node:crypto';
import {
  afterFailure,
  checkSettings,
  checkUrl,
  deliveryId,
  openSecret,
  sealSecret,
  secretKey,
  signatureHeader,
  WEBHOOK_LIMITS,
} from './webhooks';

describe('checkUrl', () => {
  it.each([
    ['https://hooks.partner.example/commerce', true, null],
    ['https://hooks.partner.example:8443/a?b=c', false, null],
    ['http://localhost:4100/hook', true, null],
    ['http://127.0.0.1:4100/hook', true, null],
    ['https://[::1]/hook', true, null],
    ['http://localhost:4100/hook', false, 'url must not point at this machine'],
    ['http://hooks.partner.example/commerce', true, 'url must use https'],
    ['ftp://hooks.partner.example/x', true, 'url must use https'],
    ['https://user:pw@hooks.partner.example/', true, 'url must not carry credentials'],
    ['hooks.partner.example/commerce', true, 'url must be an absolute URL'],
    ['', true, 'url must be 1..2000 characters'],
    [`https://a.example/${'x'.repeat(2000)}`, true, 'url must be 1..2000 characters'],
    [
      'https://169.254.169.254/latest/meta-data',
      true,
      'url must not point at a private, link-local or unspecified address',
    ],
    ['https://10.0.0.5/hook', true, 'url must not point at a private, link-local or unspecified address'],
    ['https://192.168.1.1/hook', true, 'url must not point at a private, link-local or unspecified address'],
    ['https://172.20.0.1/hook', true, 'url must not point at a private, link-local or unspecified address'],
    ['https://0.0.0.0/hook', true, 'url must not point at a private, link-local or unspecified address'],
    ['https://[fd00::1]/hook', true, 'url must not point at a private, link-local or unspecified address'],
    ['https://203.0.113.7/hook', true, null],
  ])('%s (loopback allowed: %s) → %s', (url, loopback, expected) => expect(checkUrl(url, loopback)).toBe(expected));
});

describe('checkSettings', () => {
  const url = 'https://hooks.partner.example/commerce';
  it.each([
    [
      { url, events: ['ORDER_STATUS'] },
      { ok: true, settings: { url, events: ['ORDER_STATUS'], locationIds: [] } },
    ],
    [
      { url: ` ${url} `, events: ['STOCK', 'ORDER_STATUS'], locationIds: ['loc_a', ' loc_a', 'loc_b'] },
      { ok: true, settings: { url, events: ['ORDER_STATUS', 'STOCK'], locationIds: ['loc_a', 'loc_b'] } },
    ],
    [
      { url, events: [] },
      { ok: false, field: 'events' },
    ],
    [
      { url, events: ['STOCK', 'STOCK'] },
      { ok: false, field: 'events' },
    ],
    [
      { url, events: ['REFUNDS'] },
      { ok: false, field: 'events' },
    ],
    [
      { url, events: ['STOCK'] },
      { ok: false, field: 'locationIds' },
    ],
    [
      { url, events: ['FULFILLMENT'], locationIds: [] },
      { ok: false, field: 'locationIds' },
    ],
    [
      { url, events: ['ORDER_STATUS'], locationIds: ['loc_a'] },
      { ok: false, field: 'locationIds' },
    ],
    [
      { url, events: ['STOCK'], locationIds: [' '] },
      { ok: false, field: 'locationIds' },
    ],
    [
      {
        url,
        events: ['STOCK'],
        locationIds: Array.from({ length: WEBHOOK_LIMITS.locationIds + 1 }, (_, i) => `l${i}`),
      },
      { ok: false, field: 'locationIds' },
    ],
    [
      { url: 'http://hooks.partner.example', events: ['STOCK'], locationIds: ['l'] },
      { ok: false, field: 'url' },
    ],
  ])('%j → %j', (input, expected) => expect(checkSettings(input, false)).toMatchObject(expected));
});

describe('afterFailure', () => {
  const policy = { baseMs: 1000, maxMs: 10_000, maxAttempts: 6 };
  it('doubles the wait from the base, capped, and is dead after maxAttempts', () => {
    const waits = [1, 2, 3, 4, 5, 6].map((n) => afterFailure(n, policy));
    expect(waits).toEqual([
      { dead: false, waitMs: 1000 },
      { dead: false, waitMs: 2000 },
      { dead: false, waitMs: 4000 },
      { dead: false, waitMs: 8000 },
      { dead: false, waitMs: 10_000 },
      { dead: true },
    ]);
  });

  it('never waits less than before nor more than the cap, whatever the attempt', () => {
    let last = 0;
    for (let n = 1; n < 200; n++) {
      const next = afterFailure(n, { ...policy, maxAttempts: 1000 });
      if (next.dead) throw new Error('dead too early');
      expect(next.waitMs).toBeGreaterThanOrEqual(last);
      expect(next.waitMs).toBeLessThanOrEqual(policy.maxMs);
      last = next.waitMs;
    }
  });
});

describe('signing', () => {
  it("is Stripe's scheme: t=<seconds>,v1=<hex HMAC-SHA256 of '<t>.<body>'>", () => {
    const body = '{"id":"evt_1"}';
    const expected = createHmac('sha256', 'whsec_x').update(`1700000000.${body}`).digest('hex');
    expect(signatureHeader('whsec_x', 1_700_000_000, body)).toBe(`t=1700000000,v1=${expected}`);
    expect(signatureHeader('whsec_x', 1_700_000_001, body)).not.toContain(expected);
    expect(signatureHeader('whsec_y', 1_700_000_000, body)).not.toContain(expected);
  });
});

describe('sealed secrets', () => {
  const key = secretKey('an internal secret of enough length');
  it('open under the key they were sealed with, never under another, and do not show the secret', () => {
    const sealed = sealSecret(key, 'whsec_abc');
    expect(sealed).not.toContain('whsec_abc');
    expect(sealSecret(key, 'whsec_abc')).not.toBe(sealed); // a fresh IV each time
    expect(openSecret(key, sealed)).toBe('whsec_abc');
    expect(openSecret(secretKey('another internal secret, long'), sealed)).toBeNull();
    expect(openSecret(key, sealed.slice(0, -2))).toBeNull();
    expect(openSecret(key, 'garbage')).toBeNull();
  });
});

describe('deliveryId', () => {
  it('is one per (webhook, event)', () => {
    expect(deliveryId('wh_1', 'evt_1')).toBe(deliveryId('wh_1', 'evt_1'));
    expect(new Set([deliveryId('wh_1', 'evt_1'), deliveryId('wh_2', 'evt_1'), deliveryId('wh_1', 'evt_2')]).size).toBe(
      3,
    );
  });
});
