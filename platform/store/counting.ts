import type { BaseDocument, Collection, DocumentStore } from './port';

/**
 * Wraps a store so every collection call is counted as `collection.method` (round trips) and,
 * with `latencyMs`, costs a network round trip over a pool of `poolSize` connections (a call
 * waits for a free connection, then holds it for the round trip), like a database driver.
 */
export function countingStore(
  store: DocumentStore,
  calls: Map<string, number>,
  latencyMs = 0,
  poolSize = 10,
): DocumentStore {
  const count = (key: string) => calls.set(key, (calls.get(key) ?? 0) + 1);
  let busy = 0;
  const waiting: (() => void)[] = [];
  const acquire = () => (busy < poolSize ? (busy++, Promise.resolve()) : new Promise<void>((r) => waiting.push(r)));
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else busy--;
  };
  const delay = async <T>(value: T): Promise<T> => {
    await acquire();
    await new Promise((r) => setTimeout(r, latencyMs));
    release();
    return value;
  };
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
            const result = (value as (...a: unknown[]) => unknown).apply(target, args);
            return latencyMs > 0 ? Promise.resolve(result).then(delay) : result;
          };
        },
      });
    },
  };
}
