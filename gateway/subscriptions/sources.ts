import { parse, subscribe, validate, type DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Subgraph } from '../../subgraphs/types';
import type { GatewayContext } from '../context';
import type { SubscriptionSource } from './engine';

/**
 * Embedded mode: a subgraph's subscription root field subscribed to in this process, with the
 * subgraph's own context for the caller's principal (exactly what a query's fetch gets), so the
 * subgraph's declared authorization decides at subscription time and again on every event.
 */
export function embeddedSubscriptionSource(subgraph: Subgraph): SubscriptionSource {
  // The planner sends each subgraph the few subscription operations clients use, over and over.
  const documents = new LRUCache<string, DocumentNode>({ max: 200 });
  return {
    async subscribe({ query, variables }, context: GatewayContext) {
      let document = documents.get(query);
      if (!document) {
        document = parse(query);
        const errors = validate(subgraph.schema, document);
        if (errors.length > 0) return { errors };
        documents.set(query, document);
      }
      return subscribe({
        schema: subgraph.schema,
        document,
        variableValues: variables,
        contextValue: subgraph.createContext({ principal: context.principal, requestId: context.requestId }),
      });
    },
  };
}
