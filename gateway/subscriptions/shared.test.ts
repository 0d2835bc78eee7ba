import type { ExecutionResult } from 'graphql';
import { parse } from 'graphql';
import type { GatewayContext } from '../context';
import { sharedSubscriptions } from './shared';

/** One stream the test drives: `emit` sends an event, `end` finishes it. */
function feed() {
  const queue: ExecutionResult[] = [];
  let wake: (() => void) | null = null;
  let ended = false;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  return {
    emit(n: number) {
      queue.push({ data: { tick: { sequence: n, n } } });
      poke();
    },
    end() {
      ended = true;
      poke();
    },
    stream: {
      [Symbol.asyncIterator]: () => ({
        async next(): Promise<IteratorResult<ExecutionResult>> {
          while (queue.length === 0 && !ended) await new Promise<void>((r) => (wake = r));
          return queue.length > 0 ? { done: false, value: queue.shift()! } : { done: true, value: undefined };
        },
        async return(): Promise<IteratorResult<ExecutionResult>> {
          ended = true;
          return { done: true, value: undefined };
        },
      }),
    } as AsyncIterable<ExecutionResult>,
  };
}

const args = {
  document: parse('subscription { tick { sequence n } }'),
  variables: {},
  context: { principal: { kind: 'anonymous' } } as unknown as GatewayContext,
};
const settle = () => new Promise((r) => setImmediate(r));
const seqOf = (m: ExecutionResult | string) =>
  ((typeof m === 'string' ? JSON.parse(m) : m) as { data: { tick: { sequence: number; n: number } } }).data.tick;

describe('sharedSubscriptions with a direct sink', () => {
  it('writes to the sink while the consumer waits; the end still comes through the stream', async () => {
    const source = feed();
    const shared = sharedSubscriptions(async () => source.stream);
    const direct: string[] = [];
    const stream = (await shared.subscribe(args, (text) => direct.push(text))) as AsyncIterable<ExecutionResult>;
    const it = stream[Symbol.asyncIterator]();

    const waiting = it.next(); // the consumer waits: events go straight to the sink
    source.emit(10);
    source.emit(11);
    await settle();
    expect(direct.map((t) => seqOf(t))).toEqual([
      { sequence: 1, n: 10 },
      { sequence: 2, n: 11 },
    ]);
    source.end();
    expect((await waiting).done).toBe(true); // the end still comes through the stream
  });

  it('a consumer busy with a message gets the next ones queued, in order, through the stream', async () => {
    const source = feed();
    const shared = sharedSubscriptions(async () => source.stream);
    const direct: string[] = [];
    const stream = (await shared.subscribe(args, (text) => direct.push(text))) as AsyncIterable<ExecutionResult>;
    const it = stream[Symbol.asyncIterator]();

    source.emit(1); // nobody waits yet: queued
    source.emit(2);
    await settle();
    expect(direct).toEqual([]);
    const first = await it.next();
    const second = await it.next();
    expect([first.value, second.value].map((v) => seqOf(v as ExecutionResult))).toEqual([
      { sequence: 1, n: 1 },
      { sequence: 2, n: 2 },
    ]);
    const waiting = it.next(); // now it waits: the sink takes over, numbering continues
    source.emit(3);
    await settle();
    expect(direct.map((t) => seqOf(t))).toEqual([{ sequence: 3, n: 3 }]);
    source.end();
    expect((await waiting).done).toBe(true);
  });

  it('several subscribers of one group: one execution per event, each its own numbering, sinks and streams mixed', async () => {
    const source = feed();
    let executions = 0;
    const shared = sharedSubscriptions(async () => {
      executions++;
      return source.stream;
    });
    const sinks: string[][] = [[], []];
    const a = ((await shared.subscribe(args, (t) => sinks[0]!.push(t))) as AsyncIterable<ExecutionResult>)[
      Symbol.asyncIterator
    ]();
    const b = ((await shared.subscribe(args, (t) => sinks[1]!.push(t))) as AsyncIterable<ExecutionResult>)[
      Symbol.asyncIterator
    ]();
    const c = ((await shared.subscribe(args)) as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator](); // no sink
    const waits = [a.next(), b.next()];
    const fromC = c.next();
    source.emit(5);
    await settle();
    expect(sinks.map((s) => s.map((t) => seqOf(t)))).toEqual([[{ sequence: 1, n: 5 }], [{ sequence: 1, n: 5 }]]);
    expect(seqOf((await fromC).value as ExecutionResult)).toEqual({ sequence: 1, n: 5 });
    expect(executions).toBe(1);
    source.end();
    expect((await Promise.all(waits)).every((r) => r.done)).toBe(true);
  });
});
