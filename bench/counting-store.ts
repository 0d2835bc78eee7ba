import type { BaseDocument, Collection, DocumentStore } from '../platform/store/port';

/** Wraps a store so every collection call is counted as `collection.method` (round trips). */
export function countingStore(store: DocumentStore, calls: Map<string, number>): DocumentStore {
  const count = (key: string) => calls.set(key, (calls.get(key) ?? 0) + 1);
  return {
    engine: store.engine,
    ping: () => store.ping(),
    close: () => store.close(),
    atomic: (ops) => {
      for (const op of ops) count(`${op.collection}.atomic`);
      return store.atomic(ops);
    },
    collection<T extends BaseDocument>(name: string): Collection<T> {
      const inner = store.collection<T>(name);
      return new Proxy(inner, {
        get(target, prop, receiver) {
          const value = Reflect.get(target, prop, receiver) as unknown;
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            count(`${name}.${String(prop)}`);
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      });
    },
  };
}
