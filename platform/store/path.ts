/**
 * Dotted-path helpers and the value ordering shared by the in-memory engine's matcher,
 * updater, indexes and sorter. Semantics follow MongoDB for the subset the port allows.
 */

/** What a dotted path resolves to in one document. */
export interface Resolved {
  /** Values found at the end of the path, one per branch (arrays met on the way fan out). */
  leaves: unknown[];
  /** True when at least one branch lacks the field (MongoDB then treats it as `null`). */
  missing: boolean;
}

const INDEX_SEGMENT = /^(0|[1-9][0-9]*)$/;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Paths seen recently → their segments (hot paths are split once; bounded so it cannot grow without limit). */
const splitCache = new Map<string, readonly string[]>();
const SPLIT_CACHE_LIMIT = 4096;

/** The segments of a dotted path (a shared, frozen array); a `TypeError` for an empty segment. */
export function splitPath(path: string): readonly string[] {
  let segments = splitCache.get(path);
  if (segments === undefined) {
    const split = path.split('.');
    if (path === '' || split.some((s) => s === '')) throw new TypeError(`invalid field path "${path}"`);
    if (splitCache.size >= SPLIT_CACHE_LIMIT) splitCache.clear();
    segments = Object.freeze(split);
    splitCache.set(path, segments);
  }
  return segments;
}

/**
 * Resolves a dotted path like MongoDB: an array met before the last segment fans out over its
 * elements (one level), unless the segment is a numeric index. `undefined` counts as absent.
 */
export function resolvePath(doc: unknown, path: string): Resolved {
  const out: Resolved = { leaves: [], missing: false };
  walk(doc, splitPath(path), 0, out);
  return out;
}

function walk(value: unknown, segments: readonly string[], i: number, out: Resolved): void {
  if (i === segments.length) {
    if (value === undefined) out.missing = true;
    else out.leaves.push(value);
    return;
  }
  const segment = segments[i] as string;
  if (Array.isArray(value)) {
    if (INDEX_SEGMENT.test(segment)) {
      // An index past the end is neither present nor missing: `{'a.5': null}` does not match.
      const index = Number(segment);
      if (index < value.length) walk(value[index], segments, i + 1, out);
      return;
    }
    for (const element of value) {
      if (isPlainObject(element)) walk(element[segment], segments, i + 1, out);
    }
    return;
  }
  if (isPlainObject(value)) {
    walk(value[segment], segments, i + 1, out);
    return;
  }
  out.missing = true;
}

/**
 * The candidate values a comparison sees: every leaf, with array leaves replaced by their
 * elements (so `{ tags: 'a' }` matches `tags: ['a', 'b']`).
 */
export function candidates(resolved: Resolved): unknown[] {
  const out: unknown[] = [];
  for (const leaf of resolved.leaves) {
    if (Array.isArray(leaf)) out.push(...leaf);
    else out.push(leaf);
  }
  return out;
}

/** The value a plain (non-fanning) path reaches, `undefined` when absent. Used for sorting. */
export function getPath(doc: unknown, path: string): unknown {
  let value: unknown = doc;
  for (const segment of splitPath(path)) {
    if (Array.isArray(value) && INDEX_SEGMENT.test(segment)) value = value[Number(segment)];
    else if (isPlainObject(value)) value = value[segment];
    else return undefined;
  }
  return value;
}

/** MongoDB's cross-type sort order (BSON comparison order), for the types documents hold here. */
function typeRank(value: unknown): number {
  if (value === null || value === undefined) return 1;
  if (typeof value === 'number' || typeof value === 'bigint') return 2;
  if (typeof value === 'string') return 3;
  if (Array.isArray(value)) return 5;
  if (typeof value === 'boolean') return 8;
  if (value instanceof Date) return 9;
  return 4;
}

/**
 * Compares strings by code point, which is the byte order of UTF-8 (MongoDB's binary collation).
 * UTF-16 units already compare in code-point order, except that surrogates (0xD800–0xDFFF, the
 * halves of code points above 0xFFFF) must sort after 0xE000–0xFFFF: at the first differing unit
 * both are shifted into that order when both are ≥ 0xD800 (ICU's `u_strCmpCodePointOrder`).
 */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x += x <= 0xdfff ? 0x2000 : -0x800;
      y += y <= 0xdfff ? 0x2000 : -0x800;
    }
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}

/** Total order over values: by type rank first, then within the type. Missing sorts as `null`. */
export function compareValues(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 2: {
      const x = Number(a);
      const y = Number(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 3:
      return compareStrings(a as string, b as string);
    case 8:
      return a === b ? 0 : a === false ? -1 : 1;
    case 9:
      return Math.sign((a as Date).getTime() - (b as Date).getTime());
    case 4:
    case 5:
      return compareStrings(JSON.stringify(a), JSON.stringify(b));
    default:
      return 0;
  }
}

/** Same type family (numbers with numbers, strings with strings): MongoDB's type bracketing for $gt & co. */
export function sameTypeFamily(a: unknown, b: unknown): boolean {
  return typeRank(a) === typeRank(b);
}

/** A string that is equal for two values exactly when MongoDB considers them equal (index keys). */
export function keyOf(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (value instanceof Date) return `D${value.getTime()}`;
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return `J${JSON.stringify(value)}`;
}
