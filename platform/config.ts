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

/** Every environment variable `loadConfig` reads, with its meaning (used by docs and the compose test). */
export const ENV_VARS: Record<string, string> = {
  NODE_ENV: 'development, production or test (default development)',
  MODE: 'embedded (default) or distributed',
  HOST: 'interface to bind (default 0.0.0.0)',
  PORT: 'gateway port (default 4000)',
  LOG_LEVEL: 'trace, debug, info, warn, error, fatal or silent (default info; silent under test)',
  INTERNAL_SECRET: 'HMAC secret for the principal the gateway forwards to subgraphs (required in production)',
  SUBGRAPH_TIMEOUT_MS:
    "distributed mode: per-subgraph request timeout, and the longest wait for a subscription's first message, in ms (default 5000)",
  SUBGRAPH_MAX_CONCURRENCY:
    'distributed mode: fetches one gateway process sends to one subgraph at once, 1 to 10000 (default 64)',
  SUBGRAPH_QUEUE:
    'distributed mode: fetches that may wait for a free slot to one subgraph; one more is refused with OVERLOADED naming it, 0 to 100000 (default 192)',
  SUBGRAPH_QUEUE_WAIT_MS:
    'distributed mode: longest wait for a free slot to a subgraph, in ms, 1 to 600000; past it the fetch is refused with OVERLOADED naming it (default 1000)',
  GATEWAY_MAX_INFLIGHT:
    'GraphQL HTTP requests one gateway process runs at once (subscriptions not counted); more are refused at once with 503, Retry-After and OVERLOADED, 1 to 100000 (default SUBGRAPH_MAX_CONCURRENCY + SUBGRAPH_QUEUE distributed, 512 embedded)',
  GATEWAY_WORKERS:
    'distributed mode: gateway processes sharing the port (node:cluster), 1 to 256 (default 1); embedded mode refuses more than 1',
  IDENTITY_URL: 'distributed mode: identity subgraph URL (default http://127.0.0.1:4001/graphql)',
  CATALOG_URL: 'distributed mode: catalog subgraph URL (default http://127.0.0.1:4002/graphql)',
  ORDERS_URL: 'distributed mode: orders subgraph URL (default http://127.0.0.1:4003/graphql)',
  FULFILLMENT_URL: 'distributed mode: fulfillment subgraph URL (default http://127.0.0.1:4004/graphql)',
  ATTRIBUTION_URL: 'distributed mode: attribution subgraph URL (default http://127.0.0.1:4005/graphql)',
  SUBGRAPH_PORT: 'start:subgraph: port for the subgraph being started (default 4001..4005 by name)',
  SUBGRAPH_HOST:
    'start:subgraph: interface the subgraph binds (default 127.0.0.1: subgraphs are not exposed unless configured)',
  MONGODB_URI: 'MongoDB connection string; unset = in-memory engine',
  MONGODB_DATABASE: 'MongoDB database name (default commerce)',
  REDIS_URL: 'Redis URL; unset = in-process bus',
  DEMO_SEED: 'seed of the deterministic demo network (default 42)',
  DEMO_DATA: 'true/false: load demo data into an empty in-memory store (default true; false in production)',
  SHUTDOWN_GRACE_MS: 'grace period for in-flight requests on SIGTERM (default 10000)',
  RESERVATION_SWEEP_MS: 'how often expired reservations and pickup holds are released, in ms (default 1000)',
  ORDER_PAYMENT_WINDOW_S:
    'how long an unpaid order (web, app, kiosk, social, POS) waits for its payment before it is cancelled and its stock released, in seconds (default 1800)',
  PICKUP_HOLD_S:
    'how long a ready pickup waits at the store before it is cancelled and its stock released, in seconds (default 259200: 72 h)',
  CART_HOLD_S:
    "how long a cart hold (holdCart) keeps the units of the cart's pickup and carry-out lines when the shopper names no duration, in seconds, 60 to 3600 (default 900: 15 min)",
  BACKORDER_MAX_WAIT_S:
    'how long a backorder waits for stock before it is cancelled, in seconds (default 1209600: 14 days)',
  RECOGNITION_TOKEN_TTL_S:
    'how long the QR token a shopper shows in store to be recognised stays valid, in seconds, 10 to 3600 (default 120)',
  INTROSPECTION: 'true/false: schema introspection and field suggestions in errors (default true; false in production)',
  JWT_ISSUER: 'issuer client tokens must carry (default commerce-gateway)',
  JWT_AUDIENCE: 'audience client tokens must carry (default commerce-gateway)',
  JWT_SECRET:
    'HS256 secret of client tokens, at least 32 characters (default INTERNAL_SECRET; required in production unless JWKS_URL)',
  JWKS_URL: "an OpenID Connect provider's JWKS URL: client tokens are then verified with its keys only",
  JWT_CLOCK_TOLERANCE_S: 'clock skew accepted on token expiry, in seconds (default 30)',
  PARTNER_SAFELIST: 'true/false: partners run only operations registered for them with npm run safelist (default true)',
  SAFELIST_FILE: 'partner safelist manifest, written by npm run safelist (default schema/safelist.json)',
  THROTTLE_MAX_AVAILABLE:
    'per-principal cost budget in points, the bucket one operation takes its cost from (default 20000)',
  THROTTLE_RESTORE_RATE: 'cost points restored to each budget per second (default 1000)',
  WS_MAX_SUBSCRIPTIONS: 'subscriptions one WebSocket connection may hold at once, 1 to 1000 (default 20)',
  WS_INIT_TIMEOUT_MS: 'how long a WebSocket client has to send connection_init, in ms, 100 to 60000 (default 3000)',
  WS_MAX_BUFFERED_BYTES:
    'bytes a subscriber (WebSocket or SSE) may leave unread before its connection alone is closed (default 1048576)',
  WEBHOOK_SWEEP_MS: 'how often due partner-webhook deliveries are sent, in ms, 10 to 60000 (default 1000)',
  WEBHOOK_TIMEOUT_MS: 'how long one webhook delivery attempt may take, in ms, 100 to 60000 (default 5000)',
  WEBHOOK_RETRY_BASE_MS:
    'wait after the first failed webhook attempt, in ms, 1 to 3600000, doubled after each further failure (default 1000)',
  WEBHOOK_RETRY_MAX_MS: 'longest wait between two webhook attempts, in ms, 1 to 86400000 (default 3600000: 1 h)',
  WEBHOOK_MAX_ATTEMPTS: 'webhook attempts before a delivery is DEAD, 1 to 50 (default 15)',
  WEBHOOK_ALLOW_LOOPBACK:
    'true/false: webhooks may point at localhost, 127.0.0.1 or [::1], over http too (default true; false in production)',
  LIMIT_MAX_DEPTH: 'deepest field nesting an operation may have (default 10)',
  LIMIT_MAX_ALIASES: 'most aliases in one operation (default 30)',
  LIMIT_MAX_DIRECTIVES: 'most directives in one operation (default 20)',
  LIMIT_MAX_TOKENS: 'most lexical tokens in one operation text, counted before parsing (default 3000)',
  LIMIT_MAX_COST: 'highest calculated cost of one operation (default 5000; see docs/security.md)',
};

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
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development', problems);
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
  } as Config;
}

export function testConfig(overrides: DeepPartial<Config> = {}): Config {
  return mergeConfig(loadConfig({ NODE_ENV: 'test' }), overrides);
}
