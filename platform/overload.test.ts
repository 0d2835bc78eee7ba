import { createLimiter, OverloadedError } from './overload';

describe('createLimiter', () => {
  it('grants up to maxConcurrent at once, queues up to maxQueue, refuses the next at once', async () => {
    const limiter = createLimiter({ maxConcurrent: 2, maxQueue: 1, maxWaitMs: 60_000 });
    const [a, b] = await Promise.all([limiter.acquire(), limiter.acquire()]);
    let queuedGranted = false;
    const queued = limiter.acquire().then((release) => {
      queuedGranted = true;
      return release;
    });
    await expect(limiter.acquire()).rejects.toEqual(new OverloadedError('queue full'));
    expect(limiter.stats()).toEqual({ active: 2, queued: 1, refused: 1 });
    a();
    a(); // releasing twice frees one slot only
    const c = await queued;
    expect(queuedGranted).toBe(true);
    expect(limiter.stats()).toEqual({ active: 2, queued: 0, refused: 1 });
    b();
    c();
    expect(limiter.stats()).toEqual({ active: 0, queued: 0, refused: 1 });
  });

  it('refuses a waiter past maxWaitMs and forgets it, so a later release does not hand it the slot', async () => {
    const limiter = createLimiter({ maxConcurrent: 1, maxQueue: 5, maxWaitMs: 20 });
    const held = await limiter.acquire();
    await expect(limiter.acquire()).rejects.toEqual(new OverloadedError('waited too long'));
    expect(limiter.stats()).toEqual({ active: 1, queued: 0, refused: 1 });
    held();
    expect(limiter.stats()).toEqual({ active: 0, queued: 0, refused: 1 });
    const again = await limiter.acquire();
    again();
  });

  it('with maxQueue 0 refuses as soon as every slot is taken', async () => {
    const limiter = createLimiter({ maxConcurrent: 1, maxQueue: 0, maxWaitMs: 1000 });
    const held = await limiter.acquire();
    await expect(limiter.acquire()).rejects.toBeInstanceOf(OverloadedError);
    held();
  });
});
