/**
 * Deep copies of document data for the in-memory engine, several times faster than
 * `structuredClone` on the small JSON-like documents it stores (which dominates a hot write).
 */

/**
 * A deep copy of `value`, as `structuredClone` would make it for document data: plain objects
 * and arrays are copied recursively; anything else that is an object (Date, Map, class
 * instances, ...) goes through `structuredClone` (as do functions and symbols, which it rejects).
 * Unlike `structuredClone`, an object reachable twice is copied twice and a cycle is an error.
 */
export function cloneDocument<T>(value: T): T {
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'function' || typeof value === 'symbol' ? structuredClone(value) : value;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneDocument(value[i] as unknown);
    return out as T;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const copy = cloneDocument(source[key]);
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out as T;
}
