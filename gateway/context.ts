import type { IncomingMessage } from 'node:http';
import { bearerCredential, principalFromToken } from '../platform/auth/headers';
import type { TokenVerifier } from '../platform/auth/jwt';
import { ANONYMOUS, describePrincipal, type Principal } from '../platform/auth/principal';
import type { ThrottleSettings } from '../platform/limits/throttle';
import { isPartnerKey, type PartnerKeyAuthenticator } from './partner-keys';

export interface GatewayContext {
  principal: Principal;
  requestId: string;
  /** Lower-cased single-valued headers of the client request (for propagation). */
  incomingHeaders: Record<string, string>;
  /** The peer address: the throttling key of anonymous callers. */
  clientAddress: string;
  /** A partner key's field contract (`Type.field` / `Type.*`); null for every other caller. */
  contract: ReadonlySet<string> | null;
  /** A partner key's own cost budget; null: the configured default. */
  budget: ThrottleSettings | null;
}

/** Whose cost budget an operation spends: the principal's (a partner key's own), or an anonymous caller's address's. */
export function throttleKey(context: GatewayContext): string {
  return context.principal.kind === 'anonymous'
    ? `anonymous@${context.clientAddress}`
    : describePrincipal(context.principal);
}

function headerRecord(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') out[k] = v;
  return out;
}

/**
 * Establishes the principal once per request from the client's bearer credential: a JWT, or a
 * partner key (which also brings its field contract and budget). A bad one is a 401.
 */
export async function createGatewayContext(
  req: IncomingMessage,
  requestId: string,
  verify: TokenVerifier,
  authenticateKey: PartnerKeyAuthenticator,
): Promise<GatewayContext> {
  return contextFor(
    {
      authorization: req.headers.authorization,
      incomingHeaders: headerRecord(req),
      clientAddress: req.socket.remoteAddress ?? 'unknown',
    },
    requestId,
    verify,
    authenticateKey,
  );
}

/** The context of a caller presenting `authorization` (HTTP header, or a WebSocket's `connection_init`). */
export async function contextFor(
  caller: { authorization: string | undefined; incomingHeaders: Record<string, string>; clientAddress: string },
  requestId: string,
  verify: TokenVerifier,
  authenticateKey: PartnerKeyAuthenticator,
): Promise<GatewayContext> {
  const credential = bearerCredential(caller.authorization);
  const base = { requestId, incomingHeaders: caller.incomingHeaders, clientAddress: caller.clientAddress };
  if (credential !== undefined && isPartnerKey(credential)) {
    const key = await authenticateKey(credential);
    return { ...base, principal: key.principal, contract: key.contract, budget: key.budget };
  }
  const principal = credential === undefined ? ANONYMOUS : await principalFromToken(credential, verify);
  return { ...base, principal, contract: null, budget: null };
}
