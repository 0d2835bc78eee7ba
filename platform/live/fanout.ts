import type { EventBus, Unsubscribe } from '../bus/port';
import type { Logger } from '../logger';

type Listener = (payload: unknown) => void;

/**
 * Which events of a topic a listener wants: those whose key (`of`, a function kept for the life of
 * the process, so listeners using the same one share an index) is one of `values`.
 */
export interface ListenKeys<T> {
  of: (payload: T) => string;
  values: Iterable<string>;
}

interface TopicEntry {
  /** Listeners of every event. */
  listeners: Set<Listener>;
  /** Listeners of some keys: by key function, then by key. */
  keyed: Map<(payload: unknown) => string, Map<string, Set<Listener>>>;
  subscribed: Promise<Unsubscribe>;
}

/**
 * One bus subscription per topic for any number of live listeners in this process: the first
 * listener subscribes, the last one to leave unsubscribes. Each event is handed synchronously to
 * every listener of the topic, or, for a listener that named its keys, only when the event's key
 * is one of them (an index lookup, not a check per listener: thousands of streams on one topic
 * cost one lookup per event). A listener only queues the event (see `liveStream`), so a slow
 * subscriber never holds up the others.
 */
export function createFanout(bus: EventBus, logger: Logger) {
  const topics = new Map<string, TopicEntry>();
  // Listeners told when the bus reconnected (they may have missed events): each stream re-snapshots.
  // Counted: a stream listening to several topics with one `gap` is told once, and stays told
  // until it has stopped listening to every one of them.
  const gapListeners = new Map<() => void, number>();
  bus.onReconnect(() => {
    for (const gap of [...gapListeners.keys()]) gap();
  });

  return {
    /**
     * Calls `listener` with every payload published on `topic` from now on, and `gap` whenever
     * some may have been missed (the bus reconnected); returns how to stop.
     */
    async listen<T>(
      topic: string,
      listener: (payload: T) => void,
      gap: () => void = () => undefined,
      keys?: ListenKeys<T>,
    ): Promise<() => Promise<void>> {
      gapListeners.set(gap, (gapListeners.get(gap) ?? 0) + 1);
      let entry = topics.get(topic);
      if (!entry) {
        const created: TopicEntry = { listeners: new Set(), keyed: new Map(), subscribed: null! };
        const call = (l: Listener, payload: unknown) => {
          try {
            l(payload);
          } catch (err) {
            logger.error({ err, topic }, 'live listener failed');
          }
        };
        created.subscribed = bus.subscribe<unknown>(topic, ({ payload }) => {
          for (const l of created.listeners) call(l, payload);
          for (const [keyOf, byKey] of created.keyed) {
            const wanting = byKey.get(keyOf(payload));
            if (wanting) for (const l of wanting) call(l, payload);
          }
        });
        entry = created;
        topics.set(topic, entry);
        created.subscribed.catch(() => topics.delete(topic));
      }
      const current = entry;
      const own = listener as Listener;
      const keyOf = keys?.of as ((payload: unknown) => string) | undefined;
      const values = keys ? [...new Set(keys.values)] : [];
      if (keyOf) {
        let byKey = current.keyed.get(keyOf);
        if (!byKey) current.keyed.set(keyOf, (byKey = new Map()));
        for (const value of values) {
          let wanting = byKey.get(value);
          if (!wanting) byKey.set(value, (wanting = new Set()));
          wanting.add(own);
        }
      } else {
        current.listeners.add(own);
      }
      await current.subscribed;
      let stopped = false;
      return async () => {
        if (stopped) return;
        stopped = true;
        const left = (gapListeners.get(gap) ?? 1) - 1;
        if (left > 0) gapListeners.set(gap, left);
        else gapListeners.delete(gap);
        if (keyOf) {
          const byKey = current.keyed.get(keyOf);
          for (const value of values) {
            const wanting = byKey?.get(value);
            wanting?.delete(own);
            if (wanting?.size === 0) byKey!.delete(value);
          }
          if (byKey?.size === 0) current.keyed.delete(keyOf);
        } else {
          current.listeners.delete(own);
        }
        if (current.listeners.size === 0 && current.keyed.size === 0 && topics.get(topic) === current) {
          topics.delete(topic);
          await (
            await current.subscribed
          )();
        }
      };
    },
  };
}

export type Fanout = ReturnType<typeof createFanout>;
