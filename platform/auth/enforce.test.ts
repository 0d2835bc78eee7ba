import { buildSchema, graphql } from 'graphql';
import { AuthorizationConfigError, enforceAuthorization, type AuthorizationRules } from './enforce';
import type { Principal } from './principal';

const SDL = `
  directive @authenticated on FIELD_DEFINITION
  directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION
  directive @policy(policies: [[String!]!]!) on FIELD_DEFINITION
  type Query {
    open: Int
    signedIn: Int @authenticated
    aAndB: Int @requiresScopes(scopes: [["a", "b"]])
    aOrB: Int @requiresScopes(scopes: [["a"], ["b"]])
    mine(owner: String!): Int @policy(policies: [["owner"]])
    required: Int! @authenticated
  }
`;

type Ctx = { principal: Principal };
const rules: AuthorizationRules<Ctx> = {
  scopesOf: (p) => new Set(p.kind === 'partner' ? p.scopes : []),
  policies: { owner: ({ principal, args }) => principal.kind === 'customer' && principal.customerId === args.owner },
};
const schema = enforceAuthorization<Ctx>(buildSchema(SDL), rules);
const root = { open: 1, signedIn: 2, aAndB: 3, aOrB: 4, mine: 5, required: 6 };

async function run(query: string, principal: Principal) {
  return graphql({ schema, source: query, rootValue: root, contextValue: { principal } });
}

const partner = (...scopes: string[]): Principal => ({ kind: 'partner', partnerId: 'p', scopes });

describe('enforceAuthorization', () => {
  it.each([
    ['{ open }', { kind: 'anonymous' } as Principal, { open: 1 }, undefined],
    ['{ signedIn }', { kind: 'anonymous' } as Principal, { signedIn: null }, 'UNAUTHENTICATED'],
    ['{ signedIn }', partner(), { signedIn: 2 }, undefined],
    ['{ aAndB }', partner('a'), { aAndB: null }, 'FORBIDDEN'],
    ['{ aAndB }', partner('a', 'b'), { aAndB: 3 }, undefined],
    ['{ aOrB }', partner('b'), { aOrB: 4 }, undefined],
    ['{ aOrB }', partner('c'), { aOrB: null }, 'FORBIDDEN'],
    ['{ mine(owner: "cus_1") }', { kind: 'customer', customerId: 'cus_1' } as Principal, { mine: 5 }, undefined],
    ['{ mine(owner: "cus_2") }', { kind: 'customer', customerId: 'cus_1' } as Principal, { mine: null }, 'FORBIDDEN'],
  ])('%s as %j → %j', async (query, principal, data, code) => {
    const res = await run(query, principal);
    expect(res.data).toEqual(data);
    expect(res.errors?.map((e) => e.extensions.code)).toEqual(code ? [code] : undefined);
  });

  it('a refused non-null field nulls its parent, as GraphQL requires', async () => {
    const res = await run('{ required open }', { kind: 'anonymous' });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses to build with a policy that has no implementation', () => {
    expect(() => enforceAuthorization<Ctx>(buildSchema(SDL), { ...rules, policies: {} })).toThrow(
      AuthorizationConfigError,
    );
  });
});
