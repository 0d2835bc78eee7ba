import { SpanKind } from '@opentelemetry/api';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { createWriteStream } from 'node:fs';
import type { Logger } from './logger';

type ExportResult = Parameters<SpanExporter['export']>[1] extends (result: infer R) => void ? R : never;
const SUCCESS = { code: 0 } as ExportResult;
const FAILED = { code: 1 } as ExportResult;

/** One finished span as a plain record: ids, parent, name, kind, times (µs since the epoch), status, attributes. */
export function spanRecord(span: ReadableSpan) {
  const { traceId, spanId } = span.spanContext();
  const micros = ([s, ns]: [number, number]) => s * 1e6 + Math.round(ns / 1e3);
  return {
    traceId,
    spanId,
    parentSpanId: span.parentSpanContext?.spanId ?? null,
    name: span.name,
    kind: SpanKind[span.kind],
    startUs: micros(span.startTime),
    durationUs: micros(span.duration),
    status: span.status.code === 2 ? 'ERROR' : 'OK',
    attributes: span.attributes,
  };
}

/**
 * Spans appended to `file`, one JSON object per line (`spanRecord`): no collector is needed, and
 * any log shipper or `jq` reads them. An OTLP exporter can replace it without other changes.
 */
export function jsonLinesSpanExporter(file: string): SpanExporter {
  const out = createWriteStream(file, { flags: 'a' });
  let failed: Error | null = null;
  out.on('error', (err) => (failed = err));
  return {
    export(spans, done) {
      if (failed) return done({ ...FAILED, error: failed });
      const text = spans.map((span) => JSON.stringify(spanRecord(span))).join('\n') + '\n';
      out.write(text, (err) => done(err ? { ...FAILED, error: err } : SUCCESS));
    },
    shutdown: () => new Promise<void>((resolve) => out.end(() => resolve())),
  };
}

/** Spans written through the one logger, a `span` record each at info level. */
export function logSpanExporter(logger: Logger): SpanExporter {
  return {
    export(spans, done) {
      for (const span of spans) logger.info({ span: spanRecord(span) }, 'span');
      done(SUCCESS);
    },
    shutdown: async () => undefined,
  };
}
