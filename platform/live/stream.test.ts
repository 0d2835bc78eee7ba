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

describe('liveStream', () => {
  it('a snapshot first, then each change in order, numbered from 1', async () => {
    const s = numbers(5);
    expect(shape((await s.stream.next()).value!)).toEqual(['SNAPSHOT', 1, 5]);
    s.emit(6);
    s.emit(7);
    expect(shape((await s.stream.next()).value!)).toEqual(['CHANGE', 2, 6]);
    expect(shape((await s.stream.next()).value!)).toEqual(['CHANGE', 3, 7]);
  });

  it('a change the snapshot already shows is not sent (newer), one that arrived while it was read is', async () => {
    let push: ((n: number) => void) | null = null;
    let state = 10;
    const stream = liveStream<number, number>({
      listen: async (p) => {
        push = p;
        return () => undefined;
      },
      // While the snapshot is read, two changes arrive: 10 (already in it) and 11 (after it).
      snapshot: async () => {
        const shown = state;
        push!(10);
        state = 11;
        push!(11);
        return shown;
      },
      newer: (change, shown) => change > shown,
    });
    expect(shape((await stream.next()).value!)).toEqual(['SNAPSHOT', 1, 10]);
    expect(shape((await stream.next()).value!)).toEqual(['CHANGE', 2, 11]);
  });

  it('more pending changes than the bound are replaced by one fresh snapshot (nothing grows without bound)', async () => {
    let push: ((n: number) => void) | null = null;
    let state = 0;
    const stream = liveStream<number, number>({
      listen: async (p) => {
        push = p;
        return () => undefined;
      },
      snapshot: async () => state,
      maxPending: 3,
    });
    await stream.next(); // SNAPSHOT 0
    for (let n = 1; n <= 10; n++) {
      state = n;
      push!(n);
    }
    // The consumer was away for 10 changes: it gets the state now, then what came after the overflow.
    const next = shape((await stream.next()).value!);
    expect(next[0]).toBe('SNAPSHOT');
    expect(next[1]).toBe(2);
    expect(next[2]).toBe(10);
  });

  it('a gap (the event source reconnected) sends a fresh snapshot; closing stops the listening', async () => {
    const s = numbers(1);
    await s.stream.next();
    s.emit(2);
    s.stream.resnapshot();
    expect(shape((await s.stream.next()).value!)).toEqual(['SNAPSHOT', 2, 2]);
    await s.stream.return!();
    expect(s.stopped()).toBe(1);
    expect((await s.stream.next()).done).toBe(true);
  });
});
