import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
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

/** Composes the five subgraph SDL files into a Federation 2 supergraph SDL, or throws CompositionError. */
export function composeSupergraph(sdls: Partial<Record<SubgraphName, string>> = {}): string {
  const services = SUBGRAPH_NAMES.map((name) => {
    const sdl = sdls[name] ?? readSdl(name);
    try {
      return { name, url: DEFAULT_SUBGRAPH_URLS[name], typeDefs: parse(sdl) };
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

export function readCheckedInSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, 'utf8');
}
