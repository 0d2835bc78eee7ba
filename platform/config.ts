/**
 * Configuration is read here and nowhere else: `loadConfig(process.env)` once at start-up,
 * producing a typed, validated object. Tests build one with `loadConfig({...})` or
 * `mergeConfig(base, overrides)`.
 */
import { bool, int, oneOf, url, type Env } from './config-parse';

export const SUBGRAPH_NAMES = ['identity', 'catalog', 'orders', 'fulfillment', 'attribution'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export type RunMode = 'embedded' | 'distributed';
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  mode: RunMode;
  host: string;
  port: number;
  logLevel: LogLevel;
  /** Secret that signs the principal the gateway forwards to subgraphs. */
  internalSecret: string;
  /** Distributed mode: where each subgraph listens. */
  subgraphUrls: Record<SubgraphName, string>;
  /** Distributed mode: per-subgraph request timeout. */
  subgraphTimeoutMs: number;
  /** Identical in-flight subgraph reads merged into one (SUBGRAPH_DEDUP). */
  subgraphDedup: boolean;
  /**
   * The catalog subgraph's answers to anonymous reads kept for `ttlMs` (0: off), at most
   * `maxEntries` (RESPONSE_CACHE_TTL_MS, RESPONSE_CACHE_MAX_ENTRIES).
   */
  responseCache: { ttlMs: number; maxEntries: number };
  /**
   * Overload protection: GraphQL HTTP requests one gateway process runs at once (more get 503 with
   * `Retry-After`), and per subgraph (distributed) the fetches in flight, how many may wait for a
   * slot and for how long (past either: OVERLOADED naming the subgraph).
   */
  overload: {
    maxInFlight: number;
    subgraphMaxConcurrency: number;
    subgraphQueue: number;
    subgraphQueueWaitMs: number;
  };
  /** Distributed mode: gateway processes sharing the port (node:cluster); embedded is always one. */
  gatewayWorkers: number;
  /** `npm run start:subgraph`: the port each subgraph binds when run on its own. */
  subgraphPorts: Record<SubgraphName, number>;
  /** `npm run start:subgraph`: overrides the port of the one subgraph being started. */
  subgraphPort: number | null;
  /** `npm run start:subgraph`: the interface a subgraph binds (loopback unless configured). */
  subgraphHost: string;
  /** Documents: MongoDB when set, otherwise the in-memory engine. */
  mongodbUri: string | null;
  mongodbDatabase: string;
  /** Events: Redis when set, otherwise the in-process bus. */
  redisUrl: string | null;
  /** Seed for the deterministic demo network loaded into the in-memory engine. */
  demoSeed: number;
  /** Load demo data into an empty in-memory store at start-up. */
  demoData: boolean;
  /** Graceful shutdown: how long in-flight requests may take after SIGTERM. */
  shutdownGraceMs: number;
  /** How often expired reservations (and ready pickups past their hold) are swept back to available (ms). */
  reservationSweepMs: number;
  /** How long a ready pickup (BOPIS, ship to store) is held at the store before it is cancelled (s). */
  pickupHoldSeconds: number;
  /** How long a cart hold (holdCart) keeps its units when the shopper names no duration (s, 60..3600). */
  cartHoldSeconds: number;
  /** How long an order taken on a paying channel may wait for its payment before it is cancelled (s). */
  paymentWindowSeconds: number;
  /** How long a recognition token (the app's in-store QR code) is accepted after issue (s). */
  recognitionTokenTtlSeconds: number;
  /** How long a backorder may wait for stock before it is cancelled (s). */
  backorderMaxWaitSeconds: number;
  /** Schema introspection (and "Did you mean" suggestions in errors); off in production by default. */
  introspection: boolean;
  /** Per-operation limits at the gateway (docs/security.md lists the defaults and why). */
  limits: OperationLimits;
  /** The partner safelist manifest (`npm run safelist`); empty = `schema/safelist.json`. */
  safelistFile: string;
  /** Partners run only their safelisted operations (on unless turned off, e.g. while onboarding). */
  partnerSafelist: boolean;
  /** Per-principal cost budget (leaky bucket): capacity in cost points, and points restored per second. */
  throttle: { maximumAvailable: number; restoreRate: number };
  /** WebSocket subscriptions: how many one connection may hold, and how long `connection_init` may take (ms). */
  subscriptions: { maxPerConnection: number; connectionInitTimeoutMs: number; maxBufferedBytes: number };
  /** Partner webhooks: delivery sweep, attempt timeout, retry backoff, and whether localhost URLs are accepted. */
  webhooks: {
    sweepMs: number;
    timeoutMs: number;
    baseMs: number;
    maxMs: number;
    maxAttempts: number;
    allowLoopback: boolean;
  };
  /**
   * Prometheus metrics at `GET /metrics`, only for a scraper presenting `token` as a bearer token;
   * no token: no `/metrics` and nothing recorded. `maxOperations` distinct operation names are
   * labelled, later ones count as `other`.
   */
  metrics: { token: string | null; maxOperations: number };
  /** OpenTelemetry spans (off by default): appended to `file` as JSON lines, or written to the log. */
  tracing: { enabled: boolean; file: string | null };
  /** How client bearer tokens (JWTs) are verified. */
  jwt: {
    issuer: string;
    audience: string;
    secret: string;
    jwksUrl: string | null;
    clockToleranceSeconds: number;
  };
}

export type { Env } from './config-parse';

/** Per-operation limits enforced before execution (see `platform/limits`). */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

/** The process environment. This module is the only one that touches `process.env`. */
export function processEnv(): Env {
  return process.env;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const DEFAULT_PORTS: Record<SubgraphName, number> = {
  identity: 4001,
  catalog: 4002,
  orders: 4003,
  fulfillment: 4004,
  attribution: 4005,
};

const DEV_SECRET = 'dev-only-internal-secret-change-me';

export { ENV_VARS } from './env-vars';

/**
 * The default in-flight limit lets through as many requests as one subgraph can take at once plus
 * its queue, so a request is refused at the door before a fetch would be refused inside it.
 */
function overloadConfig(env: Env, mode: RunMode, problems: string[]): Config['overload'] {
  const subgraphMaxConcurrency = int(env, 'SUBGRAPH_MAX_CONCURRENCY', 64, problems, 1, 10_000);
  const subgraphQueue = int(env, 'SUBGRAPH_QUEUE', 192, problems, 0, 100_000);
  const derived = mode === 'distributed' ? subgraphMaxConcurrency + subgraphQueue : 512;
  return {
    maxInFlight: int(env, 'GATEWAY_MAX_INFLIGHT', derived, problems, 1, 100_000),
    subgraphMaxConcurrency,
    subgraphQueue,
    subgraphQueueWaitMs: int(env, 'SUBGRAPH_QUEUE_WAIT_MS', 1000, problems, 1, 600_000),
  };
}

export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  // A server entry point keeps this app's NODE_ENV as APP_NODE_ENV and gives libraries "production" (library-mode.ts).
  const nodeEnvKey = env.APP_NODE_ENV !== undefined ? 'APP_NODE_ENV' : 'NODE_ENV';
  const nodeEnv = oneOf(env, nodeEnvKey, ['development', 'production', 'test'] as const, 'development', problems);
  const subgraphPorts = { ...DEFAULT_PORTS };
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      url(env, `${name.toUpperCase()}_URL`, `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`, problems),
    ]),
  ) as Record<SubgraphName, string>;
  const internalSecret = env.INTERNAL_SECRET || DEV_SECRET;
  if (nodeEnv === 'production' && internalSecret === DEV_SECRET) {
    problems.push('INTERNAL_SECRET must be set in production');
  }
  if (internalSecret.length < 16) problems.push('INTERNAL_SECRET must be at least 16 characters');
  if (nodeEnv === 'production' && !env.JWT_SECRET && !env.JWKS_URL) {
    problems.push('JWT_SECRET or JWKS_URL must be set in production (how client tokens are verified)');
  }
  if (env.JWT_SECRET !== undefined && env.JWT_SECRET.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters');
  }
  if (
    env.METRICS_TOKEN !== undefined &&
    env.METRICS_TOKEN !== '' &&
    !/^[A-Za-z0-9._~+/=-]{16,256}$/.test(env.METRICS_TOKEN)
  ) {
    problems.push('METRICS_TOKEN must be 16-256 letters, digits or -._~+/=');
  }
  if (env.OTEL_TRACES_FILE && !/\.jsonl$/.test(env.OTEL_TRACES_FILE)) {
    problems.push(`OTEL_TRACES_FILE must name a .jsonl file, got "${env.OTEL_TRACES_FILE}"`);
  }
  if (env.SAFELIST_FILE && !/\.json$/.test(env.SAFELIST_FILE)) {
    problems.push(`SAFELIST_FILE must name a .json manifest, got "${env.SAFELIST_FILE}"`);
  }
  for (const key of ['JWT_ISSUER', 'JWT_AUDIENCE']) {
    const v = env[key];
    if (v !== undefined && v !== '' && !/^[A-Za-z0-9:/._-]{1,200}$/.test(v)) {
      problems.push(`${key} must be 1-200 letters, digits or :/._-, got "${v}"`);
    }
  }

  const mode = oneOf(env, 'MODE', ['embedded', 'distributed'] as const, 'embedded', problems);
  const config: Config = {
    nodeEnv,
    mode,
    host: env.HOST || '0.0.0.0',
    port: int(env, 'PORT', 4000, problems, 0, 65535),
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const,
      nodeEnv === 'test' ? 'silent' : 'info',
      problems,
    ),
    internalSecret,
    subgraphUrls,
    subgraphTimeoutMs: int(env, 'SUBGRAPH_TIMEOUT_MS', 5000, problems, 1, 600_000),
    subgraphDedup: bool(env, 'SUBGRAPH_DEDUP', true, problems),
    responseCache: {
      ttlMs: int(env, 'RESPONSE_CACHE_TTL_MS', 0, problems, 0, 60_000),
      maxEntries: int(env, 'RESPONSE_CACHE_MAX_ENTRIES', 1000, problems, 1, 100_000),
    },
    overload: overloadConfig(env, mode, problems),
    gatewayWorkers: int(env, 'GATEWAY_WORKERS', 1, problems, 1, 256),
    subgraphPorts,
    subgraphPort: env.SUBGRAPH_PORT ? int(env, 'SUBGRAPH_PORT', 0, problems, 0, 65535) : null,
    subgraphHost: env.SUBGRAPH_HOST || '127.0.0.1',
    mongodbUri: env.MONGODB_URI || null,
    mongodbDatabase: env.MONGODB_DATABASE || 'commerce',
    redisUrl: env.REDIS_URL || null,
    demoSeed: int(env, 'DEMO_SEED', 42, problems, 0, 2 ** 31 - 1),
    // Production serves real data only: demo data must be asked for.
    demoData: bool(env, 'DEMO_DATA', nodeEnv !== 'production', problems),
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 10_000, problems, 0, 600_000),
    reservationSweepMs: int(env, 'RESERVATION_SWEEP_MS', 1000, problems, 10, 3_600_000),
    pickupHoldSeconds: int(env, 'PICKUP_HOLD_S', 259_200, problems, 1, 2_592_000),
    cartHoldSeconds: int(env, 'CART_HOLD_S', 900, problems, 60, 3600),
    paymentWindowSeconds: int(env, 'ORDER_PAYMENT_WINDOW_S', 1800, problems, 1, 604_800),
    recognitionTokenTtlSeconds: int(env, 'RECOGNITION_TOKEN_TTL_S', 120, problems, 10, 3600),
    backorderMaxWaitSeconds: int(env, 'BACKORDER_MAX_WAIT_S', 1_209_600, problems, 1, 31_536_000),
    introspection: bool(env, 'INTROSPECTION', nodeEnv !== 'production', problems),
    safelistFile: env.SAFELIST_FILE || '',
    partnerSafelist: bool(env, 'PARTNER_SAFELIST', true, problems),
    throttle: {
      maximumAvailable: int(env, 'THROTTLE_MAX_AVAILABLE', 20_000, problems, 1, 100_000_000),
      restoreRate: int(env, 'THROTTLE_RESTORE_RATE', 1000, problems, 1, 10_000_000),
    },
    subscriptions: {
      maxPerConnection: int(env, 'WS_MAX_SUBSCRIPTIONS', 20, problems, 1, 1000),
      connectionInitTimeoutMs: int(env, 'WS_INIT_TIMEOUT_MS', 3000, problems, 100, 60_000),
      maxBufferedBytes: int(env, 'WS_MAX_BUFFERED_BYTES', 1_048_576, problems, 1, 1_073_741_824),
    },
    webhooks: {
      sweepMs: int(env, 'WEBHOOK_SWEEP_MS', 1000, problems, 10, 60_000),
      timeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 5000, problems, 100, 60_000),
      baseMs: int(env, 'WEBHOOK_RETRY_BASE_MS', 1000, problems, 1, 3_600_000),
      maxMs: int(env, 'WEBHOOK_RETRY_MAX_MS', 3_600_000, problems, 1, 86_400_000),
      maxAttempts: int(env, 'WEBHOOK_MAX_ATTEMPTS', 15, problems, 1, 50),
      allowLoopback: bool(env, 'WEBHOOK_ALLOW_LOOPBACK', nodeEnv !== 'production', problems),
    },
    metrics: {
      token: env.METRICS_TOKEN || null,
      maxOperations: int(env, 'METRICS_MAX_OPERATIONS', 200, problems, 1, 10_000),
    },
    tracing: {
      enabled: bool(env, 'OTEL_TRACING', false, problems),
      file: env.OTEL_TRACES_FILE || null,
    },
    jwt: {
      issuer: env.JWT_ISSUER || 'commerce-gateway',
      audience: env.JWT_AUDIENCE || 'commerce-gateway',
      secret: env.JWT_SECRET || internalSecret,
      jwksUrl: env.JWKS_URL ? url(env, 'JWKS_URL', '', problems) : null,
      clockToleranceSeconds: int(env, 'JWT_CLOCK_TOLERANCE_S', 30, problems, 0, 600),
    },
    limits: {
      maxDepth: int(env, 'LIMIT_MAX_DEPTH', 10, problems, 1, 100),
      maxAliases: int(env, 'LIMIT_MAX_ALIASES', 30, problems, 0, 10_000),
      maxDirectives: int(env, 'LIMIT_MAX_DIRECTIVES', 20, problems, 0, 10_000),
      maxTokens: int(env, 'LIMIT_MAX_TOKENS', 3000, problems, 10, 1_000_000),
      maxCost: int(env, 'LIMIT_MAX_COST', 5000, problems, 1, 10_000_000),
    },
  };
  for (const [key, value] of [
    ['HOST', config.host],
    ['SUBGRAPH_HOST', config.subgraphHost],
  ]) {
    if (!/^[A-Za-z0-9.:[\]-]{1,253}$/.test(value!))
      problems.push(`${key} must be a host name or IP address, got "${value}"`);
  }
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(config.mongodbDatabase)) {
    problems.push(`MONGODB_DATABASE must be 1-63 letters, digits, _ or -, got "${config.mongodbDatabase}"`);
  }
  if (config.mongodbUri && !/^mongodb(\+srv)?:\/\//.test(config.mongodbUri)) {
    problems.push(`MONGODB_URI must start with mongodb:// or mongodb+srv://`);
  }
  if (config.redisUrl && !/^rediss?:\/\//.test(config.redisUrl)) {
    problems.push(`REDIS_URL must start with redis:// or rediss://`);
  }
  if (config.mode === 'embedded' && config.gatewayWorkers > 1) {
    problems.push(
      'GATEWAY_WORKERS must be 1 in embedded mode: the embedded gateway holds the subgraphs and their state in its one process (use MODE=distributed to run several)',
    );
  }
  if (config.webhooks.baseMs > config.webhooks.maxMs) {
    problems.push('WEBHOOK_RETRY_BASE_MS must not exceed WEBHOOK_RETRY_MAX_MS');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };

/** A config for tests: defaults for NODE_ENV=test, then the overrides merged in. */
export function mergeConfig(base: Config, overrides: DeepPartial<Config>): Config {
  return {
    ...base,
    ...overrides,
    subgraphUrls: { ...base.subgraphUrls, ...(overrides.subgraphUrls ?? {}) },
    subgraphPorts: { ...base.subgraphPorts, ...(overrides.subgraphPorts ?? {}) },
    limits: { ...base.limits, ...(overrides.limits ?? {}) },
    overload: { ...base.overload, ...(overrides.overload ?? {}) },
    jwt: { ...base.jwt, ...(overrides.jwt ?? {}) },
    throttle: { ...base.throttle, ...(overrides.throttle ?? {}) },
    subscriptions: { ...base.subscriptions, ...(overrides.subscriptions ?? {}) },
    webhooks: { ...base.webhooks, ...(overrides.webhooks ?? {}) },
    metrics: { ...base.metrics, ...(overrides.metrics ?? {}) },
    tracing: { ...base.tracing, ...(overrides.tracing ?? {}) },
  } as Config;
}

export function testConfig(overrides: DeepPartial<Config> = {}): Config {
  return mergeConfig(loadConfig({ NODE_ENV: 'test' }), overrides);
}
