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

/** Whether `held` satisfies one of the "all of" groups. */
function holdsAnyGroup(groups: readonly (readonly string[])[], held: ReadonlySet<string>): boolean {
  for (const all of groups) {
    let ok = true;
    for (const s of all) {
      if (!held.has(s)) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/**
 * What one request's context remembers: the principal's scopes and the verdict of each distinct
 * `@requiresScopes` requirement. Both depend on the principal alone, so they cannot change within a
 * request, and a journey asks the same few of them on every object it resolves.
 */
interface ScopeVerdicts {
  principal: Principal;
  held: ReadonlySet<string> | null;
  verdicts: (boolean | undefined)[];
}

/**
 * Whether the policies hold ("any of" groups of "all of" names). Every named policy is asked (a
 * policy that throws or rejects fails the field even when another group would allow it), and the
 * answer is synchronous unless a policy answers with something other than a boolean. The usual
 * single policy is asked without allocating anything but its input.
 */
function policiesAllow<TContext>(
  groups: readonly (readonly Policy<TContext>[])[],
  input: PolicyInput<TContext>,
): boolean | Promise<boolean> {
  if (groups.length === 1 && groups[0]!.length === 1) {
    const v = groups[0]![0]!(input);
    return typeof v === 'boolean' ? v : Promise.all([v]).then(([r]) => Boolean(r));
  }
  const verdicts = groups.map((all) => all.map((policy) => policy(input)));
  if (verdicts.every((all) => all.every((v) => typeof v === 'boolean'))) {
    return (verdicts as boolean[][]).some((all) => all.every(Boolean));
  }
  return Promise.all(verdicts.map((all) => Promise.all(all))).then((vs) => vs.some((all) => all.every(Boolean)));
}

/**
 * Wraps the resolver of every field that declares requirements (in place: the schema is the
 * subgraph's own); fields that declare none keep their resolver untouched. Refuses, at build time,
 * a policy name that has no implementation.
 */
export function enforceAuthorization<TContext extends { principal: Principal }>(
  schema: GraphQLSchema,
  rules: AuthorizationRules<TContext>,
): GraphQLSchema {
  // Each distinct `@requiresScopes` requirement is numbered, and decided once per request.
  const scopeRequirements = new Map<string, number>();
  const perRequest = new WeakMap<object, ScopeVerdicts>();

  function scopesAllow(context: TContext, id: number, groups: readonly (readonly string[])[]): boolean {
    let memo = perRequest.get(context);
    if (memo === undefined || memo.principal !== context.principal) {
      memo = { principal: context.principal, held: null, verdicts: [] };
      perRequest.set(context, memo);
    }
    let verdict = memo.verdicts[id];
    if (verdict === undefined) {
      verdict = holdsAnyGroup(groups, (memo.held ??= rules.scopesOf(memo.principal)));
      memo.verdicts[id] = verdict;
    }
    return verdict;
  }

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const req = requirementOf(field.astNode?.directives);
      if (!req) continue;
      const policies = req.policies?.map((all) =>
        all.map((name) => {
          const policy = rules.policies[name];
          if (!policy) throw new AuthorizationConfigError(`policy "${name}" has no implementation`);
          return policy;
        }),
      );
      const { authenticated, scopes } = req;
      let scopesId = -1;
      if (scopes) {
        const key = JSON.stringify(scopes);
        scopesId = scopeRequirements.get(key) ?? scopeRequirements.size;
        scopeRequirements.set(key, scopesId);
      }
      const where = `${type.name}.${field.name}`;
      /** Runs `next` when the principal may see the field, else throws FORBIDDEN / UNAUTHENTICATED. */
      const guard =
        (next: GraphQLFieldResolver<unknown, TContext>): GraphQLFieldResolver<unknown, TContext> =>
        (parent, args, context, info) => {
          if (authenticated && context.principal.kind === 'anonymous') throw denied(context.principal, where);
          if (scopes && !scopesAllow(context, scopesId, scopes)) throw denied(context.principal, where);
          if (!policies) return next(parent, args, context, info);
          const verdict = policiesAllow(policies, { principal: context.principal, parent, args, context });
          if (verdict === true) return next(parent, args, context, info);
          if (verdict === false) throw denied(context.principal, where);
          return verdict.then((ok) => {
            if (!ok) throw denied(context.principal, where);
            return next(parent, args, context, info);
          });
        };
      field.resolve = guard(field.resolve ?? defaultFieldResolver);
      // A subscription field is checked when it is subscribed to, and again for every event.
      if (field.subscribe) field.subscribe = guard(field.subscribe);
    }
  }
  return schema;
}
