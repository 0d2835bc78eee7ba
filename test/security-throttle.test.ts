import { testConfig } from '../platform/config';
import {
  createMemoryBucket,
  createRedisBucket,
  type CostBucket,
  type ThrottleSettings,
} from '../platform/limits/throttle';
import { startEmbeddedGateway } from './support/embedded';
import { bearer, KIOSK, postGraphQL } from './support/http';
import { describeWithRedis } from './support/redis';

/**
 * Per-principal cost budgets (Shopify-style leaky bucket): an operation takes its calculated cost
 * from its caller's bucket, which refills at a fixed rate; an empty bucket answers 429 THROTTLED
 * with the bucket's state in `extensions.cost.throttleStatus`, and changes nobody else's budget.
 */
const S: ThrottleSettings = { maximumAvailable: 100, restoreRate: 10 };

function contract(name: string, make: () => CostBucket) {
  describe(`${name} bucket`, () => {
    let bucket: CostBucket;
    beforeEach(() => {
      bucket = make();
    });
    afterEach(() => bucket.close());
    const key = () => `test-${name}-${process.pid}-${Math.random().toString(36).slice(2)}`;

    it('takes costs until the bucket is short, then refuses without taking', async () => {
      const k = key();
      const t0 = 1_000_000;
      expect(await bucket.take(k, 60, t0)).toEqual({ allowed: true, status: { ...S, currentlyAvailable: 40 } });
      expect(await bucket.take(k, 50, t0)).toEqual({ allowed: false, status: { ...S, currentlyAvailable: 40 } });
      expect(await bucket.take(k, 40, t0)).toEqual({ allowed: true, status: { ...S, currentlyAvailable: 0 } });
    });

    it('refills at the restore rate, never past its capacity', async () => {
      const k = key();
      const t0 = 2_000_000;
      await bucket.take(k, 100, t0);
      expect((await bucket.take(k, 0, t0 + 3_000)).status.currentlyAvailable).toBe(30);
      expect((await bucket.take(k, 0, t0 + 60_000)).status.currentlyAvailable).toBe(100);
    });

    it('keeps callers apart', async () => {
      const [a, b] = [key(), key()];
      await bucket.take(a, 100, 3_000_000);
      expect((await bucket.take(b, 100, 3_000_000)).allowed).toBe(true);
    });
  });
}

contract('memory', () => createMemoryBucket(S));
describeWithRedis('redis bucket', (redis) => {
  contract('redis', () => createRedisBucket(redis.url, S, `test-throttle:${process.pid}:`));
});

describe('throttling through the gateway', () => {
  it('an anonymous caller past its budget gets 429 THROTTLED with its throttleStatus; a kiosk is unaffected', async () => {
    const gw = await startEmbeddedGateway({ throttle: { maximumAvailable: 30, restoreRate: 1 } });
    try {
      const q = '{ products(first: 5) { edges { node { id } } } }'; // cost 15
      const first = await postGraphQL(gw.url, q);
      expect((first.body as { extensions?: unknown }).extensions).toEqual({
        cost: {
          requestedQueryCost: 15,
          maximumAvailable: testConfig().limits.maxCost,
          throttleStatus: { maximumAvailable: 30, restoreRate: 1, currentlyAvailable: 15 },
        },
      });
      await postGraphQL(gw.url, q);
      const third = await postGraphQL(gw.url, q);
      expect(third.status).toBe(429);
      expect(third.body.data).toBeUndefined();
      expect(third.body.errors).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({
            code: 'THROTTLED',
            cost: expect.objectContaining({
              requestedQueryCost: 15,
              throttleStatus: expect.objectContaining({ maximumAvailable: 30, restoreRate: 1 }),
            }),
          }),
        }),
      ]);
      const kiosk = await postGraphQL(gw.url, q, undefined, bearer(KIOSK));
      expect(kiosk.status).toBe(200);
      expect(kiosk.body.errors).toBeUndefined();
    } finally {
      await gw.stop();
    }
  });
});
