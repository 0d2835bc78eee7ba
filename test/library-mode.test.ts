import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startEmbeddedGateway } from './support/embedded';

/**
 * Libraries always run in production mode under the server entry points (`platform/library-mode.ts`),
 * while the app keeps its own mode; and no client gets a query plan by asking for it.
 */
const ROOT = join(__dirname, '..');

/** What a process that imports library-mode first sees: NODE_ENV, APP_NODE_ENV, and the app's mode. */
function modes(env: Record<string, string>): string {
  const script = `require('./dist/platform/library-mode');
    const { loadConfig } = require('./dist/platform/config');
    const c = loadConfig({ ...process.env, INTERNAL_SECRET: 's'.repeat(32), JWT_SECRET: 's'.repeat(32) });
    process.stdout.write([process.env.NODE_ENV, process.env.APP_NODE_ENV, c.nodeEnv, c.introspection].join(' '));`;
  return execFileSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
    .toString()
    .trim();
}

it.each([
  [{}, 'production development development true'],
  [{ NODE_ENV: 'test' }, 'production test test true'],
  [{ NODE_ENV: 'production' }, 'production production production false'],
  // A child of such a process (a cluster worker) inherits both and keeps the app's mode.
  [{ NODE_ENV: 'production', APP_NODE_ENV: 'development' }, 'production development development true'],
])('env %j → libraries, app and its defaults: %s', (env, expected) => {
  expect(modes(env)).toBe(expected);
});

it('a bad app mode is a config error naming the variable it came from', () => {
  expect(() => modes({ APP_NODE_ENV: 'staging' })).toThrow(/APP_NODE_ENV/);
});

it('the gateway never shows a client its query plan, whatever header it sends', async () => {
  const gw = await startEmbeddedGateway();
  try {
    const res = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Apollo-Query-Plan-Experimental': '1' },
      body: JSON.stringify({ query: '{ products(first: 1) { edges { node { title } } } }' }),
    });
    const body = (await res.json()) as { data?: unknown; extensions?: Record<string, unknown> };
    expect(body.data).toBeDefined();
    expect(JSON.stringify(body)).not.toMatch(/queryPlan|QueryPlan/);
  } finally {
    await gw.stop();
  }
});
