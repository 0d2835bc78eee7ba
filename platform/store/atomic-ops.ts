/** Validation of documents and `atomic` batches, shared by both engines so they reject input alike. */
import { MAX_ATOMIC_OPS, type BaseDocument, type WriteOp } from './port';
import { validateFilter } from './match';
import { isPlainObject } from './path';
import { validateUpdate } from './update';

export function checkId(doc: BaseDocument): void {
  if (typeof doc !== 'object' || doc === null || typeof doc._id !== 'string') {
    throw new TypeError('a document needs a string _id');
  }
}

function validateOp(op: WriteOp): void {
  if (!isPlainObject(op)) throw new TypeError('an op must be an object');
  if (typeof op.collection !== 'string' || op.collection === '') {
    throw new TypeError('an op needs a non-empty collection name');
  }
  switch (op.kind) {
    case 'insert':
      checkId(op.doc);
      return;
    case 'update':
      validateFilter(op.filter);
      validateUpdate(op.update);
      return;
    case 'delete':
      validateFilter(op.filter);
      return;
    default:
      throw new TypeError(`unknown op kind "${String((op as { kind?: unknown }).kind)}"`);
  }
}

/**
 * Throws before anything is evaluated: a `RangeError` for an empty batch or one over
 * `MAX_ATOMIC_OPS`, a `TypeError` (naming the op's index) for a malformed op, filter or update.
 */
export function validateWriteOps(ops: readonly WriteOp[]): void {
  if (!Array.isArray(ops)) throw new TypeError('atomic() needs an array of ops');
  if (ops.length === 0) throw new RangeError('atomic() needs at least one op');
  if (ops.length > MAX_ATOMIC_OPS) {
    throw new RangeError(`atomic() takes at most ${MAX_ATOMIC_OPS} ops, got ${ops.length}`);
  }
  for (let i = 0; i < ops.length; i++) {
    try {
      validateOp(ops[i] as WriteOp);
    } catch (err) {
      if (err instanceof TypeError) throw new TypeError(`atomic op ${i}: ${err.message}`, { cause: err });
      throw err;
    }
  }
}
