/**
 * The in-memory document engine: the embedded default and the engine unit tests run on.
 *
 * Documents live in Maps and are deep-copied (`cloneDocument`) on the way in and out, so
 * callers never alias stored state. A stored document is never mutated: an update builds a new
 * version that shares untouched subtrees with the old one (copy-on-write) and swaps it in. Every
 * operation does its whole read-check-write without an `await` in between, which makes it
 * atomic: JavaScript runs it to completion before any other caller's operation starts.
 */
import {
  DuplicateKeyError,
  type AtomicResult,
  type BaseDocument,
  type Collection,
  type DocumentStore,
  type Filter,
  type FindOptions,
  type IndexSpec,
  type Page,
  type Update,
  type WriteOp,
} from './port';
import { checkId, validateWriteOps } from './atomic-ops';
import { cloneDocument } from './clone';
import { encodeCursor, resolveCap, resolvePage, resolveSort, sortValueOf } from './cursor';
import { matches, validateFilter } from './match';
import { defineIndex } from './index-spec';
import { applyAtomic } from './memory-atomic';
import { MemoryIndex, pinnedId, planQuery, sameDefinition } from './memory-index';
import { compareStrings, compareValues, getPath } from './path';
import { updatedCopy, validateUpdate } from './update';

type Sort = { field: string; direction: 1 | -1 };

function comparator(sort: Sort): (a: BaseDocument, b: BaseDocument) => number {
  const { field, direction } = sort;
  if (field === '_id') return (a, b) => direction * compareStrings(a._id, b._id);
  return (a, b) => direction * (compareValues(getPath(a, field), getPath(b, field)) || compareStrings(a._id, b._id));
}

/** A UTF-16 unit at or above 0xD800: only there does JavaScript's string order differ from code points'. */
const HIGH_UNIT = /[\ud800-\uffff]/;

/**
 * Sorts `docs` in place. By `_id` (the default), when no id holds a unit where JavaScript's
 * string order departs from code-point order, the native comparison gives the same order
 * several times faster than `compareStrings` (a batched lookup sorts hundreds of rows).
 */
function sortDocs<T extends BaseDocument>(docs: T[], sort: Sort): T[] {
  if (sort.field !== '_id' || docs.some((doc) => HIGH_UNIT.test(doc._id))) return docs.sort(comparator(sort));
  const d = sort.direction;
  return docs.sort((a, b) => (a._id === b._id ? 0 : a._id < b._id ? -d : d));
}

class MemoryCollection<T extends BaseDocument> implements Collection<T> {
  /** Committed documents by `_id` (never mutated in place). Also read and written by `applyAtomic`. */
  readonly docs = new Map<string, T>();
  readonly indexes: MemoryIndex[] = [];

  constructor(readonly name: string) {}

  async createIndex(spec: IndexSpec): Promise<void> {
    const definition = defineIndex(spec);
    if (definition.fields.length === 1 && definition.fields[0] === '_id') return;
    const existing = this.indexes.find(
      (i) => i.definition.name === definition.name || i.fields.join('.') === definition.fields.join('.'),
    );
    if (existing !== undefined) {
      if (sameDefinition(existing.definition, definition)) return;
      throw new Error(`index "${definition.name}" conflicts with existing index "${existing.definition.name}"`);
    }
    const index = new MemoryIndex(definition);
    for (const [id, doc] of this.docs) {
      const keys = index.keysOf(doc);
      if (index.conflict(id, keys) !== null) throw new DuplicateKeyError(this.name, index.describe(doc));
      index.add(id, keys);
    }
    this.indexes.push(index);
  }

  async insertOne(doc: T): Promise<void> {
    this.insert([doc]);
  }

  async insertMany(docs: T[]): Promise<void> {
    this.insert(docs);
  }

  async findById(id: string): Promise<T | null> {
    const doc = this.docs.get(id);
    return doc === undefined ? null : cloneDocument(doc);
  }

  async findByIds(ids: readonly string[]): Promise<(T | null)[]> {
    return ids.map((id) => {
      const doc = this.docs.get(id);
      return doc === undefined ? null : cloneDocument(doc);
    });
  }

  async findOne(filter: Filter): Promise<T | null> {
    validateFilter(filter);
    const doc = this.first(filter);
    return doc === undefined ? null : cloneDocument(doc);
  }

  async findAll(filter: Filter, options?: { sort?: FindOptions['sort']; limit?: number }): Promise<T[]> {
    validateFilter(filter);
    const sort = resolveSort(options?.sort);
    const cap = resolveCap(options?.limit);
    const found = sortDocs(this.matching(filter), sort);
    return (cap === null ? found : found.slice(0, cap)).map((doc) => cloneDocument(doc));
  }

  async findPage(filter: Filter, options?: FindOptions): Promise<Page<T>> {
    validateFilter(filter);
    const { field, direction, limit, after } = resolvePage(options);
    const compare = comparator({ field, direction });
    let found = this.matching(filter);
    if (after !== null) {
      const marker = { _id: after.id } as BaseDocument;
      if (field !== '_id') setSortValue(marker, field, after.value);
      found = found.filter((doc) => compare(doc, marker) > 0);
    }
    sortDocs(found, { field, direction });
    const items = found.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((doc) => cloneDocument(doc)),
      endCursor: last === undefined ? null : encodeCursor(sortValueOf(last, field), last._id),
      hasNextPage: found.length > limit,
    };
  }

  async count(filter: Filter = {}): Promise<number> {
    validateFilter(filter);
    if (Object.keys(filter).length === 0) return this.docs.size;
    return this.matching(filter).length;
  }

  async updateOne(filter: Filter, update: Update): Promise<T | null> {
    validateFilter(filter);
    validateUpdate(update);
    const current = this.first(filter);
    return current === undefined ? null : cloneDocument(this.replace(current, update));
  }

  async upsertOne(filter: Filter, update: Update, doc: T): Promise<T> {
    validateFilter(filter);
    validateUpdate(update);
    const current = this.first(filter);
    if (current !== undefined) return cloneDocument(this.replace(current, update));
    const [inserted] = this.insert([doc]);
    return cloneDocument(inserted as T);
  }

  async deleteOne(filter: Filter): Promise<boolean> {
    validateFilter(filter);
    const doc = this.first(filter);
    if (doc === undefined) return false;
    for (const index of this.indexes) index.remove(doc._id, index.keysOf(doc));
    this.docs.delete(doc._id);
    return true;
  }

  async clear(): Promise<void> {
    this.docs.clear();
    for (const index of this.indexes) index.clear();
  }

  /** Validates the whole batch (ids, unique keys, within the batch too), then writes it all. */
  private insert(input: readonly T[]): T[] {
    const docs = input.map((doc) => {
      checkId(doc);
      return cloneDocument(doc);
    });
    const ids = new Set<string>();
    for (const doc of docs) {
      if (this.docs.has(doc._id) || ids.has(doc._id)) {
        throw new DuplicateKeyError(this.name, JSON.stringify({ _id: doc._id }));
      }
      ids.add(doc._id);
    }
    const keys = this.indexes.map((index) => {
      const batch = new Set<string>();
      return docs.map((doc) => {
        const docKeys = index.keysOf(doc);
        const clash =
          index.conflict(doc._id, docKeys) !== null || (index.definition.unique && docKeys.some((k) => batch.has(k)));
        if (clash) throw new DuplicateKeyError(this.name, index.describe(doc));
        for (const key of docKeys) batch.add(key);
        return docKeys;
      });
    });
    docs.forEach((doc, d) => {
      this.indexes.forEach((index, i) => index.add(doc._id, keys[i]?.[d] ?? []));
      this.docs.set(doc._id, doc);
    });
    return docs;
  }

  /** Builds the updated version of `current`, checks unique indexes, then swaps it in. */
  private replace(current: T, update: Update): T {
    const next = updatedCopy(current, update);
    if (next._id !== current._id) throw new TypeError('an update must not change _id');
    const changes: { index: MemoryIndex; before: string[]; after: string[] }[] = [];
    for (const index of this.indexes) {
      if (!index.mayChange(update)) continue;
      const after = index.keysOf(next);
      if (index.conflict(next._id, after) !== null) throw new DuplicateKeyError(this.name, index.describe(next));
      changes.push({ index, before: index.keysOf(current), after });
    }
    for (const { index, before, after } of changes) {
      index.remove(current._id, before);
      index.add(next._id, after);
    }
    this.docs.set(next._id, next);
    return next;
  }

  private first(filter: Filter): T | undefined {
    const { ids, residual } = this.plan(filter);
    for (const id of ids) {
      const doc = this.docs.get(id);
      if (doc !== undefined && (residual === null || matches(doc, residual))) return doc;
    }
    return undefined;
  }

  private matching(filter: Filter): T[] {
    const { ids, residual } = this.plan(filter);
    const out: T[] = [];
    for (const id of ids) {
      const doc = this.docs.get(id);
      if (doc !== undefined && (residual === null || matches(doc, residual))) out.push(doc);
    }
    return out;
  }

  /**
   * The ids worth testing for `filter` and what they must still match: see `planQuery`. A list
   * of keys on an indexed field costs one probe per key and no per-row check of that list.
   */
  private plan(filter: Filter): { ids: Iterable<string>; residual: Filter | null } {
    const id = pinnedId(filter);
    if (id !== undefined) return { ids: this.docs.has(id) ? [id] : [], residual: filter };
    return planQuery(filter, (key) => this.docs.has(key), this.indexes) ?? { ids: this.docs.keys(), residual: filter };
  }

  /** The ids worth testing for `filter` (a superset of the matches), for `atomic`'s drafts. */
  candidates(filter: Filter): Iterable<string> {
    return this.plan(filter).ids;
  }
}

function setSortValue(marker: BaseDocument, field: string, value: unknown): void {
  let node = marker as unknown as Record<string, unknown>;
  const segments = field.split('.');
  segments.slice(0, -1).forEach((segment) => {
    const child: Record<string, unknown> = {};
    node[segment] = child;
    node = child;
  });
  node[segments[segments.length - 1] as string] = value;
}

/** Creates an empty in-memory store; each `collection(name)` call returns the same collection. */
export function createMemoryStore(): DocumentStore {
  const collections = new Map<string, MemoryCollection<BaseDocument>>();
  const table = (name: string): MemoryCollection<BaseDocument> => {
    let collection = collections.get(name);
    if (collection === undefined) {
      collection = new MemoryCollection<BaseDocument>(name);
      collections.set(name, collection);
    }
    return collection;
  };
  return {
    engine: 'memory',
    collection<T extends BaseDocument>(name: string): Collection<T> {
      return table(name) as unknown as Collection<T>;
    },
    async atomic(ops: readonly WriteOp[]): Promise<AtomicResult> {
      validateWriteOps(ops);
      return applyAtomic(ops, table);
    },
    async ping(): Promise<void> {},
    async close(): Promise<void> {},
  };
}
