/**
 * `npm start`: the gateway, embedded (default) or distributed (MODE=distributed). Distributed with
 * GATEWAY_WORKERS > 1, this process is the cluster primary: it forks that many gateway workers
 * sharing the port and loads none of the gateway itself (config refuses more than one embedded).
 */
import '../platform/library-mode'; // first: libraries read NODE_ENV when they load
import { loadConfigOrExit } from '../platform/cli';
import { clusterWorkerId, isClusterPrimary, reportingReady, runClusterPrimary } from '../platform/cluster';
import { createLogger } from '../platform/logger';
import { runUntilSignalled } from '../platform/process';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel, { service: 'gateway' });
  if (config.gatewayWorkers > 1 && isClusterPrimary()) {
    return runClusterPrimary({
      workers: config.gatewayWorkers,
      host: config.host,
      port: config.port,
      shutdownGraceMs: config.shutdownGraceMs,
      logger,
      readyMessage: 'gateway ready',
      stoppedMessage: 'gateway stopped',
      details: { mode: config.mode },
    });
  }
  const { createGateway } = await import('./server');
  const { CompositionError } = await import('./compose');
  const workerId = clusterWorkerId();
  const log = workerId === undefined ? logger : logger.child({ worker: workerId });
  const gateway = createGateway(config, { logger: log, workerId });
  return runUntilSignalled(workerId === undefined ? gateway : reportingReady(gateway), log, {
    stoppedMessage: workerId === undefined ? 'gateway stopped' : 'gateway worker stopped',
    startErrorMessage: (err) => (err instanceof CompositionError ? err.message : undefined),
  });
}

void main();
