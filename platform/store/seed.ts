import type { BaseDocument, DocumentStore } from './port';

/** Documents per collection name, as a seeder hands them over. */
export type CollectionDocuments = Readonly<Record<string, readonly BaseDocument[]>>;

export const INSERT_CHUNK_SIZE = 1000;

export interface ReplaceOptions {
  /** Called after each collection is replaced (the seed CLI logs it). */
  onCollection?: (progress: { collection: string; count: number }) => void;
}

/**
 * Replaces each named collection with the given documents: clear, then `insertMany` in chunks of
 * 1000 (bounded request size on MongoDB). A collection with no entry is cleared and left empty;
 * documents for a collection not in the list are refused before anything is written, so a seeder
 * cannot write a collection it was not given. Returns the number of documents per collection.
 */
export async function replaceCollections(
  store: DocumentStore,
  collections: readonly string[],
  documents: CollectionDocuments,
  options: ReplaceOptions = {},
): Promise<Record<string, number>> {
  const stray = Object.keys(documents).filter((name) => !collections.includes(name));
  if (stray.length > 0) {
    throw new Error(`documents for ${stray.map((s) => `"${s}"`).join(', ')}, not among the collections being replaced`);
  }
  const counts: Record<string, number> = {};
  for (const name of collections) {
    const docs = documents[name] ?? [];
    const collection = store.collection<BaseDocument>(name);
    await collection.clear();
    for (let i = 0; i < docs.length; i += INSERT_CHUNK_SIZE) {
      await collection.insertMany(docs.slice(i, i + INSERT_CHUNK_SIZE));
    }
    counts[name] = docs.length;
    options.onCollection?.({ collection: name, count: docs.length });
  }
  return counts;
}

/** True when none of the named collections holds a document. */
export async function areCollectionsEmpty(store: DocumentStore, collections: readonly string[]): Promise<boolean> {
  for (const name of collections) {
    if ((await store.collection(name).count()) > 0) return false;
  }
  return true;
}
