import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import type { GraphQLDataSource, ServiceMap } from '@apollo/gateway';
import { QueryPlanner, type FetchNode } from '@apollo/query-planner';
import { parse, type ExecutionResult } from 'graphql';
import { silentLogger } from '../../platform/logger';
import { composeSupergraph } from '../compose';
import type { GatewayContext } from '../context';
import { asksTheSame, createSubscriptionEngine, type SubscriptionSource } from './engine';

/** The graph the gateway plans (the subgraphs enforce authorization themselves). */
const supergraphSdl = composeSupergraph({}, { forGateway: true });

/** The plan's primary fetch and rest for a subscription document, from the real planner. */
function planOf(query: string) {
  const supergraph = Supergraph.build(supergraphSdl);
  const document = parse(query);
  const operation = operationFromDocument(supergraph.apiSchema(), document);
  const node = new QueryPlanner(supergraph).buildQueryPlan(operation).node;
  if (node?.kind !== 'Subscription') throw new Error('not a subscription plan');
  return { document, primary: node.primary, rest: node.rest };
}

const PLAIN = `subscription S($skus: [String!]!, $locs: [ID!]!) {
  stockChanged(skus: $skus, locationIds: $locs) { kind sequence levels { sku locationId available } }
}`;
const DECORATED = `subscription S($skus: [String!]!, $locs: [ID!]!, $more: Boolean!) {
  live: stockChanged(skus: $skus, locationIds: $locs) {
    __typename kind n: sequence
    levels { sku locationId free: available onHand @include(if: $more) }
  }
}`;
const WITH_FRAGMENT = `subscription S($skus: [String!]!, $locs: [ID!]!) {
  stockChanged(skus: $skus, locationIds: $locs) { ...U }
}
fragment U on StockUpdate { kind sequence levels { sku locationId available } }`;
const CROSS_SUBGRAPH = `subscription S($skus: [String!]!, $locs: [ID!]!) {
  stockChanged(skus: $skus, locationIds: $locs) { kind sequence levels { sku locationId available location { name } } }
}`;

describe('asksTheSame', () => {
  it('is true only when the primary fetch asks exactly the client selection and nothing follows', () => {
    for (const [query, expected] of [
      [PLAIN, true],
      [DECORATED, true], // aliases, __typename and directives travel to the subgraph as they are
      [WITH_FRAGMENT, false], // more than one definition: the plan shapes the answer
      [CROSS_SUBGRAPH, false], // a rest plan fetches the store's name from fulfillment
    ] as const) {
      const { document, primary, rest } = planOf(query);
      expect({ query, same: asksTheSame(document, undefined, primary, rest) }).toEqual({ query, same: expected });
    }
  });

  it('compares the printed selection sets, so a different primary is never "the same"', () => {
    const { document, primary } = planOf(PLAIN);
    const other: FetchNode = { ...primary, operation: primary.operation.replace('available', 'onHand') };
    expect(asksTheSame(document, undefined, primary, undefined)).toBe(true);
    expect(asksTheSame(document, undefined, other, undefined)).toBe(false);
  });
});

/** A primary source that hands out one stream per subscribe; the test pushes events into it. */
function pushSource() {
  const streams: Array<(event: ExecutionResult) => void> = [];
  const source: SubscriptionSource = {
    async subscribe() {
      const queue: ExecutionResult[] = [];
      let wake: (() => void) | null = null;
      streams.push((event) => {
        queue.push(event);
        wake?.();
      });
      return {
        [Symbol.asyncIterator]: () => ({
          async next(): Promise<IteratorResult<ExecutionResult>> {
            while (queue.length === 0) await new Promise<void>((r) => (wake = r));
            return { done: false, value: queue.shift()! };
          },
          async return(): Promise<IteratorResult<ExecutionResult>> {
            return { done: true, value: undefined };
          },
        }),
      };
    },
  };
  return { source, push: (event: ExecutionResult) => streams.forEach((s) => s(event)) };
}

/** Subgraphs that answer entity fetches for locations with a name derived from the id. */
function serviceMap(): { map: ServiceMap; fetches: string[] } {
  const fetches: string[] = [];
  const answering: GraphQLDataSource = {
    async process({ request }) {
      fetches.push(request.query!);
      const reps = (request.variables?.representations ?? []) as Array<{ id: string }>;
      return { data: { _entities: reps.map((r) => ({ name: `Store ${r.id}` })) } };
    },
  };
  return {
    map: { catalog: answering, fulfillment: answering, orders: answering, identity: answering, attribution: answering },
    fetches,
  };
}

const level = (sku: string, locationId: string, available: number) => ({
  __typename: 'InventoryLevel',
  sku,
  locationId,
  available,
  onHand: available + 2,
  free: available,
});

/**
 * Events as the catalog subgraph answers each operation's primary fetch (exactly its selection,
 * aliases included), one of them with an error: that one must go through the plan.
 */
function eventsFor(query: string): ExecutionResult[] {
  const { primary } = planOf(query);
  const aliased = primary.operation.includes('live:');
  const update = (kind: string, sequence: number, levels: ReturnType<typeof level>[]) => {
    const body = aliased
      ? {
          __typename: 'StockUpdate',
          kind,
          n: sequence,
          levels: levels.map(({ sku, locationId, free, onHand }) => ({ sku, locationId, free, onHand })),
        }
      : {
          kind,
          sequence,
          levels: levels.map(({ sku, locationId, available }) => ({
            sku,
            locationId,
            available,
            // The primary fetch asks the store's key; the rest plan fetches its name.
            ...(query === CROSS_SUBGRAPH ? { location: { __typename: 'Location', id: locationId } } : {}),
          })),
        };
    return { data: { [aliased ? 'live' : 'stockChanged']: body } };
  };
  return [
    update('SNAPSHOT', 1, [level('SKU-1', 'L1', 5), level('SKU-1', 'L2', 0)]),
    update('CHANGE', 2, [level('SKU-1', 'L2', 3)]),
    {
      ...update('CHANGE', 3, [level('SKU-1', 'L1', 4)]),
      errors: [{ message: 'partial', path: ['stockChanged'] } as never],
    },
    update('CHANGE', 4, [level('SKU-1', 'L1', 0)]),
  ];
}

async function run(query: string, variables: Record<string, unknown>, planEveryEvent: boolean) {
  const { source, push } = pushSource();
  const { map, fetches } = serviceMap();
  const engine = createSubscriptionEngine({
    supergraphSdl,
    serviceMap: map,
    sources: { catalog: source },
    logger: silentLogger,
    planEveryEvent,
  });
  const stream = await engine.subscribe({ document: parse(query), variables, context: {} as GatewayContext });
  if (!(Symbol.asyncIterator in stream)) throw new Error(`refused: ${JSON.stringify(stream)}`);
  const it = stream[Symbol.asyncIterator]();
  const results: unknown[] = [];
  for (const event of eventsFor(query)) {
    push(event);
    // Compared as clients receive them: serialised.
    results.push(JSON.parse(JSON.stringify((await it.next()).value)));
  }
  await it.return?.();
  return { results, fetches };
}

describe('the shortcut for events that are already the answer', () => {
  const variables = { skus: ['SKU-1'], locs: ['L1', 'L2'], more: true };

  it.each([
    ['plain', PLAIN],
    ['aliases, __typename and @include', DECORATED],
    ['a fragment', WITH_FRAGMENT],
    ['a cross-subgraph field', CROSS_SUBGRAPH],
  ])('%s: the same messages as running the plan on every event', async (_name, query) => {
    const planned = await run(query, variables, true);
    const shortcut = await run(query, variables, false);
    expect(shortcut.results).toEqual(planned.results);
    expect(shortcut.fetches).toEqual(planned.fetches);
    // Every event produced a message carrying data; the one with an error kept it.
    expect(shortcut.results).toHaveLength(4);
    expect((shortcut.results[2] as ExecutionResult).errors?.length).toBe(1);
    for (const r of shortcut.results) expect((r as ExecutionResult).data).toBeTruthy();
  });

  it('a cross-subgraph field is resolved per event through the plan (store names fetched)', async () => {
    const { results, fetches } = await run(CROSS_SUBGRAPH, variables, false);
    expect(fetches.length).toBe(4);
    const first = (results[0] as { data: { stockChanged: { levels: Array<{ location: { name: string } }> } } }).data;
    expect(first.stockChanged.levels.map((l) => l.location.name)).toEqual(['Store L1', 'Store L2']);
  });
});
