import Redis from 'ioredis';
import { eventBusContract } from '../../test/contracts/bus';
import { describeWithRedis } from '../../test/support/redis';
import { createRedisBus } from './redis';

describeWithRedis('redis bus engine', (redis) => {
  const keyPrefix = `test:${process.pid}:${Date.now()}:`;

  eventBusContract('redis', () => createRedisBus(redis.url, { keyPrefix }));

  describe('redis bus', () => {
    it('reports its engine and caps streams', async () => {
      const bus = await createRedisBus(redis.url, { keyPrefix, streamMaxLen: 10 });
      const admin = new Redis(redis.url);
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
    const admin = new Redis(redis.url);
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
});
