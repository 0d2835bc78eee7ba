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

describe('enforceAuthorization: how verdicts are reached', () => {
  const MORE = `
    directive @authenticated on FIELD_DEFINITION
    directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION
    directive @policy(policies: [[String!]!]!) on FIELD_DEFINITION
    type Query {
      a: Int @requiresScopes(scopes: [["a"]])
      alsoA: Int @requiresScopes(scopes: [["a"]])
      b: Int @requiresScopes(scopes: [["b"]])
      later: Int @policy(policies: [["later"]])
      eitherPolicy: Int @policy(policies: [["no"], ["yes"]])
      bothPolicies: Int @policy(policies: [["yes", "no"]])
      throwsElsewhere: Int @policy(policies: [["yes"], ["throws"]])
      authenticatedAndScoped: Int @authenticated @requiresScopes(scopes: [["a"]])
    }
  `;
  let scopeLookups = 0;
  const counted: AuthorizationRules<Ctx> = {
    scopesOf: (p) => {
      scopeLookups++;
      return new Set(p.kind === 'partner' ? p.scopes : []);
    },
    policies: {
      later: ({ principal }) => Promise.resolve(principal.kind === 'customer'),
      yes: () => true,
      no: () => false,
      throws: () => {
        throw new Error('policy failed');
      },
    },
  };
  const more = enforceAuthorization<Ctx>(buildSchema(MORE), counted);
  const values = { a: 1, alsoA: 2, b: 3, later: 4, eitherPolicy: 5, bothPolicies: 6, throwsElsewhere: 7 };
  const exec = (query: string, contextValue: Ctx) =>
    graphql({ schema: more, source: query, rootValue: values, contextValue });

  it('an asynchronous policy allows or refuses like a synchronous one', async () => {
    expect((await exec('{ later }', { principal: { kind: 'customer', customerId: 'c' } })).data).toEqual({ later: 4 });
    const refused = await exec('{ later }', { principal: partner('a') });
    expect(refused.data).toEqual({ later: null });
    expect(refused.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
  });

  it('policies combine as any-of groups of all-of names, and a failing policy fails the field', async () => {
    const res = await exec('{ eitherPolicy bothPolicies throwsElsewhere }', { principal: partner() });
    expect(res.data).toEqual({ eitherPolicy: 5, bothPolicies: null, throwsElsewhere: null });
    expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions.code ?? e.message])).toEqual([
      ['bothPolicies', 'FORBIDDEN'],
      ['throwsElsewhere', 'policy failed'],
    ]);
  });

  it("decides each scope requirement once per request, from that request's principal", async () => {
    scopeLookups = 0;
    const first = await exec('{ a alsoA b x: a }', { principal: partner('a') });
    expect(first.data).toEqual({ a: 1, alsoA: 2, b: null, x: 1 });
    expect(scopeLookups).toBe(1);
    const second = await exec('{ a b }', { principal: partner('b') });
    expect(second.data).toEqual({ a: null, b: 3 });
    expect(scopeLookups).toBe(2);
    // A context whose principal changes is decided again for the new principal.
    const context: Ctx = { principal: partner('a') };
    expect((await exec('{ a }', context)).data).toEqual({ a: 1 });
    context.principal = partner('b');
    expect((await exec('{ a }', context)).data).toEqual({ a: null });
  });

  it('checks @authenticated before the scopes', async () => {
    const res = await exec('{ authenticatedAndScoped }', { principal: { kind: 'anonymous' } });
    expect(res.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    const scoped = await exec('{ authenticatedAndScoped }', { principal: partner('a') });
    expect(scoped.errors).toBeUndefined();
  });
});
