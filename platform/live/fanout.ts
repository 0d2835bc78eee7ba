import type { EventBus, Unsubscribe } from '../bus/port';
import type { Logger } from '../logger';

/**
 * One bus subscription per topic for any number of live listeners in this process: the first
 * listener subscribes, the last one to leave unsubscribes. Each event is handed to every listener
 * synchronously (a listener only queues it; see `liveStream`), so a slow subscriber never holds
 * up the others.
 */
export function createFanout(bus: EventBus, logger: Logger) {
  const topics = new Map<string, { listeners: Set<(payload: unknown) => void>; subscribed: Promise<Unsubscribe> }>();
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
    ): Promise<() => Promise<void>> {
      gapListeners.set(gap, (gapListeners.get(gap) ?? 0) + 1);
      let entry = topics.get(topic);
      if (!entry) {
        const listeners = new Set<(payload: unknown) => void>();
        const subscribed = bus.subscribe<unknown>(topic, ({ payload }) => {
          for (const l of listeners) {
            try {
              l(payload);
            } catch (err) {
              logger.error({ err, topic }, 'live listener failed');
            }
          }
        });
        entry = { listeners, subscribed };
        topics.set(topic, entry);
        subscribed.catch(() => topics.delete(topic));
      }
      const current = entry;
      current.listeners.add(listener as (payload: unknown) => void);
      await current.subscribed;
      let stopped = false;
      return async () => {
        if (stopped) return;
        stopped = true;
        const left = (gapListeners.get(gap) ?? 1) - 1;
        if (left > 0) gapListeners.set(gap, left);
        else gapListeners.delete(gap);
        current.listeners.delete(listener as (payload: unknown) => void);
        if (current.listeners.size === 0 && topics.get(topic) === current) {
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
