import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
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

export function createTokenVerifier(settings: JwtSettings): TokenVerifier {
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
      payload = remote
        ? (await jwtVerify(token, remote, options)).payload
        : (await jwtVerify(token, secret, options)).payload;
    } catch (err) {
      const e = err as { code?: string; message?: string };
      throw new PrincipalError(e.code === 'ERR_JWT_EXPIRED' ? 'token expired' : (e.message ?? 'invalid token'));
    }
    return parsePrincipal(payload[PRINCIPAL_CLAIM]);
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
