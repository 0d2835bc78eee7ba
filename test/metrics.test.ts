import { createClient as createSseClient } from 'graphql-sse';
import { createClient } from 'graphql-ws';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, postGraphQL } from './support/http';
import { parsePrometheus, type Scrape } from './support/prometheus';

/** Prometheus metrics at GET /metrics on a real embedded gateway over real HTTP. */
const TOKEN = 'test-metrics-token-0123456789';
const MAX_OPERATIONS = 3;
/** The README journey's caller (`# as: device kiosk_1 loc_store_05`). */
const KIOSK_1: Principal = { kind: 'device', deviceId: 'kiosk_1', locationId: 'loc_store_05' };

let gw: EmbeddedGateway;
let metricsUrl: string;
beforeAll(async () => {
  gw = await startEmbeddedGateway({ metrics: { token: TOKEN, maxOperations: MAX_OPERATIONS } });
  metricsUrl = new URL('/metrics', gw.url).toString();
});
afterAll(() => gw?.stop());

async function scrape(): Promise<Scrape> {
  const res = await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  return parsePrometheus(await res.text());
}

const PROBE = 'query Probe { products(first: 1) { edges { node { title } } } }';

describe('who may read /metrics', () => {
  it.each([
    ['no credential', {}],
    ['a wrong token', { authorization: 'Bearer not-the-metrics-token-at-all' }],
    ['the token without the Bearer scheme', { authorization: TOKEN }],
  ])('refuses %s with 401 and reveals nothing', async (_case, headers: Record<string, string>) => {
    const res = await fetch(metricsUrl, { headers });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await res.text()).not.toContain('graphql_requests_total');
  });

  it('serves the Prometheus text format to the scraper with the token', async () => {
    const res = await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const metrics = parsePrometheus(await res.text());
    expect(metrics.types.get('graphql_requests_total')).toBe('counter');
    expect(metrics.types.get('graphql_request_duration_seconds')).toBe('histogram');
    expect(metrics.types.get('subgraph_fetch_duration_seconds')).toBe('histogram');
    // Node's default metrics, event-loop delay included.
    expect(metrics.types.get('nodejs_eventloop_lag_p99_seconds')).toBe('gauge');
    expect(metrics.types.get('process_cpu_user_seconds_total')).toBe('counter');
  });

  it('a gateway without METRICS_TOKEN has no /metrics at all', async () => {
    const plain = await startEmbeddedGateway();
    try {
      const res = await fetch(new URL('/metrics', plain.url), { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(404);
    } finally {
      await plain.stop();
    }
  });
});

describe('what is recorded', () => {
  it('counts a query by operation, type and outcome, with its latency and its subgraph fetch', async () => {
    const before = await scrape();
    const res = await postGraphQL(gw.url, PROBE);
    expect(res.body.errors).toBeUndefined();
    const after = await scrape();
    const labels = { operation: 'Probe', type: 'query' };
    expect(after.value('graphql_requests_total', { ...labels, outcome: 'ok' })).toBe(
      before.value('graphql_requests_total', { ...labels, outcome: 'ok' }) + 1,
    );
    expect(after.value('graphql_request_duration_seconds_count', labels)).toBe(
      before.value('graphql_request_duration_seconds_count', labels) + 1,
    );
    expect(after.value('graphql_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(
      after.value('graphql_request_duration_seconds_count', labels),
    );
    const catalog = { subgraph: 'catalog' };
    expect(after.value('subgraph_fetch_duration_seconds_count', catalog)).toBeGreaterThan(
      before.value('subgraph_fetch_duration_seconds_count', catalog),
    );
  });

  it('counts errors by code: a subgraph NOT_FOUND (partial), an invalid operation, a bad credential', async () => {
    const before = await scrape();
    const missing = await postGraphQL(gw.url, 'query Missing { product(id: "prod_nope") { title } }');
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const invalid = await postGraphQL(gw.url, 'query Invalid { noSuchField }');
    expect(invalid.status).toBe(400);
    const refused = await postGraphQL(gw.url, PROBE, undefined, { authorization: 'Bearer not.a.jwt' });
    expect(refused.status).toBe(401);
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) =>
      after.value(name, labels) - before.value(name, labels);
    expect(delta('graphql_requests_total', { operation: 'Missing', type: 'query', outcome: 'partial' })).toBe(1);
    expect(delta('subgraph_fetch_errors_total', { subgraph: 'catalog', code: 'NOT_FOUND' })).toBe(1);
    expect(delta('graphql_errors_total', { code: 'NOT_FOUND' })).toBe(1);
    // Invalid: never resolved to an operation, so its client-chosen name is not a label either.
    expect(delta('graphql_requests_total', { operation: 'unknown', type: 'unknown', outcome: 'error' })).toBe(1);
    expect(delta('graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta('graphql_requests_total', { operation: 'unknown', type: 'unknown', outcome: 'refused' })).toBe(1);
    expect(delta('graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
  });

  it(`labels at most ${MAX_OPERATIONS} distinct operation names; every later one is "other"`, async () => {
    // Probe and Missing were seen first (and Invalid never resolved); a flood of new names adds one label.
    for (let i = 0; i < 20; i++) {
      const res = await postGraphQL(gw.url, `query Flood${i} { __typename }`);
      expect(res.status).toBe(200);
    }
    const metrics = await scrape();
    const names = new Set(metrics.series('graphql_requests_total').map((s) => s.labels.operation));
    expect(names).toEqual(new Set(['Probe', 'Missing', 'Flood0', 'unknown', 'other']));
    expect(metrics.value('graphql_requests_total', { operation: 'other' })).toBe(19);
    const histogramNames = new Set(
      metrics.series('graphql_request_duration_seconds_count').map((s) => s.labels.operation),
    );
    expect([...histogramNames].every((n) => names.has(n!))).toBe(true);
  });

  it('counts cache hits and misses: parsed documents, query plans, subgraph documents', async () => {
    const text = 'query Cached { products(first: 2) { edges { node { handle } } } }';
    const before = await scrape();
    await postGraphQL(gw.url, text);
    await postGraphQL(gw.url, text);
    const after = await scrape();
    const delta = (cache: string, result: string) =>
      after.value('cache_requests_total', { cache, result }) - before.value('cache_requests_total', { cache, result });
    for (const cache of ['graphql_documents', 'query_plans', 'subgraph_documents']) {
      expect([cache, delta(cache, 'miss'), delta(cache, 'hit')]).toEqual([cache, 1, 1]);
    }
  });

  it('shows live subscriptions as gauges', async () => {
    const client = createClient({ url: gw.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    const subscription = client.iterate({
      query:
        'subscription Watch($skus: [String!]!, $locationIds: [ID!]!) { stockChanged(skus: $skus, locationIds: $locationIds) { kind } }',
      variables: { skus: ['SKU-0001-41-FOR'], locationIds: ['loc_store_01'] },
    });
    try {
      expect((await subscription.next()).done).toBe(false);
      const open = await scrape();
      expect(open.value('graphql_subscribers')).toBe(1);
      expect(open.value('graphql_subscription_groups')).toBe(1);
      expect(open.value('graphql_subscription_executions_total')).toBeGreaterThanOrEqual(1);
      expect(open.value('cache_requests_total', { cache: 'subscription_documents', result: 'miss' })).toBe(1);
      expect(open.value('cache_requests_total', { cache: 'subscription_plans', result: 'miss' })).toBe(1);
      // The same text over SSE: the document parsed for the socket is reused, and it joins the same group.
      const sse = createSseClient({ url: `${gw.url}/stream`, retryAttempts: 0 });
      const viaSse = sse.iterate({
        query:
          'subscription Watch($skus: [String!]!, $locationIds: [ID!]!) { stockChanged(skus: $skus, locationIds: $locationIds) { kind } }',
        variables: { skus: ['SKU-0001-41-FOR'], locationIds: ['loc_store_01'] },
      });
      try {
        expect((await viaSse.next()).done).toBe(false);
        const both = await scrape();
        expect(both.value('cache_requests_total', { cache: 'subscription_documents', result: 'hit' })).toBe(1);
        expect(both.value('cache_requests_total', { cache: 'subscription_documents', result: 'miss' })).toBe(1);
        expect(both.value('graphql_subscribers')).toBe(2);
        expect(both.value('graphql_subscription_groups')).toBe(1);
      } finally {
        await viaSse.return?.();
        sse.dispose();
      }
    } finally {
      await subscription.return?.();
      await client.dispose();
    }
    let closed = await scrape();
    for (let i = 0; i < 50 && closed.value('graphql_subscribers') > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      closed = await scrape();
    }
    expect(closed.value('graphql_subscribers')).toBe(0);
  });
});

describe('README "Metrics and tracing"', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Metrics and tracing'));
  const command = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  const printed = /```text\n([\s\S]*?)```/.exec(section)![1]!.trim().split('\n');

  it('the curl and grep print exactly the lines shown, after the kiosk journey on a fresh gateway', async () => {
    const token = /METRICS_TOKEN=(\S+)/.exec(command)![1]!;
    const header = /-H '([^:]+): ([^']+)'/.exec(command)!;
    const pattern = new RegExp(/grep -E '([^']+)'/.exec(command)![1]!);
    const fresh = await startEmbeddedGateway({ metrics: { token, maxOperations: MAX_OPERATIONS } });
    try {
      const journey = /```graphql\n([\s\S]*?)```/.exec(readme)![1]!;
      const res = await postGraphQL(fresh.url, journey, undefined, bearer(KIOSK_1));
      expect(res.body.errors).toBeUndefined();
      const metrics = await fetch(new URL(/curl -s localhost:4000(\S+)/.exec(command)![1]!, fresh.url), {
        headers: { [header[1]!]: header[2]! },
      });
      const lines = (await metrics.text()).split('\n').filter((line) => pattern.test(line));
      expect(lines.sort()).toEqual([...printed].sort());
    } finally {
      await fresh.stop();
    }
  });
});
