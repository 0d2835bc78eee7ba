/**
 * Secondary indexes of the in-memory engine: index key → ids. Keys follow MongoDB multikey
 * semantics: an array field contributes one key per element, and a missing field is indexed
 * as `null` (so a unique index admits at most one document lacking the field, as in MongoDB).
 */
import type { IndexDefinition } from './index-spec';
import { candidates, getPath, keyOf, resolvePath } from './path';

const SEPARATOR = '\u0001';

export function sameDefinition(a: IndexDefinition, b: IndexDefinition): boolean {
  return a.name === b.name && a.unique === b.unique && a.fields.join(SEPARATOR) === b.fields.join(SEPARATOR);
}

function fieldKeys(doc: unknown, field: string): string[] {
  const resolved = resolvePath(doc, field);
  const keys = new Set<string>();
  for (const value of candidates(resolved)) keys.add(keyOf(value));
  for (const leaf of resolved.leaves) if (Array.isArray(leaf) && leaf.length === 0) keys.add('[]');
  if (resolved.missing || keys.size === 0) keys.add('null');
  return [...keys];
}

export class MemoryIndex {
  private readonly buckets = new Map<string, Set<string>>();

  constructor(readonly definition: IndexDefinition) {}

  get fields(): string[] {
    return this.definition.fields;
  }

  /** Every key `doc` is filed under (one per element combination for array fields). */
  keysOf(doc: unknown): string[] {
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
