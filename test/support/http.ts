import type { Principal } from '../../platform/auth/principal';
import { createHmac } from 'node:crypto';
import { testConfig } from '../../platform/config';

/** Real HTTP helpers for tests. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
  text: string;
}

export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as GraphQLResponse<T>['body'], text };
}

export function errorCodes(res: GraphQLResponse): string[] {
  return (res.body.errors ?? []).map((e) => String(e.extensions?.code));
}

/**
 * A standard HS256 JWT for `principal`, built synchronously so tests can inline it (the gateway
 * verifies it with jose, so this also checks interoperability with any JWT issuer).
 */
export function jwtFor(
  principal: Principal,
  options: { secret?: string; issuer?: string; audience?: string; ttlSeconds?: number } = {},
): string {
  const jwt = testConfig().jwt;
  const now = Math.floor(Date.now() / 1000);
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({
    principal,
    iss: options.issuer ?? jwt.issuer,
    aud: options.audience ?? jwt.audience,
    iat: now,
    exp: now + (options.ttlSeconds ?? 300),
  })}`;
  return `${body}.${createHmac('sha256', options.secret ?? jwt.secret)
    .update(body)
    .digest('base64url')}`;
}

/** The `authorization` header a client of the test gateway sends as `principal` (none for anonymous). */
export function bearer(principal: Principal, secret?: string): Record<string, string> {
  if (principal.kind === 'anonymous') return {};
  return { authorization: `Bearer ${jwtFor(principal, { secret })}` };
}

/** An operator, for tests whose subject is not authorization. */
export const OPERATOR: Principal = { kind: 'operator', userId: 'ops_test' };

/** A kiosk at a store: may look shoppers up by loyalty card (the README's journey). */
export const KIOSK: Principal = { kind: 'device', deviceId: 'kiosk_test', locationId: 'loc_store_05' };
