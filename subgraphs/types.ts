import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Principal } from '../platform/auth/principal';
import type { EventBus } from '../platform/bus/port';
import type { SubgraphName } from '../platform/config';
import type { Logger } from '../platform/logger';
import type { BaseDocument, DocumentStore } from '../platform/store/port';
import type { DemoScenario } from '../demo/scenario';

/** What every subgraph is built from. Each subgraph touches only its own collections. */
export interface SubgraphDeps {
  store: DocumentStore;
  bus: EventBus;
  logger: Logger;
  /** Injectable clock for deterministic tests. */
  now?: () => Date;
  /**
   * Enforce the schema's authorization directives (default true). Only `bench:security` turns it
   * off, to measure what authorization costs against the same graph without it.
   */
  enforceAuthorization?: boolean;
}

/** Per-request facts every subgraph context starts from. */
export interface RequestMeta {
  principal: Principal;
  requestId: string;
}

export interface BaseContext extends RequestMeta {
  logger: Logger;
  now: () => Date;
}

/** What a subgraph contributes to seeding: the collections it owns and its documents for a demo scenario. */
export interface DemoSeeding {
  /** Every collection this subgraph owns (and the only ones it reads or writes). */
  collections: readonly string[];
  /** This subgraph's own documents for the shared demo scenario, keyed by its collection names. */
  demo(scenario: DemoScenario): Record<string, readonly BaseDocument[]>;
}

export interface Subgraph<TContext extends BaseContext = BaseContext> extends DemoSeeding {
  name: SubgraphName;
  typeDefs: DocumentNode;
  schema: GraphQLSchema;
  /** A fresh context (with fresh DataLoaders) for one subgraph request. */
  createContext(meta: RequestMeta): TContext;
  /** Creates indexes; safe to call repeatedly. */
  init(): Promise<void>;
  /** Starts background work (sweepers, cache invalidation); the host calls it after init. */
  start?(): Promise<void>;
  /** Stops background work and waits for a run in progress. */
  stop?(): Promise<void>;
  /**
   * What this subgraph offers others, implemented by its own service: the in-process binding of
   * the service interface declared in its `api.ts` (only subgraphs that declare one).
   */
  api?: unknown;
}

export function baseContext(meta: RequestMeta, deps: SubgraphDeps): BaseContext {
  return {
    principal: meta.principal,
    requestId: meta.requestId,
    logger: deps.logger.child({ requestId: meta.requestId }),
    now: deps.now ?? (() => new Date()),
  };
}
