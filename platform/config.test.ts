import { ConfigError, ENV_VARS, loadConfig, testConfig } from './config';

describe('loadConfig', () => {
  it('defaults to embedded mode on port 4000 with in-memory engines and demo data', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      mode: 'embedded',
      port: 4000,
      mongodbUri: null,
      redisUrl: null,
      demoData: true,
      demoSeed: 42,
    });
    expect(c.subgraphUrls.catalog).toBe('http://127.0.0.1:4002/graphql');
  });

  it('reads every documented variable', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      MODE: 'distributed',
      HOST: '127.0.0.1',
      PORT: '8080',
      LOG_LEVEL: 'warn',
      INTERNAL_SECRET: 's'.repeat(32),
      JWT_SECRET: 'j'.repeat(32),
      JWT_ISSUER: 'https://idp.example',
      JWT_AUDIENCE: 'shop-api',
      JWT_CLOCK_TOLERANCE_S: '5',
      SUBGRAPH_TIMEOUT_MS: '250',
      IDENTITY_URL: 'http://identity:4001/graphql',
      CATALOG_URL: 'http://catalog:4002/graphql',
      ORDERS_URL: 'http://orders:4003/graphql',
      FULFILLMENT_URL: 'http://fulfillment:4004/graphql',
      ATTRIBUTION_URL: 'http://attribution:4005/graphql',
      SUBGRAPH_PORT: '5005',
      MONGODB_URI: 'mongodb://db:27017/?replicaSet=rs0',
      MONGODB_DATABASE: 'shop',
      REDIS_URL: 'redis://cache:6379',
      DEMO_SEED: '7',
      DEMO_DATA: 'false',
      SHUTDOWN_GRACE_MS: '2000',
    });
    expect(c).toMatchObject({
      nodeEnv: 'production',
      mode: 'distributed',
      host: '127.0.0.1',
      port: 8080,
      logLevel: 'warn',
      subgraphTimeoutMs: 250,
      subgraphPort: 5005,
      mongodbUri: 'mongodb://db:27017/?replicaSet=rs0',
      mongodbDatabase: 'shop',
      redisUrl: 'redis://cache:6379',
      demoSeed: 7,
      demoData: false,
      shutdownGraceMs: 2000,
    });
    expect(c.subgraphUrls.attribution).toBe('http://attribution:4005/graphql');
    expect(c.jwt).toEqual({
      issuer: 'https://idp.example',
      audience: 'shop-api',
      secret: 'j'.repeat(32),
      jwksUrl: null,
      clockToleranceSeconds: 5,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ MODE: 'cluster' }, 'MODE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SUBGRAPH_TIMEOUT_MS: '0' }, 'SUBGRAPH_TIMEOUT_MS'],
    [{ CATALOG_URL: 'ftp://x' }, 'CATALOG_URL'],
    [{ MONGODB_URI: 'postgres://x' }, 'MONGODB_URI'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ NODE_ENV: 'production' }, 'INTERNAL_SECRET'],
    [{ INTERNAL_SECRET: 'short' }, 'INTERNAL_SECRET'],
    [{ SUBGRAPH_HOST: 'not a host!' }, 'SUBGRAPH_HOST'],
    [{ NODE_ENV: 'production', INTERNAL_SECRET: 's'.repeat(32) }, 'JWT_SECRET or JWKS_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ JWKS_URL: 'not a url' }, 'JWKS_URL'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ METRICS_TOKEN: 'has spaces in it, which headers mangle' }, 'METRICS_TOKEN'],
    [{ METRICS_MAX_OPERATIONS: '0' }, 'METRICS_MAX_OPERATIONS'],
    [{ OTEL_TRACING: 'on' }, 'OTEL_TRACING'],
    [{ OTEL_TRACES_FILE: '/var/log/spans.txt' }, 'OTEL_TRACES_FILE'],
  ])('rejects %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as ConfigError).problems.join('\n')).toContain(name);
    }
  });

  it('reports every problem at once', () => {
    try {
      loadConfig({ PORT: 'x', MODE: 'y', LOG_LEVEL: 'z' });
      throw new Error('expected ConfigError');
    } catch (err) {
      expect((err as ConfigError).problems).toHaveLength(3);
    }
  });

  it('production hides the schema and loads no demo data unless asked', () => {
    const prod = { NODE_ENV: 'production', INTERNAL_SECRET: 's'.repeat(32), JWKS_URL: 'https://idp.example/jwks' };
    expect(loadConfig(prod)).toMatchObject({ introspection: false, demoData: false });
    expect(loadConfig({ ...prod, INTROSPECTION: 'true', DEMO_DATA: 'true' })).toMatchObject({
      introspection: true,
      demoData: true,
    });
    expect(loadConfig({})).toMatchObject({ introspection: true, demoData: true });
    // Standalone subgraphs listen on loopback unless told otherwise (the gateway is the edge).
    expect(loadConfig(prod).subgraphHost).toBe('127.0.0.1');
    expect(loadConfig({ ...prod, SUBGRAPH_HOST: '0.0.0.0' }).subgraphHost).toBe('0.0.0.0');
  });

  it('reads the operation limits, with documented defaults and bounds', () => {
    expect(loadConfig({}).limits).toEqual({
      maxDepth: 10,
      maxAliases: 30,
      maxDirectives: 20,
      maxTokens: 3000,
      maxCost: 5000,
    });
    const c = loadConfig({
      LIMIT_MAX_DEPTH: '7',
      LIMIT_MAX_ALIASES: '5',
      LIMIT_MAX_DIRECTIVES: '3',
      LIMIT_MAX_TOKENS: '500',
      LIMIT_MAX_COST: '1000',
    });
    expect(c.limits).toEqual({ maxDepth: 7, maxAliases: 5, maxDirectives: 3, maxTokens: 500, maxCost: 1000 });
    expect(() => loadConfig({ LIMIT_MAX_DEPTH: '0' })).toThrow('LIMIT_MAX_DEPTH');
    expect(() => loadConfig({ LIMIT_MAX_COST: '-1' })).toThrow('LIMIT_MAX_COST');
  });

  it('metrics and tracing are off unless configured', () => {
    expect(loadConfig({})).toMatchObject({
      metrics: { token: null, maxOperations: 200 },
      tracing: { enabled: false, file: null },
    });
    const c = loadConfig({
      METRICS_TOKEN: 'scrape-token-0123456789',
      METRICS_MAX_OPERATIONS: '50',
      OTEL_TRACING: 'true',
      OTEL_TRACES_FILE: '/var/log/gateway/spans.jsonl',
    });
    expect(c.metrics).toEqual({ token: 'scrape-token-0123456789', maxOperations: 50 });
    expect(c.tracing).toEqual({ enabled: true, file: '/var/log/gateway/spans.jsonl' });
  });

  it('testConfig is silent and merges overrides', () => {
    const c = testConfig({ port: 0, subgraphUrls: { orders: 'http://x/graphql' } as never });
    expect(c.logLevel).toBe('silent');
    expect(c.port).toBe(0);
    expect(c.subgraphUrls.orders).toBe('http://x/graphql');
    expect(c.subgraphUrls.catalog).toBe('http://127.0.0.1:4002/graphql');
  });

  it('overload limits: the in-flight default follows subgraph capacity plus queue (distributed), 512 embedded', () => {
    expect(loadConfig({}).overload).toEqual({
      maxInFlight: 512,
      subgraphMaxConcurrency: 64,
      subgraphQueue: 192,
      subgraphQueueWaitMs: 1000,
    });
    expect(
      loadConfig({ MODE: 'distributed', SUBGRAPH_MAX_CONCURRENCY: '8', SUBGRAPH_QUEUE: '4' }).overload.maxInFlight,
    ).toBe(12);
    expect(loadConfig({ MODE: 'distributed', GATEWAY_MAX_INFLIGHT: '3' }).overload.maxInFlight).toBe(3);
    expect(() => loadConfig({ GATEWAY_MAX_INFLIGHT: '0' })).toThrow('GATEWAY_MAX_INFLIGHT');
    expect(() => loadConfig({ SUBGRAPH_QUEUE: '-1' })).toThrow('SUBGRAPH_QUEUE');
  });

  it('GATEWAY_WORKERS: several in distributed mode, refused with a clear reason in embedded mode', () => {
    expect(loadConfig({}).gatewayWorkers).toBe(1);
    expect(loadConfig({ MODE: 'distributed', GATEWAY_WORKERS: '4' }).gatewayWorkers).toBe(4);
    expect(() => loadConfig({ GATEWAY_WORKERS: '2' })).toThrow(/GATEWAY_WORKERS must be 1 in embedded mode/);
    expect(() => loadConfig({ MODE: 'distributed', GATEWAY_WORKERS: '0' })).toThrow('GATEWAY_WORKERS');
  });

  it('every ENV_VARS entry is something loadConfig reacts to', () => {
    for (const name of Object.keys(ENV_VARS)) {
      expect(() => loadConfig({ [name]: '%%invalid%%' })).toThrow(ConfigError);
    }
  });
});
