import { createHmac, timingSafeEqual } from 'node:crypto';
import { parsePrincipal, PrincipalError, type Principal } from './principal';

/**
 * Compact HMAC-SHA256 tokens (`base64url(payload).base64url(signature)`) for the principal the
 * gateway (or a service binding) forwards to a subgraph: audience `subgraph`, a short expiry.
 * Clients present JWTs instead (`jwt.ts`); the audience keeps a token signed with the same secret
 * for any other use (the earlier `client` tokens) from being accepted as a forwarded principal.
 */
export type Audience = 'client' | 'subgraph';

interface Payload {
  aud: Audience;
  exp: number;
  sub: Principal;
}

function b64(input: string | Buffer): string {
  return Buffer.from(input).toString('base64url');
}

function sign(data: string, secret: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}

export function signPrincipal(
  principal: Principal,
  secret: string,
  audience: Audience,
  ttlSeconds: number,
  now = Date.now(),
): string {
  const payload: Payload = { aud: audience, exp: Math.floor(now / 1000) + ttlSeconds, sub: principal };
  const body = b64(JSON.stringify(payload));
  return `${body}.${sign(`${audience}.${body}`, secret)}`;
}

export function verifyPrincipal(token: string, secret: string, audience: Audience, now = Date.now()): Principal {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new PrincipalError('malformed token');
  const [body, signature] = parts as [string, string];
  const expected = Buffer.from(sign(`${audience}.${body}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new PrincipalError('invalid token signature');
  }
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload;
  } catch {
    throw new PrincipalError('malformed token payload');
  }
  if (payload.aud !== audience) throw new PrincipalError('token audience mismatch');
  if (typeof payload.exp !== 'number' || payload.exp * 1000 < now) throw new PrincipalError('token expired');
  return parsePrincipal(payload.sub);
}

export const PRINCIPAL_HEADER = 'x-commerce-principal';
export const REQUEST_ID_HEADER = 'x-request-id';
