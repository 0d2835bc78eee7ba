/** `npm run start:subgraph -- <name>`: one subgraph as its own HTTP server (distributed mode). */
import { loadConfigOrExit } from '../platform/cli';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/config';
import { createLogger } from '../platform/logger';
import { createSubgraphServer } from './server';

async function main(): Promise<void> {
  const name = process.argv[2] as SubgraphName | undefined;
  if (!name || !SUBGRAPH_NAMES.includes(name)) {
    process.stderr.write(`usage: npm run start:subgraph -- <${SUBGRAPH_NAMES.join('|')}>\n`);
    process.exit(2);
  }
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel, { service: name });
  const server = createSubgraphServer(name, config, { logger });
  try {
    await server.start();
  } catch (err) {
    logger.fatal({ err }, 'subgraph failed to start');
    await server.stop().catch(() => undefined);
    process.exit(1);
  }
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.stop().then(
      () => {
        logger.info('subgraph stopped');
        logger.flush(() => process.exit(0));
      },
      (err: unknown) => {
        logger.error({ err }, 'error during shutdown');
        logger.flush(() => process.exit(1));
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

void main();
