/**
 * The in-memory engine's update operators: $set, $inc, $push and $unset with dotted paths,
 * following MongoDB (missing parents are created, $inc on a missing field sets it, $push on a
 * missing field creates the array, $unset on an array element sets it to null).
 */
import type { Update } from './port';
import { cloneDocument } from './clone';
import { isPlainObject, splitPath } from './path';

const UPDATE_OPERATORS = ['$set', '$inc', '$push', '$unset'] as const;
type UpdateOperator = (typeof UPDATE_OPERATORS)[number];

const INDEX_SEGMENT = /^(0|[1-9][0-9]*)$/;

/** Throws a TypeError for anything outside the supported subset, so both engines reject it alike. */
export function validateUpdate(update: Update): void {
  if (!isPlainObject(update)) throw new TypeError('update must be an object');
  const paths: string[] = [];
  for (const op of Object.keys(update)) {
    const fields = (update as Record<string, unknown>)[op];
    if (fields === undefined) continue;
    if (!(UPDATE_OPERATORS as readonly string[]).includes(op)) {
      throw new TypeError(`unsupported update operator "${op}"`);
    }
    if (!isPlainObject(fields)) throw new TypeError(`${op} needs an object of field paths`);
    for (const path of Object.keys(fields)) {
      const value = fields[path];
      if (value === undefined) continue;
      splitPath(path);
      if (path.startsWith('$')) throw new TypeError(`invalid field path "${path}" in ${op}`);
      if (op === '$inc' && (typeof value !== 'number' || !Number.isFinite(value))) {
        throw new TypeError(`$inc on "${path}" needs a finite number`);
      }
      if (op === '$push' && isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
        throw new TypeError(`$push modifiers are not supported ("${path}")`);
      }
      for (const other of paths) {
        if (overlaps(path, other)) {
          const [a, b] = path < other ? [path, other] : [other, path];
          throw new TypeError(`update paths "${a}" and "${b}" conflict`);
        }
      }
      paths.push(path);
    }
  }
}

/** The same path, or one inside the other (`a` and `a.b`). */
function overlaps(a: string, b: string): boolean {
  if (a.length === b.length) return a === b;
  return a.length < b.length ? isParent(a, b) : isParent(b, a);
}

function isParent(parent: string, path: string): boolean {
  return path.charCodeAt(parent.length) === 46 /* . */ && path.startsWith(parent);
}

/** True when the update has no operations (a no-op in both engines). */
export function isEmptyUpdate(update: Update): boolean {
  return Object.values(update).every((fields) => {
    if (fields === undefined) return true;
    return Object.values(fields as Record<string, unknown>).every((v) => v === undefined);
  });
}

type Container = Record<string, unknown> | unknown[];

/**
 * A copy-on-write update's bookkeeping (see `updatedCopy`): the containers it already copied or
 * created (made on first use), or null when the update works in place.
 */
type Fresh = { copied?: Set<object> } | null;

/**
 * Walks to the parent of the path's last segment, creating objects on the way when `create`.
 * In copy-on-write mode every container on the way is replaced by a copy first.
 */
function parentOf(
  doc: Record<string, unknown>,
  segments: readonly string[],
  create: boolean,
  fresh: Fresh,
): Container | null {
  let node: Container = doc;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i] as string;
    if (Array.isArray(node) && !INDEX_SEGMENT.test(segment)) {
      if (!create) return null;
      throw cannotCreate(segments, i);
    }
    const child = readChild(node, segment, segments);
    let next: Container;
    if (child === undefined || child === null) {
      if (!create) return null;
      if (child === null) throw cannotCreate(segments, i);
      next = {};
      if (fresh !== null) (fresh.copied ??= new Set()).add(next);
      writeChild(node, segment, next, segments);
    } else if (isPlainObject(child) || Array.isArray(child)) {
      next = child;
    } else {
      if (!create) return null;
      throw cannotCreate(segments, i);
    }
    if (fresh !== null && fresh.copied?.has(next) !== true) {
      next = Array.isArray(next) ? next.slice() : { ...next };
      (fresh.copied ??= new Set()).add(next);
      writeChild(node, segment, next, segments);
    }
    node = next;
  }
  return node;
}

function readChild(node: Container, segment: string, segments: readonly string[]): unknown {
  if (Array.isArray(node)) {
    if (!INDEX_SEGMENT.test(segment)) throw cannotCreate(segments, segments.length - 1);
    return node[Number(segment)];
  }
  return node[segment];
}

function writeChild(node: Container, segment: string, value: unknown, segments: readonly string[]): void {
  if (Array.isArray(node)) {
    if (!INDEX_SEGMENT.test(segment)) throw cannotCreate(segments, segments.length - 1);
    const index = Number(segment);
    while (node.length < index) node.push(null);
    node[index] = value;
  } else {
    node[segment] = value;
  }
}

function cannotCreate(segments: readonly string[], i: number): TypeError {
  return new TypeError(`cannot create field "${segments.slice(i).join('.')}" in "${segments.join('.')}"`);
}

function applyOne(doc: Record<string, unknown>, op: UpdateOperator, path: string, value: unknown, fresh: Fresh): void {
  const segments = splitPath(path);
  const last = segments[segments.length - 1] as string;
  if (op === '$unset') {
    const parent = parentOf(doc, segments, false, fresh);
    if (parent === null) return;
    if (Array.isArray(parent)) {
      if (INDEX_SEGMENT.test(last) && Number(last) < parent.length) parent[Number(last)] = null;
    } else {
      delete parent[last];
    }
    return;
  }
  const parent = parentOf(doc, segments, true, fresh) as Container;
  const current = readChild(parent, last, segments);
  // Copy-on-write callers keep the update: the document gets its own copy of object values.
  if (fresh !== null && typeof value === 'object' && value !== null) value = cloneDocument(value);
  let next: unknown;
  if (op === '$set') {
    next = value;
  } else if (op === '$inc') {
    if (current === undefined) next = value;
    else if (typeof current === 'number') next = current + (value as number);
    else throw new TypeError(`cannot $inc non-numeric field "${path}"`);
  } else {
    if (current === undefined) next = [value];
    else if (Array.isArray(current)) next = [...current, value];
    else throw new TypeError(`cannot $push to non-array field "${path}"`);
  }
  writeChild(parent, last, next, segments);
}

/**
 * Applies a validated update to `doc` in place. The caller passes a private copy (and a copy of
 * the update, whose values end up in `doc`) so a throw leaves stored state intact.
 */
export function applyUpdate(doc: Record<string, unknown>, update: Update): void {
  apply(doc, update, null);
}

/**
 * Returns `doc` with a validated `update` applied, leaving `doc` and `update` untouched:
 * containers on the updated paths are copied, every other subtree is shared with `doc`
 * (copy-on-write) and object values taken from `update` are cloned. Much cheaper than cloning
 * the whole document; the engine never mutates a stored document, so sharing is safe. Throws
 * (having changed nothing visible) when the update does not fit the document.
 */
export function updatedCopy<D extends object>(doc: D, update: Update): D {
  const root = { ...doc } as Record<string, unknown>;
  apply(root, update, {});
  return root as D;
}

function apply(doc: Record<string, unknown>, update: Update, fresh: Fresh): void {
  for (const op of UPDATE_OPERATORS) {
    const fields = update[op] as Record<string, unknown> | undefined;
    if (fields === undefined) continue;
    for (const path of Object.keys(fields)) {
      const value = fields[path];
      if (value !== undefined) applyOne(doc, op, path, value, fresh);
    }
  }
}
