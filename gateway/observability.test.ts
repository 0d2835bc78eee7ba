import type { GraphQLDataSource } from '@apollo/gateway';
import type { QueryPlan } from '@apollo/query-planner';
import { GraphQLError } from 'graphql';
import { createMetrics } from '../platform/metrics';
import { countedPlanStore, meteredDataSource } from './observability';

const options = { request: { query: '{ a }' }, context: {} } as never;

describe('meteredDataSource', () => {
  it('returns what the data source answers, unchanged, and counts its errors by code', async () => {
    const metrics = createMetrics({ maxOperations: 5 });
    const answer = {
      data: { a: null },
      errors: [new GraphQLError('gone', { extensions: { code: 'NOT_FOUND' } }), new GraphQLError('no code')],
    };
    const source: GraphQLDataSource = { process: async () => answer };
    expect(await meteredDataSource('catalog', source, metrics).process(options)).toBe(answer);
    const text = (await metrics.render()).body;
    expect(text).toContain('subgraph_fetch_errors_total{subgraph="catalog",code="NOT_FOUND"} 1');
    expect(text).toContain('subgraph_fetch_errors_total{subgraph="catalog",code="INTERNAL_SERVER_ERROR"} 1');
    expect(text).toContain('subgraph_fetch_duration_seconds_count{subgraph="catalog"} 1');
  });

  it('rethrows the very error the data source throws, counted', async () => {
    const metrics = createMetrics({ maxOperations: 5 });
    const failure = new GraphQLError('catalog is down', { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    const source: GraphQLDataSource = {
      process: async () => {
        throw failure;
      },
    };
    await expect(meteredDataSource('catalog', source, metrics).process(options)).rejects.toBe(failure);
    const text = (await metrics.render()).body;
    expect(text).toContain('subgraph_fetch_errors_total{subgraph="catalog",code="SUBGRAPH_UNAVAILABLE"} 1');
    expect(text).toContain('subgraph_fetch_duration_seconds_count{subgraph="catalog"} 1');
  });
});

describe('countedPlanStore', () => {
  it('is a plan store (get, set, delete, clear) that tells each lookup', async () => {
    const seen: boolean[] = [];
    const store = countedPlanStore((hit) => seen.push(hit));
    const plan = { kind: 'QueryPlan', node: undefined } as QueryPlan;
    expect(await store.get('k')).toBeUndefined();
    await store.set('k', plan);
    expect(await store.get('k')).toBe(plan);
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    await store.set('k', plan);
    store.clear();
    expect(await store.get('k')).toBeUndefined();
    expect(seen).toEqual([false, true, false, false]);
  });
});
