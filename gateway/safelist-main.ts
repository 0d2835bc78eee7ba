/**
 * `npm run safelist -- <command>`: the partner safelist (schema/safelist.json, or SAFELIST_FILE).
 *
 *   npm run safelist -- add --partner partner_marketplace_01[,other] ops/orders.graphql
 *   npm run safelist -- list
 *   npm run safelist -- remove <operation id>
 *
 * `add` registers every operation of the file, each validated against the gateway's schema (and
 * refused, with nothing written, if any is invalid); adding an already registered operation adds
 * the partners to it. The gateway reads the manifest at start-up.
 */
import { readFileSync } from 'node:fs';
import { Kind, parse, print, validate, type OperationDefinitionNode } from 'graphql';
import { loadConfigOrExit } from '../platform/cli';
import { composeApiSchema } from './compose';
import { DEFAULT_SAFELIST, operationHash, readSafelist, writeSafelist, type SafelistManifest } from './safelist';

const USAGE = 'usage: npm run safelist -- add --partner ID[,ID…] FILE.graphql | list | remove OPERATION_ID\n';

export function addOperations(
  manifest: SafelistManifest,
  source: string,
  partners: string[],
): SafelistManifest | string {
  let doc;
  try {
    doc = parse(source);
  } catch (err) {
    return `not a GraphQL document: ${(err as Error).message}`;
  }
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (ops.length === 0) return 'the file has no operation';
  const schema = composeApiSchema();
  const fragments = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const operations = [...manifest.operations];
  for (const op of ops) {
    if (!op.name) return 'every operation must be named';
    const body = print({ kind: Kind.DOCUMENT, definitions: [op, ...fragments] });
    const errors = validate(schema, parse(body));
    if (errors.length > 0) return `${op.name.value}: ${errors.map((e) => e.message).join('; ')}`;
    const id = operationHash(body);
    const existing = operations.find((o) => o.id === id);
    if (existing) existing.partners = [...new Set([...existing.partners, ...partners])].sort();
    else operations.push({ id, name: op.name.value, body, partners: [...new Set(partners)].sort() });
  }
  return { version: 1, operations };
}

function main(argv: string[]): number {
  const config = loadConfigOrExit();
  const path = config.safelistFile || DEFAULT_SAFELIST;
  const manifest = readSafelist(path);
  const [command, ...rest] = argv;
  if (command === 'list') {
    for (const op of manifest.operations)
      process.stdout.write(`${op.id}  ${op.name ?? '-'}  ${op.partners.join(',')}\n`);
    return 0;
  }
  if (command === 'remove' && rest.length === 1) {
    const left = manifest.operations.filter((o) => o.id !== rest[0]);
    if (left.length === manifest.operations.length) {
      process.stderr.write(`no operation ${rest[0]}\n`);
      return 2;
    }
    writeSafelist(path, { version: 1, operations: left });
    process.stdout.write(`removed ${rest[0]}\n`);
    return 0;
  }
  const partnerAt = rest.indexOf('--partner');
  if (command === 'add' && partnerAt >= 0 && rest.length === 3) {
    const partners = (rest[partnerAt + 1] ?? '').split(',').filter((p) => /^[A-Za-z0-9_.-]{1,200}$/.test(p));
    const file = rest.find((_, i) => i !== partnerAt && i !== partnerAt + 1)!;
    if (partners.length === 0) {
      process.stderr.write(`--partner needs one or more partner ids\n${USAGE}`);
      return 2;
    }
    const next = addOperations(manifest, readFileSync(file, 'utf8'), partners);
    if (typeof next === 'string') {
      process.stderr.write(`${next}\nnothing was written\n`);
      return 2;
    }
    writeSafelist(path, next);
    process.stdout.write(`${path}: ${next.operations.length} operation(s)\n`);
    return 0;
  }
  process.stderr.write(USAGE);
  return 2;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
