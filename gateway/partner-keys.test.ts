import { GraphQLError } from 'graphql';
import { silentLogger } from '../platform/logger';
import type { IdentityApi, PartnerCredential } from '../subgraphs/registry';
import { partnerKeyAuthenticator } from './partner-keys';

const KEY = `cgk_pk_0123456789abcdef_${'A'.repeat(43)}`;
const CREDENTIAL: PartnerCredential = {
  partnerId: 'partner_m',
  keyId: 'pk_0123456789abcdef',
  scopes: ['orders:read'],
  channels: ['MARKETPLACE'],
  fields: ['Order.*'],
  rateBudget: { maximumAvailable: 100, restoreRate: 1 },
};

function identity(answer: () => Promise<PartnerCredential | null>) {
  const calls: unknown[] = [];
  const api: Pick<IdentityApi, 'authenticatePartnerKey'> = {
    authenticatePartnerKey: (input) => {
      calls.push(input);
      return answer();
    },
  };
  return { api, calls };
}

const status = (err: unknown) => (err as GraphQLError).extensions?.http;
const codeOf = (err: unknown) => (err as GraphQLError).extensions?.code;

describe('partnerKeyAuthenticator', () => {
  it('turns a credential into a partner principal with its contract and budget, sending only the hash', async () => {
    const { api, calls } = identity(async () => CREDENTIAL);
    const key = await partnerKeyAuthenticator(api, silentLogger)(KEY);
    expect(key.principal).toEqual({
      kind: 'partner',
      partnerId: 'partner_m',
      scopes: ['orders:read'],
      keyId: 'pk_0123456789abcdef',
      channels: ['MARKETPLACE'],
    });
    expect([...key.contract]).toEqual(['Order.*']);
    expect(key.budget).toEqual({ maximumAvailable: 100, restoreRate: 1 });
    expect(JSON.stringify(calls)).not.toContain('A'.repeat(43));
  });

  it('a malformed key is refused without asking identity; an unknown one after asking; both 401', async () => {
    const { api, calls } = identity(async () => null);
    const authenticate = partnerKeyAuthenticator(api, silentLogger);
    for (const raw of ['cgk_nope', KEY]) {
      const err = await authenticate(raw).catch((e: unknown) => e);
      expect([codeOf(err), status(err)]).toEqual(['UNAUTHENTICATED', { status: 401 }]);
    }
    expect(calls).toHaveLength(1);
  });

  it('identity unreachable is a 503, never a pass or a 401', async () => {
    const { api } = identity(async () => {
      throw new Error('connect ECONNREFUSED');
    });
    const err = await partnerKeyAuthenticator(api, silentLogger)(KEY).catch((e: unknown) => e);
    expect([codeOf(err), status(err)]).toEqual(['SUBGRAPH_UNAVAILABLE', { status: 503 }]);
  });
});
