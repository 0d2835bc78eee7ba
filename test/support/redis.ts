import { processEnv } from '../../platform/config';
import { onPath, planRedis, type RedisPlan } from './services';

export interface RedisTarget {
  /** The server the suite runs against; read it in hooks and tests, not while declaring them. */
  readonly url: string;
}

function currentPlan(): Exclude<RedisPlan, { action: 'start' }> {
  const env = processEnv();
  const plan = planRedis(env, onPath('redis-server', env.PATH));
  // In a worker, `start` means test/global-setup.ts did not export the server it was meant to start.
  return plan.action === 'start'
    ? { action: 'fail', reason: 'redis-server is on PATH but test/global-setup.ts did not start it' }
    : plan;
}

/**
 * `describe` for every suite that needs a Redis server: runs it against REDIS_URL (given, or
 * the throwaway server test/global-setup.ts started), reports its tests as skipped with the
 * reason when there is none outside CI, and fails with the reason in CI.
 */
export function describeWithRedis(name: string, fn: (redis: RedisTarget) => void): void {
  const plan = currentPlan();
  switch (plan.action) {
    case 'use':
      describe(name, () => fn({ url: plan.url }));
      return;
    case 'skip':
      // The suite is still declared so each of its tests is counted as skipped.
      describe.skip(`${name} (skipped: ${plan.reason})`, () =>
        fn({
          get url(): string {
            throw new Error(plan.reason);
          },
        }));
      return;
    default:
      describe(name, () => {
        it('has a Redis server to run against', () => {
          throw new Error(plan.reason);
        });
      });
  }
}
