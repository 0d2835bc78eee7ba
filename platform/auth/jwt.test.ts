import { createTokenVerifier, mintToken, type JwtSettings } from './jwt';

const JWT: JwtSettings = {
  issuer: 'commerce-gateway',
  audience: 'commerce-gateway',
  secret: 'jwt-cache-test-secret-0123456789-0123456789',
  jwksUrl: null,
  clockToleranceSeconds: 30,
};
const customer = { kind: 'customer' as const, customerId: 'cus_kept' };

describe('verified tokens kept by their text', () => {
  it('a kept token is refused once its exp (plus the tolerance) has passed, as on its first use', async () => {
    let now = Date.parse('2026-12-01T10:00:00Z');
    const verify = createTokenVerifier(JWT, () => now);
    const token = await mintToken(customer, JWT, 60, now);
    expect(await verify(token)).toEqual(customer);
    now += 60_000 + 29_000; // within exp + tolerance: still answered
    expect(await verify(token)).toEqual(customer);
    now += 2_000; // past it: verified in full again, and refused
    await expect(verify(token)).rejects.toThrow('token expired');
    await expect(verify(token)).rejects.toThrow('token expired'); // and not kept
  });

  it('a token altered by one character is verified in full and refused, however often the original was seen', async () => {
    const verify = createTokenVerifier(JWT);
    const token = await mintToken(customer, JWT, 600);
    for (let i = 0; i < 3; i++) expect(await verify(token)).toEqual(customer);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
        principal: { kind: 'operator', userId: 'x' },
      }),
    ).toString('base64url');
    await expect(verify(`${header}.${forged}.${signature}`)).rejects.toThrow();
    const flipped = signature!.slice(0, -2) + (signature!.endsWith('A') ? 'BB' : 'AA');
    await expect(verify(`${header}.${payload}.${flipped}`)).rejects.toThrow();
  });
});
