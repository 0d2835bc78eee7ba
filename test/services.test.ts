import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { processEnv } from '../platform/config';
import { startThrowawayRedis } from './support/redis-server';
import { NO_MONGODB, NO_REDIS, onPath, planMongo, planRedis, type RedisPlan } from './support/services';

/** How a test run decides about Redis and MongoDB (test/global-setup.ts and the describeWith* gates). */
describe('planRedis', () => {
  const cases: [string, Record<string, string>, boolean, RedisPlan][] = [
    [
      'a given URL is used, binary or not',
      { REDIS_URL: 'redis://cache:6379' },
      true,
      { action: 'use', url: 'redis://cache:6379' },
    ],
    [
      'a given URL is used in CI without a binary',
      { REDIS_URL: 'redis://cache:6379', CI: 'true' },
      false,
      { action: 'use', url: 'redis://cache:6379' },
    ],
    ['no URL, binary on PATH: start one', {}, true, { action: 'start' }],
    ['no URL, binary on PATH, in CI: start one', { CI: 'true' }, true, { action: 'start' }],
    ['an empty URL counts as unset', { REDIS_URL: ' ' }, true, { action: 'start' }],
    ['nothing, outside CI: skip with the reason', {}, false, { action: 'skip', reason: NO_REDIS }],
    ['nothing, CI=false: skip with the reason', { CI: 'false' }, false, { action: 'skip', reason: NO_REDIS }],
    [
      'nothing, in CI: fail with the reason',
      { CI: 'true' },
      false,
      { action: 'fail', reason: `${NO_REDIS}: CI must run the Redis suites` },
    ],
    [
      'nothing, CI=1: fail with the reason',
      { CI: '1' },
      false,
      { action: 'fail', reason: `${NO_REDIS}: CI must run the Redis suites` },
    ],
  ];

  it.each(cases)('%s', (_name, env, binary, expected) => {
    expect(planRedis(env, binary)).toEqual(expected);
  });

  it('never skips in CI and never fails outside it', () => {
    for (const env of [
      {},
      { CI: 'true' },
      { CI: '1' },
      { REDIS_URL: 'redis://x:1' },
      { REDIS_URL: 'redis://x:1', CI: 'true' },
    ]) {
      for (const binary of [true, false]) {
        const plan = planRedis(env, binary);
        const ci = env.CI !== undefined;
        expect([env, binary, plan.action === (ci ? 'skip' : 'fail')]).toEqual([env, binary, false]);
      }
    }
  });
});

describe('planMongo', () => {
  it('uses MONGODB_URI when set and skips with the reason otherwise, in CI too', () => {
    expect(planMongo({ MONGODB_URI: 'mongodb://db:27017' })).toEqual({ action: 'use', uri: 'mongodb://db:27017' });
    expect(planMongo({})).toEqual({ action: 'skip', reason: NO_MONGODB });
    expect(planMongo({ MONGODB_URI: '', CI: 'true' })).toEqual({ action: 'skip', reason: NO_MONGODB });
  });
});

describe('onPath', () => {
  const dir = mkdtempSync(join(tmpdir(), 'onpath-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds an executable in any PATH directory, and neither a plain file nor a missing one', () => {
    writeFileSync(join(dir, 'tool'), '#!/bin/sh\n');
    chmodSync(join(dir, 'tool'), 0o755);
    writeFileSync(join(dir, 'plain'), '');
    chmodSync(join(dir, 'plain'), 0o644);
    expect(onPath('tool', ['/nonexistent', dir].join(delimiter))).toBe(true);
    expect(onPath('tool', '/nonexistent')).toBe(false);
    expect(onPath('plain', dir)).toBe(false);
    expect(onPath('missing', dir)).toBe(false);
    expect(onPath('tool', undefined)).toBe(false);
  });
});

const haveBinary = onPath('redis-server', processEnv().PATH);
(haveBinary ? describe : describe.skip)(
  haveBinary ? 'throwaway redis-server' : 'throwaway redis-server (skipped: no redis-server on PATH)',
  () => {
    it('answers PING on a loopback port with persistence off, and stop() ends it', async () => {
      const server = await startThrowawayRedis();
      const { default: Redis } = await import('ioredis');
      const client = new Redis(server.url, { maxRetriesPerRequest: 0, lazyConnect: true });
      try {
        expect(server.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
        await client.connect();
        expect(await client.ping()).toBe('PONG');
        expect(await client.config('GET', 'save')).toEqual(['save', '']);
        expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'no']);
      } finally {
        client.disconnect();
        await server.stop();
      }
      expect(() => process.kill(server.pid, 0)).toThrow();
    });
  },
);
