import { describePrincipal, parsePrincipal, PrincipalError, type Principal } from './principal';
import { signPrincipal, verifyPrincipal } from './signing';

const SECRET = 'a-test-secret-of-some-length';
const principals: Principal[] = [
  { kind: 'anonymous' },
  { kind: 'customer', customerId: 'cus_1' },
  { kind: 'associate', userId: 'emp_1', locationId: 'loc_store_01' },
  { kind: 'device', deviceId: 'kiosk_1', locationId: 'loc_store_02' },
  { kind: 'partner', partnerId: 'partner_marketplace_01', scopes: ['orders:write'] },
  { kind: 'service', service: 'orders' },
  { kind: 'operator', userId: 'ops_1' },
];

describe('principal tokens', () => {
  it.each(principals.map((p) => [describePrincipal(p), p]))('round-trips %s', (_, p) => {
    expect(verifyPrincipal(signPrincipal(p, SECRET, 'client', 60), SECRET, 'client')).toEqual(p);
  });

  it.each([
    ['another secret', (t: string) => verifyPrincipal(t, 'another-secret-of-length', 'client')],
    ['another audience', (t: string) => verifyPrincipal(t, SECRET, 'subgraph')],
    [
      'a tampered payload',
      (t: string) =>
        verifyPrincipal(
          `${Buffer.from('{"aud":"client","exp":9999999999,"sub":{"kind":"operator","userId":"x"}}').toString('base64url')}.${t.split('.')[1]}`,
          SECRET,
          'client',
        ),
    ],
    ['a truncated token', (t: string) => verifyPrincipal(t.slice(0, -2), SECRET, 'client')],
    ['garbage', () => verifyPrincipal('nonsense', SECRET, 'client')],
  ])('rejects %s', (_, verify) => {
    const token = signPrincipal({ kind: 'customer', customerId: 'cus_1' }, SECRET, 'client', 60);
    expect(() => verify(token)).toThrow(PrincipalError);
  });

  it('rejects an expired token', () => {
    const now = Date.UTC(2026, 0, 1);
    const token = signPrincipal({ kind: 'anonymous' }, SECRET, 'client', 60, now);
    expect(verifyPrincipal(token, SECRET, 'client', now + 59_000)).toEqual({ kind: 'anonymous' });
    expect(() => verifyPrincipal(token, SECRET, 'client', now + 61_000)).toThrow('expired');
  });

  it.each([
    [{ kind: 'customer' }],
    [{ kind: 'customer', customerId: '' }],
    [{ kind: 'partner', partnerId: 'p', scopes: 'all' }],
    [{ kind: 'root' }],
    [null],
  ])('parsePrincipal rejects %j', (value) => {
    expect(() => parsePrincipal(value)).toThrow(PrincipalError);
  });
});
