/**
 * `atomic` for the MongoDB engine: one multi-document transaction per batch.
 *
 * Transactions need a replica set (a single-node one will do) or a sharded cluster; against a
 * standalone server `atomic` rejects with an error saying so.
 *
 * The batch runs inside `session.withTransaction` (snapshot read concern, majority write
 * concern), op by op with the session: `insertOne`, `findOneAndUpdate` with `returnDocument:
 * 'after'` and `findOneAndDelete`, where a null result is `NO_MATCH`. Later ops see earlier
 * ones' writes because they share the transaction. When any op failed, the callback throws a
 * private sentinel, so withTransaction aborts the transaction and rethrows it, and the failures
 * are returned. Write conflicts with concurrent transactions and other transient errors make
 * withTransaction run the callback again (with backoff), which starts over from scratch.
 *
 * Duplicate keys: the server aborts a transaction as soon as one of its writes hits a duplicate
 * key (E11000), so no later op of that attempt can run (they would fail with
 * NoSuchTransaction). To still report every failure, the clashing op is remembered and the
 * batch is evaluated again, in a new transaction, with that op skipped and reported as
 * `DUPLICATE_KEY` (a failed op has no effect on later ops, so skipping it is exactly what it
 * means); this repeats until an attempt gets through every op, at most once per op. Those
 * re-evaluations are bound to fail, so they check each insert's `_id` with a `findOne` first
 * and record a clash without aborting. The first attempt pays nothing for this (no pre-check
 * round trips on the hot path). Caveat: a clash found in an earlier attempt is reported even if
 * the clashing document disappeared before the final attempt; the batch did fail at that
 * point, and nothing is written either way.
 *
 * An error that is not a failure (e.g. an update that changes `_id` or `$inc`s a string) aborts
 * the transaction and rejects `atomic`, as on the in-memory engine.
 */
import { WriteConcern, type ClientSession, type Collection, type Db, type Document, type MongoClient } from 'mongodb';
import type { AtomicResult, BaseDocument, WriteFailure, WriteOp } from './port';
import { isDuplicateKey, q, type Stored } from './mongo-driver';
import { isEmptyUpdate } from './update';

const TRANSACTION_OPTIONS = {
  readConcern: { level: 'snapshot' },
  writeConcern: new WriteConcern('majority'),
  readPreference: 'primary',
} as const;

/** Thrown inside the transaction to abort it: these ops failed. */
class Failed extends Error {
  constructor(readonly failures: WriteFailure[]) {
    super('atomic batch failed');
  }
}

/** Thrown inside the transaction when op `index` hit a duplicate key (the server aborted it). */
class Clashed extends Error {
  constructor(readonly index: number) {
    super(`atomic op ${index} hit a duplicate key`);
  }
}

/** Runs a validated batch; see the module comment. */
export async function runAtomic(client: MongoClient, db: Db, ops: readonly WriteOp[]): Promise<AtomicResult> {
  const session = client.startSession();
  try {
    const clashed = new Set<number>();
    for (;;) {
      try {
        return await session.withTransaction((s) => attempt(db, ops, s, clashed), TRANSACTION_OPTIONS);
      } catch (err) {
        if (err instanceof Failed) return { ok: false, failures: err.failures };
        if (err instanceof Clashed) {
          clashed.add(err.index); // a new index every time: clashed ops are skipped
          continue;
        }
        throw explain(err);
      }
    }
  } finally {
    await session.endSession();
  }
}

/** One pass over the batch inside a transaction; may run several times (withTransaction retries). */
async function attempt(
  db: Db,
  ops: readonly WriteOp[],
  session: ClientSession,
  clashed: ReadonlySet<number>,
): Promise<AtomicResult> {
  const docs: BaseDocument[] = [];
  const failures: WriteFailure[] = [];
  for (let index = 0; index < ops.length; index++) {
    const op = ops[index] as WriteOp;
    if (clashed.has(index)) {
      failures.push({ index, reason: 'DUPLICATE_KEY' });
      continue;
    }
    let doc: BaseDocument | null;
    try {
      doc = await apply(db.collection<Stored>(op.collection), op, session, clashed.size > 0);
    } catch (err) {
      if (isDuplicateKey(err)) throw new Clashed(index);
      throw err;
    }
    if (doc !== null) docs.push(doc);
    else failures.push({ index, reason: op.kind === 'insert' ? 'DUPLICATE_KEY' : 'NO_MATCH' });
  }
  if (failures.length > 0) throw new Failed(failures);
  return { ok: true, docs };
}

/**
 * Applies one op in the transaction: the resulting document, or null when it failed without
 * aborting the transaction (no match, or, with `precheck`, an insert whose `_id` is taken).
 */
async function apply(
  collection: Collection<Stored>,
  op: WriteOp,
  session: ClientSession,
  precheck: boolean,
): Promise<BaseDocument | null> {
  switch (op.kind) {
    case 'insert': {
      if (precheck && (await collection.findOne({ _id: op.doc._id }, { session, projection: { _id: 1 } })) !== null) {
        return null;
      }
      await collection.insertOne(op.doc as unknown as Stored, { session });
      return structuredClone(op.doc);
    }
    case 'update':
      if (isEmptyUpdate(op.update)) return (await collection.findOne(q(op.filter), { session })) as BaseDocument | null;
      return (await collection.findOneAndUpdate(q(op.filter), op.update as Document, {
        session,
        returnDocument: 'after',
      })) as BaseDocument | null;
    case 'delete':
      return (await collection.findOneAndDelete(q(op.filter), { session })) as BaseDocument | null;
  }
}

/** Makes the standalone-server rejection of transactions say what to do. */
function explain(err: unknown): unknown {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (e?.code === 20 && /transaction numbers/i.test(String(e.message))) {
    return new Error(
      'atomic() needs MongoDB transactions: connect to a replica set (a single-node one will do) or a sharded cluster',
      { cause: err },
    );
  }
  return err;
}
