import Redis from 'ioredis';
import { LRUCache } from 'lru-cache';

/**
 * Per-principal cost budget, Shopify-style leaky bucket: each caller has a bucket of
 * `maximumAvailable` cost points that refills at `restoreRate` points per second; an operation
 * takes its calculated cost from it, or is throttled (and takes nothing) when the bucket holds less.
 */
export interface ThrottleSettings {
  maximumAvailable: number;
  restoreRate: number;
}

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface CostBucket {
  /**
   * Takes `cost` from `key`'s bucket if it holds that much; reports what is left either way.
   * `budget` replaces the configured settings for this key (a partner key's own rate budget).
   */
  take(
    key: string,
    cost: number,
    nowMs?: number,
    budget?: ThrottleSettings | null,
  ): Promise<{ allowed: boolean; status: ThrottleStatus }>;
  close(): Promise<void>;
}

/** The refill rule, shared by both engines (the Redis script mirrors it). */
export function refill(available: number, updatedAtMs: number, nowMs: number, s: ThrottleSettings): number {
  const elapsed = Math.max(0, nowMs - updatedAtMs) / 1000;
  return Math.min(s.maximumAvailable, available + elapsed * s.restoreRate);
}

/** One process (embedded mode): a bounded map of buckets; idle ones are forgotten (they would be full). */
export function createMemoryBucket(defaults: ThrottleSettings, maxKeys = 100_000): CostBucket {
  const buckets = new LRUCache<string, { available: number; at: number }>({ max: maxKeys });
  return {
    async take(key, cost, nowMs = Date.now(), budget) {
      const settings = budget ?? defaults;
      const b = buckets.get(key);
      const available = b ? refill(b.available, b.at, nowMs, settings) : settings.maximumAvailable;
      const allowed = cost <= available;
      const left = allowed ? available - cost : available;
      buckets.set(key, { available: left, at: nowMs });
      return { allowed, status: { ...settings, currentlyAvailable: Math.floor(left) } };
    },
    async close() {},
  };
}

/**
 * Every gateway instance shares the budget through Redis (distributed mode): one Lua script reads,
 * refills, takes and writes atomically, and lets an idle bucket expire once it would be full.
 */
const TAKE = `
local max = tonumber(ARGV[1]); local rate = tonumber(ARGV[2]); local cost = tonumber(ARGV[3]); local now = tonumber(ARGV[4])
local state = redis.call('HMGET', KEYS[1], 'a', 't')
local available = max
if state[1] then
  available = math.min(max, tonumber(state[1]) + math.max(0, now - tonumber(state[2])) / 1000 * rate)
end
local allowed = 0
if cost <= available then available = available - cost; allowed = 1 end
redis.call('HSET', KEYS[1], 'a', tostring(available), 't', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(max / rate * 1000) + 1000)
return { allowed, tostring(available) }
`;

export function createRedisBucket(url: string, defaults: ThrottleSettings, prefix = 'throttle:'): CostBucket {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  return {
    async take(key, cost, nowMs = Date.now(), budget) {
      const settings = budget ?? defaults;
      const [allowed, left] = (await redis.eval(
        TAKE,
        1,
        `${prefix}${key}`,
        settings.maximumAvailable,
        settings.restoreRate,
        cost,
        nowMs,
      )) as [number, string];
      return {
        allowed: allowed === 1,
        status: { ...settings, currentlyAvailable: Math.floor(Number(left)) },
      };
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
