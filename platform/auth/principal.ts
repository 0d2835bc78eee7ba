import { SALES_CHANNELS, type SalesChannel } from '../shared/commerce';

/**
 * Who is calling. The gateway establishes the principal once per request (from a bearer
 * token) and forwards it to subgraphs signed with the internal secret, so a subgraph in its
 * own process can verify it and nobody can forge one by calling a subgraph directly.
 */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'customer'; customerId: string }
  | { kind: 'associate'; userId: string; locationId: string }
  | { kind: 'device'; deviceId: string; locationId: string }
  | {
      kind: 'partner';
      partnerId: string;
      scopes: string[];
      /** The partner key that authenticated the request (absent for a partner JWT). */
      keyId?: string;
      /** The sales channels whose orders it reads (absent: the marketplace channel only). */
      channels?: SalesChannel[];
    }
  | { kind: 'service'; service: string }
  | { kind: 'operator'; userId: string };

export type PrincipalKind = Principal['kind'];

export const ANONYMOUS: Principal = Object.freeze({ kind: 'anonymous' });

export class PrincipalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrincipalError';
  }
}

function str(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) {
    throw new PrincipalError(`principal field "${field}" must be a non-empty string`);
  }
  return value;
}

/** Validates an untrusted decoded object into a Principal (throws PrincipalError). */
export function parsePrincipal(value: unknown): Principal {
  if (typeof value !== 'object' || value === null) throw new PrincipalError('principal must be an object');
  const v = value as Record<string, unknown>;
  switch (v.kind) {
    case 'anonymous':
      return ANONYMOUS;
    case 'customer':
      return { kind: 'customer', customerId: str(v.customerId, 'customerId') };
    case 'associate':
      return { kind: 'associate', userId: str(v.userId, 'userId'), locationId: str(v.locationId, 'locationId') };
    case 'device':
      return { kind: 'device', deviceId: str(v.deviceId, 'deviceId'), locationId: str(v.locationId, 'locationId') };
    case 'partner': {
      const scopes = v.scopes;
      if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string')) {
        throw new PrincipalError('principal field "scopes" must be a list of strings');
      }
      const partner: Principal = { kind: 'partner', partnerId: str(v.partnerId, 'partnerId'), scopes: [...scopes] };
      if (v.keyId !== undefined) partner.keyId = str(v.keyId, 'keyId');
      if (v.channels !== undefined) {
        const channels = v.channels;
        if (!Array.isArray(channels) || !channels.every((c) => (SALES_CHANNELS as readonly unknown[]).includes(c))) {
          throw new PrincipalError('principal field "channels" must be a list of sales channels');
        }
        partner.channels = [...(channels as SalesChannel[])];
      }
      return partner;
    }
    case 'service':
      return { kind: 'service', service: str(v.service, 'service') };
    case 'operator':
      return { kind: 'operator', userId: str(v.userId, 'userId') };
    default:
      throw new PrincipalError(`unknown principal kind "${String(v.kind)}"`);
  }
}

/** A short, log-safe description: `customer:cus_000001`. */
export function describePrincipal(p: Principal): string {
  switch (p.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'customer':
      return `customer:${p.customerId}`;
    case 'associate':
      return `associate:${p.userId}@${p.locationId}`;
    case 'device':
      return `device:${p.deviceId}@${p.locationId}`;
    case 'partner':
      return p.keyId ? `partner:${p.partnerId}/${p.keyId}` : `partner:${p.partnerId}`;
    case 'service':
      return `service:${p.service}`;
    case 'operator':
      return `operator:${p.userId}`;
  }
}
