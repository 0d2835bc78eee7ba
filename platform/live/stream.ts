/**
 * A live stream: the current state first (a SNAPSHOT message), then one CHANGE message per change,
 * numbered from 1 per stream (`sequence`), so a client sees a gap if it ever misses one and a
 * reconnecting client is correct at once (it gets a new snapshot).
 *
 * Changes that arrive while the snapshot is read are kept and filtered by `newer` (a change the
 * snapshot already shows is dropped). Nothing is unbounded: when more than `maxPending` changes
 * wait for a slow consumer, they are dropped and replaced by one fresh SNAPSHOT (the consumer is
 * correct again without replaying every change). `resnapshot()` asks for one too (the event
 * source reconnected and changes may have been missed).
 */
export type StreamMessage<S, C> =
  { kind: 'SNAPSHOT'; sequence: number; state: S } | { kind: 'CHANGE'; sequence: number; change: C };

export interface LiveStreamOptions<S, C> {
  /** Reads the current state. */
  snapshot: () => Promise<S>;
  /**
   * Starts delivering changes to `push` (and calls `gap` when some may have been missed, e.g. the
   * event source reconnected: the stream then sends a new snapshot); returns how to stop. Called
   * once, before the first snapshot.
   */
  listen: (push: (change: C) => void, gap: () => void) => Promise<() => Promise<void> | void>;
  /** Whether `change` is newer than what `state` shows (default: always). */
  newer?: (change: C, state: S) => boolean;
  /** The most changes kept for a slow consumer before they are replaced by a snapshot (default 1000). */
  maxPending?: number;
}

export interface LiveStream<S, C> extends AsyncIterableIterator<StreamMessage<S, C>> {
  /** Replaces whatever is pending with a fresh snapshot (e.g. after the event source reconnected). */
  resnapshot(): void;
}

export function liveStream<S, C>(options: LiveStreamOptions<S, C>): LiveStream<S, C> {
  const maxPending = options.maxPending ?? 1000;
  let pending: C[] = [];
  let needSnapshot = true;
  let lastState: S | null = null;
  let sequence = 0;
  let done = false;
  let stop: (() => Promise<void> | void) | null = null;
  let started: Promise<void> | null = null;
  let wake: (() => void) | null = null;

  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const push = (change: C) => {
    if (done) return;
    if (pending.length >= maxPending) {
      pending = [];
      needSnapshot = true;
    } else {
      pending.push(change);
    }
    notify();
  };

  async function finish(): Promise<IteratorResult<StreamMessage<S, C>>> {
    if (!done) {
      done = true;
      pending = [];
      notify();
      const s = stop;
      stop = null;
      await s?.();
    }
    return { done: true, value: undefined };
  }

  const iterator: LiveStream<S, C> = {
    async next(): Promise<IteratorResult<StreamMessage<S, C>>> {
      if (done) return { done: true, value: undefined };
      started ??= options
        .listen(push, () => iterator.resnapshot())
        .then((s) => {
          stop = s;
        });
      await started;
      for (;;) {
        if (done) return { done: true, value: undefined };
        if (needSnapshot) {
          needSnapshot = false;
          pending = [];
          const state = await options.snapshot();
          if (done) return { done: true, value: undefined };
          lastState = state;
          return { done: false, value: { kind: 'SNAPSHOT', sequence: ++sequence, state } };
        }
        const change = pending.shift();
        if (change !== undefined) {
          if (options.newer && lastState !== null && !options.newer(change, lastState)) continue;
          return { done: false, value: { kind: 'CHANGE', sequence: ++sequence, change } };
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
    return: () => finish(),
    throw: async (err?: unknown) => {
      await finish();
      throw err;
    },
    resnapshot() {
      if (done) return;
      pending = [];
      needSnapshot = true;
      notify();
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/**
 * `stream` with only the CHANGE messages `keep` accepts, numbered again from 1, so a client sees a
 * gap only when it missed a message meant for it. `keep` is asked about every message in order,
 * SNAPSHOTs included (always passed on), so it may follow the state the changes build. Closing it
 * closes `stream` at once, even while it waits for a change.
 */
export function keepChanges<S, C>(
  stream: LiveStream<S, C>,
  keep: (message: StreamMessage<S, C>) => boolean,
): LiveStream<S, C> {
  let sequence = 0;
  const kept: LiveStream<S, C> = {
    async next(): Promise<IteratorResult<StreamMessage<S, C>>> {
      for (;;) {
        const result = await stream.next();
        if (result.done) return result;
        const message = result.value;
        if (!keep(message) && message.kind === 'CHANGE') continue;
        return { done: false, value: { ...message, sequence: ++sequence } };
      }
    },
    return: async () => (await stream.return?.()) ?? { done: true, value: undefined },
    throw: async (err?: unknown) => {
      await stream.return?.();
      throw err;
    },
    resnapshot: () => stream.resnapshot(),
    [Symbol.asyncIterator]() {
      return kept;
    },
  };
  return kept;
}
