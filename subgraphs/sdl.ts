import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { enforceAuthorization, type Policy } from '../platform/auth/enforce';
import type { Principal } from '../platform/auth/principal';
import type { SubgraphName } from '../platform/config';
import { scopesOf } from './access';

/** The repository root, from both `subgraphs/` (ts-jest) and `dist/subgraphs/` (compiled). */
export const REPO_ROOT = join(__dirname, __dirname.includes(`${join('dist', 'subgraphs')}`) ? '../..' : '..');

export function sdlPath(name: SubgraphName): string {
  return join(REPO_ROOT, 'schema', `${name}.graphql`);
}

export function readSdl(name: SubgraphName): string {
  return readFileSync(sdlPath(name), 'utf8');
}

export function loadTypeDefs(name: SubgraphName): DocumentNode {
  return parse(readSdl(name));
}

/**
 * Builds a Federation 2 subgraph schema from the subgraph's SDL file and its typed resolvers, with
 * the authorization its SDL declares enforced (`policies` implements its `@policy` names).
 */
export function buildSchemaFor<TContext extends { principal: Principal }>(
  name: SubgraphName,
  resolvers: object,
  policies: Record<string, Policy<TContext>> = {},
  enforce = true,
): { typeDefs: DocumentNode; schema: GraphQLSchema } {
  const typeDefs = loadTypeDefs(name);
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
  return { typeDefs, schema: enforce ? enforceAuthorization<TContext>(schema, { scopesOf, policies }) : schema };
}
