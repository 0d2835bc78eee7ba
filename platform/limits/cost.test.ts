import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { operationCost } from './cost';

const schema = buildSchema(`
  type Query {
    shop: Shop
    items(first: Int): ItemConnection!
    item(id: ID!): Item
    byIds(ids: [ID!]!): [Item!]!
    search(first: Int = 5): [Item!]!
    thing: Thing
  }
  type Shop { name: String! tags: [String!]! items: [Item!]! }
  type ItemConnection { edges: [ItemEdge!]! }
  type ItemEdge { node: Item! cursor: String! }
  type Item { id: ID! name: String! related: [Item!]! owner: Shop }
  union Thing = Shop | Item
`);

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationCost(schema, document, op, variables, { defaultListSize: 10, defaultFirst: 20 });
}

describe('operationCost', () => {
  it.each([
    ['a scalar costs nothing', '{ __typename }', 0],
    ['an object costs 1, its scalars nothing, a list of scalars nothing', '{ shop { name tags } }', 1],
    ['a list without bound multiplies by the default size', '{ shop { items { id } } }', 1 + 10],
    [
      '`first` multiplies a connection once (its edges are not counted again)',
      '{ items(first: 3) { edges { node { id } } } }',
      3 * (1 + 1 + 1),
    ],
    ['an omitted `first` uses the documented default', '{ items { edges { cursor } } }', 20 * 2],
    ['a declared default of `first` wins over the global one', '{ search { id } }', 5],
    ['a list argument bounds the list by its length', '{ byIds(ids: ["a", "b", "c"]) { id } }', 3],
    ['nesting multiplies', '{ item(id: "1") { related { related { id } } } }', 1 + 10 * (1 + 10)],
    [
      'inline fragments and named fragments count like fields',
      '{ item(id: "1") { ...F ... on Item { owner { name } } } } fragment F on Item { owner { name } }',
      3,
    ],
    [
      'union members are costed through their fragments',
      '{ thing { ... on Shop { items { id } } ... on Item { id } } }',
      1 + 10,
    ],
  ])('%s', (_name, query, expected) => {
    expect(cost(query)).toBe(expected);
  });

  it('reads `first` and list arguments from variables', () => {
    const q = 'query($n: Int, $ids: [ID!]!) { items(first: $n) { edges { cursor } } byIds(ids: $ids) { id } }';
    expect(cost(q, { n: 7, ids: ['a', 'b'] })).toBe(7 * 2 + 2);
    expect(cost(q, { ids: [] })).toBe(20 * 2);
  });

  it('never goes negative and ignores a cyclic fragment (validation refuses it)', () => {
    expect(cost('{ items(first: -5) { edges { cursor } } }')).toBe(0);
    expect(cost('{ item(id: "1") { ...A } } fragment A on Item { related { ...A } }')).toBe(1 + 10);
  });
});
