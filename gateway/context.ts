import type { IncomingMessage } from 'node:http';
import { principalFromBearer } from '../platform/auth/headers';
import type { TokenVerifier } from '../platform/auth/jwt';
import { describePrincipal, type Principal } from '../platform/auth/principal';

export interface GatewayContext {
  principal: Principal;
  requestId: string;
  /** Lower-cased single-valued headers of the client request (for propagation). */
  incomingHeaders: Record<string, string>;
  /** The peer address: the throttling key of anonymous callers. */
  clientAddress: string;
}

/** Whose cost budget an operation spends: the principal's, or an anonymous caller's address's. */
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

/** Establishes the principal once per request, from the client's bearer token (401 when it is bad). */
export async function createGatewayContext(
  req: IncomingMessage,
  requestId: string,
  verify: TokenVerifier,
): Promise<GatewayContext> {
  return {
    principal: await principalFromBearer(req.headers.authorization, verify),
    requestId,
    incomingHeaders: headerRecord(req),
    clientAddress: req.socket.remoteAddress ?? 'unknown',
  };
}
