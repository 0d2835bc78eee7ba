import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { routeInstances } from '../subgraphs/fulfillment/domain/routing/offline';
import type { RoutingInstance, RoutingPlan } from '../subgraphs/fulfillment/domain/routing/model';
import { checkPlan, recompute } from './fixtures/routing/oracle';
import { ROOT } from './support/processes';

/**
 * `npm run route -- FILE` is `node dist/subgraphs/route-main.js FILE` after a build (jest's global
 * setup builds dist/ unless SKIP_BUILD=1): the built CLI is what runs here.
 */
const CLI = join(ROOT, 'dist', 'subgraphs', 'route-main.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'routing');

function route(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: {} });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('npm run route -- FILE (the built CLI)', () => {
  const file = join(FIXTURES, 'instances.json');
  const instances = JSON.parse(readFileSync(file, 'utf8')) as RoutingInstance[];
  let tmp: string;
  /** The fixture's run, shared by the tests that only read it (each run starts a process). */
  let first: ReturnType<typeof route>;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'route-cli-'));
    first = route(file);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('prints exactly a JSON array of plans, one per instance, in order, and nothing on stderr', () => {
    const run = first;
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const plans = JSON.parse(run.stdout) as RoutingPlan[];
    expect(run.stdout).toBe(`${JSON.stringify(plans, null, 2)}\n`);
    expect(plans.map((p) => (p.feasible ? p.shipments.map((s) => s.nodeId).join('+') : p.reason))).toEqual([
      'DC-LYON',
      'ST-PARIS-01+TPL-NORD',
      'DC-A+DC-B',
      'OUT_OF_STOCK',
      'NO_ELIGIBLE_NODE',
      'TOO_MANY_SHIPMENTS',
      'ST-0027+ST-0049+WA-0000',
    ]);
    // The same engine the API calls, in this process, gives the same plans.
    const inProcess = routeInstances(instances);
    expect(inProcess.ok && inProcess.plans).toEqual(plans);
  });

  it('prints plans whose figures recompute from the plan and its instance alone', () => {
    const plans = JSON.parse(first.stdout) as RoutingPlan[];
    plans.forEach((plan, i) => {
      const instance = instances[i]!;
      expect(checkPlan(instance, plan)).toEqual([]);
      if (!plan.feasible) return;
      const again = recompute(instance, plan);
      plan.shipments.forEach((s, j) => {
        expect(
          [s.km, s.cost, s.promiseHours].map((v, k) => close(v, [again.km, again.cost, again.promiseHours][k]![j]!)),
        ).toEqual([true, true, true]);
      });
      for (const [key, value] of Object.entries(plan.terms)) {
        expect([key, close(value, again.terms[key as keyof typeof again.terms])]).toEqual([key, true]);
      }
      expect(close(plan.objective, again.objective)).toBe(true);
    });
  });

  it('is deterministic: the same file gives byte-identical output', () => {
    expect(route(file).stdout).toBe(first.stdout);
  });

  it('routes a file holding one instance (not an array) into an array of one plan', () => {
    const single = join(tmp, 'single.json');
    writeFileSync(single, JSON.stringify(instances[0]));
    const run = route(single);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([(JSON.parse(first.stdout) as RoutingPlan[])[0]]);
  });

  it.each([
    ['bad-stock.json', 'instance 3: nodes[2].stock["SKU-1"] must be a non-negative integer'],
    ['bad-km-per-hour.json', 'instance 0: carrier.kmPerHour must be a number > 0'],
    ['bad-duplicate-node.json', 'instance 1: nodes[2].id duplicates nodes[0].id ("DC-LYON")'],
    ['bad-missing-field.json', 'instance 2: order.slaHours is required'],
    ['bad-quantity.json', 'instance 0: order.lines[0].quantity must be a positive integer'],
  ])('%s: exit 2, nothing on stdout, one line on stderr naming the instance and the field', (name, message) => {
    expect(route(join(FIXTURES, name))).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  it('an unreadable file, invalid JSON or no file: exit 2 and one line on stderr', () => {
    const invalid = join(tmp, 'invalid.json');
    writeFileSync(invalid, '[{"nodes": [}\n]\n');
    for (const [args, starts] of [
      [[join(tmp, 'missing.json')], `cannot read ${join(tmp, 'missing.json')}: ENOENT`],
      [[invalid], `${invalid}: invalid JSON (`],
      [[], 'usage: npm run route -- FILE'],
    ] as const) {
      const run = route(...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.startsWith(starts)).toBe(true);
      expect(run.stderr.split('\n')).toHaveLength(2);
    }
  });
});
