import { badInput } from '../platform/errors';

/** Groups `items` by `key` into one list per requested key, in key order (DataLoader's batch contract). */
export function groupByKeys<T>(items: readonly T[], key: (item: T) => string | null, keys: readonly string[]): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const item of items) {
    const k = key(item);
    if (k !== null) map.get(k)?.push(item);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** Validates a `first` argument: default when omitted, BAD_USER_INPUT outside 1..max. */
export function pageSize(first: number | null | undefined, fallback = 20, max = 100): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) throw badInput(`first must be between 1 and ${max}`, 'first');
  return size;
}

/**
 * Forgets what a context's DataLoaders cached. A subscription resolves every one of its messages
 * with the context it subscribed with (graphql-js keeps one), so each message starts from fresh
 * reads, as a new request would.
 */
export function forgetCached(loaders: Readonly<Record<string, { clearAll(): unknown }>>): void {
  for (const loader of Object.values(loaders)) loader.clearAll();
}
