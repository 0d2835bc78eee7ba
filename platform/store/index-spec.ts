/** Normalises an `IndexSpec` the same way for both engines (validation, MongoDB's default name). */
import type { IndexSpec } from './port';
import { splitPath } from './path';

export interface IndexDefinition {
  name: string;
  fields: string[];
  unique: boolean;
}

export function defineIndex(spec: IndexSpec): IndexDefinition {
  if (!Array.isArray(spec.fields) || spec.fields.length === 0) {
    throw new TypeError('an index needs at least one field');
  }
  for (const field of spec.fields) splitPath(field);
  if (new Set(spec.fields).size !== spec.fields.length) throw new TypeError('an index lists a field twice');
  return {
    // MongoDB's default index name for ascending keys.
    name: spec.name ?? spec.fields.map((f) => `${f}_1`).join('_'),
    fields: [...spec.fields],
    unique: spec.unique === true,
  };
}
