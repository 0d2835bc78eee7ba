/** `npm start`: the gateway, embedded (default) or distributed (MODE=distributed). */
import '../platform/library-mode'; // first: libraries read NODE_ENV when they load
import { loadConfigOrExit } from '../platform/cli';
import { createLogger } from '../platform/logger';
import { runUntilSignalled } from '../platform/process';
import { CompositionError } from './compose';
import { createGateway } from './server';

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel, { service: 'gateway' });
void runUntilSignalled(createGateway(config, { logger }), logger, {
  stoppedMessage: 'gateway stopped',
  startErrorMessage: (err) => (err instanceof CompositionError ? err.message : undefined),
});
