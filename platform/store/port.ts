/**
 * The document-store port. Subgraph stores are written against this interface only;
 * the in-memory engine (embedded default, tests) and the MongoDB engine implement it
 * and share one contract suite (`test/contracts/store/`).
 *
 * The query language is a documented subset of MongoDB's, so the MongoDB engine passes
 * filters and updates through unchanged and the in-memory engine interprets them.
 */

/** Every document has a string `_id` chosen by the caller (ids are domain ids, e.g. `ord_00042`). */
export interface BaseDocument {
  _id: string;
}

export type Scalar = string | number | boolean | null;

/** Operators allowed on one field. Dotted paths (`address.city`) address nested fields. */
export interface FieldOperators {
  $eq?: Scalar;
  $ne?: Scalar;
  $in?: Scalar[];
  $nin?: Scalar[];
  /**
   * Every listed value must be present: on an array field, each value equals some element;
   * on a scalar field, `$all: [x]` is `x` equality. As in MongoDB, `$all: []` matches nothing.
   */
  $all?: Scalar[];
  $gt?: string | number;
  $gte?: string | number;
  $lt?: string | number;
  $lte?: string | number;
  $exists?: boolean;
}

/**
 * A filter: every entry must match (implicit AND). A plain scalar means equality; on an
 * array-valued field, equality and `$in` match when any element matches and `$all` when every
 * listed value does (MongoDB semantics), and each operator of an entry may be satisfied by a
 * different element (no `$elemMatch`).
 * `null` (and `$eq: null`) also matches a missing field; `$gt` & co. only compare values of
 * the same type (numbers with numbers, strings with strings by code point). Anything outside
 * this subset (other operators, object values, `$or`) is rejected with a `TypeError`.
 */
export type Filter = Record<string, Scalar | FieldOperators>;

/**
 * Atomic update operators applied to one document (dotted paths create missing parents;
 * `$inc` on a missing field sets it; `$push` on a missing field creates the array). Two
 * operations on the same or overlapping paths, other operators and changing `_id` are
 * rejected. An update with no operations is a no-op.
 */
export interface Update {
  $set?: Record<string, unknown>;
  $inc?: Record<string, number>;
  $push?: Record<string, unknown>;
  $unset?: Record<string, true>;
}

export type SortDirection = 1 | -1;

export interface FindOptions {
  /**
   * Sort by one field, ties broken by `_id` in the same direction. Default: `_id` ascending.
   * The field must hold strings, numbers or booleans, or be null / missing (missing sorts as
   * null); across types the order is MongoDB's: null < numbers < strings < booleans.
   */
  sort?: { field: string; direction: SortDirection };
  /**
   * Page size; the engine returns at most this many. Default 50, clamped to 1000; below 1
   * (or not an integer) is a `RangeError`.
   */
  limit?: number;
  /** Opaque cursor from a previous page's `endCursor`. */
  after?: string;
}

export interface Page<T> {
  items: T[];
  /** Cursor of the last item, or null when the page is empty. */
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface IndexSpec {
  /** Field paths; a compound index when more than one. */
  fields: string[];
  /**
   * As in MongoDB, a missing field is indexed as `null`: a unique index admits only one
   * document that lacks (or nulls) the field. An array field is indexed per element.
   */
  unique?: boolean;
  /** Default: MongoDB's (`field_1` or `a_1_b_1`). The same name with another spec is an error. */
  name?: string;
}

export interface Collection<T extends BaseDocument> {
  readonly name: string;
  /** Idempotent: creating an existing index is a no-op. */
  createIndex(spec: IndexSpec): Promise<void>;
  /** Throws `DuplicateKeyError` on an `_id` or unique-index clash and writes nothing. */
  insertOne(doc: T): Promise<void>;
  /** Inserts all or, on the first clash, throws `DuplicateKeyError`; unordered engines may have written others. */
  insertMany(docs: T[]): Promise<void>;
  findById(id: string): Promise<T | null>;
  /** Results in the order of `ids`, `null` for a miss (DataLoader's batch contract). */
  findByIds(ids: readonly string[]): Promise<(T | null)[]>;
  /** Some matching document (which one is unspecified when several match). */
  findOne(filter: Filter): Promise<T | null>;
  /**
   * All matches (no paging), sorted (default `_id` ascending); use for bounded sets only.
   * `limit` (a positive integer) caps the result.
   */
  findAll(filter: Filter, options?: { sort?: FindOptions['sort']; limit?: number }): Promise<T[]>;
  /** Keyset pagination, stable under concurrent inserts. Throws `InvalidCursorError` on a bad cursor. */
  findPage(filter: Filter, options?: FindOptions): Promise<Page<T>>;
  count(filter?: Filter): Promise<number>;
  /**
   * Atomic conditional update of one document: applies `update` to the first document matching
   * `filter` (conditions included, e.g. `{ _id, qty: { $gte: 2 } }`) and returns the document
   * after the update, or `null` when nothing matched (nothing is written). Throws
   * `DuplicateKeyError` if the result would violate a unique index (nothing is written).
   */
  updateOne(filter: Filter, update: Update): Promise<T | null>;
  /**
   * Inserts `doc` as given (the update is not applied to it) when no document matches `filter`,
   * otherwise applies `update`; returns the result. Concurrent upserts create one document
   * when `doc` clashes on `_id` or a unique index with the one another caller inserted. A
   * clash with a document that does not match `filter` is a `DuplicateKeyError`.
   */
  upsertOne(filter: Filter, update: Update, doc: T): Promise<T>;
  /** Returns true when a document was deleted. */
  deleteOne(filter: Filter): Promise<boolean>;
  /** Removes every document (used by seeding and tests). */
  clear(): Promise<void>;
}

export interface DocumentStore {
  readonly engine: 'memory' | 'mongodb';
  collection<T extends BaseDocument>(name: string): Collection<T>;
  /** Resolves when the engine can serve requests (used by `/readyz`). */
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Applies `ops` all-or-nothing, in order, across any collections of this store. Each op sees
   * the effects of the earlier ops of the batch (insert then update of one document works; two
   * updates of one document accumulate). An `update` applies to the first document matching
   * its filter and a `delete` removes it; either fails with `NO_MATCH` when nothing matches. An
   * `insert`, or an update whose result clashes on `_id` or a unique index, fails with
   * `DUPLICATE_KEY`. Evaluation goes on past a failed op (which then has no effect for the ops
   * after it), so the result lists every failure in index order; if any op failed, nothing is
   * written. On success `docs` holds, per op, a copy of the inserted document, the updated
   * document after its update, or the deleted document.
   *
   * Invalid input throws without writing: `TypeError` for a malformed op, filter or update;
   * `RangeError` for an empty batch or more than `MAX_ATOMIC_OPS` ops. An update that cannot be
   * applied to the matched document (e.g. `$inc` on a string, changing `_id`) rejects the whole
   * call too (nothing is written) rather than being reported as a failure.
   *
   * Engines: the in-memory engine evaluates and commits the batch synchronously, so it is
   * atomic with respect to every other operation. The MongoDB engine runs it in one
   * multi-document transaction (snapshot read concern, majority write concern), which needs a
   * replica set or sharded cluster (a single-node replica set will do; a standalone server
   * rejects the call); transient transaction errors and write conflicts are retried. A
   * duplicate key makes the server abort a transaction, so on MongoDB a batch with a clash is
   * re-evaluated in a fresh transaction to find the failures after it (`mongo-atomic.ts`).
   */
  atomic(ops: readonly WriteOp[]): Promise<AtomicResult>;
}

/** One write of an `atomic` batch; `collection` names a collection of the same store. */
export type WriteOp =
  | { kind: 'insert'; collection: string; doc: BaseDocument }
  /** Applies `update` to the first document matching `filter`; no match is a failure. */
  | { kind: 'update'; collection: string; filter: Filter; update: Update }
  /** Deletes the first document matching `filter`; no match is a failure. */
  | { kind: 'delete'; collection: string; filter: Filter };

/** Why op `index` (0-based) of an `atomic` batch failed. */
export type WriteFailure = { index: number; reason: 'NO_MATCH' | 'DUPLICATE_KEY' };

export type AtomicResult =
  /** Per op, in order: the inserted document, the updated document after the update, the deleted document (copies). */
  | { ok: true; docs: (BaseDocument | null)[] }
  /** Every failing op, in index order; nothing was written. */
  | { ok: false; failures: WriteFailure[] };

export class DuplicateKeyError extends Error {
  readonly code = 'DUPLICATE_KEY';
  constructor(
    readonly collection: string,
    readonly key: string,
  ) {
    super(`duplicate key in ${collection}: ${key}`);
    this.name = 'DuplicateKeyError';
  }
}

export class InvalidCursorError extends Error {
  readonly code = 'INVALID_CURSOR';
  constructor(readonly cursor: string) {
    super('invalid pagination cursor');
    this.name = 'InvalidCursorError';
  }
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;
/** The most ops one `atomic` call accepts. */
export const MAX_ATOMIC_OPS = 1000;
