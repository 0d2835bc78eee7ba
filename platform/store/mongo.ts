/**
 * The MongoDB document engine (official driver). Filters and updates are MongoDB syntax and
 * pass through unchanged after the same validation the in-memory engine applies, so code that
 * works on one engine works on the other.
 */
import { MongoClient, type Collection as DriverCollection, type Document } from 'mongodb';
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
import { encodeCursor, resolveCap, resolvePage, resolveSort, sortValueOf } from './cursor';
import { runAtomic } from './mongo-atomic';
import { duplicateKeyOf, isDuplicateKey, q, type Stored } from './mongo-driver';
import { afterCondition, sortSpec } from './mongo-query';
import { validateFilter } from './match';
import { defineIndex } from './index-spec';
import { isEmptyUpdate, validateUpdate } from './update';

export interface MongoStoreOptions {
  /** How long to wait for a usable server before an operation (and the start-up check) fails. */
  serverSelectionTimeoutMS?: number;
}

/** The MongoDB engine could not be created: bad URI or no server reachable in time. */
export class StoreConnectionError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreConnectionError';
  }
}

/** Upserts retry this many times when a concurrent insert of the same key wins the race. */
const UPSERT_ATTEMPTS = 5;

function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

class MongoBackedCollection<T extends BaseDocument> implements Collection<T> {
  constructor(
    private readonly driver: DriverCollection<Stored>,
    readonly name: string,
  ) {}

  private async write<R>(run: () => Promise<R>): Promise<R> {
    try {
      return await run();
    } catch (err) {
      if (isDuplicateKey(err)) throw new DuplicateKeyError(this.name, duplicateKeyOf(err));
      throw err;
    }
  }

  async createIndex(spec: IndexSpec): Promise<void> {
    const { name, fields, unique } = defineIndex(spec);
    if (fields.length === 1 && fields[0] === '_id') return;
    const keys = new Map<string, 1>(fields.map((field) => [field, 1]));
    await this.write(() => this.driver.createIndex(keys, unique ? { name, unique: true } : { name }));
  }

  async insertOne(doc: T): Promise<void> {
    checkId(doc);
    await this.write(() => this.driver.insertOne(doc as unknown as Stored));
  }

  async insertMany(docs: T[]): Promise<void> {
    docs.forEach(checkId);
    if (docs.length === 0) return;
    await this.write(() => this.driver.insertMany(docs as unknown as Stored[], { ordered: true }));
  }

  async findById(id: string): Promise<T | null> {
    return (await this.driver.findOne({ _id: id })) as T | null;
  }

  async findByIds(ids: readonly string[]): Promise<(T | null)[]> {
    if (ids.length === 0) return [];
    const found = await this.driver.find({ _id: { $in: [...new Set(ids)] } }).toArray();
    const byId = new Map(found.map((doc) => [doc._id, doc as unknown as T]));
    const handedOut = new Set<string>();
    return ids.map((id) => {
      const doc = byId.get(id);
      if (doc === undefined) return null;
      // A repeated id gets its own copy, as on the in-memory engine.
      if (handedOut.has(id)) return structuredClone(doc);
      handedOut.add(id);
      return doc;
    });
  }

  async findOne(filter: Filter): Promise<T | null> {
    validateFilter(filter);
    return (await this.driver.findOne(q(filter))) as unknown as T | null;
  }

  async findAll(filter: Filter, options?: { sort?: FindOptions['sort']; limit?: number }): Promise<T[]> {
    validateFilter(filter);
    const { field, direction } = resolveSort(options?.sort);
    const cap = resolveCap(options?.limit);
    const cursor = this.driver.find(q(filter)).sort(sortSpec(field, direction));
    if (cap !== null) cursor.limit(cap);
    return (await cursor.toArray()) as unknown as T[];
  }

  async findPage(filter: Filter, options?: FindOptions): Promise<Page<T>> {
    validateFilter(filter);
    const { field, direction, limit, after } = resolvePage(options);
    const query: Document = after === null ? filter : { $and: [filter, afterCondition(field, direction, after)] };
    const found = (await this.driver
      .find(q(query))
      .sort(sortSpec(field, direction))
      .limit(limit + 1)
      .toArray()) as unknown as T[];
    const items = found.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      endCursor: last === undefined ? null : encodeCursor(sortValueOf(last, field), last._id),
      hasNextPage: found.length > limit,
    };
  }

  async count(filter: Filter = {}): Promise<number> {
    validateFilter(filter);
    return this.driver.countDocuments(q(filter));
  }

  async updateOne(filter: Filter, update: Update): Promise<T | null> {
    validateFilter(filter);
    validateUpdate(update);
    if (isEmptyUpdate(update)) return (await this.driver.findOne(q(filter))) as unknown as T | null;
    const updated = await this.write(() =>
      this.driver.findOneAndUpdate(q(filter), update as Document, { returnDocument: 'after' }),
    );
    return updated as unknown as T | null;
  }

  /**
   * Update, else insert `doc`. When two callers race on the same key, the loser's insert hits
   * the `_id` / unique index and it retries the update, so exactly one document is created.
   */
  async upsertOne(filter: Filter, update: Update, doc: T): Promise<T> {
    checkId(doc);
    for (let attempt = 1; ; attempt++) {
      const updated = await this.updateOne(filter, update);
      if (updated !== null) return updated;
      const copy = structuredClone(doc);
      try {
        await this.write(() => this.driver.insertOne(copy as unknown as Stored));
        return structuredClone(doc);
      } catch (err) {
        if (!(err instanceof DuplicateKeyError) || attempt >= UPSERT_ATTEMPTS) throw err;
      }
    }
  }

  async deleteOne(filter: Filter): Promise<boolean> {
    validateFilter(filter);
    const result = await this.driver.deleteOne(q(filter));
    return result.deletedCount === 1;
  }

  async clear(): Promise<void> {
    await this.driver.deleteMany({});
  }
}

/**
 * Connects to MongoDB and checks the server answers, failing within
 * `serverSelectionTimeoutMS` (default 5000) with a `StoreConnectionError` otherwise.
 */
export async function createMongoStore(
  uri: string,
  database: string,
  options: MongoStoreOptions = {},
): Promise<DocumentStore> {
  const serverSelectionTimeoutMS = options.serverSelectionTimeoutMS ?? 5000;
  let client: MongoClient;
  try {
    client = new MongoClient(uri, {
      serverSelectionTimeoutMS,
      connectTimeoutMS: 10_000,
      // `undefined` fields are left out, matching the in-memory engine where they count as absent.
      ignoreUndefined: true,
      appName: 'commerce-gateway',
    });
  } catch (err) {
    throw new StoreConnectionError(`invalid MongoDB URI "${redact(uri)}": ${describe(err)}`, { cause: err });
  }
  try {
    await client.connect();
    await client.db(database).command({ ping: 1 });
  } catch (err) {
    await client.close().catch(() => undefined);
    throw new StoreConnectionError(
      `cannot reach MongoDB at "${redact(uri)}" (database "${database}"): ${describe(err)}`,
      { cause: err },
    );
  }
  const db = client.db(database);
  const collections = new Map<string, MongoBackedCollection<BaseDocument>>();
  return {
    engine: 'mongodb',
    collection<T extends BaseDocument>(name: string): Collection<T> {
      let collection = collections.get(name);
      if (collection === undefined) {
        collection = new MongoBackedCollection<BaseDocument>(db.collection<Stored>(name), name);
        collections.set(name, collection);
      }
      return collection as unknown as Collection<T>;
    },
    /** One multi-document transaction per batch: needs a replica set (see `mongo-atomic.ts`). */
    async atomic(ops: readonly WriteOp[]): Promise<AtomicResult> {
      validateWriteOps(ops);
      return runAtomic(client, db, ops);
    },
    async ping(): Promise<void> {
      await db.command({ ping: 1 });
    },
    async close(): Promise<void> {
      await client.close();
    },
  };
}
