import { createHmac, randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

/**
 * The token the app shows as a QR code so that a kiosk or POS recognises the shopper in store.
 * It names a customer; it is not a credential: a JWT signed with its own key (derived from the
 * internal secret with a label, never the key client tokens are verified with), with its own `typ`
 * and audience, and no `principal` claim, so the gateway refuses it as a bearer token three times
 * over. It is short-lived and, through the service, single use (its `jti`).
 */
export const RECOGNITION_TOKEN = {
  typ: 'recognition+jwt',
  audience: 'commerce-recognition',
  /** Longest token text accepted for redemption (a real one is about 230 characters). */
  maxLength: 1024,
  /** The label the signing key is derived with: HMAC-SHA256(internal secret, label). */
  keyLabel: 'recognition-token',
} as const;

/** A token's lifetime when none is configured (`RECOGNITION_TOKEN_TTL_S`, 10..3600, is checked by the config). */
export const DEFAULT_RECOGNITION_TTL_SECONDS = 120;

/** The signing key: domain-separated from every other use of the internal secret. */
export function recognitionKey(internalSecret: string): Uint8Array {
  return new Uint8Array(createHmac('sha256', internalSecret).update(RECOGNITION_TOKEN.keyLabel).digest());
}

/** A key of its own for a process given no secret (a subgraph built alone: tests, benchmarks). */
export function randomRecognitionKey(): Uint8Array {
  return new Uint8Array(randomBytes(32));
}

export interface IssuedToken {
  token: string;
  jti: string;
  expiresAt: string;
}

/** Signs a token for `customerId`, valid `ttlSeconds` from `now`, with a fresh random `jti`. */
export async function signRecognitionToken(
  key: Uint8Array,
  customerId: string,
  ttlSeconds: number,
  now: Date,
): Promise<IssuedToken> {
  const exp = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const jti = randomBytes(12).toString('base64url');
  // Only what redemption needs: the QR code stays small (no iat, no issuer).
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: RECOGNITION_TOKEN.typ })
    .setSubject(customerId)
    .setJti(jti)
    .setAudience(RECOGNITION_TOKEN.audience)
    .setExpirationTime(exp)
    .sign(key);
  return { token, jti, expiresAt: new Date(exp * 1000).toISOString() };
}

export type VerifiedToken =
  | { ok: true; customerId: string; jti: string; expiresAt: string }
  | { ok: false; code: 'INVALID_TOKEN' | 'EXPIRED_TOKEN'; message: string };

const ID = /^[A-Za-z0-9_-]{1,200}$/;
const invalid = (message: string): VerifiedToken => ({ ok: false, code: 'INVALID_TOKEN', message });

/**
 * Checks a presented token at `now`: its length, signature (HS256 with `key` only), type,
 * audience and expiry (no tolerance: issuer and verifier are identity itself). The signature is
 * checked first, so a forged token is INVALID_TOKEN whatever its expiry says.
 */
export async function verifyRecognitionToken(key: Uint8Array, raw: string, now: Date): Promise<VerifiedToken> {
  const token = raw.trim();
  if (token.length === 0 || token.length > RECOGNITION_TOKEN.maxLength) {
    return invalid(`token must be 1..${RECOGNITION_TOKEN.maxLength} characters`);
  }
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      typ: RECOGNITION_TOKEN.typ,
      audience: RECOGNITION_TOKEN.audience,
      requiredClaims: ['sub', 'jti', 'exp'],
      currentDate: now,
    });
    const { sub, jti, exp } = payload;
    if (typeof sub !== 'string' || !ID.test(sub) || typeof jti !== 'string' || !ID.test(jti)) {
      return invalid('not a recognition token');
    }
    return { ok: true, customerId: sub, jti, expiresAt: new Date(exp! * 1000).toISOString() };
  } catch (err) {
    if (err instanceof errors.JWTExpired) return { ok: false, code: 'EXPIRED_TOKEN', message: 'token expired' };
    return invalid('not a valid recognition token');
  }
}
