import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, type ExecutionResult } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket, { WebSocketServer } from 'ws';
import { createLogger } from '../../platform/logger';
import type { GatewayContext } from '../context';
import { textOf, Serialised } from './serialised';
import { sharedSubscriptions } from './shared';
import { KeepaliveSweep, serveGraphqlWs } from './socket';

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Tick { sequence: Int! title: String! stamp: String }
  type Subscription { tick: Tick! }
`);
/** A title a naive splice would break: the adapter's own mark, quotes, a NUL, a backslash. */
const NASTY = 'a "title" \u0000graphql-ws-payload\u0000 with \\ and }';

/** A source the test drives: each `subscribe` opens a stream; `emit` sends to every open one. */
function source() {
  const streams = new Set<(r: ExecutionResult) => void>();
  let serialisations = 0;
  const stamp = () => ({ toJSON: () => `serialised ${++serialisations}` });
  return {
    get serialisations() {
      return serialisations;
    },
    emit(sequence: number) {
      for (const s of streams) s({ data: { tick: { sequence, title: NASTY, stamp: stamp() } } });
    },
    async subscribe(): Promise<AsyncIterable<ExecutionResult>> {
      const queue: ExecutionResult[] = [];
      let wake: (() => void) | null = null;
      const push = (r: ExecutionResult) => {
        queue.push(r);
        wake?.();
      };
      streams.add(push);
      return {
        [Symbol.asyncIterator]: () => ({
          async next() {
            while (queue.length === 0) await new Promise<void>((r) => (wake = r));
            return { done: false, value: queue.shift()! };
          },
          async return() {
            streams.delete(push);
            return { done: true, value: undefined };
          },
        }),
      };
    },
  };
}

let http: Server;
let url: string;
let feed: ReturnType<typeof source>;
let shared: ReturnType<typeof sharedSubscriptions>;
let served: { dispose(): Promise<void> };

beforeEach(async () => {
  feed = source();
  shared = sharedSubscriptions(() => feed.subscribe());
  http = createServer();
  const wss = new WebSocketServer({ server: http });
  served = serveGraphqlWs(
    wss,
    {
      schema,
      onNext: (_ctx, _id, _payload, _args, result) => result,
      subscribe: (args) =>
        shared.subscribe({
          document: args.document,
          variables: {},
          context: { principal: { kind: 'anonymous' } } as unknown as GatewayContext,
        }),
    },
    createLogger('silent'),
    100, // keepalive pings every 100 ms
  );
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await served.dispose();
  await new Promise<void>((r) => http.close(() => r()));
});

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
};

it('one serialisation per message for every subscriber of a group, each with its own sequence, text intact', async () => {
  const clients = Array.from({ length: 20 }, () =>
    createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true }),
  );
  const received: ExecutionResult[][] = clients.map(() => []);
  const subs = clients.map((c, i) =>
    c.subscribe(
      { query: 'subscription { tick { sequence title stamp } }' },
      { next: (m) => void received[i]!.push(m as ExecutionResult), error: () => undefined, complete: () => undefined },
    ),
  );
  await until(() => shared.stats().subscribers === 20);
  feed.emit(41); // the group's sequence is not what subscribers see: each counts its own messages
  feed.emit(42);
  feed.emit(43);
  await until(() => received.every((r) => r.length === 3));

  // Three events, three serialisations, whatever the number of sockets.
  expect(feed.serialisations).toBe(3);
  for (const messages of received) {
    expect(messages.map((m) => (m.data as { tick: unknown }).tick)).toEqual([
      { sequence: 1, title: NASTY, stamp: 'serialised 1' },
      { sequence: 2, title: NASTY, stamp: 'serialised 2' },
      { sequence: 3, title: NASTY, stamp: 'serialised 3' },
    ]);
  }
  subs.forEach((unsubscribe) => unsubscribe());
  await Promise.all(clients.map((c) => c.dispose()));
});

it('an id that contains the mark is echoed as sent, and the payload is the message’s', async () => {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  const messages: { id?: string; type: string; payload?: ExecutionResult }[] = [];
  socket.on('message', (d) => messages.push(JSON.parse(String(d))));
  await new Promise((r) => socket.once('open', r));
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await until(() => messages.some((m) => m.type === 'connection_ack'));
  const id = '"\u0000graphql-ws-payload\u0000"';
  socket.send(JSON.stringify({ type: 'subscribe', id, payload: { query: 'subscription { tick { title } }' } }));
  await until(() => shared.stats().subscribers === 1);
  feed.emit(1);
  await until(() => messages.some((m) => m.type === 'next'));
  expect(messages.find((m) => m.type === 'next')).toEqual({
    id,
    type: 'next',
    payload: { data: { tick: { sequence: 1, title: NASTY, stamp: 'serialised 1' } } },
  });
  socket.close();
});

it('a socket that answers no ping is dropped by the keepalive; one that does stays open', async () => {
  const silent = new WebSocket(url, 'graphql-transport-ws', { autoPong: false });
  const answering = new WebSocket(url, 'graphql-transport-ws');
  await Promise.all([silent, answering].map((s) => new Promise((r) => s.once('open', r))));
  const closed = new Promise<number>((r) => silent.once('close', (code) => r(code)));
  expect(await closed).toBe(1006); // terminated, no close frame
  await new Promise((r) => setTimeout(r, 300));
  expect(answering.readyState).toBe(WebSocket.OPEN);
  answering.close();
});

describe('KeepaliveSweep', () => {
  const KEEPALIVE_SLICES = 24;
  const sockets = (n: number) => Array.from({ length: n }, (_, i) => ({ i }));

  it('pings every socket once per interval, a slice per step, never all at once', () => {
    const all = sockets(1000);
    const sweep = new KeepaliveSweep<{ i: number }>(KEEPALIVE_SLICES);
    const pinged: number[][] = [];
    for (let step = 0; step < KEEPALIVE_SLICES * 2; step++) {
      const now: number[] = [];
      sweep.tick(all, { ping: (s) => now.push(s.i), drop: () => undefined });
      pinged.push(now);
      for (const s of all) sweep.answered(s); // every socket answers in time
    }
    expect(Math.max(...pinged.map((p) => p.length))).toBeLessThanOrEqual(Math.ceil(1000 / KEEPALIVE_SLICES));
    for (const round of [pinged.slice(0, KEEPALIVE_SLICES), pinged.slice(KEEPALIVE_SLICES)]) {
      expect(round.flat().sort((a, b) => a - b)).toEqual(all.map((s) => s.i)); // each once per round
    }
  });

  it('drops a socket whose turn comes again with its ping unanswered, and only that one', () => {
    const all = sockets(50);
    const sweep = new KeepaliveSweep<{ i: number }>(KEEPALIVE_SLICES);
    const dropped: number[] = [];
    const act = {
      ping: () => undefined,
      drop: (s: { i: number }): void => void dropped.push(s.i),
    };
    for (let step = 0; step < KEEPALIVE_SLICES; step++) sweep.tick(all, act);
    for (const s of all) if (s.i !== 7) sweep.answered(s);
    for (let step = 0; step < KEEPALIVE_SLICES; step++) sweep.tick(all, act);
    expect(dropped).toEqual([7]);
  });

  it('gives a socket moved forward in the round (others closed) a whole interval to answer', () => {
    const all = sockets(48);
    const sweep = new KeepaliveSweep<{ i: number }>(KEEPALIVE_SLICES);
    const dropped: number[] = [];
    const act = {
      ping: () => undefined,
      drop: (s: { i: number }): void => void dropped.push(s.i),
    };
    for (let step = 0; step < KEEPALIVE_SLICES; step++) sweep.tick(all, act); // the last two pinged at the last step
    // The other 46 closed: socket 46 comes at mid-round now, half an interval after its ping.
    const remaining = new Set(all.slice(46));
    act.drop = (s: { i: number }) => {
      dropped.push(s.i);
      remaining.delete(s); // a dropped socket is closed
    };
    for (let step = 0; step < KEEPALIVE_SLICES; step++) sweep.tick(remaining, act);
    expect(dropped).toEqual([47]); // its turn came a whole interval after its ping
    for (let step = 0; step < KEEPALIVE_SLICES; step++) sweep.tick(remaining, act);
    expect(dropped).toEqual([47, 46]); // still silent at its next turn
  });

  it('takes sockets that connect during a round in the next one', () => {
    const first = sockets(48);
    const sweep = new KeepaliveSweep<{ i: number }>(KEEPALIVE_SLICES);
    const pinged: number[] = [];
    const act = { ping: (s: { i: number }) => pinged.push(s.i), drop: () => undefined };
    sweep.tick(first, act);
    const late = { i: 999 };
    for (let step = 1; step < KEEPALIVE_SLICES; step++) sweep.tick([...first, late], act);
    expect(pinged).not.toContain(999);
    sweep.tick([...first, late], act);
    for (let step = 1; step < KEEPALIVE_SLICES; step++) sweep.tick([...first, late], act);
    expect(pinged.filter((i) => i === 999)).toHaveLength(1);
  });
});

describe('Serialised', () => {
  it('writes what JSON.stringify would, with the sequence of each copy', () => {
    const cases: ExecutionResult[] = [
      { data: { tick: { sequence: 7, title: NASTY, nested: { list: [1, null, 'x'] } } } },
      { data: { tick: { sequence: 7 } } },
      { data: { tick: { sequence: 7, a: 1 } }, extensions: { cost: 3 } },
      { data: { tick: { title: 'no sequence' } } },
      { data: null, errors: [] },
      { data: { a: { sequence: 1 }, b: { sequence: 2 } } },
    ];
    for (const result of cases) {
      const s = new Serialised(result);
      for (const n of [1, 99]) {
        const copy = s.numbered(n);
        expect(JSON.parse(textOf(copy)!)).toEqual(JSON.parse(JSON.stringify(copy)));
      }
    }
    expect((new Serialised(cases[0]!).numbered(5).data as { tick: { sequence: number } }).tick.sequence).toBe(5);
    // The original is never changed.
    expect((cases[0]!.data as { tick: { sequence: number } }).tick.sequence).toBe(7);
  });
});
