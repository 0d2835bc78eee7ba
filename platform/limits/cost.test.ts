import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { costCalculator, operationCost } from './cost';

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

describe('costCalculator', () => {
  const options = { defaultListSize: 10, defaultFirst: 20 };
  const q = `query($n: Int, $ids: [ID!]!, $name: String) {
    items(first: $n) { edges { node { ...F } } }
    byIds(ids: $ids) { id }
    item(id: $name) { id }
  }
  fragment F on Item { related { owner { name } } }
  query Other { search { id } }`;
  const document = parse(q);
  const [op, other] = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );

  it('answers exactly what operationCost answers, for every value of the variables it depends on', () => {
    const calculate = costCalculator();
    const cases: Record<string, unknown>[] = [
      { n: 7, ids: ['a', 'b'] },
      { n: 7, ids: ['a', 'b'], name: 'x' },
      { n: 7, ids: ['c', 'd'], name: 'y' },
      { n: 8, ids: ['a', 'b'] },
      { ids: [] },
      { n: '7', ids: 'a' },
      { n: Infinity, ids: ['a'] },
      { n: -3, ids: ['a', 'b', 'c'] },
      { n: 7, ids: ['a', 'b'] },
    ];
    for (const variables of [...cases, ...cases]) {
      expect(calculate(schema, document, op!, variables, options)).toBe(
        operationCost(schema, document, op!, variables, options),
      );
    }
    expect(calculate(schema, document, other!, {}, options)).toBe(5);
  });

  it('is not fooled by another document or schema with the same text', () => {
    const calculate = costCalculator();
    const variables = { n: 2, ids: ['a'] };
    expect(calculate(schema, document, op!, variables, options)).toBe(2 * (1 + 1 + 1 + 10 * 2) + 1 + 1);
    const other = buildSchema(`
      type Query { items(first: Int): ItemConnection! byIds(ids: [ID!]!): [Item!]! item(id: ID): Item }
      type ItemConnection { edges: [ItemEdge!]! }
      type ItemEdge { node: Item! }
      type Item { id: ID! related: [Item!]! owner: Shop }
      type Shop { name: String! items: [Item!]! }
    `);
    expect(calculate(other, document, op!, variables, options)).toBe(
      operationCost(other, document, op!, variables, options),
    );
    expect(calculate(schema, document, op!, variables, { defaultListSize: 2, defaultFirst: 20 })).toBe(
      operationCost(schema, document, op!, variables, { defaultListSize: 2, defaultFirst: 20 }),
    );
  });
});
