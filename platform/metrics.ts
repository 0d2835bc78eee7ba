import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Label values a client chooses (operation names) or a subgraph chooses (error codes) are kept to
 * the first `max` distinct values; every later one is `other`. Prometheus keeps one series per
 * label value, so without a bound a caller sending millions of names would grow the gateway's
 * memory and every scrape without limit.
 */
export function boundedLabel(max: number, maxLength = 100): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    if (seen.has(value)) return value;
    if (seen.size >= max || value.length > maxLength) return OTHER;
    seen.add(value);
    return value;
  };
}

export const OTHER = 'other';

/** Told of each lookup in a cache: found (hit) or not (miss). */
export type CacheObserver = (hit: boolean) => void;

/** Operation type label of a request whose operation was never resolved (unparsable, invalid, refused). */
export const UNKNOWN = 'unknown';

/** How a GraphQL request ended: no errors, data with errors, errors only, or refused before GraphQL ran. */
export type Outcome = 'ok' | 'partial' | 'error' | 'refused';

const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const FETCH_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Distinct error codes (and subgraph names) labelled before the rest count as `other`. */
const MAX_CODES = 100;

export interface MetricsOptions {
  /** Distinct operation names labelled; later ones are `other`. */
  maxOperations: number;
}

/**
 * The metrics of one server process, in its own prom-client registry (not the global default, so
 * several servers in one process, as in tests, never clash): Node's default metrics (CPU, memory,
 * GC, event-loop delay through `monitorEventLoopDelay`), GraphQL requests and errors, subgraph
 * fetches and cache lookups. Recording is a label lookup in a bounded set and a counter or
 * histogram update: no serialisation per request.
 */
export function createMetrics(options: MetricsOptions) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests over HTTP, by operation name (bounded), operation type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers,
  });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from the start of GraphQL processing to the response, by operation name (bounded) and type',
    labelNames: ['operation', 'type'] as const,
    buckets: REQUEST_BUCKETS,
    registers,
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL responses (as clients see them, after masking), by extensions.code',
    labelNames: ['code'] as const,
    registers,
  });
  const fetchDuration = new Histogram({
    name: 'subgraph_fetch_duration_seconds',
    help: 'Time of one fetch from a subgraph (in-process or over HTTP), by subgraph',
    labelNames: ['subgraph'] as const,
    buckets: FETCH_BUCKETS,
    registers,
  });
  const fetchErrors = new Counter({
    name: 'subgraph_fetch_errors_total',
    help: 'Subgraph fetches that failed (thrown) or answered errors, by subgraph and error code',
    labelNames: ['subgraph', 'code'] as const,
    registers,
  });
  const cacheRequests = new Counter({
    name: 'cache_requests_total',
    help: 'Lookups in the server caches (documents, query plans, persisted queries), by cache and hit/miss',
    labelNames: ['cache', 'result'] as const,
    registers,
  });
  const operationOf = boundedLabel(options.maxOperations);
  const codeOf = boundedLabel(MAX_CODES, 64);
  const subgraphOf = boundedLabel(MAX_CODES, 64);
  // Children by label values, so a request costs no label hashing once its operation was seen.
  type CounterChild = ReturnType<typeof requests.labels>;
  type HistogramChild = ReturnType<typeof duration.labels>;
  const requestChildren = new Map<string, { count: CounterChild; duration: HistogramChild }>();
  const fetchChildren = new Map<string, ReturnType<typeof fetchDuration.labels>>();

  /**
   * One request: `operation` is the operation's own name (null: anonymous; undefined: never
   * resolved), `seconds` its processing time (none when it was refused before GraphQL ran).
   */
  function request(operation: string | null | undefined, type: string, outcome: Outcome, seconds?: number): void {
    const name = operation === undefined ? UNKNOWN : operation === null ? 'anonymous' : operationOf(operation);
    const key = `${name}\u0000${type}\u0000${outcome}`;
    let child = requestChildren.get(key);
    if (!child) {
      child = { count: requests.labels(name, type, outcome), duration: duration.labels(name, type) };
      requestChildren.set(key, child);
    }
    child.count.inc();
    if (seconds !== undefined) child.duration.observe(seconds);
  }

  function error(code: string): void {
    errors.labels(codeOf(code)).inc();
  }

  return {
    registry,
    request,
    error,
    /** A request answered before GraphQL ran (a bad credential, a token flood), with its error code. */
    refused(code: string): void {
      request(undefined, UNKNOWN, 'refused');
      error(code);
    },
    fetch(subgraph: string, seconds: number): void {
      let child = fetchChildren.get(subgraph);
      if (!child) {
        child = fetchDuration.labels(subgraphOf(subgraph));
        fetchChildren.set(subgraph, child);
      }
      child.observe(seconds);
    },
    fetchError(subgraph: string, code: string): void {
      fetchErrors.labels(subgraphOf(subgraph), codeOf(code)).inc();
    },
    /** The lookups of one named cache, counted. */
    cacheObserver(cache: string): CacheObserver {
      const hits = cacheRequests.labels(cache, 'hit');
      const misses = cacheRequests.labels(cache, 'miss');
      return (hit) => (hit ? hits : misses).inc();
    },
    /** A gauge read when scraped (e.g. live subscriptions). */
    gauge(name: string, help: string, read: () => number): void {
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(read());
        },
      });
    },
    /** A counter kept elsewhere (a running total), read when scraped. */
    counter(name: string, help: string, read: () => number): void {
      new Counter({
        name,
        help,
        registers,
        collect() {
          this.reset();
          this.inc(read());
        },
      });
    },
    /** The Prometheus text exposition of every metric. */
    async render(): Promise<{ contentType: string; body: string }> {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * `GET /metrics` for Prometheus, only to a scraper presenting `Authorization: Bearer <token>`:
 * metrics name operations and show traffic, so they are not public. Anyone else gets a 401.
 * The token is compared in constant time (through digests, so its length does not leak either).
 */
export function metricsRoute(
  metrics: Metrics,
  token: string,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const expected = digest(`Bearer ${token}`);
  return async (req, res) => {
    const given = req.headers.authorization;
    if (typeof given !== 'string' || !timingSafeEqual(digest(given), expected)) {
      res.writeHead(401, { 'www-authenticate': 'Bearer realm="metrics"', 'content-type': 'text/plain' });
      res.end('unauthorized\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' });
      res.end('method not allowed\n');
      return;
    }
    const { contentType, body } = await metrics.render();
    res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
