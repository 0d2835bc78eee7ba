import type { IncomingMessage } from 'node:http';
import { principalFromBearer } from '../platform/auth/headers';
import type { TokenVerifier } from '../platform/auth/jwt';
import type { Principal } from '../platform/auth/principal';

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
  };
}
