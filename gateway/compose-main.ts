/**
 * `npm run compose`        writes schema/supergraph.graphql from the subgraph SDL files.
 * `npm run compose:check`  exits 1 when the checked-in supergraph differs from a fresh composition.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { composeSupergraph, CompositionError, readCheckedInSupergraph, SUPERGRAPH_PATH } from './compose';

function main(): number {
  const check = process.argv.includes('--check');
  let supergraph: string;
  try {
    supergraph = composeSupergraph();
  } catch (err) {
    if (err instanceof CompositionError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  if (check) {
    if (!existsSync(SUPERGRAPH_PATH) || readCheckedInSupergraph() !== supergraph) {
      process.stderr.write('schema/supergraph.graphql is out of date: run `npm run compose` and commit the result\n');
      return 1;
    }
    process.stdout.write('compose:check: schema/supergraph.graphql is up to date\n');
    return 0;
  }
  writeFileSync(SUPERGRAPH_PATH, supergraph);
  process.stdout.write(`wrote ${SUPERGRAPH_PATH}\n`);
  return 0;
}

process.exitCode = main();
