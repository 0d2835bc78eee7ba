/** Every environment variable `loadConfig` reads, with its meaning (used by docs and the compose test). */
export const ENV_VARS: Record<string, string> = {
  NODE_ENV: 'development, production or test (default development)',
  APP_NODE_ENV:
    "set by the server entry points to NODE_ENV's value (libraries then always run with NODE_ENV=production); when set, it is this app's mode instead of NODE_ENV",
  MODE: 'embedded (default) or distributed',
  HOST: 'interface to bind (default 0.0.0.0)',
  PORT: 'gateway port (default 4000)',
  LOG_LEVEL: 'trace, debug, info, warn, error, fatal or silent (default info; silent under test)',
  INTERNAL_SECRET: 'HMAC secret for the principal the gateway forwards to subgraphs (required in production)',
  SUBGRAPH_DEDUP:
    'true/false: identical subgraph reads in flight at once (same operation, variables, principal and forwarded headers) are sent once and shared (default true)',
  RESPONSE_CACHE_TTL_MS:
    "0 to 60000: keep the catalog subgraph's answers to anonymous reads this long (ms); every catalog stock or sourcing event, and every mutation sent to catalog, drops them all at once (default 0: off)",
  RESPONSE_CACHE_MAX_ENTRIES: 'answers the response cache keeps at most, 1 to 100000 (default 1000)',
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
  METRICS_TOKEN:
    'bearer token a Prometheus scraper presents to read GET /metrics, 16 to 256 letters, digits or -._~+/=; unset = no /metrics (404) and no metrics recorded',
  METRICS_MAX_OPERATIONS:
    'distinct operation names /metrics labels; later names are counted as "other", 1 to 10000 (default 200)',
  OTEL_TRACING:
    "true/false: OpenTelemetry spans for each GraphQL request over HTTP with the gateway's plan, execute and subgraph-fetch spans under it (default false)",
  OTEL_TRACES_FILE: 'with OTEL_TRACING: a .jsonl file spans are appended to, one JSON object per line (unset: the log)',
  LIMIT_MAX_DEPTH: 'deepest field nesting an operation may have (default 10)',
  LIMIT_MAX_ALIASES: 'most aliases in one operation (default 30)',
  LIMIT_MAX_DIRECTIVES: 'most directives in one operation (default 20)',
  LIMIT_MAX_TOKENS: 'most lexical tokens in one operation text, counted before parsing (default 3000)',
  LIMIT_MAX_COST: 'highest calculated cost of one operation (default 5000; see docs/security.md)',
};
