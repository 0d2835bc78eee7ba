import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonLinesSpanExporter } from './span-export';
import { startTracing } from './tracing';

const response = { status: 200, headers: new Map(), body: { kind: 'complete', string: '{}' } } as never;

describe('startTracing', () => {
  it('nests spans started inside a request across awaits, and unregisters when the last instance stops', async () => {
    const exporter = new InMemorySpanExporter();
    const tracing = startTracing({ exporter, batch: false });
    const tracer = trace.getTracer('test');
    await tracing.aroundRequest(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      await tracer.startActiveSpan('inner', async (span) => {
        await Promise.resolve();
        expect(trace.getActiveSpan()).toBe(span);
        span.end();
      });
      return response;
    });
    const spans = exporter.getFinishedSpans();
    const request = spans.find((s) => s.name === 'graphql.request')!;
    const inner = spans.find((s) => s.name === 'inner')!;
    expect(inner.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
    expect(request.attributes['http.response.status_code']).toBe(200);
    expect(trace.getActiveSpan()).toBeUndefined();
    await tracing.stop();
    expect(trace.getTracer('test').startSpan('after').isRecording()).toBe(false);
  });

  it('lets several instances share the process registration; each exporter sees the spans until it stops', async () => {
    const a = new InMemorySpanExporter();
    const b = new InMemorySpanExporter();
    const first = startTracing({ exporter: a, batch: false });
    const second = startTracing({ exporter: b, batch: false });
    await first.aroundRequest(async () => response);
    expect([a.getFinishedSpans().length, b.getFinishedSpans().length]).toEqual([1, 1]);
    await first.stop();
    await second.aroundRequest(async () => response);
    expect(b.getFinishedSpans().length).toBe(2);
    expect(trace.getTracer('test').startSpan('still on').isRecording()).toBe(true);
    await second.stop();
  });

  it('refuses to start when another tracer provider owns the process', () => {
    const other = { getTracer: () => trace.getTracer('noop') };
    expect(trace.setGlobalTracerProvider(other)).toBe(true);
    try {
      expect(() => startTracing({ exporter: new InMemorySpanExporter(), batch: false })).toThrow(/already registered/);
    } finally {
      trace.disable();
    }
  });
});

describe('jsonLinesSpanExporter', () => {
  it('appends one JSON object per span', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'spans-')), 'spans.jsonl');
    const tracing = startTracing({ exporter: jsonLinesSpanExporter(file), batch: true });
    await tracing.aroundRequest(async () => response);
    await tracing.stop();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(record).toMatchObject({ name: 'graphql.request', kind: 'SERVER', parentSpanId: null, status: 'OK' });
    expect(record.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(record.attributes).toEqual({ 'http.response.status_code': 200 });
  });
});
