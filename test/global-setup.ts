/**
 * Jest globalSetup, run once in jest's parent process before any worker starts:
 * 1. compiles once (tsconfig.build.json -> dist/, emit only: `npm run typecheck` checks types) so
 *    tests that spawn compiled processes run against fresh code; SKIP_BUILD=1 reuses dist/;
 * 2. provides Redis: without REDIS_URL, starts a throwaway redis-server when one is on PATH and
 *    exports its URL to the workers (they inherit this process's environment);
 * 3. says once which suites will be skipped and why.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { processEnv } from '../platform/config';
import { startThrowawayRedis, type ThrowawayRedis } from './support/redis-server';
import { onPath, planMongo, planRedis } from './support/services';

declare global {
  var __throwawayRedis: ThrowawayRedis | undefined;
}

export default async function globalSetup(): Promise<void> {
  const env = processEnv();
  if (env.SKIP_BUILD !== '1') {
    const root = resolve(__dirname, '..');
    const tsc = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsc.cmd' : 'tsc');
    execFileSync(tsc, ['-p', 'tsconfig.build.json', '--noCheck'], { cwd: root, stdio: 'inherit' });
  }

  const notes: string[] = [];
  const redis = planRedis(env, onPath('redis-server', env.PATH));
  if (redis.action === 'start') {
    globalThis.__throwawayRedis = await startThrowawayRedis();
    env.REDIS_URL = globalThis.__throwawayRedis.url;
    notes.push(`Redis suites use a throwaway redis-server at ${env.REDIS_URL}`);
  } else if (redis.action === 'skip') {
    notes.push(`Redis suites skipped: ${redis.reason}`);
  } else if (redis.action === 'fail') {
    notes.push(`Redis suites fail: ${redis.reason}`);
  }
  const mongo = planMongo(env);
  if (mongo.action === 'skip') notes.push(`MongoDB contract suite skipped: ${mongo.reason}`);
  // Written straight to stderr: jest's reporters only show output from inside tests.
  if (notes.length > 0) process.stderr.write(`\n${notes.join('\n')}\n`);
}
