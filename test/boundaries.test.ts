import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run boundaries` (part of `npm run check`) run against two fixture trees laid out like the
 * repository: `violating/` breaks each rule exactly once (the file's first comment names the
 * rule), `clean/` has every allowed shape (cross-subgraph api.ts, type-only generated types,
 * host entry points, demo on platform, bench and co-located tests reaching anywhere).
 */
const ROOT = join(__dirname, '..');
const FIXTURES = join(__dirname, 'fixtures', 'boundaries');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

interface Violation {
  rule: string;
  from: string;
  to: string;
}

/** Runs the `boundaries` script's own command line in a fixture tree, with `extra` arguments. */
function runBoundaries(tree: string, extra: string[] = []): Promise<{ code: number; stdout: string }> {
  const [bin, ...args] = scripts.boundaries!.split(' ');
  expect(bin).toBe('depcruise');
  return new Promise((resolve) => {
    execFile(
      join(ROOT, 'node_modules', '.bin', 'depcruise'),
      [...args, ...extra],
      { cwd: join(FIXTURES, tree), maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout }),
    );
  });
}

/** The violations as data (the JSON report; only the default text report sets the exit code). */
async function violationsIn(tree: string): Promise<Violation[]> {
  const { stdout } = await runBoundaries(tree, ['--output-type', 'json']);
  const result = JSON.parse(stdout) as {
    summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  };
  return result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

const byRule = (a: Violation, b: Violation) => a.rule.localeCompare(b.rule) || a.from.localeCompare(b.from);

describe('npm run boundaries', () => {
  it('is part of npm run check, which npm test runs first', () => {
    expect(scripts.check).toContain('npm run -s boundaries');
    expect(scripts.test).toMatch(/^npm run -s check && /);
    expect(scripts.boundaries).toBe('depcruise --config .dependency-cruiser.cjs gateway subgraphs platform demo bench');
  });

  it('fails on the violating tree, reporting each rule once at the file that breaks it', async () => {
    const violations = await violationsIn('violating');
    expect(violations.sort(byRule)).toEqual(
      [
        { rule: 'demo-imports-only-platform', from: 'demo/uses-subgraph.ts', to: 'subgraphs/alpha/api.ts' },
        {
          rule: 'gateway-imports-no-subgraph-internals',
          from: 'gateway/uses-subgraph-internals.ts',
          to: 'subgraphs/alpha/index.ts',
        },
        { rule: 'no-circular', from: 'platform/cycle-a.ts', to: 'platform/cycle-b.ts' },
        { rule: 'platform-imports-no-domain', from: 'platform/knows-domain.ts', to: 'subgraphs/alpha/index.ts' },
        { rule: 'production-imports-no-bench', from: 'gateway/uses-bench.ts', to: 'bench/run.ts' },
        { rule: 'production-imports-no-test', from: 'platform/uses-test-helper.ts', to: 'test/helper.ts' },
        {
          rule: 'subgraph-host-imports-only-entry-points',
          from: 'subgraphs/registry.ts',
          to: 'subgraphs/alpha/store.ts',
        },
        {
          rule: 'resolvers-reach-only-the-service',
          from: 'subgraphs/alpha/resolvers.ts',
          to: 'subgraphs/alpha/store.ts',
        },
        { rule: 'subgraph-imports-no-gateway', from: 'subgraphs/alpha/uses-gateway.ts', to: 'gateway/server.ts' },
        {
          rule: 'subgraph-imports-only-declared-api',
          from: 'subgraphs/alpha/uses-beta-internals.ts',
          to: 'subgraphs/beta/store.ts',
        },
        {
          rule: 'subgraph-imports-other-generated-types-only',
          from: 'subgraphs/beta/uses-alpha-generated.ts',
          to: 'subgraphs/alpha/__generated__/types.ts',
        },
      ].sort(byRule),
    );
    // The script as npm runs it exits with the number of errors, so npm run check stops there.
    const { code, stdout } = await runBoundaries('violating');
    expect(code).toBe(violations.length);
    for (const v of violations) expect(stdout).toContain(`error ${v.rule}: ${v.from}`);
  });

  it('has a violating fixture for every rule in .dependency-cruiser.cjs', async () => {
    const config = (await import(join(ROOT, '.dependency-cruiser.cjs'))) as { forbidden: { name: string }[] };
    const ruleNames = config.forbidden.map((r) => r.name);
    expect(ruleNames.length).toBeGreaterThanOrEqual(10);
    const violations = await violationsIn('violating');
    expect([...new Set(violations.map((v) => v.rule))].sort()).toEqual([...ruleNames].sort());
  });

  it('passes on the clean tree', async () => {
    expect(await violationsIn('clean')).toEqual([]);
    expect((await runBoundaries('clean')).code).toBe(0);
  });
});
