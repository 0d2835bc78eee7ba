import { processEnv } from '../../platform/config';
import { planMongo } from './services';

export interface MongoTarget {
  /** The server the suite runs against; read it in hooks and tests, not while declaring them. */
  readonly uri: string;
}

/**
 * `describe` for suites that need a MongoDB server: runs against MONGODB_URI, or reports every
 * test as skipped with the reason (no MongoDB server can be installed on the CI machines).
 */
export function describeWithMongo(name: string, fn: (mongo: MongoTarget) => void): void {
  const plan = planMongo(processEnv());
  if (plan.action === 'use') {
    describe(name, () => fn({ uri: plan.uri }));
    return;
  }
  describe.skip(`${name} (skipped: ${plan.reason})`, () =>
    fn({
      get uri(): string {
        throw new Error(plan.reason);
      },
    }));
}
