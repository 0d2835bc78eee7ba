/**
 * `atomic` for the in-memory engine. A batch is evaluated against a draft of each collection it
 * touches: the new versions of the documents it wrote and their index keys, layered over the
 * committed state, which stays untouched. When every op succeeded the drafts are committed by
 * swapping the new versions and index entries in. Evaluation and commit run synchronously (no
 * `await`), so no other operation can observe or interleave with a half-applied batch.
 */
import type { AtomicResult, BaseDocument, Filter, Update, WriteFailure, WriteOp } from './port';
import { cloneDocument } from './clone';
import { matches } from './match';
import { pinnedId, type MemoryIndex } from './memory-index';
import { updatedCopy } from './update';

/** What the batch needs of a collection (the engine's `MemoryCollection`). */
export interface MemoryTable {
  readonly name: string;
  /** Committed documents by `_id`; never mutated in place. */
  readonly docs: Map<string, BaseDocument>;
  readonly indexes: readonly MemoryIndex[];
  /** Ids worth testing for `filter` in the committed state (a superset of the matches). */
  candidates(filter: Filter): Iterable<string>;
}

/**
 * A document the batch wrote: its new version (null once deleted) and, per index, the keys of
 * that version, or `undefined` when they are still those of the committed version.
 */
interface Entry {
  doc: BaseDocument | null;
  keys: (string[] | undefined)[];
}

class Draft {
  private readonly entries = new Map<string, Entry>();
  /** Per unique index (by position): key → written ids whose new version holds it explicitly. */
  private held: (Map<string, Set<string>> | undefined)[] | null = null;

  constructor(readonly table: MemoryTable) {}

  /** The document as the batch sees it. */
  current(id: string): BaseDocument | undefined {
    const entry = this.entries.get(id);
    if (entry !== undefined) return entry.doc ?? undefined;
    return this.table.docs.get(id);
  }

  /** Some document matching `filter` as the batch sees it (O(1) when the filter pins `_id`). */
  first(filter: Filter): BaseDocument | undefined {
    const id = pinnedId(filter);
    if (id !== undefined) {
      const doc = this.current(id);
      return doc !== undefined && matches(doc, filter) ? doc : undefined;
    }
    for (const candidate of this.table.candidates(filter)) {
      if (this.entries.has(candidate)) continue; // judged below, in its new version
      const doc = this.table.docs.get(candidate);
      if (doc !== undefined && matches(doc, filter)) return doc;
    }
    for (const { doc } of this.entries.values()) {
      if (doc !== null && matches(doc, filter)) return doc;
    }
    return undefined;
  }

  /** Stages `doc` as new; false (nothing staged) on an `_id` or unique-index clash. */
  insert(doc: BaseDocument): boolean {
    if (this.current(doc._id) !== undefined) return false;
    const keys = this.table.indexes.map((index) => index.keysOf(doc));
    if (this.clashes(doc._id, keys, undefined)) return false;
    this.stage(doc._id, { doc, keys });
    return true;
  }

  /** Stages `update` applied to `doc`; returns the new version, or null on a unique-index clash. */
  update(doc: BaseDocument, update: Update): BaseDocument | null {
    const next = updatedCopy(doc, update);
    if (next._id !== doc._id) throw new TypeError('an update must not change _id');
    const before = this.entries.get(doc._id)?.keys;
    const keys = this.table.indexes.map((index, i) => (index.mayChange(update) ? index.keysOf(next) : before?.[i]));
    if (this.clashes(next._id, keys, before)) return null;
    this.stage(next._id, { doc: next, keys });
    return next;
  }

  delete(doc: BaseDocument): void {
    this.stage(doc._id, { doc: null, keys: [] });
  }

  /** Would a new version of `id` with `keys` share a unique key with another document? */
  private clashes(id: string, keys: (string[] | undefined)[], before: (string[] | undefined)[] | undefined): boolean {
    const { indexes } = this.table;
    for (let i = 0; i < indexes.length; i++) {
      const index = indexes[i] as MemoryIndex;
      const own = keys[i];
      if (!index.definition.unique || own === undefined || own === before?.[i]) continue;
      for (const key of own) {
        // Committed holders count unless the batch rewrote them (then their new keys count).
        for (const holder of index.lookup(key) ?? []) {
          if (holder === id) continue;
          const entry = this.entries.get(holder);
          if (entry === undefined || (entry.doc !== null && entry.keys[i] === undefined)) return true;
        }
        for (const holder of this.held?.[i]?.get(key) ?? []) if (holder !== id) return true;
      }
    }
    return false;
  }

  private stage(id: string, entry: Entry): void {
    const previous = this.entries.get(id);
    const { indexes } = this.table;
    for (let i = 0; i < indexes.length; i++) {
      if (!(indexes[i] as MemoryIndex).definition.unique) continue;
      const old = previous?.keys[i];
      const now = entry.keys[i];
      if (old === now) continue;
      this.held ??= [];
      const held = (this.held[i] ??= new Map());
      for (const key of old ?? []) held.get(key)?.delete(id);
      for (const key of now ?? []) {
        let holders = held.get(key);
        if (holders === undefined) held.set(key, (holders = new Set()));
        holders.add(id);
      }
    }
    this.entries.set(id, entry);
  }

  /** Writes the draft into the collection: new versions, then index entries that changed. */
  commit(): void {
    const { docs, indexes } = this.table;
    for (const [id, { doc, keys }] of this.entries) {
      const committed = docs.get(id);
      for (let i = 0; i < indexes.length; i++) {
        const index = indexes[i] as MemoryIndex;
        const now = keys[i];
        if (doc !== null && committed !== undefined && now === undefined) continue; // keys unchanged
        if (committed !== undefined) index.remove(id, index.keysOf(committed));
        if (doc !== null) index.add(id, now ?? index.keysOf(doc));
      }
      if (doc === null) docs.delete(id);
      else docs.set(id, doc);
    }
  }
}

/**
 * Evaluates a validated batch against drafts and commits them when every op succeeded. Throws
 * (writing nothing) when an update cannot be applied to its document.
 */
export function applyAtomic(ops: readonly WriteOp[], table: (name: string) => MemoryTable): AtomicResult {
  const drafts: Draft[] = []; // one per collection; batches touch few, so a list beats a Map
  const results: BaseDocument[] = [];
  let failures: WriteFailure[] | null = null;
  for (let index = 0; index < ops.length; index++) {
    const op = ops[index] as WriteOp;
    let draft: Draft | undefined;
    for (const candidate of drafts) if (candidate.table.name === op.collection) draft = candidate;
    if (draft === undefined) drafts.push((draft = new Draft(table(op.collection))));
    let result: BaseDocument | null = null;
    let reason: WriteFailure['reason'] = 'NO_MATCH';
    if (op.kind === 'insert') {
      const doc = cloneDocument(op.doc);
      if (draft.insert(doc)) result = doc;
      else reason = 'DUPLICATE_KEY';
    } else {
      const doc = draft.first(op.filter);
      if (doc !== undefined && op.kind === 'delete') {
        draft.delete(doc);
        result = doc;
      } else if (doc !== undefined && op.kind === 'update') {
        result = draft.update(doc, op.update);
        reason = 'DUPLICATE_KEY';
      }
    }
    if (result === null) (failures ??= []).push({ index, reason });
    else results.push(result);
  }
  if (failures !== null) return { ok: false, failures };
  for (const draft of drafts) draft.commit();
  return { ok: true, docs: results.map((doc) => cloneDocument(doc)) };
}
