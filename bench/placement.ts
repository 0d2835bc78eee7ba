/**
 * CPU placement for benchmarks that run a server and its load generator on one small machine
 * (Linux with 2 or more CPUs and `taskset`; `BENCH_PIN=0` turns it off): the measured server's
 * event-loop thread gets CPU 0 to itself; the server's other threads and the load generator share
 * the other CPUs. Without it, every message a server writes on loopback wakes the load generator on
 * the writer's own CPU, where it preempts the server's event loop (`bench:subscriptions` explains
 * the figures).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { processEnv } from '../platform/config';

/** Where threads run (`taskset` CPU lists), or null when the bench leaves placement to the OS. */
export const PLACEMENT = ((): { loop: string; rest: string } | null => {
  const cpus = availableParallelism();
  if (processEnv().BENCH_PIN === '0' || process.platform !== 'linux' || cpus < 2) return null;
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
  } catch {
    return null; // no taskset here
  }
  return { loop: '0', rest: cpus === 2 ? '1' : `1-${cpus - 1}` };
})();

/**
 * Places the threads of process `pid` (see the header): its main (event-loop) thread on
 * `PLACEMENT.loop` when `server`, every other thread on `PLACEMENT.rest`. Called again before each
 * round: threads started since inherit their creator's CPU.
 */
export function place(pid: number, server: boolean): void {
  if (!PLACEMENT) return;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const cpus = server && tid === String(pid) ? PLACEMENT.loop : PLACEMENT.rest;
    try {
      execFileSync('taskset', ['-p', '-c', cpus, tid], { stdio: 'ignore' });
    } catch {
      // the thread ended meanwhile
    }
  }
}
