/**
 * The in-memory engine's filter matcher: exactly the subset of MongoDB's query language that
 * `port.ts` documents (implicit AND, scalar equality, $eq $ne $in $nin $all $gt $gte $lt $lte
 * $exists, dotted paths, any-element semantics on arrays).
 */
import type { FieldOperators, Filter, Scalar } from './port';
import {
  candidates,
  compareValues,
  isPlainObject,
  keyOf,
  resolvePath,
  sameTypeFamily,
  splitPath,
  type Resolved,
} from './path';

const OPERATORS = new Set(['$eq', '$ne', '$in', '$nin', '$all', '$gt', '$gte', '$lt', '$lte', '$exists']);

export function isOperatorObject(condition: unknown): condition is FieldOperators {
  return isPlainObject(condition);
}

/** Throws a TypeError for anything outside the supported subset, so both engines reject it alike. */
export function validateFilter(filter: Filter): void {
  if (!isPlainObject(filter)) throw new TypeError('filter must be an object');
  for (const path of Object.keys(filter)) {
    const condition = filter[path];
    if (path.startsWith('$')) throw new TypeError(`unsupported filter operator "${path}"`);
    splitPath(path);
    if (condition === undefined) throw new TypeError(`filter value for "${path}" is undefined`);
    if (!isOperatorObject(condition)) {
      if (!isScalar(condition)) throw new TypeError(`unsupported filter value for "${path}"`);
      continue;
    }
    let operators = 0;
    for (const op of Object.keys(condition)) {
      const operand = (condition as Record<string, unknown>)[op];
      if (operand === undefined) continue;
      operators++;
      if (!OPERATORS.has(op)) throw new TypeError(`unsupported filter operator "${op}" on "${path}"`);
      if (op === '$in' || op === '$nin' || op === '$all') {
        if (!Array.isArray(operand) || !operand.every(isScalar)) {
          throw new TypeError(`${op} on "${path}" needs an array of scalars`);
        }
      } else if (op === '$exists') {
        if (typeof operand !== 'boolean') throw new TypeError(`$exists on "${path}" needs a boolean`);
      } else if (op === '$eq' || op === '$ne') {
        if (!isScalar(operand)) throw new TypeError(`${op} on "${path}" needs a scalar`);
      } else if (typeof operand !== 'string' && typeof operand !== 'number') {
        throw new TypeError(`${op} on "${path}" needs a string or a number`);
      }
    }
    if (operators === 0) throw new TypeError(`empty operator object for "${path}"`);
  }
}

export function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * Equality of two non-object values as MongoDB (and the index keys, `keyOf`) sees it, without
 * building keys: identical values, any numbers of equal value (NaN equals NaN; 0 equals -0; a
 * bigint equals the number it converts to exactly, as its key does), and nothing across types.
 */
export function sameScalar(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ta = typeof a;
  const tb = typeof b;
  if ((ta !== 'number' && ta !== 'bigint') || (tb !== 'number' && tb !== 'bigint')) return false;
  if (ta === 'number' && tb === 'number') return Number.isNaN(a) && Number.isNaN(b);
  return keyOf(a) === keyOf(b); // bigint against number: rare, and the key says it exactly
}

function equalsAny(resolved: Resolved, value: Scalar): boolean {
  if (value === null && resolved.missing) return true;
  for (const c of candidates(resolved)) {
    if ((c === null || c === undefined) && value === null) return true;
    if (typeof c !== 'object' && sameScalar(c, value)) return true;
  }
  return false;
}

function compares(resolved: Resolved, operand: Scalar, test: (order: number) => boolean): boolean {
  for (const c of candidates(resolved)) {
    if (sameTypeFamily(c, operand) && test(compareValues(c, operand))) return true;
  }
  return false;
}

function matchesOperator(resolved: Resolved, op: string, operand: unknown): boolean {
  switch (op) {
    case '$eq':
      return equalsAny(resolved, operand as Scalar);
    case '$ne':
      return !equalsAny(resolved, operand as Scalar);
    case '$in':
      return (operand as Scalar[]).some((v) => equalsAny(resolved, v));
    case '$nin':
      return !(operand as Scalar[]).some((v) => equalsAny(resolved, v));
    case '$all':
      // MongoDB: an $and of equalities, so `$all: []` matches nothing.
      return (operand as Scalar[]).length > 0 && (operand as Scalar[]).every((v) => equalsAny(resolved, v));
    case '$gt':
      return compares(resolved, operand as Scalar, (o) => o > 0);
    case '$gte':
      return compares(resolved, operand as Scalar, (o) => o >= 0);
    case '$lt':
      return compares(resolved, operand as Scalar, (o) => o < 0);
    case '$lte':
      return compares(resolved, operand as Scalar, (o) => o <= 0);
    case '$exists':
      return resolved.leaves.length > 0 === operand;
    default:
      throw new TypeError(`unsupported filter operator "${op}"`);
  }
}

/**
 * True when `doc` satisfies every entry of `filter` (validated beforehand). Each operator may
 * be met by a different array element, as in MongoDB.
 */
export function matches(doc: unknown, filter: Filter): boolean {
  for (const path of Object.keys(filter)) {
    const condition = filter[path] as Filter[string];
    const resolved = resolvePath(doc, path);
    if (isOperatorObject(condition)) {
      for (const op of Object.keys(condition)) {
        const operand = (condition as Record<string, unknown>)[op];
        if (operand === undefined) continue;
        if (!matchesOperator(resolved, op, operand)) return false;
      }
    } else if (!equalsAny(resolved, condition)) {
      return false;
    }
  }
  return true;
}
