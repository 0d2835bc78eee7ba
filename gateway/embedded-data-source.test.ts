import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import * as graphqlModule from 'graphql';
import gql from 'graphql-tag';
import { silentLogger } from '../platform/logger';
import type { RequestMeta, Subgraph } from '../subgraphs/types';
import type { GatewayContext } from './context';
import { DOCUMENT_CACHE_SIZE, EmbeddedSubgraphDataSource } from './data-sources';

// Count the data source's parse calls; `graphql()` below parses through graphql's own internals.
jest.mock('graphql', () => {
  const actual = jest.requireActual<typeof import('graphql')>('graphql');
  return { ...actual, parse: jest.fn(actual.parse) };
});
const parseCalls = graphqlModule.parse as jest.MockedFunction<typeof graphqlModule.parse>;

const typeDefs = gql`
  type Query {
    hello: String!
    double(n: Int!): Int!
    whoami: String!
    broken: String
    shelf: [Item!]!
  }
  type Item @key(fields: "sku") {
    sku: String!
    qty: Int!
    note: String
  }
`;

const items = [
  { sku: 'A', qty: 1 },
  { sku: 'B', qty: 0 },
];

const schema = buildSubgraphSchema({
  typeDefs,
  resolvers: {
    Query: {
      hello: () => 'world',
      double: (_: unknown, { n }: { n: number }) => n * 2,
      whoami: (_: unknown, __: unknown, ctx: RequestMeta) => `${ctx.principal.kind}:${ctx.requestId}`,
      broken: () => {
        throw new Error('boom');
      },
      shelf: () => items,
    },
    Item: {
      __resolveReference: (ref: { sku: string }) => items.find((i) => i.sku === ref.sku) ?? null,
      note: (item: { qty: number }) => (item.qty === 0 ? 'sold out' : null),
    },
  } as never,
});

const createContext = (meta: RequestMeta) => ({ ...meta, logger: silentLogger, now: () => new Date(0) });
const subgraph: Subgraph = {
  name: 'catalog',
  typeDefs,
  schema,
  createContext,
  init: async () => {},
  collections: [],
  demo: () => ({}),
};

const context: GatewayContext = {
  principal: { kind: 'anonymous' },
  requestId: 'req-1',
  incomingHeaders: {},
  clientAddress: '127.0.0.1',
  contract: null,
  budget: null,
};

function call(source: EmbeddedSubgraphDataSource, query: string, variables?: Record<string, unknown>, name?: string) {
  return source.process({
    kind: 'incoming operation', // the enum is declared in a .d.ts only: no runtime value to import
    request: { query, variables, operationName: name },
    context,
    incomingRequestContext: {} as never,
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);
}

/** What `graphql()` answers for the same request: the behaviour the cache must not change. */
async function reference(query: string, variables?: Record<string, unknown>, name?: string) {
  return graphqlModule.graphql({
    schema,
    source: query,
    variableValues: variables,
    operationName: name,
    contextValue: createContext({ principal: context.principal, requestId: context.requestId }),
  });
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

type Case = [label: string, query: string, variables?: Record<string, unknown>, operationName?: string];
const cases: Case[] = [
  ['a field', '{ hello }'],
  ['variables', 'query D($n: Int!) { double(n: $n) }', { n: 21 }],
  ['the principal from the context', '{ whoami }'],
  ['a resolver error with its path', '{ hello broken }'],
  ['aliases, fragments, @skip and @include', 'query($s: Boolean!) { a: hello ...F b: double(n: 2) @skip(if: $s) } fragment F on Query { c: hello @include(if: $s) }', { s: true }],
  ['entities by representation', 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Item { sku qty note } } }', { r: [{ __typename: 'Item', sku: 'B' }, { __typename: 'Item', sku: 'Z' }] }],
  ['the named one of several operations', 'query One { hello } query Two { double(n: 4) }', undefined, 'Two'],
  ['an unknown operation name', 'query One { hello }', undefined, 'Nope'],
  ['a missing required variable', 'query D($n: Int!) { double(n: $n) }', {}],
  ['a variable of the wrong type', 'query D($n: Int!) { double(n: $n) }', { n: 'x' }],
  ['an unknown field (validation)', '{ hello nope }'],
  ['a missing argument (validation)', '{ double }'],
  ['a syntax error', '{ hello '],
  ['introspection', '{ __type(name: "Item") { fields { name } } }'],
]; // prettier-ignore

describe('EmbeddedSubgraphDataSource', () => {
  beforeEach(() => parseCalls.mockClear());

  // Object rows: jest hands a row's missing trailing values to the test as a `done` callback.
  const rows = cases.map(([label, query, variables, operationName]) => ({ label, query, variables, operationName }));
  it.each(rows)('answers $label exactly as graphql() does, first call and cached call', async (row) => {
    const source = new EmbeddedSubgraphDataSource(subgraph);
    const expected = plain(await reference(row.query, row.variables, row.operationName));
    expect(plain(await call(source, row.query, row.variables, row.operationName))).toEqual(expected);
    expect(plain(await call(source, row.query, row.variables, row.operationName))).toEqual(expected);
  });

  it('parses an operation text once, then serves it from the cache', async () => {
    const source = new EmbeddedSubgraphDataSource(subgraph);
    const query = 'query D($n: Int!) { double(n: $n) }';
    expect(await call(source, query, { n: 1 })).toEqual({ data: { double: 2 } });
    expect(await call(source, query, { n: 5 })).toEqual({ data: { double: 10 } });
    expect(await call(source, query, { n: 7 })).toEqual({ data: { double: 14 } });
    expect(parseCalls).toHaveBeenCalledTimes(1);
    expect(source.cachedDocuments).toBe(1);
  });

  it('never caches an invalid operation: each call checks it again and answers its errors', async () => {
    const source = new EmbeddedSubgraphDataSource(subgraph);
    for (const query of ['{ hello nope }', '{ hello ']) {
      const expected = plain(await reference(query));
      for (let i = 0; i < 3; i++) {
        const res = await call(source, query);
        expect(res.data).toBeUndefined();
        expect(res.errors?.length).toBeGreaterThan(0);
        expect(plain(res)).toEqual(expected);
      }
    }
    expect(parseCalls).toHaveBeenCalledTimes(6);
    expect(source.cachedDocuments).toBe(0);
  });

  it('holds at most its bound, evicting the least recently used text', async () => {
    expect(DOCUMENT_CACHE_SIZE).toBeGreaterThanOrEqual(100);
    const source = new EmbeddedSubgraphDataSource(subgraph, 3);
    const texts = [1, 2, 3, 4, 5].map((n) => `{ double(n: ${n}) }`);
    for (const text of texts) await call(source, text);
    expect(source.cachedDocuments).toBe(3);
    parseCalls.mockClear();
    await call(source, texts[4]!); // recent: cached
    expect(parseCalls).toHaveBeenCalledTimes(0);
    expect(await call(source, texts[0]!)).toEqual({ data: { double: 2 } }); // evicted: parsed again
    expect(parseCalls).toHaveBeenCalledTimes(1);
    expect(source.cachedDocuments).toBe(3);
  });

  it('gives each request a fresh subgraph context', async () => {
    const created = jest.fn(createContext);
    const source = new EmbeddedSubgraphDataSource({ ...subgraph, createContext: created });
    await call(source, '{ whoami }');
    await call(source, '{ whoami }');
    expect(created).toHaveBeenCalledTimes(2);
    expect(created.mock.results[0]!.value).not.toBe(created.mock.results[1]!.value);
  });
});
