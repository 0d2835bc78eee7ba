import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../platform/config';

export const ROOT = join(__dirname, '..', '..');

export interface Started {
  child: ChildProcess;
  url: string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  logs: string[];
}

/**
 * Spawns a compiled entry point (`dist/...`, built by jest's global setup) and waits for the
 * JSON log line carrying `msg` and a `url`, which is how a process bound to port 0 tells us
 * where it listens.
 */
export function startProcess(
  entry: string,
  args: string[],
  env: Record<string, string>,
  readyMsg: string,
  startTimeoutMs = 20_000,
): Promise<Started> {
  const child = spawn(process.execPath, [join(ROOT, entry), ...args], {
    cwd: ROOT,
    // Only what the test gives: the children must not pick up this machine's REDIS_URL and the like.
    env: { NODE_ENV: 'development', LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${entry} ${args.join(' ')} did not start:\n${logs.join('\n')}`)),
      startTimeoutMs,
    );
    const onLine = (line: string) => {
      logs.push(line);
      try {
        const entryLog = JSON.parse(line) as { msg?: string; url?: string };
        if (entryLog.msg === readyMsg && entryLog.url) {
          clearTimeout(timer);
          resolve({ child, url: entryLog.url, exited, logs });
        }
      } catch {
        /* not JSON */
      }
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code}:\n${logs.join('\n')}`));
    });
  });
}

export async function stopProcess(p: Started | undefined): Promise<void> {
  if (!p || p.child.exitCode !== null) return;
  p.child.kill('SIGTERM');
  await p.exited;
}

/**
 * The five subgraphs as processes on free ports, fulfillment first (catalog reads the network
 * through fulfillment's API); `env` is added to each one's environment.
 */
export async function startSubgraphProcesses(
  env: Record<string, string>,
): Promise<Partial<Record<SubgraphName, Started>>> {
  const fulfillment = await startProcess(
    'dist/subgraphs/main.js',
    ['fulfillment'],
    { SUBGRAPH_PORT: '0', ...env },
    'subgraph ready',
  );
  const others = SUBGRAPH_NAMES.filter((n) => n !== 'fulfillment');
  const started = await Promise.all(
    others.map((name) =>
      startProcess(
        'dist/subgraphs/main.js',
        [name],
        { SUBGRAPH_PORT: '0', FULFILLMENT_URL: fulfillment.url, ...env },
        'subgraph ready',
      ),
    ),
  );
  return { fulfillment, ...Object.fromEntries(others.map((n, i) => [n, started[i]])) };
}

/** The `*_URL` variables that point a distributed gateway at `subgraphs`. */
export function subgraphUrlEnv(subgraphs: Partial<Record<SubgraphName, Started>>): Record<string, string> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, subgraphs[n]!.url]));
}
