/**
 * The contract every document engine passes (`platform/store/memory.test.ts`, `mongo.test.ts`). Each test
 * gets fresh, uniquely named collections that are cleared afterwards, so engines that keep
 * data between runs (MongoDB) stay independent of earlier runs.
 */
import type { BaseDocument, Collection, DocumentStore } from '../../../platform/store/port';
import { atomicContract } from './atomic';
import type { ContractContext } from './context';
import { crudContract } from './crud';
import { filterContract } from './filters';
import { pageContract } from './pages';
import { updateContract } from './updates';

let runToken = 0;

export function documentStoreContract(name: string, factory: () => Promise<DocumentStore>): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let store: DocumentStore | null = null;
    let created: Collection<BaseDocument>[] = [];
    const token = `${Date.now().toString(36)}${(runToken++).toString(36)}`;
    let serial = 0;

    const ctx: ContractContext = {
      store() {
        if (store === null) throw new Error('store not created yet');
        return store;
      },
      async collection<T extends BaseDocument>(label = 'c'): Promise<Collection<T>> {
        const collection = ctx.store().collection<T>(`contract_${token}_${label}_${serial++}`);
        await collection.clear();
        created.push(collection as unknown as Collection<BaseDocument>);
        return collection;
      },
    };

    beforeAll(async () => {
      store = await factory();
    });

    afterEach(async () => {
      const toClear = created;
      created = [];
      await Promise.all(toClear.map((c) => c.clear()));
    });

    afterAll(async () => {
      await store?.close();
      store = null;
    });

    it('reports its engine and answers ping', async () => {
      expect(['memory', 'mongodb']).toContain(ctx.store().engine);
      await expect(ctx.store().ping()).resolves.toBeUndefined();
    });

    it('returns the same collection for the same name', async () => {
      const a = await ctx.collection<BaseDocument & { v: number }>('same');
      await a.insertOne({ _id: 'x', v: 1 });
      const b = ctx.store().collection<BaseDocument & { v: number }>(a.name);
      expect(b.name).toBe(a.name);
      expect(await b.findById('x')).toEqual({ _id: 'x', v: 1 });
    });

    describe('documents and unique keys', () => crudContract(ctx));
    describe('filters', () => filterContract(ctx));
    describe('updates', () => updateContract(ctx));
    describe('pagination', () => pageContract(ctx));
    describe('atomic batches', () => atomicContract(ctx));
  });
}
