/**
 * Keyset-pagination cursors and option handling shared by both engines. A cursor is the
 * base64url encoding of the JSON `[sortValue, _id]` of the last item of a page.
 */
import {
  DEFAULT_PAGE_SIZE,
  InvalidCursorError,
  MAX_PAGE_SIZE,
  type FindOptions,
  type Scalar,
  type SortDirection,
} from './port';
import { getPath, splitPath } from './path';

export interface CursorKey {
  value: Scalar;
  id: string;
}

export interface ResolvedPage {
  field: string;
  direction: SortDirection;
  limit: number;
  after: CursorKey | null;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The sort value of `doc` for a cursor; missing sorts as null. Sort fields must hold scalars. */
export function sortValueOf(doc: unknown, field: string): Scalar {
  const value = getPath(doc, field);
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new TypeError(`cannot paginate on "${field}": it holds a non-scalar value`);
}

export function encodeCursor(value: Scalar, id: string): string {
  return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  if (typeof cursor !== 'string' || !BASE64URL.test(cursor)) throw new InvalidCursorError(String(cursor));
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw new InvalidCursorError(cursor);
  const [value, id] = parsed as [unknown, unknown];
  const scalar =
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value));
  if (!scalar || typeof id !== 'string') throw new InvalidCursorError(cursor);
  // Only canonical encodings are accepted, so a tampered or truncated cursor is rejected.
  if (encodeCursor(value, id) !== cursor) throw new InvalidCursorError(cursor);
  return { value, id };
}

export function resolveSort(sort: FindOptions['sort']): { field: string; direction: SortDirection } {
  if (sort === undefined) return { field: '_id', direction: 1 };
  if (typeof sort.field !== 'string') throw new TypeError('sort.field must be a string');
  splitPath(sort.field);
  if (sort.direction !== 1 && sort.direction !== -1) throw new RangeError('sort.direction must be 1 or -1');
  return { field: sort.field, direction: sort.direction };
}

/** `findAll`'s optional cap: a positive integer or nothing. */
export function resolveCap(limit: number | undefined): number | null {
  if (limit === undefined) return null;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  return limit;
}

/** Page size defaults to DEFAULT_PAGE_SIZE and is clamped to MAX_PAGE_SIZE; below 1 is a RangeError. */
export function resolvePage(options: FindOptions | undefined): ResolvedPage {
  const { field, direction } = resolveSort(options?.sort);
  const requested = options?.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(requested) || requested < 1) {
    throw new RangeError(`limit must be a positive integer, got ${requested}`);
  }
  // GraphQL hands resolvers `null` for an omitted argument: treat it like `undefined`.
  const raw: string | undefined = options?.after ?? undefined;
  const after = raw === undefined ? null : decodeCursor(raw);
  return { field, direction, limit: Math.min(requested, MAX_PAGE_SIZE), after };
}
