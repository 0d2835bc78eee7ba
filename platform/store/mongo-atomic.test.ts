/**
 * The MongoDB `atomic` control flow (failures, duplicate-key restarts, pre-checks, errors) against
 * a fake driver: `_id`-keyed collections with transactions that, like the server, abort on a
 * duplicate key. The real server runs the shared contract when MONGODB_URI is set.
 */
import type { Db, MongoClient } from 'mongodb';
import { matches } from './match';
import { runAtomic } from './mongo-atomic';
import type { BaseDocument, Filter, Update, WriteOp } from './port';
import { updatedCopy } from './update';

type Docs = Map<string, BaseDocument>;

function fakeDriver(committed: Map<string, Docs>) {
  const log: string[] = [];
  let staged: Map<string, Docs> | null = null;
  let aborted = false;
  const live = (name: string): Docs => {
    if (staged === null) throw new Error('outside a transaction');
    if (aborted) throw Object.assign(new Error('Transaction has been aborted'), { code: 251 });
    let docs = staged.get(name);
    if (docs === undefined) staged.set(name, (docs = new Map()));
    return docs;
  };
  const first = (docs: Docs, filter: Filter) => [...docs.values()].find((d) => matches(d, filter)) ?? null;
  const db = {
    collection: (name: string) => ({
      async findOne(filter: Filter) {
        log.push(`findOne ${name}`);
        return structuredClone(first(live(name), filter));
      },
      async insertOne(doc: BaseDocument) {
        log.push(`insertOne ${name} ${doc._id}`);
        const docs = live(name);
        if ((doc as { fail?: unknown }).fail === 'standalone') {
          throw Object.assign(new Error('Transaction numbers are only allowed on a replica set member or mongos'), {
            code: 20,
          });
        }
        if (docs.has(doc._id) || (doc as { fail?: unknown }).fail === 'unique') {
          aborted = true; // as the server does on E11000 inside a transaction
          throw Object.assign(new Error('E11000 duplicate key error'), { code: 11000 });
        }
        docs.set(doc._id, structuredClone(doc));
      },
      async findOneAndUpdate(filter: Filter, update: Update) {
        const docs = live(name);
        const doc = first(docs, filter);
        if (doc === null) return null;
        const next = updatedCopy(doc, update);
        docs.set(next._id, next);
        return structuredClone(next);
      },
      async findOneAndDelete(filter: Filter) {
        const docs = live(name);
        const doc = first(docs, filter);
        if (doc !== null) docs.delete(doc._id);
        return doc;
      },
    }),
  };
  const session = {
    ended: false,
    async withTransaction<T>(fn: (s: unknown) => Promise<T>): Promise<T> {
      log.push('begin');
      staged = new Map([...committed].map(([name, docs]) => [name, new Map(docs)]));
      aborted = false;
      try {
        const result = await fn(session);
        for (const [name, docs] of staged) committed.set(name, docs);
        log.push('commit');
        return result;
      } catch (err) {
        log.push('abort');
        throw err;
      } finally {
        staged = null;
      }
    },
    async endSession() {
      session.ended = true;
    },
  };
  const client = { startSession: () => session };
  const run = (ops: WriteOp[]) => runAtomic(client as unknown as MongoClient, db as unknown as Db, ops);
  return { run, log, session };
}

const insert = (doc: BaseDocument & Record<string, unknown>): WriteOp => ({ kind: 'insert', collection: 'c', doc });
const update = (filter: Filter, change: Update): WriteOp => ({
  kind: 'update',
  collection: 'c',
  filter,
  update: change,
});
const remove = (filter: Filter): WriteOp => ({ kind: 'delete', collection: 'c', filter });

describe('MongoDB atomic (fake driver)', () => {
  it('commits a batch in one transaction and returns the documents', async () => {
    const committed = new Map([['c', new Map([['a', { _id: 'a', n: 1 }]])]]);
    const { run, log, session } = fakeDriver(committed);
    const result = await run([insert({ _id: 'b', n: 0 }), update({ _id: 'b' }, { $inc: { n: 5 } }), remove({ n: 1 })]);
    expect(result).toEqual({
      ok: true,
      docs: [
        { _id: 'b', n: 0 },
        { _id: 'b', n: 5 },
        { _id: 'a', n: 1 },
      ],
    });
    expect(log).toEqual(['begin', 'insertOne c b', 'commit']);
    expect([...(committed.get('c')?.values() ?? [])]).toEqual([{ _id: 'b', n: 5 }]);
    expect(session.ended).toBe(true);
  });

  it('re-evaluates after a duplicate key, skipping the clash and pre-checking inserts, and writes nothing', async () => {
    const committed = new Map([['c', new Map([['a', { _id: 'a', v: 'old' }]])]]);
    const { run, log, session } = fakeDriver(committed);
    const result = await run([
      insert({ _id: 'a', v: 'new' }),
      update({ _id: 'a', v: 'new' }, { $set: { seen: true } }),
      update({ _id: 'a', v: 'old' }, { $set: { v: 'changed' } }),
      remove({ _id: 'gone' }),
      insert({ _id: 'b' }),
      insert({ _id: 'b' }),
    ]);
    expect(result).toEqual({
      ok: false,
      failures: [
        { index: 0, reason: 'DUPLICATE_KEY' },
        { index: 1, reason: 'NO_MATCH' },
        { index: 3, reason: 'NO_MATCH' },
        { index: 5, reason: 'DUPLICATE_KEY' },
      ],
    });
    expect(log).toEqual([
      'begin',
      'insertOne c a',
      'abort',
      'begin',
      'findOne c',
      'insertOne c b',
      'findOne c',
      'abort',
    ]);
    expect([...(committed.get('c')?.values() ?? [])]).toEqual([{ _id: 'a', v: 'old' }]);
    expect(session.ended).toBe(true);
  });

  it('restarts once more for each clash the _id pre-check cannot see (a unique index)', async () => {
    const committed = new Map([['c', new Map([['a', { _id: 'a' }]])]]);
    const { run, log } = fakeDriver(committed);
    const result = await run([
      insert({ _id: 'a' }),
      insert({ _id: 'u', fail: 'unique' }),
      update({ _id: 'zz' }, { $set: { x: 1 } }),
      insert({ _id: 'a' }),
    ]);
    expect(result).toEqual({
      ok: false,
      failures: [
        { index: 0, reason: 'DUPLICATE_KEY' },
        { index: 1, reason: 'DUPLICATE_KEY' },
        { index: 2, reason: 'NO_MATCH' },
        { index: 3, reason: 'DUPLICATE_KEY' },
      ],
    });
    expect(log.filter((l) => l === 'begin')).toHaveLength(3);
    expect(committed.get('c')?.size).toBe(1);
  });

  it('explains that a standalone server cannot run transactions, and ends the session', async () => {
    const { run, session } = fakeDriver(new Map());
    await expect(run([insert({ _id: 'x', fail: 'standalone' })])).rejects.toThrow(/replica set/);
    expect(session.ended).toBe(true);
  });

  it('rejects on an error that is not a failure', async () => {
    const committed = new Map([['c', new Map([['a', { _id: 'a', s: 'text' }]])]]);
    const { run, log } = fakeDriver(committed);
    await expect(run([insert({ _id: 'b' }), update({ _id: 'a' }, { $inc: { s: 1 } })])).rejects.toThrow(TypeError);
    expect(log).toEqual(['begin', 'insertOne c b', 'abort']);
    expect(committed.get('c')?.has('b')).toBe(false);
  });
});
