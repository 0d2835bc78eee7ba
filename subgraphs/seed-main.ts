/**
 * `npm run seed`: loads the deterministic demo network into MongoDB (the in-memory engine is
 * seeded automatically at start-up). `--subgraph NAME` seeds one subgraph's collections only;
 * each subgraph writes its own documents (`<name>/demo.ts`) into its own collections.
 */
import { generateScenario } from '../demo/generate';
import {
  ConfigError,
  SUBGRAPH_NAMES,
  loadConfig,
  processEnv,
  type Config,
  type Env,
  type SubgraphName,
} from '../platform/config';
import { createLogger, type Logger } from '../platform/logger';
import { createDocumentStore } from '../platform/store/index';
import type { DocumentStore } from '../platform/store/port';
import { areCollectionsEmpty } from '../platform/store/seed';
import { DEMO_SEEDING, seedScenario } from './seed';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export const NO_MONGODB_MESSAGE = 'MONGODB_URI is not set; the in-memory engine is seeded automatically at start-up';

/**
 * Parses `--subgraph NAME` / `--subgraph=NAME` and `--if-empty` (seed only subgraphs whose
 * collections are empty, so a deployment can run the seeder on every start without wiping data);
 * returns an error message for anything else.
 */
export function parseSeedArgs(
  argv: readonly string[],
): { subgraphs: SubgraphName[]; ifEmpty: boolean } | { error: string } {
  let only: string | null = null;
  let ifEmpty = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--if-empty') {
      ifEmpty = true;
    } else if (arg === '--subgraph') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return { error: '--subgraph needs a name' };
      only = value;
      i += 1;
    } else if (arg.startsWith('--subgraph=')) {
      only = arg.slice('--subgraph='.length);
    } else {
      return {
        error: `unknown argument "${arg}" (usage: seed [--subgraph ${SUBGRAPH_NAMES.join('|')}] [--if-empty])`,
      };
    }
  }
  if (only === null) return { subgraphs: [...SUBGRAPH_NAMES], ifEmpty };
  if (!(SUBGRAPH_NAMES as readonly string[]).includes(only)) {
    return { error: `unknown subgraph "${only}"; expected one of ${SUBGRAPH_NAMES.join(', ')}` };
  }
  return { subgraphs: [only as SubgraphName], ifEmpty };
}

export interface SeedDeps {
  /** Overridable for tests; defaults to `createDocumentStore`. */
  openStore?: (opts: { mongodbUri: string; mongodbDatabase: string }) => Promise<DocumentStore>;
  logger?: Logger;
}

/** Runs the seed and resolves to the process exit code. */
export async function runSeed(argv: readonly string[], env: Env, deps: SeedDeps = {}): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    const logger = deps.logger ?? createLogger('info', { component: 'seed' });
    if (err instanceof ConfigError) {
      logger.error({ problems: err.problems }, err.message);
      return EXIT_USAGE;
    }
    throw err;
  }
  const logger = deps.logger ?? createLogger(config.logLevel, { component: 'seed' });
  const args = parseSeedArgs(argv);
  if ('error' in args) {
    logger.error(args.error);
    return EXIT_USAGE;
  }
  if (config.mongodbUri === null) {
    logger.error(NO_MONGODB_MESSAGE);
    return EXIT_USAGE;
  }

  const openStore = deps.openStore ?? createDocumentStore;
  const started = Date.now();
  const scenario = generateScenario(config.demoSeed);
  logger.info({ seed: config.demoSeed, ms: Date.now() - started }, 'demo data generated');

  let store: DocumentStore | null = null;
  try {
    store = await openStore({ mongodbUri: config.mongodbUri, mongodbDatabase: config.mongodbDatabase });
    let subgraphs = args.subgraphs;
    if (args.ifEmpty) {
      const current = store;
      const empty = await Promise.all(subgraphs.map((s) => areCollectionsEmpty(current, DEMO_SEEDING[s].collections)));
      const skipped = subgraphs.filter((_, i) => !empty[i]);
      subgraphs = subgraphs.filter((_, i) => empty[i]);
      if (skipped.length > 0) logger.info({ skipped }, 'already seeded, left untouched (--if-empty)');
      if (subgraphs.length === 0) return EXIT_OK;
    }
    const counts = await seedScenario(store, scenario, subgraphs, ({ subgraph, collection, count }) =>
      logger.info({ subgraph, collection, count }, `seeded ${collection}`),
    );
    logger.info({ database: config.mongodbDatabase, subgraphs, counts, ms: Date.now() - started }, 'seed complete');
    return EXIT_OK;
  } catch (err) {
    logger.error({ err }, 'seed failed');
    return EXIT_FAILURE;
  } finally {
    if (store) await store.close().catch((err: unknown) => logger.warn({ err }, 'closing the store failed'));
  }
}

if (require.main === module) {
  void runSeed(process.argv.slice(2), processEnv()).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      createLogger('error', { component: 'seed' }).fatal({ err }, 'seed crashed');
      process.exitCode = EXIT_FAILURE;
    },
  );
}
