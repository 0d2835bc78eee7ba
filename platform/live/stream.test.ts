import { keepChanges, liveStream, type StreamMessage } from './stream';

/** A stream of numbers whose state is the last number: `emit` pushes a change once it listens. */
function numbers(initial: number) {
  let push: ((n: number) => void) | null = null;
  let state = initial;
  let stopped = 0;
  const stream = liveStream<number, number>({
    listen: async (p) => {
      push = p;
      return () => {
        stopped++;
      };
    },
    snapshot: async () => state,
  });
  return {
    stream,
    emit(n: number) {
      state = n;
      push!(n);
    },
    stopped: () => stopped,
  };
}

const shape = (m: StreamMessage<number, number>) =>
  m.kind === 'SNAPSHOT' ? ['SNAPSHOT', m.sequence, m.state] : ['CHANGE', m.sequence, m.change];

describe('keepChanges', () => {
  it('passes snapshots and the changes kept, numbered again from 1; keep sees every message in order', async () => {
    const source = numbers(0);
    const seen: number[] = [];
    let last = -1;
    // Only a rise from 0 is kept (as back-in-stock does).
    const kept = keepChanges(source.stream, (m) => {
      const value = m.kind === 'SNAPSHOT' ? m.state : m.change;
      seen.push(value);
      const rose = last === 0 && value > 0;
      last = value;
      return rose;
    });
    expect(shape((await kept.next()).value)).toEqual(['SNAPSHOT', 1, 0]);
    for (const n of [3, 2, 0, 0, 5, 0, 1]) source.emit(n);
    const out = [];
    for (let i = 0; i < 3; i++) out.push(shape((await kept.next()).value));
    expect(out).toEqual([
      ['CHANGE', 2, 3],
      ['CHANGE', 3, 5],
      ['CHANGE', 4, 1],
    ]);
    expect(seen).toEqual([0, 3, 2, 0, 0, 5, 0, 1]);
  });

  it('closing it while it waits for a change ends the wait and stops the source listening', async () => {
    const source = numbers(4);
    const kept = keepChanges(source.stream, () => false);
    await kept.next();
    const waiting = kept.next();
    source.emit(7); // not kept: it keeps waiting
    await kept.return!();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(source.stopped()).toBe(1);
  });

  it('a re-snapshot asked of it reaches the source', async () => {
    const source = numbers(1);
    const kept = keepChanges(source.stream, () => false);
    await kept.next();
    source.emit(9);
    kept.resnapshot();
    expect(shape((await kept.next()).value)).toEqual(['SNAPSHOT', 2, 9]);
  });
});
