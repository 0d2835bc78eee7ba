import { buildOperationContext, executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import type { GatewayGraphQLRequestContext, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import {
  getOperationAST,
  GraphQLError,
  parse,
  print,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../../platform/logger';
import type { CacheObserver } from '../../platform/metrics';
import type { GatewayContext } from '../context';
import { printedOnce } from './documents';

/**
 * Where a subscription's primary fetch (the owning subgraph's own subscription root field) is
 * subscribed to: in-process when embedded, over graphql-ws when distributed.
 */
export interface SubscriptionSource {
  subscribe(
    request: { query: string; variables: Record<string, unknown> },
    context: GatewayContext,
  ): Promise<AsyncIterable<ExecutionResult> | ExecutionResult>;
}

/** Query plans kept per operation text (a storefront's few subscriptions, many times). */
const PLAN_CACHE_SIZE = 500;

interface Planned {
  operationContext: ReturnType<typeof buildOperationContext>;
  primary: FetchNode;
  rest: PlanNode | undefined;
  /** The primary fetch asks exactly what the client asked (`asksTheSame`). */
  same: boolean;
}

/**
 * Whether a plan's primary fetch asks its subgraph exactly what the client's operation asks: no
 * `rest`, one operation and no fragment definitions, and the same selection set, printed (the
 * planner adds nothing: no `__typename`, no keys, no renamed aliases). Then an event without
 * errors is already the client's answer, field for field and in order, and running the plan on it
 * would only copy it; events with errors still go through the plan.
 */
export function asksTheSame(
  document: DocumentNode,
  operationName: string | undefined,
  primary: FetchNode,
  rest: PlanNode | undefined,
): boolean {
  if (rest || document.definitions.length !== 1) return false;
  const client = getOperationAST(document, operationName);
  const fetched = getOperationAST(parse(primary.operation));
  return !!client && !!fetched && print(client.selectionSet) === print(fetched.selectionSet);
}

/**
 * Subscriptions through the federated graph. `@apollo/gateway` refuses to execute a subscription
 * plan, but its planner makes one: a `SubscriptionNode` whose `primary` fetch is the owning
 * subgraph's subscription root field and whose `rest` resolves the payload's fields from the other
 * subgraphs (entity fetches). The primary is subscribed to once; for each event, the gateway's own
 * `executeQueryPlan` runs the plan "primary, then rest" with the primary fetch answered by the
 * event instead of a request, so every payload field — from any subgraph — is resolved, shaped
 * and authorised exactly like a query's. An event that already is the answer (`asksTheSame`, no
 * errors) is passed on without running the plan.
 */
export function createSubscriptionEngine(options: {
  supergraphSdl: string;
  serviceMap: ServiceMap;
  sources: Record<string, SubscriptionSource>;
  logger: Logger;
  /** Told of each lookup in the plan cache (metrics). */
  observePlans?: CacheObserver;
  /** Runs the plan on every event, even when the primary asks what the client asked (tests compare). */
  planEveryEvent?: boolean;
}) {
  const supergraph = Supergraph.build(options.supergraphSdl);
  const supergraphSchema = supergraph.schema.toGraphQLJSSchema();
  const apiSchema: Schema = supergraph.apiSchema();
  const schema: GraphQLSchema = apiSchema.toGraphQLJSSchema();
  const planner = new QueryPlanner(supergraph);
  const plans = new LRUCache<string, Planned>({ max: PLAN_CACHE_SIZE });

  function plan(document: DocumentNode, operationName: string | undefined): Planned {
    const key = `${operationName ?? ''}\u0000${printedOnce(document)}`;
    const cached = plans.get(key);
    options.observePlans?.(cached !== undefined);
    if (cached) return cached;
    const operationContext = buildOperationContext({ schema, operationDocument: document, operationName });
    const operation = operationFromDocument(apiSchema, document, { operationName });
    const queryPlan: QueryPlan = planner.buildQueryPlan(operation);
    if (queryPlan.node?.kind !== 'Subscription') throw new Error('not a subscription operation');
    const { primary, rest } = queryPlan.node;
    const same = !options.planEveryEvent && asksTheSame(document, operationName, primary, rest);
    const planned = { operationContext, primary, rest, same };
    plans.set(key, planned);
    return planned;
  }

  /** The service map of one event: the primary's subgraph answers the primary fetch with the event. */
  function withEvent(primary: FetchNode, event: ExecutionResult): ServiceMap {
    const real = options.serviceMap[primary.serviceName]!;
    const answering: GraphQLDataSource = {
      process: (request) =>
        request.request.query === primary.operation
          ? Promise.resolve(event as GatewayGraphQLResponse)
          : real.process(request),
    };
    return { ...options.serviceMap, [primary.serviceName]: answering };
  }

  async function* resolveEvents(
    events: AsyncIterable<ExecutionResult>,
    planned: Planned,
    requestContext: GatewayGraphQLRequestContext,
  ): AsyncGenerator<ExecutionResult> {
    const { primary, rest, operationContext } = planned;
    const whole: QueryPlan = {
      kind: 'QueryPlan',
      node: rest ? { kind: 'Sequence', nodes: [primary, rest] } : primary,
    };
    try {
      for await (const event of events) {
        if (!event.data) {
          yield { errors: event.errors ?? [new GraphQLError('subscription event without data')] };
          continue;
        }
        if (planned.same && !event.errors) {
          yield { data: event.data };
          continue;
        }
        yield (await executeQueryPlan(
          whole,
          withEvent(primary, event),
          requestContext,
          operationContext,
          supergraphSchema,
          apiSchema,
        )) as ExecutionResult;
      }
    } catch (err) {
      // The subgraph refused the subscription (validation) or its stream failed: tell the client, end.
      const errors = Array.isArray(err) ? err : [err];
      options.logger.warn({ err: errors[0] }, 'subscription source failed');
      yield {
        errors: errors.map((e) =>
          e instanceof GraphQLError
            ? e
            : new GraphQLError(String((e as { message?: unknown })?.message ?? 'subscription failed'), {
                extensions: (e as { extensions?: Record<string, unknown> })?.extensions ?? {},
              }),
        ),
      };
    }
  }

  return {
    /** The API schema clients validate subscriptions against. */
    schema,
    /**
     * Subscribes `document` (already validated) for `context`: the event stream of its results, or
     * one result with the errors that prevented subscribing.
     */
    async subscribe(args: {
      document: DocumentNode;
      operationName?: string;
      variables: Record<string, unknown>;
      context: GatewayContext;
    }): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
      let planned: Planned;
      try {
        planned = plan(args.document, args.operationName);
      } catch (err) {
        return { errors: [err instanceof GraphQLError ? err : new GraphQLError((err as Error).message)] };
      }
      const source = options.sources[planned.primary.serviceName];
      if (!source) {
        return { errors: [new GraphQLError(`subgraph ${planned.primary.serviceName} serves no subscriptions`)] };
      }
      const variables = Object.fromEntries(
        (planned.primary.variableUsages ?? []).filter((v) => v in args.variables).map((v) => [v, args.variables[v]]),
      );
      const primary = await source.subscribe({ query: planned.primary.operation, variables }, args.context);
      if (!(Symbol.asyncIterator in primary)) return primary;
      const requestContext = {
        request: { query: printedOnce(args.document), variables: args.variables, operationName: args.operationName },
        context: args.context,
        logger: options.logger,
        cache: undefined,
        metrics: {},
        overallCachePolicy: { restrict: () => undefined },
        operationName: args.operationName ?? null,
      } as unknown as GatewayGraphQLRequestContext;
      const events = primary[Symbol.asyncIterator]();
      const resolved = resolveEvents({ [Symbol.asyncIterator]: () => events }, planned, requestContext);
      // Closing the client's stream closes the subgraph's (its bus listener goes away).
      return {
        [Symbol.asyncIterator]: () => ({
          next: () => resolved.next(),
          return: async () => {
            await events.return?.();
            return resolved.return(undefined);
          },
        }),
      };
    },
  };
}

export type SubscriptionEngine = ReturnType<typeof createSubscriptionEngine>;
