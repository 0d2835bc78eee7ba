import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import { ANONYMOUS, PrincipalError, type Principal } from './principal';
import { PRINCIPAL_HEADER, verifyPrincipal, type Audience } from './signing';

/** A 401 the HTTP layer sends as is (`extensions.http.status`). */
export function refuseCredentials(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

/**
 * The one way a server turns a credential header into a principal: absent → anonymous; present →
 * the principal it carries once its signature, audience and expiry are checked; anything else →
 * 401. The gateway reads a client's `Authorization: Bearer <token>` (audience `client`), a
 * standalone subgraph the gateway's signed `x-commerce-principal` (audience `subgraph`).
 */
export function principalFromHeader(
  value: string | string[] | undefined,
  secret: string,
  audience: Audience,
): Principal {
  if (value === undefined) return ANONYMOUS;
  if (Array.isArray(value)) throw refuseCredentials('credentials must be sent once');
  let token = value.trim();
  if (audience === 'client') {
    const match = /^Bearer\s+(\S+)$/i.exec(token);
    if (!match) throw refuseCredentials('Authorization header must be "Bearer <token>"');
    token = match[1]!;
  }
  try {
    return verifyPrincipal(token, secret, audience);
  } catch (err) {
    if (err instanceof PrincipalError) {
      const what = audience === 'client' ? 'token' : PRINCIPAL_HEADER;
      throw refuseCredentials(`invalid ${what}: ${err.message}`);
    }
    throw err;
  }
}
