import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, PrincipalError, type Principal } from '../platform/auth/principal';
import { verifyPrincipal } from '../platform/auth/signing';
import { ErrorCode } from '../platform/errors';

export interface GatewayContext {
  principal: Principal;
  requestId: string;
  /** Lower-cased single-valued headers of the client request (for propagation). */
  incomingHeaders: Record<string, string>;
}

function headerRecord(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') out[k] = v;
  return out;
}

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

/**
 * Establishes the principal once per request: no credentials → anonymous; a bearer token →
 * the principal it carries after its signature and expiry are checked; a bad token → 401.
 */
export function principalFromAuthorization(header: string | undefined, secret: string): Principal {
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw refuse('Authorization header must be "Bearer <token>"');
  try {
    return verifyPrincipal(match[1]!, secret, 'client');
  } catch (err) {
    if (err instanceof PrincipalError) throw refuse(`invalid token: ${err.message}`);
    throw err;
  }
}

export function createGatewayContext(req: IncomingMessage, requestId: string, secret: string): GatewayContext {
  return {
    principal: principalFromAuthorization(req.headers.authorization, secret),
    requestId,
    incomingHeaders: headerRecord(req),
  };
}
