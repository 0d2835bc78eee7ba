import type { GraphQLDataSource } from '@apollo/gateway';
import type { QueryPlan, QueryPlanCache } from '@apollo/query-planner';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { LRUCache } from 'lru-cache';
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';
import type { CacheObserver, Metrics } from '../platform/metrics';
import { errorCode } from '../platform/metrics-plugin';
import { jsonLinesSpanExporter, logSpanExporter } from '../platform/span-export';
import { startTracing, type Tracing } from '../platform/tracing';

/**
 * A subgraph's data source, timed: the same `process` (its answer, errors and throws unchanged),
 * recording each fetch's duration and, per error code, the errors it answered or threw. Wraps the
 * embedded and the remote data source alike, for queries and for subscription events.
 */
export function meteredDataSource(subgraph: string, source: GraphQLDataSource, metrics: Metrics): GraphQLDataSource {
  return {
    async process(options) {
      const started = performance.now();
      try {
        const response = await source.process(options);
        if (response.errors) for (const error of response.errors) metrics.fetchError(subgraph, errorCode(error));
        return response;
      } catch (err) {
        metrics.fetchError(subgraph, errorCode(err));
        throw err;
      } finally {
        metrics.fetch(subgraph, (performance.now() - started) / 1000);
      }
    },
  };
}

/** Every data source of `sources` metered (`meteredDataSource`). */
export function meteredDataSources<K extends string>(
  sources: Record<K, GraphQLDataSource>,
  metrics: Metrics,
): Record<K, GraphQLDataSource> {
  return Object.fromEntries(
    Object.entries<GraphQLDataSource>(sources).map(([name, source]) => [
      name,
      meteredDataSource(name, source, metrics),
    ]),
  ) as Record<K, GraphQLDataSource>;
}

/** @apollo/gateway's default query-plan store size (30 MiB). */
const PLAN_STORE_BYTES = 30 * 2 ** 20;

/**
 * The gateway's query-plan store exactly as @apollo/gateway builds it by default (an LRU of 30 MiB,
 * each plan sized by its JSON length), but telling `observe` whether each lookup found a plan: the
 * gateway has no other way to report its plan cache's hit rate. Used only with metrics on.
 */
export function countedPlanStore(observe: CacheObserver): QueryPlanCache {
  const plans = new LRUCache<string, QueryPlan>({
    maxSize: PLAN_STORE_BYTES,
    sizeCalculation: (plan) => Buffer.byteLength(JSON.stringify(plan), 'utf8'),
  });
  return {
    async get(key) {
      const plan = plans.get(key);
      observe(plan !== undefined);
      return plan;
    },
    async set(key, value, options) {
      plans.set(key, value, options?.ttl ? { ttl: options.ttl * 1000 } : undefined);
    },
    async delete(key) {
      return plans.delete(key);
    },
    clear: () => plans.clear(),
  };
}

/**
 * Tracing when `OTEL_TRACING` is on: spans appended to `OTEL_TRACES_FILE` as JSON lines, else
 * written to the log, in batches; `exporter` (tests: an in-memory one) receives each span as it
 * ends instead. Off: null, and nothing is registered with OpenTelemetry.
 */
export function gatewayTracing(config: Config, logger: Logger, exporter?: SpanExporter): Tracing | null {
  if (!config.tracing.enabled) return null;
  if (exporter) return startTracing({ exporter, batch: false });
  const file = config.tracing.file;
  return startTracing({ exporter: file ? jsonLinesSpanExporter(file) : logSpanExporter(logger), batch: true });
}
