import { principalFromHeader } from './headers';
import { signPrincipal } from './signing';

const SECRET = 'headers-test-secret-0123456789';
const customer = { kind: 'customer' as const, customerId: 'cus_1' };

describe('principalFromHeader', () => {
  it('no header is anonymous, for both audiences', () => {
    expect(principalFromHeader(undefined, SECRET, 'client')).toEqual({ kind: 'anonymous' });
    expect(principalFromHeader(undefined, SECRET, 'subgraph')).toEqual({ kind: 'anonymous' });
  });

  it('reads a bearer token (client) and a bare signed header (subgraph)', () => {
    const client = signPrincipal(customer, SECRET, 'client', 60);
    const forwarded = signPrincipal(customer, SECRET, 'subgraph', 60);
    expect(principalFromHeader(`Bearer ${client}`, SECRET, 'client')).toEqual(customer);
    expect(principalFromHeader(forwarded, SECRET, 'subgraph')).toEqual(customer);
  });

  it.each([
    ['a token without "Bearer"', () => signPrincipal(customer, SECRET, 'client', 60), 'client'],
    [
      'a forwarded header replayed as a client token',
      () => `Bearer ${signPrincipal(customer, SECRET, 'subgraph', 60)}`,
      'client',
    ],
    ['a client token replayed as a forwarded header', () => signPrincipal(customer, SECRET, 'client', 60), 'subgraph'],
    [
      'a token signed with another secret',
      () => signPrincipal(customer, 'another-secret-0123456789', 'subgraph', 60),
      'subgraph',
    ],
  ] as const)('refuses %s with a 401 UNAUTHENTICATED', (_, header, audience) => {
    expect(() => principalFromHeader(header(), SECRET, audience)).toThrow(
      expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } }),
    );
  });

  it('refuses a header sent twice', () => {
    const t = signPrincipal(customer, SECRET, 'subgraph', 60);
    expect(() => principalFromHeader([t, t], SECRET, 'subgraph')).toThrow('credentials must be sent once');
  });
});
