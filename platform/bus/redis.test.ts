import { processEnv } from '../config';
import Redis from 'ioredis';
import { eventBusContract } from './contract';
import { createRedisBus } from './redis';

const inCi = processEnv().CI === 'true';
const url = processEnv().REDIS_URL ?? (inCi ? null : 'redis://127.0.0.1:6379');

if (url === null) {
  describe('redis bus', () => {
    it('needs a Redis server', () => {
      throw new Error('REDIS_URL must be set in CI');
    });
  });
} else {
  const keyPrefix = `test:${process.pid}:${Date.now()}:`;

  eventBusContract('redis', () => createRedisBus(url, { keyPrefix }));

  describe('redis bus', () => {
    it('reports its engine and caps streams', async () => {
      const bus = await createRedisBus(url, { keyPrefix, streamMaxLen: 10 });
      const admin = new Redis(url);
      try {
        expect(bus.engine).toBe('redis');
        for (let i = 0; i < 500; i += 1) await bus.publish('capped', i);
        // MAXLEN ~ trims whole macro nodes, so the length is bounded but not exact.
        expect(await admin.xlen(`${keyPrefix}stream:capped`)).toBeLessThan(500);
      } finally {
        await bus.close();
        await admin.quit();
      }
    });
  });

  afterAll(async () => {
    const admin = new Redis(url);
    try {
      let cursor = '0';
      do {
        const [next, keys] = await admin.scan(cursor, 'MATCH', `${keyPrefix}*`, 'COUNT', 500);
        cursor = next;
        if (keys.length > 0) await admin.del(...keys);
      } while (cursor !== '0');
    } finally {
      await admin.quit();
    }
  });
}
