import type { ApolloServerPlugin, BaseContext, HTTPGraphQLResponse } from '@apollo/server';
import {
  context,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type ContextManager,
  type Span,
} from '@opentelemetry/api';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * OpenTelemetry's context manager on Node's AsyncLocalStorage: what
 * `@opentelemetry/context-async-hooks` provides (not installed here), in a few lines. Without one,
 * `@opentelemetry/api` has no active span across `await`, so Apollo's gateway spans would not nest
 * under the request's span.
 */
export class AsyncLocalContextManager implements ContextManager {
  private readonly storage = new AsyncLocalStorage<Context>();

  active(): Context {
    return this.storage.getStore() ?? ROOT_CONTEXT;
  }

  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    ctx: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    return this.storage.run(ctx, () => fn.call(thisArg, ...args));
  }

  bind<T>(ctx: Context, target: T): T {
    if (typeof target !== 'function') return target;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const manager = this;
    return function (this: unknown, ...args: unknown[]) {
      return manager.with(ctx, () => (target as (...a: unknown[]) => unknown).apply(this, args));
    } as T;
  }

  enable(): this {
    return this;
  }

  disable(): this {
    this.storage.disable();
    return this;
  }
}

/**
 * The process's one registration with OpenTelemetry's global API (a tracer provider and a context
 * manager are process-wide there, and `@apollo/gateway` traces through that global). Each
 * `startTracing` adds its span processor to the registration; the last `stop` removes it.
 */
let registered: { provider: BasicTracerProvider; processors: Set<SpanProcessor> } | null = null;

function register(): Set<SpanProcessor> {
  if (registered) return registered.processors;
  const processors = new Set<SpanProcessor>();
  const fanOut: SpanProcessor = {
    onStart: (span, parent) => processors.forEach((p) => p.onStart(span, parent)),
    onEnd: (span) => processors.forEach((p) => p.onEnd(span)),
    forceFlush: async () => void (await Promise.all([...processors].map((p) => p.forceFlush()))),
    shutdown: async () => undefined,
  };
  const provider = new BasicTracerProvider({ spanProcessors: [fanOut] });
  if (!trace.setGlobalTracerProvider(provider) || !context.setGlobalContextManager(new AsyncLocalContextManager())) {
    trace.disable();
    context.disable();
    throw new Error('OTEL_TRACING: another OpenTelemetry tracer provider is already registered in this process');
  }
  registered = { provider, processors };
  return processors;
}

async function unregister(): Promise<void> {
  if (!registered || registered.processors.size > 0) return;
  const { provider } = registered;
  registered = null;
  trace.disable();
  context.disable();
  await provider.shutdown();
}

export interface TracingOptions {
  exporter: SpanExporter;
  /**
   * Export spans in batches, off the request path (files, logs). Off: each span is exported as
   * it ends (tests read an in-memory exporter right after a request).
   */
  batch: boolean;
}

export interface Tracing {
  /**
   * Runs one HTTP GraphQL request inside a server span; everything it starts (Apollo's
   * `gateway.request`, `gateway.plan`, `gateway.execute`, `gateway.fetch`) nests under it.
   */
  aroundRequest(run: () => Promise<HTTPGraphQLResponse>): Promise<HTTPGraphQLResponse>;
  /** Flushes this instance's spans and, for the last instance, unregisters from OpenTelemetry. */
  stop(): Promise<void>;
}

const REQUEST_SPAN = 'graphql.request';

/** Registers a tracer provider (once per process) exporting every span to `exporter`. */
export function startTracing(options: TracingOptions): Tracing {
  const processor = options.batch
    ? new BatchSpanProcessor(options.exporter)
    : new SimpleSpanProcessor(options.exporter);
  const processors = register();
  processors.add(processor);
  const tracer = trace.getTracer('commerce-gateway');
  let stopping: Promise<void> | null = null;
  return {
    aroundRequest(run) {
      return tracer.startActiveSpan(REQUEST_SPAN, { kind: SpanKind.SERVER }, async (span) => {
        try {
          const response = await run();
          const status = response.status ?? 200;
          span.setAttribute('http.response.status_code', status);
          if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
          return response;
        } catch (err) {
          span.recordException(err as Error);
          span.setStatus({ code: SpanStatusCode.ERROR });
          throw err;
        } finally {
          span.end();
        }
      });
    },
    stop() {
      stopping ??= (async () => {
        await processor.shutdown();
        processors.delete(processor);
        await unregister();
      })();
      return stopping;
    },
  };
}

/**
 * Names the request span after its operation (`query CustomerJourney`, as OpenTelemetry's GraphQL
 * conventions do) and marks it failed when the response carries errors. Installed only with
 * tracing on; it finds the span as the active one, set by `Tracing.aroundRequest`.
 */
export function tracingPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const span: Span | undefined = trace.getActiveSpan();
      if (!span) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          const name = operationName ? operationName.slice(0, 100) : 'anonymous';
          span.updateName(`${operation.operation} ${name}`);
          span.setAttributes({ 'graphql.operation.type': operation.operation, 'graphql.operation.name': name });
        },
        async willSendResponse({ response }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          if (result.errors?.length) {
            span.setAttribute('graphql.errors.count', result.errors.length);
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
        },
      };
    },
  };
}
