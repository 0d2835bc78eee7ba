/**
 * Secondary indexes of the in-memory engine: index key → ids. Keys follow MongoDB multikey
 * semantics: an array field contributes one key per element, and a missing field is indexed
 * as `null` (so a unique index admits at most one document lacking the field, as in MongoDB).
 */
import type { Filter, Update } from './port';
import type { IndexDefinition } from './index-spec';
import { isOperatorObject } from './match';
import { candidates, getPath, isPlainObject, keyOf, resolvePath } from './path';

const SEPARATOR = '\u0001';

export function sameDefinition(a: IndexDefinition, b: IndexDefinition): boolean {
  return a.name === b.name && a.unique === b.unique && a.fields.join(SEPARATOR) === b.fields.join(SEPARATOR);
}

function fieldKeys(doc: unknown, field: string): string[] {
  if (!field.includes('.') && isPlainObject(doc)) {
    // Fast path: a top-level scalar (or missing) field has exactly one key.
    const value = doc[field];
    if (value === undefined || value === null || typeof value !== 'object') return [keyOf(value)];
  }
  const resolved = resolvePath(doc, field);
  const keys = new Set<string>();
  for (const value of candidates(resolved)) keys.add(keyOf(value));
  for (const leaf of resolved.leaves) if (Array.isArray(leaf) && leaf.length === 0) keys.add('[]');
  if (resolved.missing || keys.size === 0) keys.add('null');
  return [...keys];
}

export class MemoryIndex {
  private readonly buckets = new Map<string, Set<string>>();
  /** The top-level fields the index reads: only an update writing one of them can change its keys. */
  private readonly roots: ReadonlySet<string>;

  constructor(readonly definition: IndexDefinition) {
    this.roots = new Set(definition.fields.map((field) => field.split('.')[0] as string));
  }

  get fields(): string[] {
    return this.definition.fields;
  }

  /** Every key `doc` is filed under (one per element combination for array fields). */
  keysOf(doc: unknown): string[] {
    const { fields } = this.definition;
    if (fields.length === 1) return fieldKeys(doc, fields[0] as string);
    let combos: string[] = [''];
    this.definition.fields.forEach((field, i) => {
      const keys = fieldKeys(doc, field);
      const next: string[] = [];
      for (const prefix of combos) {
        for (const key of keys) next.push(i === 0 ? key : `${prefix}${SEPARATOR}${key}`);
      }
      combos = next;
    });
    return combos;
  }

  /** False when `update` writes no top-level field the index reads, so it cannot change the keys. */
  mayChange(update: Update): boolean {
    for (const fields of Object.values(update)) {
      if (fields === undefined) continue;
      for (const path of Object.keys(fields as object)) {
        const dot = path.indexOf('.');
        if (this.roots.has(dot < 0 ? path : path.slice(0, dot))) return true;
      }
    }
    return false;
  }

  /** For a unique index: the first of `keys` already held by a document other than `id`. */
  conflict(id: string, keys: readonly string[]): string | null {
    if (!this.definition.unique) return null;
    for (const key of keys) {
      const holders = this.buckets.get(key);
      if (holders === undefined) continue;
      for (const holder of holders) if (holder !== id) return key;
    }
    return null;
  }

  add(id: string, keys: readonly string[]): void {
    for (const key of keys) {
      let holders = this.buckets.get(key);
      if (holders === undefined) {
        holders = new Set();
        this.buckets.set(key, holders);
      }
      holders.add(id);
    }
  }

  remove(id: string, keys: readonly string[]): void {
    for (const key of keys) {
      const holders = this.buckets.get(key);
      if (holders === undefined) continue;
      holders.delete(id);
      if (holders.size === 0) this.buckets.delete(key);
    }
  }

  lookup(key: string): ReadonlySet<string> | undefined {
    return this.buckets.get(key);
  }

  clear(): void {
    this.buckets.clear();
  }

  /** A readable description of `doc`'s key, like MongoDB's `keyValue` (`{"sku":"A-1"}`). */
  describe(doc: unknown): string {
    const value: Record<string, unknown> = {};
    for (const field of this.definition.fields) value[field] = getPath(doc, field) ?? null;
    return JSON.stringify(value);
  }
}

/** The `_id` a filter pins with plain or `$eq` equality (the O(1) fast path), if any. */
export function pinnedId(filter: Filter): string | undefined {
  const condition = filter._id;
  if (typeof condition === 'string') return condition;
  if (isOperatorObject(condition) && typeof condition.$eq === 'string') return condition.$eq;
  return undefined;
}

const EMPTY: ReadonlySet<string> = new Set();

/** The filter condition an index probe answered: a plain equality or one operator of an entry. */
type Answered = { path: string; op: '=' | '$eq' | '$in' | '$all' };

/**
 * How to serve a filter: the ids worth testing and what each of them must still be checked
 * against (`residual`), or `residual: null` when every id is a match and none needs checking.
 */
export interface QueryPlan {
  ids: ReadonlySet<string>;
  residual: Filter | null;
}

/**
 * The ids worth testing for `filter`: the smallest set an equality, `$in` or `$all` entry pins
 * down through `_id` or a single-field index, probing once per distinct value (always a superset
 * of the matches), or null when no entry narrows the search and every document must be tested.
 *
 * A probe with no `null` among its values is exact: an index files a document under the key of
 * every value its path resolves to (each array element), the very values the matcher compares,
 * so the documents under a value's key are exactly those the condition accepts. That condition
 * is then left out of the residual filter instead of being re-checked on every row. A `null`
 * probe is only a superset (its key also holds documents the matcher rejects, such as a path
 * through an array of scalars), so it is re-checked.
 */
export function planQuery(
  filter: Filter,
  hasId: (id: string) => boolean,
  indexes: readonly MemoryIndex[],
): QueryPlan | null {
  let best: { ids: ReadonlySet<string>; answered: Answered | null } | null = null;
  for (const [path, condition] of Object.entries(filter)) {
    let lookup: (value: unknown) => ReadonlySet<string> | undefined;
    if (path === '_id') {
      lookup = (value) => (typeof value === 'string' && hasId(value) ? new Set([value]) : undefined);
    } else {
      const index = indexes.find((i) => i.fields.length === 1 && i.fields[0] === path);
      if (index === undefined) continue;
      lookup = (value) => index.lookup(keyOf(value));
    }
    for (const { ids, op, exact } of entryCandidates(condition, lookup)) {
      if (best === null || ids.size < best.ids.size) best = { ids, answered: exact ? { path, op } : null };
    }
    if (best?.ids.size === 0) break;
  }
  if (best === null) return null;
  return { ids: best.ids, residual: best.answered === null ? filter : residualFilter(filter, best.answered) };
}

/** `filter` without the condition the index answered; null when nothing is left to check. */
function residualFilter(filter: Filter, answered: Answered): Filter | null {
  const out: Filter = {};
  for (const [path, condition] of Object.entries(filter)) {
    if (path !== answered.path) {
      out[path] = condition;
    } else if (answered.op !== '=' && isOperatorObject(condition)) {
      const rest = Object.entries(condition).filter(([op, operand]) => op !== answered.op && operand !== undefined);
      if (rest.length > 0) out[path] = Object.fromEntries(rest);
    }
  }
  return Object.keys(out).length === 0 ? null : out;
}

/** The ids `lookup` files under each distinct value, unioned: one probe per distinct value. */
function union(values: readonly unknown[], lookup: (value: unknown) => ReadonlySet<string> | undefined) {
  const distinct = new Set(values);
  if (distinct.size === 1) return lookup(values[0]) ?? EMPTY;
  const ids = new Set<string>();
  for (const value of distinct) for (const id of lookup(value) ?? EMPTY) ids.add(id);
  return ids;
}

interface EntryCandidates {
  ids: ReadonlySet<string>;
  op: Answered['op'];
  exact: boolean;
}

/** Candidate sets one filter entry yields: equality / `$eq` (one lookup), `$in` (union), `$all` (intersection). */
function entryCandidates(
  condition: Filter[string],
  lookup: (value: unknown) => ReadonlySet<string> | undefined,
): EntryCandidates[] {
  if (!isOperatorObject(condition)) return [{ ids: lookup(condition) ?? EMPTY, op: '=', exact: condition !== null }];
  const out: EntryCandidates[] = [];
  if (condition.$eq !== undefined) {
    out.push({ ids: lookup(condition.$eq) ?? EMPTY, op: '$eq', exact: condition.$eq !== null });
  }
  if (condition.$in !== undefined) {
    out.push({ ids: union(condition.$in, lookup), op: '$in', exact: !condition.$in.includes(null) });
  }
  if (condition.$all !== undefined) {
    const sets = [...new Set(condition.$all)].map((value) => lookup(value) ?? EMPTY).sort((a, b) => a.size - b.size);
    const [smallest, ...others] = sets;
    const both = new Set<string>();
    for (const id of smallest ?? EMPTY) if (others.every((set) => set.has(id))) both.add(id);
    out.push({ ids: both, op: '$all', exact: !condition.$all.includes(null) });
  }
  return out;
}
