/**
 * The configurations `npm run bench:gateway` compares, each its own process on free ports, all
 * with NODE_ENV=production: (a) our gateway embedded (`dist/gateway/main.js`, demo data; also with
 * the response cache on, `embedded-cache`), (b) our
 * gateway distributed, (c) stock Apollo Gateway + Apollo Server (bench/gateway-apollo.ts), (d)
 * Hive Gateway with its variants (bench/gateway-hive.ts), (e) a subgraph queried directly. (b) to
 * (e) share one set of five subgraph processes. Every child is killed when this process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { composeSupergraph } from '../gateway/compose';
import { freePort } from '../platform/net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { processEnv, SUBGRAPH_NAMES, type SubgraphName } from '../platform/config';

const ROOT = join(__dirname, '..', '..');
export const SECRET = 'bench-gateway-internal-secret-0123456789';

export interface Running {
  name: string;
  url: string;
  pid: number;
  child: ChildProcess;
}

/** A configuration under test: where to send, and whose process's CPU and memory count. */
export interface Config {
  name: string;
  /** (a) … (e), for the report. */
  kind: string;
  url: string;
  pid: number;
  /** The subgraph it is, for the direct configuration; null for a gateway. */
  subgraph: SubgraphName | null;
}

const children = new Set<ChildProcess>();
export function killAll(): void {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** The environment every server gets: production settings, the bench's secrets, no outside services. */
function baseEnv(): Record<string, string> {
  const env = processEnv();
  return {
    PATH: env.PATH ?? '',
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    INTERNAL_SECRET: SECRET,
    JWT_SECRET: SECRET,
    DEMO_DATA: 'true',
    // One budget per caller address for anonymous shoppers: the load generator is one address.
    THROTTLE_MAX_AVAILABLE: '100000000',
    THROTTLE_RESTORE_RATE: '10000000',
  };
}

/** Spawns `dist/<script>` and waits for its JSON ready line carrying a `url`. */
function start(name: string, script: string, args: string[], env: Record<string, string>): Promise<Running> {
  const nodeArgs = (processEnv().BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist', script), ...args], {
    cwd: ROOT,
    env: { ...baseEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${logs.join('\n')}`)), 60_000);
    const onLine = (line: string) => {
      if (logs.length < 200) logs.push(line);
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.url && /ready$/.test(entry.msg ?? '')) {
          clearTimeout(timer);
          resolve({ name, url: entry.url, pid: child.pid!, child });
        }
      } catch {
        /* not JSON */
      }
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${logs.slice(-20).join('\n')}`));
    });
  });
}

/** The five subgraphs on free ports, each knowing the others' URLs (checkout crosses three). */
export async function startSubgraphs(): Promise<Record<SubgraphName, Running>> {
  const ports = Object.fromEntries(
    await Promise.all(SUBGRAPH_NAMES.map(async (n) => [n, await freePort()] as const)),
  ) as Record<SubgraphName, number>;
  const urls = Object.fromEntries(
    SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, `http://127.0.0.1:${ports[n]}/graphql`]),
  );
  const started = await Promise.all(
    SUBGRAPH_NAMES.map((n) =>
      start(`subgraph ${n}`, 'subgraphs/main.js', [n], { ...urls, SUBGRAPH_PORT: String(ports[n]) }),
    ),
  );
  return Object.fromEntries(SUBGRAPH_NAMES.map((n, i) => [n, started[i]!])) as Record<SubgraphName, Running>;
}

/**
 * The supergraph our gateway serves (`composeSupergraph` for the gateway: the checked-in one
 * without the `for: SECURITY` authorization directives, which each subgraph enforces itself and
 * which @apollo/gateway refuses), with this run's subgraph URLs, written to a temporary file.
 */
export function supergraphFile(subgraphs: Record<SubgraphName, Running>): string {
  let sdl = composeSupergraph({}, { forGateway: true });
  for (const n of SUBGRAPH_NAMES) {
    sdl = sdl.replace(
      new RegExp(`@join__graph\\(name: "${n}", url: "[^"]*"\\)`),
      `@join__graph(name: "${n}", url: "${subgraphs[n].url}")`,
    );
  }
  const file = join(tmpdir(), `bench-gateway-supergraph-${process.pid}.graphql`);
  writeFileSync(file, sdl);
  return file;
}

export const GATEWAYS = [
  'embedded',
  'embedded-cache',
  'distributed',
  'apollo',
  'hive',
  'hive-nodedup',
  'hive-rust',
] as const;
export type GatewayName = (typeof GATEWAYS)[number];

const KIND: Record<GatewayName, string> = {
  embedded: '(a) ours, embedded',
  'embedded-cache': '(a) ours, embedded, response cache on (RESPONSE_CACHE_TTL_MS=1000)',
  distributed: '(b) ours, distributed',
  apollo: '(c) stock @apollo/gateway + @apollo/server',
  hive: '(d) Hive Gateway, defaults (subgraph dedup on)',
  'hive-nodedup': '(d) Hive Gateway, dedup off',
  'hive-rust': '(d) Hive Gateway, Rust query planner',
};
export const describe = (name: string) =>
  KIND[name as GatewayName] ?? `(e) ${name.replace(/^direct:/, '')} subgraph queried directly`;

/** Starts one gateway configuration over the shared subgraphs (the embedded one holds its own). */
export async function startGateway(
  name: GatewayName,
  subgraphs: Record<SubgraphName, Running>,
  supergraph: string,
): Promise<Config> {
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, subgraphs[n].url]));
  const common = { PORT: '0', BENCH_SUPERGRAPH: supergraph, ...urls };
  const run =
    name === 'embedded' || name === 'embedded-cache'
      ? await start(name, 'gateway/main.js', [], {
          PORT: '0',
          ...(name === 'embedded-cache' ? { RESPONSE_CACHE_TTL_MS: '1000' } : {}),
        })
      : name === 'distributed'
        ? await start(name, 'gateway/main.js', [], { ...common, MODE: 'distributed' })
        : name === 'apollo'
          ? await start(name, 'bench/gateway-apollo.js', [], common)
          : await start(name, 'bench/gateway-hive.js', [], {
              ...common,
              BENCH_HIVE_DEDUP: name === 'hive-nodedup' ? 'off' : 'default',
              BENCH_HIVE_PLANNER: name === 'hive-rust' ? 'rust' : 'js',
            });
  return { name, kind: KIND[name], url: run.url, pid: run.pid, subgraph: null };
}

export function directConfig(name: SubgraphName, run: Running): Config {
  return { name: `direct:${name}`, kind: describe(`direct:${name}`), url: run.url, pid: run.pid, subgraph: name };
}

/** CPU time of a process so far (user + system), in ms, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of stat (utime, stime), counted after the command name: indexes 11 and 12.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
/** Linux's USER_HZ: 100 on every mainstream kernel configuration. */
const CLOCK_TICKS = 100;

/** Resident memory of a process, in MB. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
