import cluster, { type Worker } from 'node:cluster';
import { freePort } from './net';
import type { Logger } from './logger';
import type { Service } from './process';

/**
 * Several processes of one stateless HTTP service on one machine (node:cluster): the primary
 * forks the workers, which share one listening port (the primary accepts and hands connections
 * round-robin), replaces a worker that dies with a backoff, and on SIGTERM/SIGINT stops every
 * worker gracefully (each drains its own requests) before exiting 0. The primary serves nothing
 * itself and loads none of the service's code.
 */
export interface ClusterOptions {
  workers: number;
  host: string;
  /** 0 = the primary picks a free port first, so every worker (and every replacement) shares it. */
  port: number;
  /** Each worker's own drain time; a worker still alive this long (+5 s) after SIGTERM is killed. */
  shutdownGraceMs: number;
  logger: Logger;
  /** Logged once, with the URL, when every worker has started. */
  readyMessage: string;
  stoppedMessage: string;
  /** More fields for the ready line. */
  details?: Record<string, unknown>;
  /** Replacement backoff: base·2^(n−1) ms up to maxMs for the n-th exit within windowMs; more than maxExits: give up. */
  restart?: { baseMs: number; maxMs: number; maxExits: number; windowMs: number };
}

const DEFAULT_RESTART = { baseMs: 100, maxMs: 5000, maxExits: 10, windowMs: 60_000 };
const READY = 'cluster-worker-ready';

/** The cluster worker id of this process, or undefined when it is not a cluster worker. */
export function clusterWorkerId(): number | undefined {
  return cluster.isWorker ? cluster.worker?.id : undefined;
}

export function isClusterPrimary(): boolean {
  return cluster.isPrimary;
}

/** In a worker: `service`, which also tells the primary its URL once it has started. */
export function reportingReady(service: { start(): Promise<{ url: string }>; stop(): Promise<void> }): Service {
  return {
    async start() {
      const running = await service.start();
      process.send?.({ type: READY, url: running.url });
      return running;
    },
    stop: () => service.stop(),
  };
}

export async function runClusterPrimary(options: ClusterOptions): Promise<void> {
  const { logger } = options;
  const restart = options.restart ?? DEFAULT_RESTART;
  const port = options.port !== 0 ? options.port : await freePort(options.host);
  const started = new Set<number>();
  const exits: number[] = [];
  const pending = new Set<NodeJS.Timeout>();
  let ready = false;
  let stopping = false;

  function fork(): void {
    const worker = cluster.fork({ PORT: String(port) });
    const workerPid = worker.process.pid;
    logger.info({ worker: worker.id, workerPid }, 'gateway worker started');
    worker.on('message', (message: { type?: string; url?: string }) => {
      if (message?.type !== READY || ready || stopping) return;
      started.add(worker.id);
      if (started.size < options.workers) return;
      ready = true;
      logger.info({ url: message.url, workers: options.workers, ...options.details }, options.readyMessage);
    });
    worker.once('exit', (code, signal) => exited(worker, code, signal));
  }

  function exited(worker: Worker, code: number | null, signal: string | null): void {
    if (stopping) return;
    logger.error({ worker: worker.id, workerPid: worker.process.pid, code, signal }, 'gateway worker exited');
    if (!ready) {
      logger.fatal('a gateway worker failed to start');
      void stop(1);
      return;
    }
    const now = Date.now();
    exits.push(now);
    while (exits[0]! <= now - restart.windowMs) exits.shift();
    if (exits.length > restart.maxExits) {
      logger.fatal({ exits: exits.length, windowMs: restart.windowMs }, 'gateway workers keep exiting: giving up');
      void stop(1);
      return;
    }
    const delay = Math.min(restart.maxMs, restart.baseMs * 2 ** (exits.length - 1));
    const timer = setTimeout(() => {
      pending.delete(timer);
      if (!stopping) fork();
    }, delay);
    pending.add(timer);
  }

  async function stop(exitCode: number): Promise<void> {
    if (stopping) return;
    stopping = true;
    for (const timer of pending) clearTimeout(timer);
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    const codes = Promise.all(
      workers.map(
        (w) =>
          new Promise<number | null>((resolve) =>
            w.isDead() ? resolve(w.process.exitCode) : w.once('exit', (code) => resolve(code)),
          ),
      ),
    );
    for (const w of workers) w.process.kill('SIGTERM');
    const killer = setTimeout(() => {
      for (const w of workers) if (!w.isDead()) w.process.kill('SIGKILL');
    }, options.shutdownGraceMs + 5000);
    const clean = (await codes).every((code) => code === 0);
    clearTimeout(killer);
    if (exitCode === 0 && clean) logger.info(options.stoppedMessage);
    else if (exitCode === 0) logger.error('a gateway worker did not stop cleanly');
    logger.flush(() => process.exit(exitCode === 0 && clean ? 0 : 1));
  }

  const shutdown = (signal: string) => {
    if (stopping) return;
    logger.info({ signal }, 'shutting down');
    void stop(0);
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  for (let i = 0; i < options.workers; i++) fork();
}
