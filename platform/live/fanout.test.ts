import type { EventBus } from '../bus/port';
import { createLogger } from '../logger';
import { createFanout } from './fanout';

/** A bus whose subscriptions and reconnects the test drives by hand. */
function fakeBus() {
  const handlers = new Map<string, Set<(e: { payload: unknown }) => void>>();
  const reconnects: (() => void)[] = [];
  const bus = {
    subscribe: async (topic: string, handler: (e: { payload: unknown }) => void) => {
      if (!handlers.has(topic)) handlers.set(topic, new Set());
      handlers.get(topic)!.add(handler);
      return async () => {
        handlers.get(topic)!.delete(handler);
      };
    },
    onReconnect: (cb: () => void) => {
      reconnects.push(cb);
      return () => undefined;
    },
  } as unknown as EventBus;
  return {
    bus,
    publish: (topic: string, payload: unknown) => handlers.get(topic)?.forEach((h) => h({ payload })),
    reconnect: () => reconnects.forEach((r) => r()),
    subscriptions: (topic: string) => handlers.get(topic)?.size ?? 0,
  };
}

it('one bus subscription per topic, whatever the number of listeners; the last to leave unsubscribes', async () => {
  const b = fakeBus();
  const fanout = createFanout(b.bus, createLogger('silent'));
  const got: unknown[][] = [[], []];
  const stops = await Promise.all([0, 1].map((i) => fanout.listen('t', (p) => got[i]!.push(p))));
  expect(b.subscriptions('t')).toBe(1);
  b.publish('t', 1);
  expect(got).toEqual([[1], [1]]);
  await stops[0]!();
  b.publish('t', 2);
  expect(got).toEqual([[1], [1, 2]]);
  expect(b.subscriptions('t')).toBe(1);
  await stops[1]!();
  expect(b.subscriptions('t')).toBe(0);
});

it('a stream on two topics with one gap is told once per reconnect, until it has left both', async () => {
  const b = fakeBus();
  const fanout = createFanout(b.bus, createLogger('silent'));
  let gaps = 0;
  const gap = () => gaps++;
  const stopA = await fanout.listen('a', () => undefined, gap);
  const stopB = await fanout.listen('b', () => undefined, gap);
  b.reconnect();
  expect(gaps).toBe(1);
  await stopA();
  await stopA(); // stopping twice changes nothing
  b.reconnect();
  expect(gaps).toBe(2); // still listening to b: still told
  await stopB();
  b.reconnect();
  expect(gaps).toBe(2);
});

describe('listeners by key', () => {
  const keyOf = (p: { k: string }) => p.k;

  it('an event reaches only the listeners of its key, once each, beside every unkeyed listener', async () => {
    const b = fakeBus();
    const fanout = createFanout(b.bus, createLogger('silent'));
    const got = { ab: [] as string[], b: [] as string[], all: [] as string[], other: [] as string[] };
    const push = (to: string[]) => (p: { k: string }) => void to.push(p.k);
    await fanout.listen('t', push(got.ab), undefined, { of: keyOf, values: ['a', 'b', 'a'] });
    await fanout.listen('t', push(got.b), undefined, { of: keyOf, values: ['b'] });
    await fanout.listen('t', push(got.all));
    await fanout.listen('t', push(got.other), undefined, { of: (p: { k: string }) => `x${p.k}`, values: ['xa'] });
    expect(b.subscriptions('t')).toBe(1);
    for (const k of ['a', 'b', 'c']) b.publish('t', { k });
    expect(got).toEqual({ ab: ['a', 'b'], b: ['b'], all: ['a', 'b', 'c'], other: ['a'] });
  });

  it('a keyed listener that stops gets nothing more; the last listener of any kind unsubscribes', async () => {
    const b = fakeBus();
    const fanout = createFanout(b.bus, createLogger('silent'));
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = await fanout.listen('t', (p: { k: string }) => void first.push(p.k), undefined, {
      of: keyOf,
      values: ['a'],
    });
    const stopSecond = await fanout.listen('t', (p: { k: string }) => void second.push(p.k), undefined, {
      of: keyOf,
      values: ['a'],
    });
    b.publish('t', { k: 'a' });
    await stopFirst();
    b.publish('t', { k: 'a' });
    expect([first, second]).toEqual([['a'], ['a', 'a']]);
    expect(b.subscriptions('t')).toBe(1);
    await stopSecond();
    expect(b.subscriptions('t')).toBe(0);
    b.publish('t', { k: 'a' });
    expect(second).toEqual(['a', 'a']);
  });

  it('a listener that throws does not keep the event from the others', async () => {
    const b = fakeBus();
    const fanout = createFanout(b.bus, createLogger('silent'));
    const got: string[] = [];
    await fanout.listen(
      't',
      () => {
        throw new Error('boom');
      },
      undefined,
      { of: keyOf, values: ['a'] },
    );
    await fanout.listen('t', (p: { k: string }) => void got.push(p.k), undefined, { of: keyOf, values: ['a'] });
    b.publish('t', { k: 'a' });
    expect(got).toEqual(['a']);
  });
});
