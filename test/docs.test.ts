import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { ANONYMOUS, parsePrincipal, type Principal } from '../platform/auth/principal';
import { ENV_VARS } from '../platform/config';
import { namedPaths, pathExists, topLevelEntries } from './support/doc-paths';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, postGraphQL } from './support/http';
import { firstMessage } from './support/ws';
import { DEMO_PARTNER_KEYS } from '../subgraphs/identity/demo';

/** The README and docs/api.md are executable: their examples run against the embedded gateway. */
const ROOT = join(__dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const api = readFileSync(join(ROOT, 'docs', 'api.md'), 'utf8');

function blocks(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}

/**
 * The operations of a block, each with what the comment lines right above it say: `# as: <kind>
 * <args…>` names the principal (the same arguments as `npm run token`; `partner-key <id>` sends
 * that demo partner key instead of a JWT), `# variables: <json>` its variables. Neither: anonymous.
 * `# keep: <name> <path>` keeps a value of the example's answer (e.g. `cartId createCart.id`, the
 * id of a cart it made) for later examples, whose variables name it as `"$<name>"`.
 */
interface Example {
  name: string;
  text: string;
  as: Principal;
  /** The Authorization header the example is sent with. */
  headers: Record<string, string>;
  variables: Record<string, unknown> | undefined;
  keep: { name: string; path: string } | undefined;
}

/** Values kept by earlier examples (`# keep:`), by name. */
const kept = new Map<string, unknown>();
const withKept = (variables: Record<string, unknown> | undefined) =>
  variables &&
  (JSON.parse(
    JSON.stringify(variables, (_k, v: unknown) =>
      typeof v === 'string' && v.startsWith('$') && kept.has(v.slice(1)) ? kept.get(v.slice(1)) : v,
    ),
  ) as Record<string, unknown>);
const at = (value: unknown, path: string) =>
  path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);

function operations(source: string): Example[] {
  const ops = parse(source).definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return ops.map((op, i) => {
    const before = source.slice(i > 0 ? ops[i - 1]!.loc!.end : 0, op.loc!.start);
    const comments = before.split('\n').filter((l) => l.trim().startsWith('#'));
    const spec = comments
      .find((l) => l.includes('# as: '))
      ?.split('# as: ')[1]!
      .trim()
      .split(/\s+/);
    const variables = comments.find((l) => l.includes('# variables: '))?.split('# variables: ')[1];
    const name = op.name?.value ?? `#${i}`;
    const parsedVariables = variables ? (JSON.parse(variables) as Record<string, unknown>) : undefined;
    const keepSpec = comments
      .find((l) => l.includes('# keep: '))
      ?.split('# keep: ')[1]!
      .trim()
      .split(/\s+/);
    const keep = keepSpec ? { name: keepSpec[0]!, path: keepSpec[1]! } : undefined;
    if (spec?.[0] === 'partner-key') {
      const key = DEMO_PARTNER_KEYS.find((k) => k.id === spec[1]);
      if (!key) throw new Error(`${name}: no demo partner key ${spec[1]}`);
      const as = parsePrincipal({ kind: 'partner', partnerId: key.partnerId, scopes: key.scopes, keyId: key.id });
      return {
        name,
        text: print(op),
        as,
        headers: { authorization: `Bearer ${key.key}` },
        variables: parsedVariables,
        keep,
      };
    }
    const as = spec ? principalOf(spec) : ANONYMOUS;
    return { name, text: print(op), as, headers: bearer(as), variables: parsedVariables, keep };
  });
}

function principalOf([kind, a, b]: string[]): Principal {
  const raw =
    kind === 'customer'
      ? { kind, customerId: a }
      : kind === 'associate'
        ? { kind, userId: a, locationId: b }
        : kind === 'device'
          ? { kind, deviceId: a, locationId: b }
          : kind === 'partner'
            ? { kind, partnerId: a, scopes: (b ?? '').split(',') }
            : kind === 'service'
              ? { kind, service: a }
              : { kind, userId: a };
  return parsePrincipal(raw);
}

function typenames(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => typenames(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '__typename' && typeof v === 'string') out.push(v);
      else typenames(v, out);
    }
  }
  return out;
}

let gw: EmbeddedGateway;
beforeAll(async () => {
  gw = await startEmbeddedGateway();
});
afterAll(() => gw?.stop());

describe('README', () => {
  it('the cross-subgraph example returns exactly the output printed below it', async () => {
    const [journey] = operations(blocks(readme, 'graphql')[0]!);
    const [expected] = blocks(readme, 'json');
    expect(journey!.as.kind).toBe('device');
    const res = await postGraphQL(gw.url, journey!.text, undefined, bearer(journey!.as));
    expect(res.body).toEqual(JSON.parse(expected!));
    // The same query from an anonymous caller finds no such shopper.
    const anonymous = await postGraphQL(gw.url, journey!.text);
    expect(anonymous.body.data).toEqual({ customerByIdentifier: null });
  });

  it('the partner-key curl in "Demo data" runs as printed', async () => {
    const block = blocks(readme, 'sh').find((b) => b.includes('Bearer cgk_'))!;
    const key = /Bearer (cgk_\S+?)'/.exec(block)![1]!;
    const payload = JSON.parse(/-d '(.+)'/.exec(block)![1]!) as { query: string; variables: Record<string, unknown> };
    const res = await postGraphQL<{ orderByNumber: { number: string; channel: string } }>(
      gw.url,
      payload.query,
      payload.variables,
      { authorization: `Bearer ${key}` },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.orderByNumber).toMatchObject({ number: 'R100002', channel: 'MARKETPLACE' });
  });

  it('documents exactly the environment variables loadConfig reads', () => {
    const documented = [...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(ENV_VARS).sort());
  });

  it('documents every npm script it mentions and mentions the main ones', () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts,
    );
    for (const m of readme.matchAll(/npm run (?:-s )?([a-z:-]+)/g)) expect(scripts).toContain(m[1]);
    for (const s of ['start', 'test', 'start:subgraph', 'seed', 'token', 'check']) expect(readme).toContain(s);
  });
});

describe('docs/api.md', () => {
  const ops = blocks(api, 'graphql').flatMap(operations);

  it('has examples', () => expect(ops.length).toBeGreaterThanOrEqual(10));

  it.each(ops.map((o) => [o.name, o] as const))(
    'example %s runs without errors or error results',
    async (_name, { text, headers, variables, keep }) => {
      const res = text.startsWith('subscription')
        ? { body: await firstMessage(gw.url, text, withKept(variables) ?? {}, headers) }
        : await postGraphQL<Record<string, unknown>>(gw.url, text, withKept(variables), headers);
      expect(res.body.errors).toBeUndefined();
      if (keep) kept.set(keep.name, at(res.body.data, keep.path));
      // Examples use real demo ids: every root field returns something.
      for (const [field, value] of Object.entries(res.body.data!)) expect([field, value]).not.toEqual([field, null]);
      expect(typenames(res.body.data).filter((t) => t.endsWith('Error'))).toEqual([]);
    },
  );

  it.each(ops.filter((o) => o.as.kind !== 'anonymous').map((o) => [o.name, o] as const))(
    'example %s is refused to an anonymous caller, or hidden from it like a missing object',
    async (_name, { text, variables }) => {
      const subscription = text.startsWith('subscription');
      const res = subscription
        ? { body: await firstMessage(gw.url, text, withKept(variables) ?? {}, {}) }
        : await postGraphQL<Record<string, unknown>>(gw.url, text, withKept(variables));
      if (subscription) {
        // Refused when subscribing: a request error (the spec's Subscribe), so errors and no data at all.
        expect(res.body.data ?? null).toBeNull();
        expect(res.body.errors?.length).toBeGreaterThan(0);
      } else {
        expect(Object.values(res.body.data ?? {})).toEqual([null]);
      }
      for (const e of res.body.errors ?? []) {
        expect(e.extensions?.code).toMatch(/^(UNAUTHENTICATED|FORBIDDEN|NOT_FOUND)$/);
      }
    },
  );

  it('covers every root field of the supergraph', async () => {
    const res = await postGraphQL<{
      __schema: {
        queryType: { fields: { name: string }[] };
        mutationType: { fields: { name: string }[] };
        subscriptionType: { fields: { name: string }[] };
      };
    }>(
      gw.url,
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }',
    );
    const { queryType, mutationType, subscriptionType } = res.body.data!.__schema;
    expect(subscriptionType.fields.length).toBeGreaterThan(0);
    const roots = [...queryType.fields, ...mutationType.fields, ...subscriptionType.fields]
      .map((f) => f.name)
      .filter((n) => !n.startsWith('_'));
    for (const name of roots) expect(api).toContain(`\`${name}`);
  });
});

describe('repository paths named in README.md and docs/*.md', () => {
  const topLevel = topLevelEntries(ROOT);
  const files = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];

  it.each(files)('%s names only paths that exist', (file) => {
    const named = namedPaths(readFileSync(join(ROOT, file), 'utf8'), join(ROOT, file), ROOT, topLevel);
    expect(named.filter((p) => !pathExists(ROOT, p.path)).map((p) => p.written)).toEqual([]);
  });

  it('README names files in several folders (the check is not vacuous)', () => {
    const named = namedPaths(readme, join(ROOT, 'README.md'), ROOT, topLevel).map((p) => p.path);
    expect(new Set(named.map((p) => p.split('/')[0])).size).toBeGreaterThanOrEqual(3);
  });

  it('finds code spans and relative links, and flags missing files, stray globs and links out of the repo', () => {
    const markdown = [
      'See `platform/config.ts:47-60`, `schema/*.graphql`, `test/nope.test.ts`, `schema/*.sql`, `subgraphs/<name>/index.ts`,',
      '[api](api.md#errors), [up](../README.md), [out](../../outside.md), [web](https://x.dev/a/b.md),',
      '`npm run check`, `GET /healthz`, `a/b` (not a top-level folder) and `package.json`.',
      '```bash',
      'node dist/gateway/main.js `test/fenced.ts`',
      '```',
    ].join('\n');
    const named = namedPaths(markdown, join(ROOT, 'docs', 'example.md'), ROOT, topLevel);
    expect(named.map((p) => [p.path, pathExists(ROOT, p.path)])).toEqual([
      ['platform/config.ts', true],
      ['schema/*.graphql', true],
      ['test/nope.test.ts', false],
      ['schema/*.sql', false],
      ['subgraphs/<name>/index.ts', true],
      ['package.json', true],
      ['docs/api.md', true],
      ['README.md', true],
      ['../outside.md', false],
    ]);
  });
});
