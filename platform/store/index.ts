/**
 * Entry point of the document store: pick the engine from configuration and re-export the port.
 */
import type { DocumentStore } from './port';
import { createMemoryStore } from './memory';
import { createMongoStore } from './mongo';

export * from './port';
export { createMemoryStore } from './memory';
export { createMongoStore, StoreConnectionError, type MongoStoreOptions } from './mongo';

export interface DocumentStoreOptions {
  /** MongoDB connection string; `null` (or empty) selects the in-memory engine. */
  mongodbUri: string | null;
  mongodbDatabase: string;
}

/** MongoDB when a URI is configured (rejects with `StoreConnectionError` if unreachable), else in-memory. */
export async function createDocumentStore(opts: DocumentStoreOptions): Promise<DocumentStore> {
  if (opts.mongodbUri) return createMongoStore(opts.mongodbUri, opts.mongodbDatabase);
  return createMemoryStore();
}
