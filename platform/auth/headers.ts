import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import { ANONYMOUS, PrincipalError, type Principal } from './principal';
import type { TokenVerifier } from './jwt';
import { PRINCIPAL_HEADER, verifyPrincipal } from './signing';

/** A 401 the HTTP layer sends as is (`extensions.http.status`). */
export function refuseCredentials(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

/**
 * A standalone subgraph's principal: the gateway's (or a service binding's) signed
 * `x-commerce-principal`, checked for signature, audience and expiry; absent → anonymous (the
 * server decides whether to serve that); anything else → 401.
 */
export function principalFromHeader(value: string | string[] | undefined, secret: string): Principal {
  if (value === undefined) return ANONYMOUS;
  if (Array.isArray(value)) throw refuseCredentials('credentials must be sent once');
  try {
    return verifyPrincipal(value.trim(), secret, 'subgraph');
  } catch (err) {
    if (err instanceof PrincipalError) throw refuseCredentials(`invalid ${PRINCIPAL_HEADER}: ${err.message}`);
    throw err;
  }
}

/**
 * The credential of `Authorization: Bearer <credential>`: undefined without the header; a
 * malformed header → 401.
 */
export function bearerCredential(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) throw refuseCredentials('credentials must be sent once');
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  if (!match) throw refuseCredentials('Authorization header must be "Bearer <token>"');
  return match[1]!;
}

/**
 * The gateway's principal: a client's `Authorization: Bearer <JWT>`, verified by `verify`
 * (`platform/auth/jwt.ts`); no header → anonymous; a malformed header or a bad token → 401.
 */
export async function principalFromBearer(
  value: string | string[] | undefined,
  verify: TokenVerifier,
): Promise<Principal> {
  const token = bearerCredential(value);
  return token === undefined ? ANONYMOUS : principalFromToken(token, verify);
}

/** A JWT's principal, verified by `verify`; a bad token → 401. */
export async function principalFromToken(token: string, verify: TokenVerifier): Promise<Principal> {
  try {
    return await verify(token);
  } catch (err) {
    if (err instanceof PrincipalError) throw refuseCredentials(`invalid token: ${err.message}`);
    throw err;
  }
}
