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
