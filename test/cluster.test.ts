import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/config';
import {
  ROOT,
  startProcess,
  startSubgraphProcesses,
  stopProcess,
  subgraphUrlEnv,
  type Started,
} from './support/processes';

/**
 * Distributed mode past one core: five subgraph processes and a gateway with GATEWAY_WORKERS=2
 * (node:cluster), over real HTTP. Each answer names the worker that served it
 * (`x-gateway-worker`), and the primary logs each worker's pid.
 */
const SECRET = 'cluster-test-secret-0123456789abc';
const QUERY = '{ locations { id } }';
let subgraphs: Partial<Record<SubgraphName, Started>> = {};
let gateway: Started | undefined;

interface LogLine {
  msg?: string;
  worker?: number;
  workerPid?: number;
  url?: string;
}
const lines = () => gateway!.logs.flatMap((l) => (l.startsWith('{') ? [JSON.parse(l) as LogLine] : []));
const workersStarted = () => lines().filter((l) => l.msg === 'gateway worker started');

async function until(condition: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}:\n${gateway!.logs.join('\n')}`);
}

/** One request on its own connection (the primary hands out connections, not requests). */
function served(url: string): Promise<{ status: number; worker: string; locations: number }> {
  const body = JSON.stringify({ query: QUERY });
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => {
        const parsed = JSON.parse(text) as { data?: { locations: unknown[] }; errors?: unknown };
        if (parsed.errors) return reject(new Error(text));
        resolve({
          status: res.statusCode!,
          worker: String(res.headers['x-gateway-worker']),
          locations: parsed.data!.locations.length,
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function serveSeveral(n: number): Promise<Set<string>> {
  const workers = new Set<string>();
  for (let i = 0; i < n; i++) {
    const res = await served(gateway!.url);
    expect(res.status).toBe(200);
    expect(res.locations).toBe(0);
    workers.add(res.worker);
  }
  return workers;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('a distributed gateway with GATEWAY_WORKERS=2', () => {
  beforeAll(async () => {
    // No demo data: the subgraphs start faster, and an empty answer still takes a real fetch.
    subgraphs = await startSubgraphProcesses({ INTERNAL_SECRET: SECRET, DEMO_DATA: 'false' });
    gateway = await startProcess(
      'dist/gateway/main.js',
      [],
      { MODE: 'distributed', PORT: '0', INTERNAL_SECRET: SECRET, GATEWAY_WORKERS: '2', ...subgraphUrlEnv(subgraphs) },
      'gateway ready',
      // Two workers compose the supergraph at once: on a busy machine that takes a while.
      60_000,
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all([stopProcess(gateway), ...SUBGRAPH_NAMES.map((n) => stopProcess(subgraphs[n]))]);
  });

  it('says ready once, with the shared URL, after both workers started', async () => {
    expect(lines().filter((l) => l.msg === 'gateway ready')).toEqual([
      expect.objectContaining({ url: gateway!.url, workers: 2, mode: 'distributed' }),
    ]);
    expect(workersStarted().map((l) => l.worker)).toEqual([1, 2]);
    // Each worker's own line may reach the shared stdout just after the primary's.
    const workerReady = () => lines().filter((l) => l.msg === 'gateway worker ready');
    await until(() => workerReady().length === 2, 'both workers ready');
    expect(workerReady().map((l) => l.url)).toEqual([gateway!.url, gateway!.url]);
  });

  it('serves from both workers on one port', async () => {
    expect(await serveSeveral(6)).toEqual(new Set(['1', '2']));
  });

  it('replaces a worker that dies, and keeps serving meanwhile', async () => {
    const victim = workersStarted()[0]!;
    process.kill(victim.workerPid!, 'SIGKILL');
    await until(() => lines().some((l) => l.msg === 'gateway worker exited' && l.worker === victim.worker), 'the exit');
    // The survivor serves alone until the replacement is up.
    expect([...(await serveSeveral(3))]).not.toContain('1');
    await until(() => lines().some((l) => l.msg === 'gateway worker ready' && l.worker === 3), 'the replacement');
    expect(workersStarted().map((l) => l.worker)).toEqual([1, 2, 3]);
    expect(await serveSeveral(6)).toEqual(new Set(['2', '3']));
  }, 90_000);

  it('stops every worker on SIGTERM and exits 0, leaving no worker behind', async () => {
    const pids = workersStarted().map((l) => l.workerPid!);
    gateway!.child.kill('SIGTERM');
    expect(await gateway!.exited).toBe(0);
    const messages = lines()
      .filter((l) => l.worker === undefined)
      .map((l) => l.msg);
    expect(messages.slice(-2)).toEqual(['shutting down', 'gateway stopped']);
    expect(
      lines()
        .filter((l) => l.msg === 'gateway worker stopped')
        .map((l) => l.worker),
    ).toEqual(expect.arrayContaining([2, 3]));
    expect(pids.filter(alive)).toEqual([]);
  });
});

describe('an embedded gateway', () => {
  it('refuses GATEWAY_WORKERS > 1 at start-up with a clear configuration error (exit 2)', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist/gateway/main.js')], {
      env: { NODE_ENV: 'development', GATEWAY_WORKERS: '2' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('GATEWAY_WORKERS must be 1 in embedded mode');
  }, 60_000);
});
