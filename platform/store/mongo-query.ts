/** Query pieces the MongoDB engine builds: the sort spec and the keyset "after the cursor" condition. */
import type { Document, Sort } from 'mongodb';
import type { CursorKey } from './cursor';
import type { Scalar, SortDirection } from './port';

export function sortSpec(field: string, direction: SortDirection): Sort {
  return field === '_id'
    ? [['_id', direction]]
    : [
        [field, direction],
        ['_id', direction],
      ];
}

/** MongoDB's sort order across the scalar types a sort field may hold: null < number < string < bool. */
const TYPE_CLASSES = ['null', 'number', 'string', 'bool'] as const;

function typeClass(value: Scalar): number {
  if (value === null) return 0;
  return typeof value === 'number' ? 1 : typeof value === 'string' ? 2 : 3;
}

/**
 * The keyset condition "strictly after (value, id)" in sort order. Comparison operators only
 * match their own type in MongoDB, so values of the types sorting after (or before) the
 * cursor's type are added explicitly; missing fields sort as null.
 */
export function afterCondition(field: string, direction: SortDirection, after: CursorKey): Document {
  const idOp = direction === 1 ? '$gt' : '$lt';
  if (field === '_id') return { _id: { [idOp]: after.id } };
  const { value } = after;
  const cls = typeClass(value);
  const or: Document[] = [{ [field]: value, _id: { [idOp]: after.id } }];
  if (value !== null) or.push({ [field]: { [idOp]: value } });
  if (direction === 1) {
    if (cls === 0) or.push({ [field]: { $ne: null } });
    else if (cls < 3) or.push({ [field]: { $type: TYPE_CLASSES.slice(cls + 1) } });
  } else if (cls > 0) {
    or.push({ [field]: null });
    if (cls > 1) or.push({ [field]: { $type: TYPE_CLASSES.slice(1, cls) } });
  }
  return { $or: or };
}
