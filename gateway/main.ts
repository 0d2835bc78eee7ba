/** `npm start`: the gateway, embedded (default) or distributed (MODE=distributed). */
import { loadConfigOrExit } from '../platform/cli';
import { createLogger } from '../platform/logger';
import { CompositionError } from './compose';
import { createGateway } from './server';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel, { service: 'gateway' });
  const gateway = createGateway(config, { logger });
  try {
    await gateway.start();
  } catch (err) {
    if (err instanceof CompositionError) process.stderr.write(`${err.message}\n`);
    else logger.fatal({ err }, 'gateway failed to start');
    await gateway.stop().catch(() => undefined);
    process.exit(1);
  }
  let signalled = false;
  const shutdown = (signal: string) => {
    if (signalled) return;
    signalled = true;
    logger.info({ signal }, 'shutting down');
    gateway.stop().then(
      () => logger.flush(() => process.exit(0)),
      (err: unknown) => {
        logger.error({ err }, 'error during shutdown');
        logger.flush(() => process.exit(1));
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

void main();
