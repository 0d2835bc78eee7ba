import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { principalFromBearer, principalFromHeader } from './headers';
import { createTokenVerifier, mintToken, type JwtSettings } from './jwt';
import { signPrincipal } from './signing';

const SECRET = 'headers-test-secret-0123456789';
const customer = { kind: 'customer' as const, customerId: 'cus_1' };
const JWT: JwtSettings = {
  issuer: 'commerce-gateway',
  audience: 'commerce-gateway',
  secret: 'jwt-test-secret-0123456789-0123456789',
  jwksUrl: null,
  clockToleranceSeconds: 30,
};
const verify = createTokenVerifier(JWT);

const refused = expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

describe('principalFromHeader (the forwarded principal a subgraph trusts)', () => {
  it('no header is anonymous; a signed one is its principal', () => {
    expect(principalFromHeader(undefined, SECRET)).toEqual({ kind: 'anonymous' });
    expect(principalFromHeader(signPrincipal(customer, SECRET, 'subgraph', 60), SECRET)).toEqual(customer);
  });

  it.each([
    ['a client-audience token replayed as a forwarded header', () => signPrincipal(customer, SECRET, 'client', 60)],
    ['a header signed with another secret', () => signPrincipal(customer, 'another-secret-0123456789', 'subgraph', 60)],
    ['garbage', () => 'x.y'],
  ])('refuses %s with a 401', (_, header) => {
    expect(() => principalFromHeader(header(), SECRET)).toThrow(refused);
  });

  it('refuses a header sent twice', () => {
    const t = signPrincipal(customer, SECRET, 'subgraph', 60);
    expect(() => principalFromHeader([t, t], SECRET)).toThrow('credentials must be sent once');
  });
});

describe('principalFromBearer (client JWTs, verified with jose)', () => {
  it('no header is anonymous; a minted token is its principal', async () => {
    expect(await principalFromBearer(undefined, verify)).toEqual({ kind: 'anonymous' });
    expect(await principalFromBearer(`Bearer ${await mintToken(customer, JWT, 60)}`, verify)).toEqual(customer);
  });

  it.each([
    ['a token without "Bearer"', async () => mintToken(customer, JWT, 60)],
    ['another secret', async () => `Bearer ${await mintToken(customer, { ...JWT, secret: 'x'.repeat(40) }, 60)}`],
    ['another issuer', async () => `Bearer ${await mintToken(customer, { ...JWT, issuer: 'evil' }, 60)}`],
    ['another audience', async () => `Bearer ${await mintToken(customer, { ...JWT, audience: 'other' }, 60)}`],
    ['expired past the tolerance', async () => `Bearer ${await mintToken(customer, JWT, 60, Date.now() - 120_000)}`],
    ['the internal header format', async () => `Bearer ${signPrincipal(customer, SECRET, 'subgraph', 60)}`],
    [
      'a token with no valid principal claim',
      async () =>
        `Bearer ${await new SignJWT({ principal: { kind: 'root' } })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer(JWT.issuer)
          .setAudience(JWT.audience)
          .setExpirationTime('1m')
          .sign(new TextEncoder().encode(JWT.secret))}`,
    ],
  ])('refuses %s with a 401', async (_, header) => {
    await expect(principalFromBearer(await header(), verify)).rejects.toThrow(refused);
  });

  it('accepts a token a few seconds past expiry, within the clock tolerance', async () => {
    const token = await mintToken(customer, JWT, 60, Date.now() - 70_000);
    expect(await principalFromBearer(`Bearer ${token}`, verify)).toEqual(customer);
  });
});

describe("a retailer's OpenID Connect provider (JWKS)", () => {
  let server: Server;
  let jwksUrl: string;
  let sign: (claims: Record<string, unknown>) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
    sign = (claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer('https://idp.retailer.example')
        .setAudience('commerce-gateway')
        .setExpirationTime('5m')
        .sign(privateKey);
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("verifies the provider's tokens with its published keys, and nothing else", async () => {
    const idp = createTokenVerifier({ ...JWT, issuer: 'https://idp.retailer.example', jwksUrl });
    expect(await principalFromBearer(`Bearer ${await sign({ principal: customer })}`, idp)).toEqual(customer);
    // An HS256 token made with the shared secret is not accepted once a JWKS is configured.
    const hs = await mintToken(customer, { ...JWT, issuer: 'https://idp.retailer.example' }, 60);
    await expect(principalFromBearer(`Bearer ${hs}`, idp)).rejects.toThrow(refused);
  });
});
