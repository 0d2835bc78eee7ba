import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { parsePrincipal, PrincipalError, type Principal } from './principal';

/**
 * Client bearer tokens are standard JWTs, verified with `jose`: signature, issuer, audience and
 * expiry (with a clock tolerance). By default HS256 with a development secret; with `jwksUrl` the
 * keys of the retailer's own OpenID Connect provider (RS256/ES256/EdDSA), so it can issue tokens
 * with the identity provider it already runs. The principal travels in the `principal` claim
 * (`{ "kind": "customer", "customerId": "cus_000001" }`), validated like any untrusted input.
 */
export interface JwtSettings {
  issuer: string;
  audience: string;
  /** HS256 secret (development, or a gateway that mints its own tokens). */
  secret: string;
  /** The provider's JWKS URL; when set, only its keys are trusted. */
  jwksUrl: string | null;
  clockToleranceSeconds: number;
}

export const PRINCIPAL_CLAIM = 'principal';
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];

export type TokenVerifier = (token: string) => Promise<Principal>;

/**
 * Tokens verified lately, kept by their whole text: a client sends the same token with every
 * request, and verifying its signature again is most of the cost of authenticating it. A kept
 * token is answered only while its own `exp` (and `nbf`), with the same clock tolerance, still
 * allow it; a token that differs by one character is another key, verified in full.
 */
const VERIFIED_TOKENS = 10_000;

interface Verified {
  principal: Principal;
  /** ms since the epoch; Infinity when the token has no `exp`. */
  expiresAt: number;
  notBefore: number;
}

export function createTokenVerifier(settings: JwtSettings, now: () => number = Date.now): TokenVerifier {
  const verified = new LRUCache<string, Verified>({ max: VERIFIED_TOKENS });
  const toleranceMs = settings.clockToleranceSeconds * 1000;
  const verify = fullVerifier(settings, now);
  return async (token) => {
    const kept = verified.get(token);
    const at = now();
    if (kept && at < kept.expiresAt + toleranceMs && at >= kept.notBefore - toleranceMs) return kept.principal;
    if (kept) verified.delete(token);
    const { principal, exp, nbf } = await verify(token);
    verified.set(token, {
      principal,
      expiresAt: typeof exp === 'number' ? exp * 1000 : Infinity,
      notBefore: typeof nbf === 'number' ? nbf * 1000 : -Infinity,
    });
    return principal;
  };
}

function fullVerifier(
  settings: JwtSettings,
  now: () => number,
): (token: string) => Promise<{ principal: Principal; exp?: number; nbf?: number }> {
  const remote: JWTVerifyGetKey | null = settings.jwksUrl ? createRemoteJWKSet(new URL(settings.jwksUrl)) : null;
  const secret = new TextEncoder().encode(settings.secret);
  const options = {
    issuer: settings.issuer,
    audience: settings.audience,
    clockTolerance: settings.clockToleranceSeconds,
    algorithms: remote ? ASYMMETRIC : ['HS256'],
  };
  return async (token) => {
    let payload: Record<string, unknown>;
    try {
      const at = { ...options, currentDate: new Date(now()) };
      payload = remote ? (await jwtVerify(token, remote, at)).payload : (await jwtVerify(token, secret, at)).payload;
    } catch (err) {
      const e = err as { code?: string; message?: string };
      throw new PrincipalError(e.code === 'ERR_JWT_EXPIRED' ? 'token expired' : (e.message ?? 'invalid token'));
    }
    return {
      principal: parsePrincipal(payload[PRINCIPAL_CLAIM]),
      exp: payload.exp as number | undefined,
      nbf: payload.nbf as number | undefined,
    };
  };
}

/** An HS256 token for `principal` (development: `npm run token`; tests). */
export function mintToken(
  principal: Principal,
  settings: JwtSettings,
  ttlSeconds: number,
  now = Date.now(),
): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({ [PRINCIPAL_CLAIM]: principal })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(new TextEncoder().encode(settings.secret));
}
