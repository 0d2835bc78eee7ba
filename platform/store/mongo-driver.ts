/** Driver-level helpers shared by the MongoDB engine's modules (`mongo.ts`, `mongo-atomic.ts`). */
import type { Document, Filter as DriverFilter } from 'mongodb';
import type { Filter } from './port';

/** How documents look to the driver: string ids, anything else. */
export interface Stored extends Document {
  _id: string;
}

/** Our filters are a subset of MongoDB's; only the driver's generic typing needs the cast. */
export function q(filter: Filter | Document): DriverFilter<Stored> {
  return filter as DriverFilter<Stored>;
}

/** A duplicate-key (E11000) error, thrown directly or as the first write error of a bulk write. */
export function isDuplicateKey(err: unknown): err is Record<string, unknown> {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; writeErrors?: { code?: unknown }[] };
  return e.code === 11000 || e.code === 11001 || e.writeErrors?.[0]?.code === 11000;
}

/** The clashing key of a duplicate-key error, as MongoDB's `keyValue` JSON when available. */
export function duplicateKeyOf(err: Record<string, unknown>): string {
  const writeError = (err.writeErrors as { err?: { keyValue?: unknown }; errmsg?: unknown }[] | undefined)?.[0];
  const keyValue = err.keyValue ?? writeError?.err?.keyValue;
  if (keyValue !== undefined) return JSON.stringify(keyValue);
  const message = String(err.errmsg ?? writeError?.errmsg ?? err.message ?? '');
  return /dup key: (.*)$/.exec(message)?.[1] ?? message;
}
