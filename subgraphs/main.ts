/** `npm run start:subgraph -- <name>`: one subgraph as its own HTTP server (distributed mode). */
import '../platform/library-mode'; // first: libraries read NODE_ENV when they load
import { loadConfigOrExit } from '../platform/cli';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/config';
import { createLogger } from '../platform/logger';
import { runUntilSignalled } from '../platform/process';
import { createSubgraphServer } from './server';

const name = process.argv[2] as SubgraphName | undefined;
if (!name || !SUBGRAPH_NAMES.includes(name)) {
  process.stderr.write(`usage: npm run start:subgraph -- <${SUBGRAPH_NAMES.join('|')}>\n`);
  process.exit(2);
}
const config = loadConfigOrExit();
const logger = createLogger(config.logLevel, { service: name });
void runUntilSignalled(createSubgraphServer(name, config, { logger }), logger, { stoppedMessage: 'subgraph stopped' });
