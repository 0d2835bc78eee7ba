import type { Principal } from '../../platform/auth/principal';
import { signPrincipal } from '../../platform/auth/signing';
import { testConfig } from '../../platform/config';

/** Real HTTP helpers for tests. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
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

/** The `authorization` header a client of the test gateway sends as `principal` (none for anonymous). */
export function bearer(principal: Principal, secret = testConfig().internalSecret): Record<string, string> {
  if (principal.kind === 'anonymous') return {};
  return { authorization: `Bearer ${signPrincipal(principal, secret, 'client', 300)}` };
}

/** An operator, for tests whose subject is not authorization. */
export const OPERATOR: Principal = { kind: 'operator', userId: 'ops_test' };

/** A kiosk at a store: may look shoppers up by loyalty card (the README's journey). */
export const KIOSK: Principal = { kind: 'device', deviceId: 'kiosk_test', locationId: 'loc_store_05' };
