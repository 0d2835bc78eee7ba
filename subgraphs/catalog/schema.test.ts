import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type FieldDefinitionNode, type TypeNode } from 'graphql';

/**
 * A failing subgraph must null the smallest part of an answer: every catalog field that returns
 * an entity owned by another subgraph, and every field catalog contributes to such an entity,
 * is nullable.
 */
const sdl = parse(readFileSync(join(__dirname, '..', '..', 'schema', 'catalog.graphql'), 'utf8'));
/** Entities catalog references but does not own (fulfillment owns locations). */
const FOREIGN = new Set(['Location']);

const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
const types = sdl.definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION);
const fields = (filter: (type: string, f: FieldDefinitionNode) => boolean) =>
  types.flatMap((t) =>
    (t.fields ?? []).filter((f) => filter(t.name.value, f)).map((f) => [`${t.name.value}.${f.name.value}`, f] as const),
  );

describe('catalog SDL: cross-subgraph fields are nullable', () => {
  const returning = fields((type, f) => FOREIGN.has(named(f.type)) && !['Query', 'Mutation'].includes(type));
  const contributed = fields((type, f) => FOREIGN.has(type) && f.name.value !== 'id');

  it('finds the fields it guards', () => {
    expect(returning.map(([name]) => name).sort()).toEqual([
      'InventoryLevel.location',
      'LocationAvailability.location',
      'NearbyAvailability.location',
      'ReservationLine.location',
    ]);
    expect(contributed.map(([name]) => name)).toEqual(['Location.inventoryLevel']);
  });

  it.each([...returning, ...contributed])('%s is nullable', (_name, field) => {
    expect(field.type.kind).not.toBe(Kind.NON_NULL_TYPE);
  });
});
