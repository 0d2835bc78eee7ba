import { randomUUID } from 'node:crypto';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { MergingDataSource } from './dedup';
import { CachingDataSource } from './response-cache';
import { installOperationMemo } from './operation-memo';
import { auditPlugin } from '../platform/audit';
import { createTokenVerifier } from '../platform/auth/jwt';
import { SUBGRAPH_NAMES, type Config, type SubgraphName } from '../platform/config';
import { startGraphQLServer, type RunningGraphQLServer } from '../platform/graphql-server';
import { limitRules, limitsPlugin, tokenLimit } from '../platform/limits';
import { createMemoryBucket, createRedisBucket } from '../platform/limits/throttle';
import { createLogger, type Logger } from '../platform/logger';
import { createMetrics, metricsRoute, type Metrics } from '../platform/metrics';
import { errorCode, metricsPlugin } from '../platform/metrics-plugin';
import { tracingPlugin, type Tracing } from '../platform/tracing';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { overloadPlugin, type LimiterStats } from '../platform/overload';
import type { Infrastructure } from '../platform/runtime';
import { startSubgraphs, type SubgraphHost } from '../subgraphs/host';
import type { Subgraph } from '../subgraphs/types';
import { composeSupergraph } from './compose';
import { DEFAULT_SAFELIST, persistedQueryCache, readSafelist, safelistCheck, safelistPlugin } from './safelist';
import { contextFor, createGatewayContext, throttleKey, type GatewayContext } from './context';
import { documentCache } from './subscriptions/documents';
import { createSubscriptionEngine, type SubscriptionSource } from './subscriptions/engine';
import { embeddedSubscriptionSource, remoteSubscriptionSource } from './subscriptions/sources';
import { attachWebSockets } from './subscriptions/ws';
import { subscriptionRunner } from './subscriptions/runner';
import { sseHandler, SSE_PATH } from './subscriptions/sse';
import { partnerKeyAuthenticator } from './partner-keys';
import { contractPlugin } from '../platform/auth/contract';
import {
  bindingsFrom,
  CACHED_SUBGRAPH,
  CATALOG_CHANGE_TOPICS,
  IdentityTopics,
  remoteBindings,
  type PartnerKeyChangedEvent,
} from '../subgraphs/registry';
import { DOCUMENT_CACHE_SIZE, EmbeddedSubgraphDataSource, RemoteSubgraphDataSource } from './data-sources';
import { countedPlanStore, gatewayTracing, meteredDataSources } from './observability';

/** Where Prometheus scrapes the gateway's metrics (with `METRICS_TOKEN`). */
export const METRICS_PATH = '/metrics';

/**
 * Distributed mode: ready when every subgraph answers its own `/readyz` within the subgraph
 * timeout; the details name each one `up` or `down`, so an operator sees which is missing.
 */
async function subgraphsReadiness(config: Config): Promise<{ ready: boolean; details: Record<string, unknown> }> {
  const states = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const url = new URL('/readyz', config.subgraphUrls[name]);
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(config.subgraphTimeoutMs) });
        await res.body?.cancel();
        return res.ok ? 'up' : 'down';
      } catch {
        return 'down';
      }
    }),
  );
  const subgraphs = Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, states[i]]));
  return { ready: states.every((s) => s === 'up'), details: { mode: config.mode, subgraphs } };
}

export interface GatewayDeps {
  logger?: Logger;
  /** Embedded mode: use this infrastructure instead of opening one from config (tests). */
  infrastructure?: Infrastructure;
  /**
   * `bench:security`'s baseline only: the same graph without operation limits, cost accounting,
   * throttling, the partner safelist, the audit log and authorization. Never configurable.
   */
  withoutSecurity?: boolean;
  /** With `OTEL_TRACING` on: export spans here as they end instead of the configured file or log (tests). */
  spanExporter?: SpanExporter;
  /** Set when this process is one of several cluster workers: answers carry `x-gateway-worker`. */
  workerId?: number;
}

export interface RunningGateway {
  url: string;
  port: number;
  /** Embedded mode: the in-process subgraphs (tests use their stores directly). */
  subgraphs: Partial<Record<SubgraphName, Subgraph>>;
  /** Embedded mode: the store and bus the subgraphs run on. */
  infrastructure: Infrastructure | null;
  /**
   * Live subscription groups, subscribers, executions (shared execution) and messages written
   * straight to a WebSocket (for tests and metrics).
   */
  subscriptionStats: () => { groups: number; subscribers: number; executions: number; direct: number };
  /** Overload: GraphQL requests in flight and refused, and (distributed) each subgraph's fetch slots. */
  load: () => GatewayLoad;
}

export interface GatewayLoad {
  inFlight: number;
  refused: number;
  subgraphs: Partial<Record<SubgraphName, LimiterStats>>;
}

export interface Gateway {
  start(): Promise<RunningGateway>;
  stop(): Promise<void>;
}

/**
 * The gateway: composes the supergraph from the subgraph SDL files (composition errors stop
 * start-up), serves it over HTTP, and reaches the subgraphs in-process (embedded, hosted here by
 * the same host a standalone subgraph uses) or over HTTP (distributed).
 */
export function createGateway(config: Config, deps: GatewayDeps = {}): Gateway {
  installOperationMemo(); // once per process: executeQueryPlan builds each operation once
  const logger = deps.logger ?? createLogger(config.logLevel, { service: 'gateway', mode: config.mode });
  let host: SubgraphHost | null = null;
  let server: RunningGraphQLServer | null = null;
  let stopping: Promise<void> | null = null;
  let closeSources: () => Promise<void> = async () => undefined;
  let sockets: ReturnType<typeof attachWebSockets> | null = null;
  let stopKeyWatch: (() => Promise<void>) | null = null;
  let tracing: Tracing | null = null;
  // Recorded only when they can be read (METRICS_TOKEN set); one registry per gateway instance.
  const metrics: Metrics | null = config.metrics.token
    ? createMetrics({ maxOperations: config.metrics.maxOperations })
    : null;
  const observe = (cache: string) => metrics?.cacheObserver(cache);
  /** The HTTP token-limit check, its refusals counted. */
  const counted =
    (check: ReturnType<typeof tokenLimit>): ReturnType<typeof tokenLimit> =>
    (source) => {
      const refusal = check(source);
      if (refusal && metrics) metrics.refused(errorCode(refusal));
      return refusal;
    };

  let remoteSources: RemoteSubgraphDataSource[] = [];
  /** The catalog's public answers (RESPONSE_CACHE_TTL_MS), when on. */
  let responseCache: CachingDataSource | null = null;
  let stopCacheWatch: (() => Promise<void>) | null = null;

  async function dataSources(): Promise<Record<SubgraphName, GraphQLDataSource>> {
    const sources = await unmeteredDataSources();
    const metered = metrics ? meteredDataSources(sources, metrics) : sources;
    // Outside the metering: the metrics count the fetches that were really made.
    const merged = !config.subgraphDedup
      ? metered
      : (Object.fromEntries(
          Object.entries(metered).map(([name, source]) => [
            name,
            new MergingDataSource(source, observe('subgraph_merge')),
          ]),
        ) as unknown as Record<SubgraphName, GraphQLDataSource>);
    if (config.responseCache.ttlMs === 0) return merged;
    responseCache = new CachingDataSource(merged[CACHED_SUBGRAPH], {
      ...config.responseCache,
      observe: observe('response_cache'),
    });
    return { ...merged, [CACHED_SUBGRAPH]: responseCache };
  }

  async function unmeteredDataSources(): Promise<Record<SubgraphName, GraphQLDataSource>> {
    if (config.mode === 'distributed') {
      const { subgraphMaxConcurrency, subgraphQueue, subgraphQueueWaitMs } = config.overload;
      remoteSources = SUBGRAPH_NAMES.map(
        (name) =>
          new RemoteSubgraphDataSource(
            name,
            config.subgraphUrls[name],
            config.internalSecret,
            config.subgraphTimeoutMs,
            {
              maxConcurrent: subgraphMaxConcurrency,
              maxQueue: subgraphQueue,
              maxWaitMs: subgraphQueueWaitMs,
            },
          ),
      );
      return Object.fromEntries(remoteSources.map((source) => [source.serviceName, source])) as unknown as Record<
        SubgraphName,
        GraphQLDataSource
      >;
    }
    host = await startSubgraphs(SUBGRAPH_NAMES, config, {
      logger,
      infrastructure: deps.infrastructure,
      bindings: 'in-process',
      enforceAuthorization: !deps.withoutSecurity,
    });
    const { subgraphs } = host;
    return Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [
        name,
        new EmbeddedSubgraphDataSource(subgraphs[name]!, DOCUMENT_CACHE_SIZE, observe('subgraph_documents')),
      ]),
    ) as unknown as Record<SubgraphName, GraphQLDataSource>;
  }

  const verify = createTokenVerifier(config.jwt);
  // Every gateway instance shares the budgets through Redis when there are several (distributed).
  const bucket =
    config.mode === 'distributed' && config.redisUrl
      ? createRedisBucket(config.redisUrl, config.throttle)
      : createMemoryBucket(config.throttle);

  return {
    async start() {
      tracing = gatewayTracing(config, logger, deps.spanExporter);
      const supergraphSdl = composeSupergraph({}, { forGateway: true });
      const safelist = readSafelist(config.safelistFile || DEFAULT_SAFELIST);
      const checkSafelist = safelistCheck(safelist);
      const sources = await dataSources();
      // Partner keys are checked by identity on every request: in this process when embedded,
      // over HTTP as `service:gateway` when distributed.
      const identity = host ? bindingsFrom(host.subgraphs).identity : remoteBindings(config, 'gateway').identity;
      const authenticateKey = partnerKeyAuthenticator(identity, logger);
      const gateway = new ApolloGateway({
        supergraphSdl,
        logger,
        // Never show a client the query plan (the subgraphs' layout) because it asked by header.
        __exposeQueryPlanExperimental: false,
        ...(metrics ? { queryPlannerConfig: { cache: countedPlanStore(observe('query_plans')!) } } : {}),
        buildService: ({ name }) => {
          const source = sources[name as SubgraphName];
          if (!source) throw new Error(`supergraph names unknown subgraph "${name}"`);
          return source;
        },
      });
      // A subscription's primary fetch: in this process (embedded) or over graphql-ws (distributed).
      const remote = host
        ? []
        : SUBGRAPH_NAMES.map((name) =>
            remoteSubscriptionSource(
              name,
              config.subgraphUrls[name],
              config.internalSecret,
              logger,
              config.subgraphTimeoutMs,
            ),
          );
      closeSources = () => Promise.all(remote.map((r) => r.close())).then(() => undefined);
      const subscriptionSources: Record<string, SubscriptionSource> = host
        ? Object.fromEntries(
            Object.entries(host.subgraphs).map(([name, subgraph]) => [
              name,
              embeddedSubscriptionSource(subgraph!, observe('subgraph_subscription_documents')),
            ]),
          )
        : Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, remote[i]!]));
      // One subscription implementation behind both transports (WebSocket and SSE).
      const engine = createSubscriptionEngine({
        supergraphSdl,
        serviceMap: sources,
        sources: subscriptionSources,
        logger,
        observePlans: observe('subscription_plans'),
      });
      const runner = subscriptionRunner(
        engine,
        deps.withoutSecurity || !config.partnerSafelist
          ? null
          : (principal, document, operation) => checkSafelist(principal, '', document, operation),
      );
      // The same limits for HTTP, SSE and WebSocket, built once; refusals counted whichever way they came.
      const validationRules = deps.withoutSecurity ? [] : limitRules(config.limits);
      const checkSource = deps.withoutSecurity ? () => null : counted(tokenLimit(config.limits));
      // Subscription texts parsed and validated once, for WebSocket and SSE subscribers alike.
      const prepare = documentCache(engine.schema, validationRules, observe('subscription_documents'));
      const basePlugins = [
        ...(metrics ? [metricsPlugin<GatewayContext>(metrics)] : []),
        ...(tracing ? [tracingPlugin<GatewayContext>()] : []),
        overloadPlugin<GatewayContext>(),
      ];
      if (metrics) {
        const stats = runner.stats;
        metrics.gauge('graphql_subscription_groups', 'Live shared subscription executions', () => stats().groups);
        metrics.gauge('graphql_subscribers', 'Live subscribers (WebSocket and SSE)', () => stats().subscribers);
        metrics.counter(
          'graphql_subscription_executions_total',
          "Subscription executions: one per event per group, plus late joiners' snapshots",
          () => stats().executions,
        );
      }
      server = await startGraphQLServer<GatewayContext>({
        serve: { gateway },
        logger,
        context: (req, requestId) => createGatewayContext(req, requestId, verify, authenticateKey),
        readiness: async () => (host ? host.readiness({ mode: config.mode }) : subgraphsReadiness(config)),
        port: config.port,
        host: config.host,
        shutdownGraceMs: config.shutdownGraceMs,
        introspection: config.introspection,
        nodeEnv: config.nodeEnv,
        around: tracing?.aroundRequest,
        maxInFlight: config.overload.maxInFlight,
        ...(deps.workerId !== undefined ? { responseHeaders: { 'x-gateway-worker': String(deps.workerId) } } : {}),
        ...(deps.withoutSecurity
          ? { plugins: basePlugins }
          : {
              validationRules,
              plugins: [
                ...basePlugins,
                ...(config.partnerSafelist ? [safelistPlugin<GatewayContext>(safelist)] : []),
                contractPlugin<GatewayContext>((context) => context.contract),
                limitsPlugin<GatewayContext>(config.limits, {
                  bucket,
                  keyOf: throttleKey,
                  budgetOf: (context) => context.budget,
                }),
                auditPlugin<GatewayContext>(logger),
              ],
              checkSource,
            }),
        persistedQueries: { cache: persistedQueryCache(safelist) },
        // Subscriptions over graphql-ws on the same port and path, and over SSE at /graphql/stream.
        routes: {
          [SSE_PATH]: sseHandler({
            engine,
            runner,
            authenticate: (req) => createGatewayContext(req, `sse-${randomUUID()}`, verify, authenticateKey),
            prepare,
            validationRules,
            checkSource,
            maxBufferedBytes: config.subscriptions.maxBufferedBytes,
            logger,
          }),
          ...(metrics ? { [METRICS_PATH]: metricsRoute(metrics, config.metrics.token!) } : {}),
        },
        attach: (http) =>
          (sockets = attachWebSockets(http, {
            engine,
            runner,
            authenticate: (authorization, meta) =>
              contextFor(
                { authorization, incomingHeaders: {}, clientAddress: meta.clientAddress },
                `ws-${randomUUID()}`,
                verify,
                authenticateKey,
              ),
            prepare,
            checkSource,
            maxSubscriptionsPerConnection: config.subscriptions.maxPerConnection,
            connectionInitTimeoutMs: config.subscriptions.connectionInitTimeoutMs,
            maxBufferedBytes: config.subscriptions.maxBufferedBytes,
            logger,
          })),
      });
      // A revoked or rotated partner key closes its open sockets at once when the gateway hears
      // identity's event (embedded); otherwise within the periodic re-check.
      if (host) {
        const open = sockets;
        stopKeyWatch = await host.infrastructure.bus.subscribe<PartnerKeyChangedEvent>(
          IdentityTopics.partnerKeyChanged,
          ({ payload }) => void open?.recheckKey(payload.keyId).catch(() => undefined),
        );
      }
      // The cached catalog answers go the moment catalog (or a location it reads) changes.
      if (host && responseCache) {
        const cache = responseCache;
        const stops = await Promise.all(
          CATALOG_CHANGE_TOPICS.map((topic) => host!.infrastructure.bus.subscribe(topic, () => cache.invalidate())),
        );
        stopCacheWatch = async () => void (await Promise.all(stops.map((stop) => stop())));
      }
      const running = server;
      // A cluster worker is one of several: its primary says "gateway ready" once for all of them.
      logger.info(
        { url: server.url, mode: config.mode },
        deps.workerId !== undefined ? 'gateway worker ready' : 'gateway ready',
      );
      return {
        url: server.url,
        port: server.port,
        subgraphs: host?.subgraphs ?? {},
        infrastructure: host?.infrastructure ?? null,
        subscriptionStats: runner.stats,
        load: () => ({
          ...running.load(),
          subgraphs: Object.fromEntries(remoteSources.map((source) => [source.serviceName, source.load()])),
        }),
      };
    },
    stop() {
      stopping ??= (async () => {
        await stopKeyWatch?.();
        await stopCacheWatch?.();
        await server?.stop();
        await closeSources();
        await host?.stop();
        await bucket.close();
        await tracing?.stop();
      })();
      return stopping;
    },
  };
}
