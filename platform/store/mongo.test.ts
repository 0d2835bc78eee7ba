import { MongoClient } from 'mongodb';
import { documentStoreContract } from '../../test/contracts/store';
import { describeWithMongo } from '../../test/support/mongo';
import { createDocumentStore } from './index';
import { matches } from './match';
import { createMongoStore, StoreConnectionError } from './mongo';
import { afterCondition } from './mongo-query';
import { compareStrings, compareValues } from './path';
import type { Filter, Scalar, SortDirection } from './port';

// Runs the contract against a real server when one is configured (CI with MongoDB, or
// `MONGODB_URI=mongodb://127.0.0.1:27017 npx jest`); otherwise every contract test shows as skipped.
describeWithMongo('MongoDB engine', (mongo) => {
  const database = `store_contract_${Date.now().toString(36)}_${process.pid}`;
  documentStoreContract('mongodb', () => createMongoStore(mongo.uri, database));
  afterAll(async () => {
    const client = new MongoClient(mongo.uri, { serverSelectionTimeoutMS: 5000 });
    try {
      await client.db(database).dropDatabase();
    } finally {
      await client.close();
    }
  });
});

describe('engine selection and connection failures', () => {
  it('picks the in-memory engine without a URI', async () => {
    for (const mongodbUri of [null, '']) {
      const store = await createDocumentStore({ mongodbUri, mongodbDatabase: 'commerce' });
      expect(store.engine).toBe('memory');
      await store.close();
    }
  });

  it('picks MongoDB when a URI is set (a malformed one fails at once)', async () => {
    const err = await createDocumentStore({ mongodbUri: 'http://localhost:27017', mongodbDatabase: 'commerce' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StoreConnectionError);
    expect((err as Error).message).toMatch(/invalid MongoDB URI/);
  });

  it('rejects an unreachable server within the selection timeout, without leaking credentials', async () => {
    const started = Date.now();
    const err = await createMongoStore('mongodb://user:s3cret@127.0.0.1:1/db', 'commerce', {
      serverSelectionTimeoutMS: 500,
    }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(err).toBeInstanceOf(StoreConnectionError);
    expect((err as StoreConnectionError).code).toBe('STORE_UNAVAILABLE');
    expect((err as Error).message).toMatch(/cannot reach MongoDB at "mongodb:\/\/\*\*\*@127\.0\.0\.1:1\/db"/);
    expect((err as Error).message).not.toContain('s3cret');
  });
});

/** Evaluates an `afterCondition` result with the memory matcher plus the `$or` / `$type` it adds. */
function evaluate(doc: Record<string, unknown>, condition: Record<string, unknown>): boolean {
  const branches = (condition.$or as Record<string, unknown>[] | undefined) ?? [condition];
  return branches.some((branch) =>
    Object.entries(branch).every(([field, cond]) => {
      const types = (cond as { $type?: string[] } | null)?.$type;
      if (types === undefined) return matches(doc, { [field]: cond } as Filter);
      const value = doc[field];
      const type = typeof value === 'boolean' ? 'bool' : typeof value;
      return value !== null && value !== undefined && types.includes(type);
    }),
  );
}

describe('MongoDB keyset condition', () => {
  const values: (Scalar | undefined)[] = [undefined, null, -2, 0, 1.5, 'A', 'a', 'b', false, true];
  const docs = values.flatMap((v, i) => ['x1', 'x2'].map((id) => ({ _id: `${id}-${i}`, f: v })));

  it.each([1, -1] as SortDirection[])('selects exactly the documents after the cursor (direction %s)', (direction) => {
    for (const cursorDoc of docs) {
      const cursorValue = cursorDoc.f ?? null;
      const condition = afterCondition('f', direction, { value: cursorValue, id: cursorDoc._id });
      for (const doc of docs) {
        const order = direction * (compareValues(doc.f, cursorValue) || compareStrings(doc._id, cursorDoc._id));
        expect({ cursorDoc, doc, after: evaluate(doc, condition) }).toEqual({ cursorDoc, doc, after: order > 0 });
      }
    }
  });

  it('uses _id alone when sorting by _id', () => {
    expect(afterCondition('_id', -1, { value: 'k', id: 'k' })).toEqual({ _id: { $lt: 'k' } });
  });
});
