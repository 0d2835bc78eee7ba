import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { postGraphQL } from './support/http';

/** OpenTelemetry tracing (OTEL_TRACING) on a real embedded gateway over real HTTP. */
const PROBE = 'query Probe { products(first: 1) { edges { node { title variants { sku } } } } }';

const byName = (spans: ReadableSpan[], name: string) => spans.filter((s) => s.name === name);

describe('with OTEL_TRACING on', () => {
  const exporter = new InMemorySpanExporter();
  let gw: EmbeddedGateway;
  beforeAll(async () => {
    gw = await startEmbeddedGateway({ tracing: { enabled: true, file: null } }, { spanExporter: exporter });
  });
  afterAll(() => gw?.stop());
  beforeEach(() => exporter.reset());

  it("a query makes a request span named after its operation, with the gateway's own spans nested under it", async () => {
    const res = await postGraphQL(gw.url, PROBE);
    expect(res.body.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const [request] = byName(spans, 'query Probe');
    expect(request).toBeDefined();
    expect(request!.parentSpanContext).toBeUndefined();
    expect(request!.attributes).toMatchObject({
      'graphql.operation.name': 'Probe',
      'graphql.operation.type': 'query',
      'http.response.status_code': 200,
    });
    const traceId = request!.spanContext().traceId;
    // Every span of the request is in its trace: Apollo's spans nest through the context manager.
    for (const span of spans) expect([span.name, span.spanContext().traceId]).toEqual([span.name, traceId]);
    const [gatewayRequest] = byName(spans, 'gateway.request');
    expect(gatewayRequest!.parentSpanContext?.spanId).toBe(request!.spanContext().spanId);
    for (const name of ['gateway.plan', 'gateway.execute']) {
      expect([name, byName(spans, name).length]).toEqual([name, 1]);
    }
    const fetches = byName(spans, 'gateway.fetch');
    expect(fetches.map((f) => f.attributes.service)).toContain('catalog');
    const execute = byName(spans, 'gateway.execute')[0]!;
    for (const fetch of fetches) expect(fetch.parentSpanContext?.spanId).toBe(execute.spanContext().spanId);
  });

  it('a plan found in the cache makes no plan span; a failed request is marked as an error', async () => {
    await postGraphQL(gw.url, PROBE);
    expect(byName(exporter.getFinishedSpans(), 'gateway.plan')).toEqual([]);
    exporter.reset();
    const invalid = await postGraphQL(gw.url, '{ noSuchField }');
    expect(invalid.status).toBe(400);
    const [request] = byName(exporter.getFinishedSpans(), 'graphql.request');
    expect(request!.status.code).toBe(2);
    expect(request!.attributes['graphql.errors.count']).toBe(1);
  });

  it('each request is its own trace', async () => {
    await Promise.all([postGraphQL(gw.url, PROBE), postGraphQL(gw.url, 'query Other { __typename }')]);
    const requests = exporter.getFinishedSpans().filter((s) => s.attributes['http.response.status_code']);
    expect(requests.map((s) => s.name).sort()).toEqual(['query Other', 'query Probe']);
    expect(new Set(requests.map((s) => s.spanContext().traceId)).size).toBe(2);
  });
});

describe('with OTEL_TRACING off (the default)', () => {
  it('registers nothing with OpenTelemetry and exports no span', async () => {
    const exporter = new InMemorySpanExporter();
    // The exporter is handed over, but tracing is off: it must receive nothing.
    const gw = await startEmbeddedGateway({}, { spanExporter: exporter });
    try {
      expect(trace.getTracer('probe').startSpan('probe').isRecording()).toBe(false);
      const res = await postGraphQL(gw.url, PROBE);
      expect(res.body.errors).toBeUndefined();
      expect(exporter.getFinishedSpans()).toEqual([]);
    } finally {
      await gw.stop();
    }
  });
});
