import type { Logger } from './logger';

export interface Service {
  start(): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * The process lifecycle every entry point shares: start, or report and exit 1; then on SIGTERM or
 * SIGINT (once) stop — drain requests, stop background work, close stores — flush the logs and
 * exit 0 (1 if stopping failed). `startErrorMessage` may turn a known start failure into a plain
 * message on stderr (e.g. composition errors) instead of a fatal log entry.
 */
export async function runUntilSignalled(
  service: Service,
  logger: Logger,
  options: { stoppedMessage: string; startErrorMessage?: (err: unknown) => string | undefined },
): Promise<void> {
  try {
    await service.start();
  } catch (err) {
    const message = options.startErrorMessage?.(err);
    if (message) process.stderr.write(`${message}\n`);
    else logger.fatal({ err }, 'failed to start');
    await service.stop().catch(() => undefined);
    logger.flush(() => process.exit(1));
    return;
  }
  let signalled = false;
  const shutdown = (signal: string) => {
    if (signalled) return;
    signalled = true;
    logger.info({ signal }, 'shutting down');
    service.stop().then(
      () => {
        logger.info(options.stoppedMessage);
        logger.flush(() => process.exit(0));
      },
      (err: unknown) => {
        logger.error({ err }, 'error during shutdown');
        logger.flush(() => process.exit(1));
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
