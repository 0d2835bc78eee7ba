import type { BaseDocument, Collection, DocumentStore } from '../../../platform/store/port';

/**
 * What each part of the document-store contract gets from the runner in `index.ts`. It lives in
 * its own file so the parts do not import the runner that imports them (no cycle).
 */
export interface ContractContext {
  store(): DocumentStore;
  /** A new, empty collection with a name no other test (or earlier run) uses. */
  collection<T extends BaseDocument>(label?: string): Promise<Collection<T>>;
}
