import DataLoader from 'dataloader';
import type { CustomerDoc } from './model';
import type { IdentityStore } from './store';

/** Per-request loaders: one store round trip per batch, results in key order. */
export function createIdentityLoaders(store: IdentityStore) {
  const customerById = new DataLoader<string, CustomerDoc | null>((ids) => store.customersByIds(ids));
  const customerIdByIdentifierKey = new DataLoader<string, string | null>(async (keys) =>
    (await store.identifiersByKeys(keys)).map((doc) => doc?.customerId ?? null),
  );
  return { customerById, customerIdByIdentifierKey };
}

export type IdentityLoaders = ReturnType<typeof createIdentityLoaders>;
