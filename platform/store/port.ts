/**
 * The document-store port. Subgraph stores are written against this interface only;
 * the in-memory engine (embedded default, tests) and the MongoDB engine implement it
 * and share one contract suite (`contract.ts`).
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
  $gt?: string | number;
  $gte?: string | number;
  $lt?: string | number;
  $lte?: string | number;
  $exists?: boolean;
}

/**
 * A filter: every entry must match (implicit AND). A plain scalar means equality; on an
 * array-valued field, equality and `$in` match when any element matches (MongoDB semantics).
 */
export type Filter = Record<string, Scalar | FieldOperators>;

/** Atomic update operators applied to one document. */
export interface Update {
  $set?: Record<string, unknown>;
  $inc?: Record<string, number>;
  $push?: Record<string, unknown>;
  $unset?: Record<string, true>;
}

export type SortDirection = 1 | -1;

export interface FindOptions {
  /** Sort by one field, ties broken by `_id` in the same direction. Default: `_id` ascending. */
  sort?: { field: string; direction: SortDirection };
  /** Page size; the engine returns at most this many. Default 50, maximum 1000. */
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
  unique?: boolean;
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
  findOne(filter: Filter): Promise<T | null>;
  /** All matches (no paging); use for bounded sets only. `limit` caps the result. */
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
  /** Inserts `doc` when no document matches `filter`, otherwise applies `update`; returns the result. */
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
}

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
