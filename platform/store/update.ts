/**
 * The in-memory engine's update operators: $set, $inc, $push and $unset with dotted paths,
 * following MongoDB (missing parents are created, $inc on a missing field sets it, $push on a
 * missing field creates the array, $unset on an array element sets it to null).
 */
import type { Update } from './port';
import { isPlainObject, splitPath } from './path';

const UPDATE_OPERATORS = ['$set', '$inc', '$push', '$unset'] as const;
type UpdateOperator = (typeof UPDATE_OPERATORS)[number];

const INDEX_SEGMENT = /^(0|[1-9][0-9]*)$/;

/** Throws a TypeError for anything outside the supported subset, so both engines reject it alike. */
export function validateUpdate(update: Update): void {
  if (!isPlainObject(update)) throw new TypeError('update must be an object');
  const paths: string[] = [];
  for (const [op, fields] of Object.entries(update)) {
    if (fields === undefined) continue;
    if (!(UPDATE_OPERATORS as readonly string[]).includes(op)) {
      throw new TypeError(`unsupported update operator "${op}"`);
    }
    if (!isPlainObject(fields)) throw new TypeError(`${op} needs an object of field paths`);
    for (const [path, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      splitPath(path);
      if (path.startsWith('$')) throw new TypeError(`invalid field path "${path}" in ${op}`);
      if (op === '$inc' && (typeof value !== 'number' || !Number.isFinite(value))) {
        throw new TypeError(`$inc on "${path}" needs a finite number`);
      }
      if (op === '$push' && isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
        throw new TypeError(`$push modifiers are not supported ("${path}")`);
      }
      paths.push(path);
    }
  }
  const sorted = [...paths].sort();
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as string;
    const cur = sorted[i] as string;
    if (cur === prev || cur.startsWith(`${prev}.`)) {
      throw new TypeError(`update paths "${prev}" and "${cur}" conflict`);
    }
  }
}

/** True when the update has no operations (a no-op in both engines). */
export function isEmptyUpdate(update: Update): boolean {
  return Object.values(update).every((fields) => {
    if (fields === undefined) return true;
    return Object.values(fields as Record<string, unknown>).every((v) => v === undefined);
  });
}

type Container = Record<string, unknown> | unknown[];

/** Walks to the parent of the path's last segment, creating objects on the way when `create`. */
function parentOf(doc: Record<string, unknown>, segments: string[], create: boolean): Container | null {
  let node: Container = doc;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i] as string;
    if (Array.isArray(node) && !INDEX_SEGMENT.test(segment)) {
      if (!create) return null;
      throw cannotCreate(segments, i);
    }
    let next = readChild(node, segment, segments);
    if (next === undefined || next === null) {
      if (!create) return null;
      if (next === null) throw cannotCreate(segments, i);
      next = {};
      writeChild(node, segment, next, segments);
    }
    if (!isPlainObject(next) && !Array.isArray(next)) {
      if (!create) return null;
      throw cannotCreate(segments, i);
    }
    node = next;
  }
  return node;
}

function readChild(node: Container, segment: string, segments: string[]): unknown {
  if (Array.isArray(node)) {
    if (!INDEX_SEGMENT.test(segment)) throw cannotCreate(segments, segments.length - 1);
    return node[Number(segment)];
  }
  return node[segment];
}

function writeChild(node: Container, segment: string, value: unknown, segments: string[]): void {
  if (Array.isArray(node)) {
    if (!INDEX_SEGMENT.test(segment)) throw cannotCreate(segments, segments.length - 1);
    const index = Number(segment);
    while (node.length < index) node.push(null);
    node[index] = value;
  } else {
    node[segment] = value;
  }
}

function cannotCreate(segments: string[], i: number): TypeError {
  return new TypeError(`cannot create field "${segments.slice(i).join('.')}" in "${segments.join('.')}"`);
}

function applyOne(doc: Record<string, unknown>, op: UpdateOperator, path: string, value: unknown): void {
  const segments = splitPath(path);
  const last = segments[segments.length - 1] as string;
  if (op === '$unset') {
    const parent = parentOf(doc, segments, false);
    if (parent === null) return;
    if (Array.isArray(parent)) {
      if (INDEX_SEGMENT.test(last) && Number(last) < parent.length) parent[Number(last)] = null;
    } else {
      delete parent[last];
    }
    return;
  }
  const parent = parentOf(doc, segments, true) as Container;
  const current = readChild(parent, last, segments);
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
 * Applies a validated update to `doc` in place. The caller passes a private copy (the engine
 * clones both the stored document and the update first) so a throw leaves stored state intact.
 */
export function applyUpdate(doc: Record<string, unknown>, update: Update): void {
  for (const op of UPDATE_OPERATORS) {
    const fields = update[op] as Record<string, unknown> | undefined;
    if (fields === undefined) continue;
    for (const [path, value] of Object.entries(fields)) {
      if (value !== undefined) applyOne(doc, op, path, value);
    }
  }
}
