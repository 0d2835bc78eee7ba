import { SignJWT } from 'jose';
import { createTokenVerifier } from '../../../platform/auth/jwt';
import { testConfig } from '../../../platform/config';
import {
  randomRecognitionKey,
  recognitionKey,
  RECOGNITION_TOKEN,
  signRecognitionToken,
  verifyRecognitionToken,
} from './recognition-token';

const NOW = new Date('2026-11-01T12:00:00.000Z');
const KEY = recognitionKey('a-test-internal-secret-of-some-length');
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const sign = (claims: Record<string, unknown>, header: { alg: string; typ?: string }, key = KEY) =>
  new SignJWT(claims).setProtectedHeader(header).sign(key);
const good = { sub: 'cus_000001', jti: 'jti_1', aud: RECOGNITION_TOKEN.audience, exp: Math.floor(+NOW / 1000) + 60 };
const header = { alg: 'HS256', typ: RECOGNITION_TOKEN.typ };

describe('recognition tokens', () => {
  it('a token names its customer, expires after its TTL and fits a QR code', async () => {
    const issued = await signRecognitionToken(KEY, 'cus_0a1b2c3d4e5f', 120, NOW);
    expect(issued.expiresAt).toBe('2026-11-01T12:02:00.000Z');
    // A QR code of version 10 or so; the longest demo-shaped id included.
    expect(issued.token.length).toBeLessThan(300);
    expect(await verifyRecognitionToken(KEY, issued.token, at(119))).toEqual({
      ok: true,
      customerId: 'cus_0a1b2c3d4e5f',
      jti: issued.jti,
      expiresAt: issued.expiresAt,
    });
    expect(await verifyRecognitionToken(KEY, ` ${issued.token}\n`, NOW)).toMatchObject({ ok: true });
    expect(await verifyRecognitionToken(KEY, issued.token, at(120))).toMatchObject({ code: 'EXPIRED_TOKEN' });
  });

  it('every token has its own jti', async () => {
    const jtis = await Promise.all(
      Array.from({ length: 50 }, async () => (await signRecognitionToken(KEY, 'cus_1', 60, NOW)).jti),
    );
    expect(new Set(jtis).size).toBe(50);
  });

  it('the key is derived per secret and differs from the secret itself', () => {
    expect(Buffer.from(recognitionKey('secret-one-secret-one'))).not.toEqual(
      Buffer.from(recognitionKey('secret-two-secret-two')),
    );
    expect(Buffer.from(recognitionKey('s'.repeat(32)))).not.toEqual(Buffer.from('s'.repeat(32)));
    expect(Buffer.from(randomRecognitionKey())).not.toEqual(Buffer.from(randomRecognitionKey()));
  });

  it.each<[string, () => Promise<string>, 'INVALID_TOKEN' | 'EXPIRED_TOKEN']>([
    ['an empty text', async () => '', 'INVALID_TOKEN'],
    ['only blanks', async () => '   ', 'INVALID_TOKEN'],
    ['a text past 1,024 characters', async () => 'a'.repeat(1025), 'INVALID_TOKEN'],
    ['garbage', async () => 'not.a.token', 'INVALID_TOKEN'],
    ['another key', () => sign(good, header, recognitionKey('another-internal-secret-entirely')), 'INVALID_TOKEN'],
    ['another type', () => sign(good, { alg: 'HS256', typ: 'JWT' }), 'INVALID_TOKEN'],
    ['no type', () => sign(good, { alg: 'HS256' }), 'INVALID_TOKEN'],
    ['another audience', () => sign({ ...good, aud: 'commerce-gateway' }, header), 'INVALID_TOKEN'],
    ['no jti', () => sign({ ...good, jti: undefined }, header), 'INVALID_TOKEN'],
    ['no subject', () => sign({ ...good, sub: undefined }, header), 'INVALID_TOKEN'],
    ['no expiry', () => sign({ ...good, exp: undefined }, header), 'INVALID_TOKEN'],
    ['a subject that is not an id', () => sign({ ...good, sub: 'cus 1' }, header), 'INVALID_TOKEN'],
    ['another algorithm', () => sign(good, { alg: 'HS512', typ: RECOGNITION_TOKEN.typ }), 'INVALID_TOKEN'],
    [
      'alg none',
      async () =>
        `${Buffer.from(JSON.stringify({ alg: 'none', typ: RECOGNITION_TOKEN.typ })).toString('base64url')}.${Buffer.from(
          JSON.stringify(good),
        ).toString('base64url')}.`,
      'INVALID_TOKEN',
    ],
    [
      'a valid signature over an edited payload',
      async () => {
        const [h, , s] = (await sign(good, header)).split('.');
        return `${h}.${Buffer.from(JSON.stringify({ ...good, sub: 'cus_000002' })).toString('base64url')}.${s}`;
      },
      'INVALID_TOKEN',
    ],
    [
      'an expired token with a forged signature',
      async () => `${(await sign({ ...good, exp: 1 }, header)).slice(0, -4)}AAAA`,
      'INVALID_TOKEN',
    ],
    ['an expired token', () => sign({ ...good, exp: Math.floor(+NOW / 1000) - 1 }, header), 'EXPIRED_TOKEN'],
  ])('refuses %s', async (_case, token, code) => {
    expect(await verifyRecognitionToken(KEY, await token(), NOW)).toMatchObject({ ok: false, code });
  });

  it('is no client credential: the gateway’s verifier refuses it, even signed with the JWT secret', async () => {
    const jwt = testConfig().jwt;
    const verify = createTokenVerifier(jwt);
    const real = await signRecognitionToken(recognitionKey(testConfig().internalSecret), 'cus_000001', 60, new Date());
    await expect(verify(real.token)).rejects.toThrow();
    // Same secret as client tokens: still refused (its audience, and no principal claim).
    const sameKey = new TextEncoder().encode(jwt.secret);
    const { token } = await signRecognitionToken(sameKey, 'cus_000001', 60, new Date());
    await expect(verify(token)).rejects.toThrow();
    // And a client token is no recognition token.
    const client = await new SignJWT({ principal: { kind: 'customer', customerId: 'cus_000001' } })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(jwt.issuer)
      .setAudience(jwt.audience)
      .setJti('j1')
      .setSubject('cus_000001')
      .setExpirationTime('1m')
      .sign(sameKey);
    expect(await verifyRecognitionToken(sameKey, client, new Date())).toMatchObject({ code: 'INVALID_TOKEN' });
  });
});
