import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { Kind, parse, visit, type ArgumentNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/config';
import { readSdl, REPO_ROOT } from '../subgraphs/sdl';

/** URLs recorded in the checked-in supergraph; the gateway and any router override them per deployment. */
export const DEFAULT_SUBGRAPH_URLS: Record<SubgraphName, string> = {
  identity: 'http://127.0.0.1:4001/graphql',
  catalog: 'http://127.0.0.1:4002/graphql',
  orders: 'http://127.0.0.1:4003/graphql',
  fulfillment: 'http://127.0.0.1:4004/graphql',
  attribution: 'http://127.0.0.1:4005/graphql',
};

export const SUPERGRAPH_PATH = join(REPO_ROOT, 'schema', 'supergraph.graphql');

export class CompositionError extends Error {
  constructor(readonly errors: { message: string; code?: string }[]) {
    super(
      `supergraph composition failed with ${errors.length} error(s):\n` +
        errors.map((e) => `  - ${e.code ? `[${e.code}] ` : ''}${e.message}`).join('\n'),
    );
    this.name = 'CompositionError';
  }
}

const AUTHORIZATION_DIRECTIVES = new Set(['authenticated', 'requiresScopes', 'policy']);

/**
 * A subgraph SDL without Federation's authorization directives. @apollo/gateway refuses a
 * supergraph whose `for: SECURITY` features it cannot enforce; here each subgraph enforces them
 * itself (so embedded and distributed mode alike), and the gateway plans the same graph without
 * them. The checked-in supergraph keeps them, for Apollo Router.
 */
export function withoutAuthorization(typeDefs: DocumentNode): DocumentNode {
  return visit(typeDefs, {
    Directive(node) {
      return AUTHORIZATION_DIRECTIVES.has(node.name.value) ? null : undefined;
    },
    ListValue(node, _key, parent) {
      const inImport = parent && !Array.isArray(parent) && (parent as ArgumentNode).name?.value === 'import';
      if (!inImport) return undefined;
      return {
        ...node,
        values: node.values.filter(
          (v) => !(v.kind === Kind.STRING && AUTHORIZATION_DIRECTIVES.has(v.value.replace(/^@/, ''))),
        ),
      };
    },
  });
}

/**
 * Composes the five subgraph SDL files into a Federation 2 supergraph SDL, or throws
 * CompositionError. `forGateway` composes what our own gateway serves (see `withoutAuthorization`).
 */
export function composeSupergraph(
  sdls: Partial<Record<SubgraphName, string>> = {},
  options: { forGateway?: boolean } = {},
): string {
  const services = SUBGRAPH_NAMES.map((name) => {
    const sdl = sdls[name] ?? readSdl(name);
    try {
      const typeDefs = parse(sdl);
      return {
        name,
        url: DEFAULT_SUBGRAPH_URLS[name],
        typeDefs: options.forGateway ? withoutAuthorization(typeDefs) : typeDefs,
      };
    } catch (err) {
      throw new CompositionError([{ message: `schema/${name}.graphql: ${(err as Error).message}`, code: 'SDL_PARSE' }]);
    }
  });
  const result = composeServices(services);
  if (result.errors) {
    throw new CompositionError(
      result.errors.map((e) => ({ message: e.message, code: e.extensions?.code as string | undefined })),
    );
  }
  return result.supergraphSdl;
}

/** The client-facing schema of the supergraph (what clients validate operations against). */
export function composeApiSchema(): GraphQLSchema {
  return Supergraph.build(composeSupergraph({}, { forGateway: true }))
    .apiSchema()
    .toGraphQLJSSchema();
}

export function readCheckedInSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, 'utf8');
}
