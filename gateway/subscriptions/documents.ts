import {
  GraphQLError,
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import type { CacheObserver } from '../../platform/metrics';

/** The printed text of each document, printed once (documents are shared per text by `documentCache`). */
const printed = new WeakMap<DocumentNode, string>();
export function printedOnce(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

/** Subscription texts kept parsed and validated: clients send the same few, thousands of times. */
const DOCUMENTS = 500;

/**
 * Parses and validates subscription texts once per text: every subscriber of the same text shares
 * one document (a parsed document is several KB, held for the subscription's life), and parse plus
 * validation runs once. Only valid documents are kept (validity against a fixed schema and rules
 * never changes); an invalid text is checked again each time and answers its errors.
 */
export function documentCache(schema: GraphQLSchema, rules: readonly ValidationRule[], observe?: CacheObserver) {
  const documents = new LRUCache<string, DocumentNode>({ max: DOCUMENTS });
  const allRules = [...specifiedRules, ...rules];
  return (source: string): { document: DocumentNode } | { errors: readonly GraphQLError[] } => {
    const cached = documents.get(source);
    observe?.(cached !== undefined);
    if (cached) return { document: cached };
    let document: DocumentNode;
    try {
      document = parse(source);
    } catch (err) {
      return { errors: [err as GraphQLError] };
    }
    const errors = validate(schema, document, allRules);
    if (errors.length > 0) return { errors };
    documents.set(source, document);
    return { document };
  };
}

/** Parses and validates a subscription text once per text (`documentCache`). */
export type DocumentCache = ReturnType<typeof documentCache>;
