/**
 * `npm run route -- FILE`: routes the orders in FILE (one instance of the routing format, or a
 * JSON array of them; docs/routing.md) with fulfillment's routing engine, the one the API calls,
 * and prints the plans as one JSON array on stdout, in input order, and nothing else. Bad input —
 * no file, an unreadable file, invalid JSON, a bad field in any instance — prints nothing on
 * stdout, one line on stderr and exits 2.
 */
import { readFileSync } from 'node:fs';
import { routeInstances } from './fulfillment/index';

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

export interface RouteRun {
  code: number;
  stdout: string;
  stderr: string;
}

const oneLine = (text: string) => `${text.replace(/\s*\n\s*/g, ' ').trim()}\n`;

/** The whole command as a function of its arguments and file reader, so it can be tested in-process. */
export function runRoute(
  argv: readonly string[],
  read: (file: string) => string = (f) => readFileSync(f, 'utf8'),
): RouteRun {
  const fail = (message: string): RouteRun => ({ code: EXIT_USAGE, stdout: '', stderr: oneLine(message) });
  if (argv.length !== 1 || argv[0]!.startsWith('-')) {
    return fail(
      'usage: npm run route -- FILE   (FILE: one routing instance or a JSON array of them; see docs/routing.md)',
    );
  }
  const file = argv[0]!;
  let text: string;
  try {
    text = read(file);
  } catch (err) {
    return fail(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return fail(`${file}: invalid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const routed = routeInstances(json);
  if (!routed.ok) return fail(routed.message);
  return { code: EXIT_OK, stdout: `${JSON.stringify(routed.plans, null, 2)}\n`, stderr: '' };
}

if (require.main === module) {
  const run = runRoute(process.argv.slice(2));
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  process.exitCode = run.code;
}
