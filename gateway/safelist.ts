import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import { GraphQLError, Kind, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Principal } from '../platform/auth/principal';
import { ErrorCode } from '../platform/errors';
import { REPO_ROOT } from '../subgraphs/sdl';

/**
 * The partner safelist: the operations each partner may run, registered ahead of time with
 * `npm run safelist` (a manifest file, `schema/safelist.json` by default). A partner's request runs
 * only when its operation text is registered for that partner; partners may send just the
 * operation's sha256 (automatic persisted query style) since the safelist also serves as the
 * persisted-query store. First-party clients use ordinary automatic persisted queries.
 */
export interface SafelistedOperation {
  /** sha256 (hex) of `body`, exactly as clients send it. */
  id: string;
  name: string | null;
  body: string;
  /** Partner ids allowed to run it. */
  partners: string[];
}

export interface SafelistManifest {
  version: 1;
  operations: SafelistedOperation[];
}

/** Where `npm run safelist` keeps the manifest unless SAFELIST_FILE says otherwise. */
export const DEFAULT_SAFELIST = join(REPO_ROOT, 'schema', 'safelist.json');

export const operationHash = (body: string): string => createHash('sha256').update(body).digest('hex');

export function readSafelist(path: string): SafelistManifest {
  if (!existsSync(path)) return { version: 1, operations: [] };
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as SafelistManifest;
  if (manifest.version !== 1 || !Array.isArray(manifest.operations)) {
    throw new Error(`${path} is not a version 1 safelist manifest`);
  }
  for (const op of manifest.operations) {
    if (operationHash(op.body) !== op.id) throw new Error(`${path}: operation ${op.id} does not match its body`);
  }
  return manifest;
}

export function writeSafelist(path: string, manifest: SafelistManifest): void {
  const operations = [...manifest.operations].sort((a, b) => (a.id < b.id ? -1 : 1));
  writeFileSync(path, `${JSON.stringify({ version: 1, operations }, null, 2)}\n`);
}

/** Apollo Server's persisted-query cache interface (what `persistedQueries.cache` takes). */
export interface OperationTextCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

/**
 * The persisted-query store: every safelisted operation by its hash, plus a bounded store of the
 * operation texts clients registered themselves (automatic persisted queries). Apollo Server
 * prefixes its keys with `apq:`.
 */
export function persistedQueryCache(manifest: SafelistManifest): OperationTextCache {
  const registered = new Map(manifest.operations.map((op) => [`apq:${op.id}`, op.body]));
  const texts = new LRUCache<string, string>({ maxSize: 10_000_000, sizeCalculation: (v) => v.length + 64 });
  return {
    get: async (key) => registered.get(key) ?? texts.get(key),
    set: async (key, value) => void texts.set(key, value),
    delete: async (key) => texts.delete(key),
  };
}

/**
 * The hash an operation was registered under: `npm run safelist` keeps each operation printed
 * with the document's fragments, so any formatting of the registered text matches. Memoised per
 * parsed document (Apollo Server caches those).
 */
const normalizedHashes = new WeakMap<OperationDefinitionNode, string>();
function normalizedHash(document: DocumentNode, operation: OperationDefinitionNode): string {
  let hash = normalizedHashes.get(operation);
  if (hash === undefined) {
    const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    hash = operationHash(print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }));
    normalizedHashes.set(operation, hash);
  }
  return hash;
}

/**
 * Whether a partner may run an operation: registered for it by the hash of the text as sent, or of
 * the operation printed as registration printed it. Null: it may (or the caller is no partner).
 */
export function safelistCheck(manifest: SafelistManifest) {
  const allowed = new Map(manifest.operations.map((op) => [op.id, new Set(op.partners)]));
  return (
    principal: Principal,
    sentHash: string,
    document: DocumentNode,
    operation: OperationDefinitionNode | null | undefined,
  ): GraphQLError | null => {
    if (principal.kind !== 'partner' || allowed.get(sentHash)?.has(principal.partnerId)) return null;
    if (operation && allowed.get(normalizedHash(document, operation))?.has(principal.partnerId)) return null;
    return new GraphQLError('this operation is not on the safelist for your partner key', {
      extensions: { code: ErrorCode.OPERATION_NOT_SAFELISTED, http: { status: 403 } },
    });
  };
}

/** Refuses, before execution, a partner's operation that is not registered for it (403). */
export function safelistPlugin<TContext extends BaseContext & { principal: Principal }>(
  manifest: SafelistManifest,
): ApolloServerPlugin<TContext> {
  const check = safelistCheck(manifest);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, queryHash, document, operation }) {
          const refused = check(contextValue.principal, queryHash, document, operation);
          if (refused) throw refused;
        },
      };
    },
  };
}
