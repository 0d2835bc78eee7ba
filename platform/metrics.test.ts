import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { boundedLabel, createMetrics, metricsRoute, OTHER } from './metrics';

describe('boundedLabel', () => {
  it('keeps the first N distinct values and maps every later one to "other", however many come', () => {
    const label = boundedLabel(200);
    const out = new Set<string>();
    for (let i = 0; i < 10_000; i++) out.add(label(`Operation${i}`));
    expect(out.size).toBe(201);
    expect(out.has(OTHER)).toBe(true);
    expect(label('Operation0')).toBe('Operation0');
    expect(label('Operation199')).toBe('Operation199');
    expect(label('Operation200')).toBe(OTHER);
  });

  it('never labels a value longer than the limit', () => {
    const label = boundedLabel(10, 8);
    expect(label('short')).toBe('short');
    expect(label('much-too-long')).toBe(OTHER);
  });
});

describe('createMetrics', () => {
  it('gives each instance its own registry, so two in one process do not clash', async () => {
    const a = createMetrics({ maxOperations: 5 });
    const b = createMetrics({ maxOperations: 5 });
    a.request('Listing', 'query', 'ok', 0.01);
    a.request(null, 'query', 'ok', 0.01);
    a.request(undefined, 'unknown', 'error', 0.001);
    a.refused('UNAUTHENTICATED');
    const textA = (await a.render()).body;
    const textB = (await b.render()).body;
    expect(textA).toContain('graphql_requests_total{operation="Listing",type="query",outcome="ok"} 1');
    expect(textA).toContain('graphql_requests_total{operation="anonymous",type="query",outcome="ok"} 1');
    expect(textA).toContain('graphql_requests_total{operation="unknown",type="unknown",outcome="error"} 1');
    expect(textA).toContain('graphql_requests_total{operation="unknown",type="unknown",outcome="refused"} 1');
    expect(textA).toContain('graphql_errors_total{code="UNAUTHENTICATED"} 1');
    expect(textA).toContain('graphql_request_duration_seconds_count{operation="Listing",type="query"} 1');
    expect(textB).not.toContain('operation="Listing"');
  });

  it('reads gauges and running totals when scraped', async () => {
    const m = createMetrics({ maxOperations: 5 });
    let live = 3;
    let total = 10;
    m.gauge('test_live', 'live things', () => live);
    m.counter('test_done_total', 'things done', () => total);
    expect((await m.render()).body).toMatch(/test_live 3\n[\s\S]*test_done_total 10\n/);
    live = 1;
    total = 12;
    expect((await m.render()).body).toMatch(/test_live 1\n[\s\S]*test_done_total 12\n/);
  });
});

describe('metricsRoute', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const metrics = createMetrics({ maxOperations: 5 });
    const route = metricsRoute(metrics, 'a-scrape-token-of-some-length');
    server = createServer((req, res) => void route(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each([
    [undefined, 'GET', 401],
    ['Bearer a-scrape-token-of-some-lengtX', 'GET', 401],
    ['Bearer a-scrape-token-of-some-length', 'POST', 405],
    ['Bearer a-scrape-token-of-some-length', 'GET', 200],
  ])('authorization %s, %s: %i', async (authorization, method, status) => {
    const res = await fetch(url, { method, headers: authorization ? { authorization } : {} });
    expect(res.status).toBe(status);
    const body = await res.text();
    expect(body.includes('process_cpu_user_seconds_total')).toBe(status === 200);
  });
});
