import {
  defaultFieldResolver,
  GraphQLError,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { ErrorCode } from '../errors';
import type { Principal } from './principal';

/**
 * Federation's authorization directives, enforced inside a subgraph: `@authenticated`,
 * `@requiresScopes(scopes: [[...]])` and `@policy(policies: [[...]])` on a field (the outer list
 * is "any of", each inner list "all of", as Apollo Router reads them). A field the principal may
 * not see resolves to null with an UNAUTHENTICATED (anonymous caller) or FORBIDDEN error; nothing
 * behind it runs. Platform code knows no domain: scopes and policies come from the caller.
 */
export interface PolicyInput<TContext> {
  principal: Principal;
  parent: unknown;
  args: Record<string, unknown>;
  context: TContext;
}

export type Policy<TContext> = (input: PolicyInput<TContext>) => boolean | Promise<boolean>;

export interface AuthorizationRules<TContext> {
  scopesOf(principal: Principal): ReadonlySet<string>;
  policies: Record<string, Policy<TContext>>;
}

export interface FieldRequirement {
  authenticated: boolean;
  scopes: string[][] | null;
  policies: string[][] | null;
}

export class AuthorizationConfigError extends Error {}

function listsArg(directive: ConstDirectiveNode, name: string): string[][] {
  const arg = directive.arguments?.find((a) => a.name.value === name);
  if (!arg || arg.value.kind !== Kind.LIST)
    throw new AuthorizationConfigError(`@${directive.name.value} needs ${name}`);
  return valueFromASTUntyped(arg.value) as string[][];
}

/** The requirements a field declares, or null when it declares none. */
export function requirementOf(directives: readonly ConstDirectiveNode[] | undefined): FieldRequirement | null {
  const req: FieldRequirement = { authenticated: false, scopes: null, policies: null };
  let any = false;
  for (const d of directives ?? []) {
    if (d.name.value === 'authenticated') req.authenticated = true;
    else if (d.name.value === 'requiresScopes') req.scopes = listsArg(d, 'scopes');
    else if (d.name.value === 'policy') req.policies = listsArg(d, 'policies');
    else continue;
    any = true;
  }
  return any ? req : null;
}

function denied(principal: Principal, where: string): GraphQLError {
  return principal.kind === 'anonymous'
    ? new GraphQLError(`${where} requires authentication`, { extensions: { code: ErrorCode.UNAUTHENTICATED } })
    : new GraphQLError(`not allowed to access ${where}`, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/**
 * Whether the requirement holds. Synchronous unless a policy answers with a promise: field checks
 * run on every resolved field, so the common path allocates no promise.
 */
function allowed<TContext>(
  req: FieldRequirement,
  rules: AuthorizationRules<TContext>,
  input: PolicyInput<TContext>,
): boolean | Promise<boolean> {
  if (req.authenticated && input.principal.kind === 'anonymous') return false;
  if (req.scopes) {
    const held = rules.scopesOf(input.principal);
    if (!req.scopes.some((all) => all.every((s) => held.has(s)))) return false;
  }
  if (!req.policies) return true;
  const verdicts = req.policies.map((all) => all.map((name) => rules.policies[name]!(input)));
  if (verdicts.every((all) => all.every((v) => typeof v === 'boolean'))) {
    return (verdicts as boolean[][]).some((all) => all.every(Boolean));
  }
  return Promise.all(verdicts.map((all) => Promise.all(all))).then((vs) => vs.some((all) => all.every(Boolean)));
}

/**
 * Wraps the resolver of every field that declares requirements (in place: the schema is the
 * subgraph's own). Refuses, at build time, a policy name that has no implementation.
 */
export function enforceAuthorization<TContext extends { principal: Principal }>(
  schema: GraphQLSchema,
  rules: AuthorizationRules<TContext>,
): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const req = requirementOf(field.astNode?.directives);
      if (!req) continue;
      for (const name of (req.policies ?? []).flat()) {
        if (!rules.policies[name]) throw new AuthorizationConfigError(`policy "${name}" has no implementation`);
      }
      const resolve: GraphQLFieldResolver<unknown, TContext> = field.resolve ?? defaultFieldResolver;
      const where = `${type.name}.${field.name}`;
      field.resolve = (parent, args, context, info) => {
        const verdict = allowed(req, rules, { principal: context.principal, parent, args, context });
        if (verdict === true) return resolve(parent, args, context, info);
        if (verdict === false) throw denied(context.principal, where);
        return verdict.then((ok) => {
          if (!ok) throw denied(context.principal, where);
          return resolve(parent, args, context, info);
        });
      };
    }
  }
  return schema;
}
