/**
 * `@apollo/gateway`'s `executeQueryPlan` builds federation's `Operation` from the request's
 * document on every execution (`operationFromDocument`, about 0.15–0.3 ms and 17 KB here), for
 * every query, mutation and subscription event, although the document is the same parsed object
 * for every request with the same text (Apollo Server's document cache, and ours for
 * subscriptions). This keeps the `Operation` built for a document's operation definition and
 * fragments, and answers the same calls with it; the `Operation` is only read (result shaping,
 * the plan's conditions). Installed once, when the gateway loads (`installOperationMemo`).
 *
 * It replaces the function on federation-internals' `operations` module, where `executeQueryPlan`
 * reads it on each call (`@apollo/federation-internals` 2.14, pinned in package.json); a test
 * checks the replacement is in place and answers like the original.
 */
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import * as internals from '@apollo/federation-internals';
import * as operations from '@apollo/federation-internals/dist/operations';

type OperationFromDocument = typeof operations.operationFromDocument;
type Options = Parameters<OperationFromDocument>[2];

interface Kept {
  definitions: readonly unknown[];
  validate: boolean | undefined;
  operationName: string | undefined;
  operation: ReturnType<OperationFromDocument>;
}

/** Per schema, per operation definition node: what was built for it (one per kind of call). */
const kept = new WeakMap<object, WeakMap<OperationDefinitionNode, Kept[]>>();
/** Kinds of call kept per node (executeQueryPlan's, the planner's). */
const PER_NODE = 4;
let original: OperationFromDocument | null = null;

function sameCall(k: Kept, document: DocumentNode, options: Options): boolean {
  return (
    k.validate === options?.validate &&
    k.operationName === options?.operationName &&
    k.definitions.length === document.definitions.length &&
    k.definitions.every((d, i) => d === document.definitions[i])
  );
}

function memoized(...args: Parameters<OperationFromDocument>): ReturnType<OperationFromDocument> {
  const [schema, document, options] = args;
  const first = document.definitions[0];
  if (first?.kind !== 'OperationDefinition') return original!(...args);
  let bySchema = kept.get(schema);
  if (!bySchema) kept.set(schema, (bySchema = new WeakMap()));
  let calls = bySchema.get(first);
  const hit = calls?.find((k) => sameCall(k, document, options));
  if (hit) return hit.operation;
  const operation = original!(...args);
  if (!calls) bySchema.set(first, (calls = []));
  if (calls.length >= PER_NODE) calls.shift();
  calls.push({
    definitions: [...document.definitions],
    validate: options?.validate,
    operationName: options?.operationName,
    operation,
  });
  return operation;
}

/** Installs the memo (once; later calls do nothing). */
export function installOperationMemo(): void {
  if (original) return;
  original = operations.operationFromDocument;
  (operations as { operationFromDocument: OperationFromDocument }).operationFromDocument = memoized;
}

/** Whether `operationFromDocument`, as `executeQueryPlan` reads it, is the memo (tests). */
export function operationMemoInstalled(): boolean {
  return internals.operationFromDocument === memoized;
}
