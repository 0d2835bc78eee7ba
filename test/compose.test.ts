/**
 * Structural checks of docker-compose.yml and the Dockerfile, so the deployment cannot drift
 * from `loadConfig` (platform/config.ts) or from the entry points it starts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ENV_VARS, SUBGRAPH_NAMES, loadConfig, type Env } from '../platform/config';

const ROOT = join(__dirname, '..');

interface DependsOn {
  condition?: string;
}

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | { target?: number; published?: string | number })[];
  depends_on?: string[] | Record<string, DependsOn>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  restart?: string;
  volumes?: (string | { target?: string })[];
}

interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as Compose;
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

const INFRA_SERVICES = ['mongodb', 'redis'];
const APP_SERVICES = ['seed', ...SUBGRAPH_NAMES, 'gateway'];

function service(name: string): Service {
  const s = compose.services[name];
  if (!s) throw new Error(`docker-compose.yml has no service "${name}"`);
  return s;
}

function words(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : value.split(/\s+/).filter(Boolean);
}

/** The service's environment as compose defines it (before interpolation). */
function rawEnv(s: Service): Record<string, string> {
  const env = s.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const i = entry.indexOf('=');
        return i < 0 ? [entry, ''] : [entry.slice(0, i), entry.slice(i + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

/**
 * Compose interpolation with an empty host environment: `${VAR:-default}` and `${VAR-default}`
 * become their defaults and `$$` a literal `$`. A bare `${VAR}`/`$VAR` has no default, so the stack
 * would not start without a .env file: that is reported as an error.
 */
function interpolate(value: string, where: string): string {
  return value.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (match, braced, def) => {
      if (match === '$$') return '$';
      if (braced !== undefined && def !== undefined) return def as string;
      throw new Error(`${where}: ${match} has no default`);
    },
  );
}

function env(name: string): Env {
  const raw = rawEnv(service(name));
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, interpolate(v, `${name}.environment.${k}`)]));
}

function dependsOn(s: Service): Record<string, string | undefined> {
  const deps = s.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, undefined]));
  return Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, v?.condition]));
}

function healthcheckCommand(s: Service): string {
  return words(s.healthcheck?.test).join(' ');
}

function portOf(url: string): number {
  const u = new URL(url);
  return Number(u.port || (u.protocol === 'https:' ? 443 : 80));
}

/** `dist/a/b.js` -> `a/b.ts`, the TypeScript source that compiles to it. */
function sourceOf(distFile: string): string {
  expect(distFile).toMatch(/^dist\/.+\.js$/);
  return distFile.replace(/^dist\//, '').replace(/\.js$/, '.ts');
}

function dockerfileCmd(): string[] {
  const lines = dockerfile.split('\n').filter((l) => /^CMD\s/.test(l));
  const last = lines[lines.length - 1];
  if (!last) throw new Error('Dockerfile has no CMD');
  return JSON.parse(last.replace(/^CMD\s+/, '')) as string[];
}

describe('docker-compose.yml', () => {
  test('defines the infrastructure, the seeder, the five subgraphs and the gateway', () => {
    expect(Object.keys(compose.services).sort()).toEqual([...INFRA_SERVICES, ...APP_SERVICES].sort());
  });

  test.each(APP_SERVICES)('%s is built from ./Dockerfile', (name) => {
    const build = service(name).build;
    expect(build).toBeDefined();
    const context = typeof build === 'string' ? build : build?.context;
    const file = typeof build === 'string' ? undefined : build?.dockerfile;
    expect(context).toBe('.');
    expect(file ?? 'Dockerfile').toBe('Dockerfile');
  });

  test.each(APP_SERVICES)('%s only sets environment variables that loadConfig reads', (name) => {
    const unknown = Object.keys(rawEnv(service(name))).filter((key) => !(key in ENV_VARS));
    expect(unknown).toEqual([]);
  });

  test.each(APP_SERVICES)('%s runs in production with a non-default secret and defaults for every ${VAR}', (name) => {
    const e = env(name);
    expect(e.NODE_ENV).toBe('production');
    expect(e.INTERNAL_SECRET).toBeTruthy();
  });

  test('the gateway runs distributed, publishes 4000 and waits for redis and every subgraph to be healthy', () => {
    const gateway = service('gateway');
    const e = env('gateway');
    expect(e.MODE).toBe('distributed');
    expect(e.PORT).toBe('4000');
    const published = (gateway.ports ?? []).map((p) =>
      typeof p === 'object' ? `${p.published}:${p.target}` : String(p),
    );
    expect(published).toContain('4000:4000');
    const deps = dependsOn(gateway);
    for (const name of SUBGRAPH_NAMES) expect(deps[name]).toBe('service_healthy');
    if ('redis' in deps) expect(deps.redis).toBe('service_healthy');
    expect(e.REDIS_URL).toMatch(/^redis:\/\/redis:6379/);
  });

  test.each(SUBGRAPH_NAMES)('%s: SUBGRAPH_PORT matches the gateway URL and the subgraph readiness check', (name) => {
    const port = Number(env(name).SUBGRAPH_PORT);
    expect(Number.isInteger(port) && port > 0).toBe(true);

    const url = env('gateway')[`${name.toUpperCase()}_URL`];
    expect(url).toBeDefined();
    const u = new URL(url as string);
    expect(u.hostname).toBe(name);
    expect(u.pathname).toBe('/graphql');
    expect(portOf(url as string)).toBe(port);

    const check = healthcheckCommand(service(name));
    const match = /https?:\/\/[^/:'"\s]+:(\d+)\/readyz/.exec(check);
    expect(match).not.toBeNull();
    expect(Number(match?.[1])).toBe(port);
  });

  test('subgraph ports are distinct', () => {
    const ports = SUBGRAPH_NAMES.map((name) => env(name).SUBGRAPH_PORT);
    expect(new Set(ports).size).toBe(SUBGRAPH_NAMES.length);
  });

  test.each(SUBGRAPH_NAMES)('%s starts with its own name and after mongodb, redis and the seeder', (name) => {
    const s = service(name);
    expect(words(s.command)).toEqual(['node', 'dist/subgraphs/main.js', name]);
    expect(dependsOn(s)).toEqual({
      mongodb: 'service_healthy',
      redis: 'service_healthy',
      seed: 'service_completed_successfully',
    });
    const e = env(name);
    expect(e.MONGODB_URI).toMatch(/^mongodb:\/\/mongodb:27017\/.*replicaSet=rs0/);
    expect(e.REDIS_URL).toMatch(/^redis:\/\/redis:6379/);
    expect(e.DEMO_DATA).toBe('false');
  });

  test('the seeder is a one-shot job against the replica set', () => {
    const seed = service('seed');
    expect(words(seed.command)).toEqual(['node', 'dist/subgraphs/seed-main.js', '--if-empty']);
    expect(seed.restart).toBe('no');
    expect(dependsOn(seed).mongodb).toBe('service_healthy');
    expect(env('seed').MONGODB_URI).toMatch(/^mongodb:\/\/mongodb:27017\/.*replicaSet=rs0/);
  });

  test('all app services share one database', () => {
    const databases = new Set(
      APP_SERVICES.filter((name) => env(name).MONGODB_URI).map((name) => env(name).MONGODB_DATABASE ?? 'commerce'),
    );
    expect([...databases]).toEqual(['commerce']);
  });

  test('mongodb is a single-node replica set rs0 whose healthcheck initiates it', () => {
    const mongodb = service('mongodb');
    expect(mongodb.image).toMatch(/^mongo:7/);
    const args = words(mongodb.command);
    expect(args[args.indexOf('--replSet') + 1]).toBe('rs0');
    const check = healthcheckCommand(mongodb);
    expect(check).toContain('mongosh');
    expect(check).toContain('rs.initiate');
    expect(check).toContain("'rs0'");
    expect(check).toContain('mongodb:27017');
    expect(mongodb.volumes?.length).toBeGreaterThan(0);
  });

  test('redis persists its streams (appendonly) and has a healthcheck', () => {
    const redis = service('redis');
    expect(redis.image).toMatch(/^redis:7/);
    const args = words(redis.command);
    expect(args[args.indexOf('--appendonly') + 1]).toBe('yes');
    expect(healthcheckCommand(redis)).toContain('redis-cli ping');
    expect(redis.volumes?.length).toBeGreaterThan(0);
  });

  test('loadConfig accepts the gateway environment', () => {
    const config = loadConfig(env('gateway'));
    expect(config.mode).toBe('distributed');
    expect(config.port).toBe(4000);
    expect(config.nodeEnv).toBe('production');
    for (const name of SUBGRAPH_NAMES) expect(new URL(config.subgraphUrls[name]).hostname).toBe(name);
  });

  test.each(SUBGRAPH_NAMES)('loadConfig accepts the %s environment', (name) => {
    const config = loadConfig(env(name));
    expect(config.subgraphPort).toBe(Number(env(name).SUBGRAPH_PORT));
    expect(config.mongodbUri).toContain('replicaSet=rs0');
    expect(config.redisUrl).toBeTruthy();
  });

  test('loadConfig accepts the seed environment', () => {
    expect(loadConfig(env('seed')).mongodbUri).toContain('replicaSet=rs0');
  });
});

describe('docker-compose.yml service bindings', () => {
  it.each(SUBGRAPH_NAMES.map((n) => [n]))(
    'subgraph %s can reach every other subgraph at the gateway’s URLs',
    (name) => {
      const gw = env('gateway');
      const own = env(name);
      for (const other of SUBGRAPH_NAMES) {
        const key = `${other.toUpperCase()}_URL`;
        expect(own[key]).toBe(gw[key]);
      }
    },
  );
});

describe('Dockerfile', () => {
  test('is a multi-stage node:20-bookworm-slim build that runs as the node user', () => {
    const froms = dockerfile.split('\n').filter((l) => /^FROM\s/.test(l));
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from).toMatch(/^FROM node:20-bookworm-slim\b/);
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^EXPOSE 4000$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK[\s\S]*\/healthz/m);
  });

  test('ships schema/ (subgraphs read schema/<name>.graphql at runtime) next to dist/', () => {
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/schema \.\/schema$/m);
  });

  test('CMD starts the gateway', () => {
    expect(dockerfileCmd()).toEqual(['node', 'dist/gateway/main.js']);
  });
});

describe('entry points started by the image and compose exist', () => {
  const entries = new Set<string>([dockerfileCmd()[1] ?? '']);
  for (const name of APP_SERVICES) {
    const file = words(service(name).command)[1];
    if (file) entries.add(file);
  }

  test('every app service command runs a compiled file under dist/', () => {
    expect([...entries].sort()).toEqual([
      'dist/gateway/main.js',
      'dist/subgraphs/main.js',
      'dist/subgraphs/seed-main.js',
    ]);
  });

  test.each([...entries].sort())('%s has a TypeScript source', (file) => {
    const source = sourceOf(file);
    expect({ source, exists: existsSync(join(ROOT, source)) }).toEqual({ source, exists: true });
  });
});
