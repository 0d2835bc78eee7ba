import type { ExecutionResult } from 'graphql';
import { firstWithin } from './sources';

/** A stream the test feeds; it records whether it was closed. */
function stream() {
  const queue: ExecutionResult[] = [];
  let wake: (() => void) | null = null;
  const s = {
    closed: false,
    push(r: ExecutionResult) {
      queue.push(r);
      wake?.();
    },
    [Symbol.asyncIterator]: () => ({
      async next(): Promise<IteratorResult<ExecutionResult>> {
        while (queue.length === 0 && !s.closed) await new Promise<void>((r) => (wake = r));
        if (s.closed) return { done: true, value: undefined };
        return { done: false, value: queue.shift()! };
      },
      async return(): Promise<IteratorResult<ExecutionResult>> {
        s.closed = true;
        wake?.();
        return { done: true, value: undefined };
      },
    }),
  };
  return s;
}

const unavailable = (): ExecutionResult => ({ errors: [], extensions: { timedOut: true } });

it('a first message in time: the stream as it is, every message, in order', async () => {
  const s = stream();
  const it = firstWithin(s, 200, unavailable)[Symbol.asyncIterator]();
  s.push({ data: { n: 1 } });
  s.push({ data: { n: 2 } });
  expect(await it.next()).toEqual({ done: false, value: { data: { n: 1 } } });
  expect(await it.next()).toEqual({ done: false, value: { data: { n: 2 } } });
  // Later messages may take as long as they like.
  const third = it.next();
  await new Promise((r) => setTimeout(r, 300));
  s.push({ data: { n: 3 } });
  expect(await third).toEqual({ done: false, value: { data: { n: 3 } } });
  expect(s.closed).toBe(false);
});

it('no first message in time: one timed-out message, the source closed, then the end', async () => {
  const s = stream();
  const it = firstWithin(s, 50, unavailable)[Symbol.asyncIterator]();
  expect(await it.next()).toEqual({ done: false, value: unavailable() });
  expect(s.closed).toBe(true);
  s.push({ data: { n: 1 } }); // too late: never delivered
  expect(await it.next()).toEqual({ done: true, value: undefined });
});

it('closed by the client while it waits: the source is closed at once', async () => {
  const s = stream();
  const it = firstWithin(s, 10_000, unavailable)[Symbol.asyncIterator]();
  const pending = it.next();
  await it.return!();
  expect(s.closed).toBe(true);
  expect(await pending).toEqual({ done: true, value: undefined });
});
