/**
 * `npm run bench:subscriptions [-- CONNECTIONS [CHANGES [ROUNDS]]]`: live stock to many sockets.
 *
 * The gateway runs as its own process (`dist/gateway/main.js`, embedded mode, demo data, production
 * settings); this process holds the clients. CONNECTIONS WebSocket connections (default 10,000),
 * one `stockChanged` subscription each as anonymous shoppers (graphql-transport-ws over raw `ws`
 * sockets, so the client side stays light), spread over 300 distinct variables (50 SKUs × 6
 * stores). Then, each round, one untimed warm-up receipt per position (every group and socket
 * has carried a message before timing starts) and CHANGES timed stock receipts (default 600, two
 * per position, 50 per second: 12 s, one whole keepalive interval) go through the gateway's HTTP
 * API; each reaches every socket watching its position (warm-up messages are checked for loss too).
 *
 * Baseline: a raw `ws` broadcast server (`bench/subscriptions-raw.ts`, its own process, no
 * GraphQL), the same number of sockets on the same keys, the same number of messages with the same
 * text sent by `POST /broadcast` at the same pace, read by the same client code (each message
 * parsed). ROUNDS rounds (default 5) alternate gateway and raw (one set of sockets at a time: the
 * open-files limit), so drift on the machine hits both; figures are pooled over all rounds (the
 * baseline's own p99 moves between runs, from about 5 to 8 ms here).
 *
 * Delivery latency is measured two ways, both printed: from the change (the receipt's
 * `createdAt`, stamped by the gateway before it writes; for the baseline, when the raw server
 * starts sending) to a socket receiving it, and from the change's HTTP request being sent (which
 * adds the receipt mutation itself for the gateway, a bare POST for the baseline). Printed per
 * round and over all rounds: p50/p99, lost messages, the p99 ratios, the receipts' own latency,
 * and the gateway's memory per idle subscription (its RSS after every socket subscribed and
 * settled, less its RSS before any connected, over CONNECTIONS). Targets: p99 ≤ 500 ms, p99
 * ratio from the change ≤ 1.5, ≤ 20 KB per idle subscription; exits 1 when one is missed or a
 * message is lost. The npm script raises the open-files limit (`ulimit -n`) for both processes;
 * `BENCH_NODE_ARGS` passes node flags to both servers (e.g. `--max-semi-space-size=64`).
 *
 * CPU placement (Linux with 2 or more CPUs and `taskset`; `BENCH_PIN=0` turns it off): each
 * server's event-loop thread gets CPU 0 to itself, and the server's other threads (V8's GC and
 * compiler helpers, libuv's pool) and this process (all the clients) share the other CPUs. The
 * same for the gateway and the baseline. Without it, on a 2-core machine, every message written
 * on loopback wakes the client process on the writer's own CPU and it preempts the server's
 * event loop: `perf sched` counted about 5,800 such preemptions of the gateway in 6 s, about
 * 1 ms per change, which measures the scheduler's placement of the load generator rather than
 * the server (a longer pipeline between change and sockets is preempted more often).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { mintToken } from '../platform/auth/jwt';
import { processEnv } from '../platform/config';
import { place, PLACEMENT } from './placement';

const CONNECTIONS = Number(process.argv[2] ?? 10_000);
const CHANGES = Number(process.argv[3] ?? 600);
const ROUNDS = Number(process.argv[4] ?? 5);
const SECRET = 'bench-subscriptions-internal-secret-0123456789';
const STORES = ['loc_store_01', 'loc_store_02', 'loc_store_03', 'loc_store_04', 'loc_store_05', 'loc_store_06'];
const PACE_MS = 20;
const ROOT = join(__dirname, '..', '..');

if (![CONNECTIONS, CHANGES, ROUNDS].every((n) => Number.isInteger(n) && n >= 1)) {
  process.stderr.write('usage: npm run bench:subscriptions -- [CONNECTIONS] [CHANGES] [ROUNDS]\n');
  process.exit(2);
}

/** Child processes still running: killed however this process ends (a failed run leaves none behind). */
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

function start(
  script: string,
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(
    process.execPath,
    [...(processEnv().BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), join(ROOT, 'dist', script)],
    {
      env: { ...processEnv(), ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => ready.test(l));
      if (line) resolve({ child, line });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
/** One line of the report. */
const say = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

interface Client {
  key: string;
  /** Arrival times of its CHANGE messages, in order. */
  arrivals: number[];
  socket: WebSocket;
}

/** Opens `n` sockets in batches; `open` does a socket's handshake and resolves when it is subscribed. */
async function connectAll(
  n: number,
  keys: string[],
  open: (key: string) => Promise<Client>,
  progress = false,
): Promise<Client[]> {
  const clients: Client[] = [];
  for (let i = 0; i < n; i += 250) {
    const batch = Array.from({ length: Math.min(250, n - i) }, (_, j) => open(keys[(i + j) % keys.length]!));
    clients.push(...(await Promise.all(batch)));
    if (progress && (i / 250) % 8 === 0) process.stdout.write(`  ${clients.length}/${n} subscribed\n`);
  }
  return clients;
}

interface Message {
  type?: string;
  payload?: { data?: { stockChanged?: { kind: string } } };
}

/** Both kinds of client read every message alike (the baseline's messages are the gateway's text). */
const parse = (data: WebSocket.RawData): Message => JSON.parse(String(data)) as Message;
const isChange = (m: Message) => m.type === 'next' && m.payload?.data?.stockChanged?.kind === 'CHANGE';

function gatewayClient(url: string, query: string) {
  return (key: string): Promise<Client> =>
    new Promise((resolve, reject) => {
      const [sku, locationId] = key.split(' ');
      const socket = new WebSocket(url, 'graphql-transport-ws');
      const client: Client = { key, arrivals: [], socket };
      let subscribed = false;
      socket.on('error', reject);
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
      socket.on('message', (data) => {
        const message = parse(data);
        if (message.type === 'connection_ack') {
          socket.send(
            JSON.stringify({
              type: 'subscribe',
              id: '1',
              payload: { query, variables: { skus: [sku], locationIds: [locationId] } },
            }),
          );
        } else if (message.type === 'next' && !subscribed) {
          subscribed = true;
          resolve(client);
        } else if (isChange(message)) {
          client.arrivals.push(Date.now());
        }
      });
    });
}

function rawClient(url: string) {
  return (key: string): Promise<Client> =>
    new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      const client: Client = { key, arrivals: [], socket };
      let subscribed = false;
      socket.on('error', reject);
      socket.on('open', () => socket.send(JSON.stringify({ key })));
      socket.on('message', (data) => {
        const message = parse(data);
        if (!subscribed) {
          subscribed = true;
          resolve(client);
        } else if (isChange(message)) {
          client.arrivals.push(Date.now());
        }
      });
    });
}

/** When a change was asked for (the request sent) and when the server made it (its own clock). */
interface Sent {
  request: number;
  event: number;
  /** False for the round's warm-up changes (delivered and checked, not timed). */
  timed: boolean;
}

/**
 * Sends one warm-up change per key (every group and socket has carried a message before the timing
 * starts), then CHANGES changes, at PACE_MS (one per key in turn); `send` answers when the server
 * made the change.
 */
async function drive(keys: string[], send: (key: string, i: number) => Promise<number>): Promise<Map<string, Sent[]>> {
  const sent = new Map<string, Sent[]>(keys.map((k) => [k, []]));
  for (let i = 0; i < keys.length + CHANGES; i++) {
    const key = keys[i % keys.length]!;
    const request = Date.now();
    const event = await send(key, i);
    sent.get(key)!.push({ request, event, timed: i >= keys.length });
    const wait = PACE_MS - (Date.now() - request);
    if (wait > 0) await sleep(wait);
  }
  return sent;
}

interface Latencies {
  /** Arrival − the change's request being sent. */
  fromRequest: number[];
  /** Arrival − the change being made at the server: the delivery itself. */
  fromEvent: number[];
  lost: number;
}

/** Latencies of every delivery, sorted, after waiting for them; and how many never came. */
async function latencies(clients: Client[], sent: Map<string, Sent[]>): Promise<Latencies> {
  const expected = (c: Client) => sent.get(c.key)!.length;
  const deadline = Date.now() + 30_000;
  while (clients.some((c) => c.arrivals.length < expected(c)) && Date.now() < deadline) await sleep(100);
  const out: Latencies = { fromRequest: [], fromEvent: [], lost: 0 };
  for (const c of clients) {
    const times = sent.get(c.key)!;
    out.lost += Math.max(0, times.length - c.arrivals.length);
    c.arrivals.slice(0, times.length).forEach((at, i) => {
      if (!times[i]!.timed) return;
      out.fromRequest.push(at - times[i]!.request);
      out.fromEvent.push(at - times[i]!.event);
    });
  }
  out.fromRequest.sort((x, y) => x - y);
  out.fromEvent.sort((x, y) => x - y);
  return out;
}

async function closeAll(clients: Client[]) {
  for (const c of clients) c.socket.terminate();
  await sleep(500);
}

async function main() {
  // --- ours ---
  const gw = await start(
    'gateway/main.js',
    {
      PORT: '0',
      NODE_ENV: 'production',
      DEMO_DATA: 'true',
      INTERNAL_SECRET: SECRET,
      JWT_SECRET: SECRET,
      LOG_LEVEL: 'info',
      THROTTLE_MAX_AVAILABLE: '100000000',
      THROTTLE_RESTORE_RATE: '10000000',
    },
    /gateway ready/,
  );
  const httpUrl = (JSON.parse(gw.line) as { url: string }).url;
  const wsUrl = httpUrl.replace(/^http/, 'ws');
  const products = (await (
    await fetch(httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ products(first: 50) { edges { node { variants { sku } } } } }' }),
    })
  ).json()) as { data: { products: { edges: { node: { variants: { sku: string }[] } }[] } } };
  const skus = products.data.products.edges.map((e) => e.node.variants[0]!.sku).slice(0, 50);
  const keys = skus.flatMap((sku) => STORES.map((store) => `${sku} ${store}`));
  const tokens = new Map<string, string>();
  for (const store of STORES) {
    tokens.set(
      store,
      await mintToken(
        { kind: 'associate', userId: `emp_bench_${store}`, locationId: store },
        {
          issuer: 'commerce-gateway',
          audience: 'commerce-gateway',
          secret: SECRET,
          jwksUrl: null,
          clockToleranceSeconds: 30,
        },
        3600,
      ),
    );
  }
  await sleep(1000);
  const rssBefore = rssKb(gw.child.pid!);
  say(`gateway ${httpUrl} (pid ${gw.child.pid}); ${CONNECTIONS} connections over ${keys.length} keys`);
  say(
    PLACEMENT
      ? `CPU placement: each server's event loop on CPU ${PLACEMENT.loop}; its other threads and the clients on CPU ${PLACEMENT.rest} (BENCH_PIN=0: none)`
      : 'CPU placement: left to the OS',
  );
  const query =
    'subscription($skus: [String!]!, $locationIds: [ID!]!) { stockChanged(skus: $skus, locationIds: $locationIds) { kind sequence levels { sku locationId available sequence } } }';
  // The raw ws baseline: its own process, serving as many sockets on the same keys.
  const raw = await start('bench/subscriptions-raw.js', {}, /^ready \d+/);
  const rawPort = Number(/ready (\d+)/.exec(raw.line)![1]);
  let rssIdle = 0;

  let sample = '';
  const receiptMs: number[] = [];
  const receipt = (round: number) => async (key: string, i: number) => {
    const [sku, locationId] = key.split(' ');
    const t0 = Date.now();
    const res = await fetch(httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(locationId!)}` },
      body: JSON.stringify({
        query: `mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { __typename ... on InventoryMovement { createdAt } } }`,
        variables: { i: { sku, locationId, quantity: 1, sourceEventId: `bench-sub-${process.pid}-${round}-${i}` } },
      }),
    });
    const body = (await res.json()) as { data?: { receiveStock?: { __typename: string; createdAt: string } } };
    receiptMs.push(Date.now() - t0);
    if (body.data?.receiveStock?.__typename !== 'InventoryMovement')
      throw new Error(`receipt failed: ${JSON.stringify(body)}`);
    sample ||= JSON.stringify({
      id: '1',
      type: 'next',
      payload: {
        data: {
          stockChanged: { kind: 'CHANGE', sequence: 2, levels: [{ sku, locationId, available: 10, sequence: 12 }] },
        },
      },
    });
    return Date.parse(body.data.receiveStock.createdAt);
  };
  const broadcast = async (key: string) => {
    const res = await fetch(`http://127.0.0.1:${rawPort}/broadcast`, {
      method: 'POST',
      body: JSON.stringify({ key, payload: sample }),
    });
    return ((await res.json()) as { at: number }).at;
  };

  // Rounds in alternating order (ours, raw, ours, raw, ...), so drift on the machine hits both alike.
  const all = { ours: [] as Latencies[], raw: [] as Latencies[] };
  const row = (name: string, lat: Latencies) =>
    say(
      [
        name.padEnd(24),
        String(lat.fromEvent.length).padStart(10),
        String(lat.lost).padStart(5),
        ...[lat.fromEvent, lat.fromRequest].flatMap((l) => [pct(l, 50), pct(l, 99)].map((v) => String(v).padStart(6))),
      ].join(' '),
    );
  // One set of sockets at a time (the open-files limit), reconnected for each round.
  for (let round = 1; round <= ROUNDS; round++) {
    for (const name of ['ours', 'raw'] as const) {
      const clients =
        name === 'ours'
          ? await connectAll(CONNECTIONS, keys, gatewayClient(wsUrl, query), round === 1)
          : await connectAll(CONNECTIONS, keys, rawClient(`ws://127.0.0.1:${rawPort}`));
      await sleep(name === 'ours' && round === 1 ? 3000 : 1000);
      place(process.pid, false);
      place((name === 'ours' ? gw : raw).child.pid!, true);
      if (name === 'ours' && round === 1) rssIdle = rssKb(gw.child.pid!);
      const lat = await latencies(clients, await drive(keys, name === 'ours' ? receipt(round) : broadcast));
      all[name].push(lat);
      if (round === 1 && name === 'ours') {
        say('                                        from the change     from its request');
        say('                         deliveries  lost p50 ms p99 ms  p50 ms p99 ms');
      }
      row(`round ${round}: ${name === 'ours' ? 'gateway' : 'raw ws'}`, lat);
      await closeAll(clients);
    }
  }
  gw.child.kill('SIGTERM');
  raw.child.kill('SIGTERM');

  const pooled = (runs: Latencies[]): Latencies => ({
    fromEvent: runs.flatMap((r) => r.fromEvent).sort((x, y) => x - y),
    fromRequest: runs.flatMap((r) => r.fromRequest).sort((x, y) => x - y),
    lost: runs.reduce((n, r) => n + r.lost, 0),
  });
  const ours = pooled(all.ours);
  const rawLat = pooled(all.raw);
  row('all rounds: gateway', ours);
  row('all rounds: raw ws', rawLat);
  receiptMs.sort((x, y) => x - y);
  say(
    `the receipt requests themselves (HTTP + GraphQL + write): p50 ${pct(receiptMs, 50)} ms, p99 ${pct(receiptMs, 99)} ms`,
  );
  const ratio = pct(ours.fromEvent, 99) / Math.max(1, pct(rawLat.fromEvent, 99));
  const requestRatio = pct(ours.fromRequest, 99) / Math.max(1, pct(rawLat.fromRequest, 99));
  say(`p99 ratio, gateway / raw ws, from the change (each p99 taken as at least 1 ms): ${ratio.toFixed(2)}×`);
  say(
    `p99 ratio, gateway / raw ws, from its request (includes the receipt's own mutation): ${requestRatio.toFixed(2)}×`,
  );
  const perSubKb = (rssIdle - rssBefore) / CONNECTIONS;
  say(
    `gateway memory per idle subscription: ${perSubKb.toFixed(1)} KB (RSS ${rssBefore} KB before, ${rssIdle} KB with ${CONNECTIONS} idle subscriptions)`,
  );
  const checks: [string, boolean][] = [
    ['p99 ≤ 500 ms (from the request)', pct(ours.fromRequest, 99) <= 500],
    ['p99 ratio ≤ 1.5 (from the change)', ratio <= 1.5],
    ['≤ 20 KB per idle subscription', perSubKb <= 20],
    ['no message lost', ours.lost === 0 && rawLat.lost === 0],
  ];
  for (const [name, ok] of checks) say(`${ok ? 'PASS' : 'FAIL'}  ${name}`);
  process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
