import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Env } from '../../platform/config';

/**
 * What a test run does about the external services its suites need, decided from the
 * environment alone so the decision is testable and the same in jest's parent process
 * (`test/global-setup.ts`, which acts on it) and in every worker (`describeWithRedis`,
 * `describeWithMongo`, which gate the suites on it).
 */
export type RedisPlan =
  | { action: 'use'; url: string }
  | { action: 'start' }
  | { action: 'skip'; reason: string }
  | { action: 'fail'; reason: string };

export type MongoPlan = { action: 'use'; uri: string } | { action: 'skip'; reason: string };

export const NO_REDIS = 'no redis-server on PATH and REDIS_URL unset';
export const NO_MONGODB = 'MONGODB_URI unset';

/** CI runs set CI=true (GitHub Actions, GitLab, `.ci/run`); some use 1. */
export function inCi(env: Env): boolean {
  return env.CI === 'true' || env.CI === '1';
}

/**
 * A given REDIS_URL is used as is; otherwise a redis-server on PATH is started for the run.
 * Without either, a developer's run skips the Redis suites and says why, while a CI run fails:
 * CI is where the Redis engine must be proven, so a silent skip there would hide a broken setup.
 */
export function planRedis(env: Env, redisServerOnPath: boolean): RedisPlan {
  const url = env.REDIS_URL?.trim();
  if (url) return { action: 'use', url };
  if (redisServerOnPath) return { action: 'start' };
  if (inCi(env)) return { action: 'fail', reason: `${NO_REDIS}: CI must run the Redis suites` };
  return { action: 'skip', reason: NO_REDIS };
}

/**
 * MongoDB cannot be installed on the project's machines (CI included), so a missing
 * MONGODB_URI is a skip everywhere; it is reported, never silent.
 */
export function planMongo(env: Env): MongoPlan {
  const uri = env.MONGODB_URI?.trim();
  return uri ? { action: 'use', uri } : { action: 'skip', reason: NO_MONGODB };
}

/** Whether an executable called `name` is in one of the PATH directories. */
export function onPath(name: string, pathVar: string | undefined): boolean {
  return (pathVar ?? '')
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}
