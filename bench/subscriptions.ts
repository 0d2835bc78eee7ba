/**
 * `npm run bench:subscriptions [-- CONNECTIONS [CHANGES]]`: live stock to many sockets.
 *
 * The gateway runs as its own process (`dist/gateway/main.js`, embedded mode, demo data, production
 * settings); this process holds the clients. CONNECTIONS WebSocket connections (default 10,000),
 * one `stockChanged` subscription each as anonymous shoppers (graphql-transport-ws over raw `ws`
 * sockets, so the client side stays light), spread over KEYS distinct variables (50 SKUs × 6
 * stores = 300 positions). Then CHANGES stock receipts (default 300, one per position, 50 per
 * second) go through the gateway's HTTP API; each reaches every socket watching its position.
 * Delivery latency is the time from sending the receipt to a socket receiving its CHANGE.
 *
 * Baseline, in the same run: a raw `ws` broadcast server (`bench/subscriptions-raw.ts`, its own
 * process, no GraphQL), the same number of sockets on the same keys, the same number of messages
 * of the same size sent by `POST /broadcast` at the same pace. Printed: p50/p99 of both, the ratio
 * of our p99 to the raw p99, and the gateway's memory per idle subscription (its RSS after every
 * socket subscribed and settled, less its RSS before any connected, over CONNECTIONS). Targets:
 * p99 ≤ 500 ms, ratio ≤ 1.5, ≤ 20 KB per idle subscription; exits 1 when one is missed or a
 * message is lost. The npm script raises the open-files limit (`ulimit -n`) for both processes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { mintToken } from '../platform/auth/jwt';
import { processEnv } from '../platform/config';

const CONNECTIONS = Number(process.argv[2] ?? 10_000);
const CHANGES = Number(process.argv[3] ?? 300);
const SECRET = 'bench-subscriptions-internal-secret-0123456789';
const STORES = ['loc_store_01', 'loc_store_02', 'loc_store_03', 'loc_store_04', 'loc_store_05', 'loc_store_06'];
const PACE_MS = 20;
const ROOT = join(__dirname, '..', '..');

if (!Number.isInteger(CONNECTIONS) || CONNECTIONS < 1 || !Number.isInteger(CHANGES) || CHANGES < 1) {
  process.stderr.write('usage: npm run bench:subscriptions -- [CONNECTIONS] [CHANGES]\n');
  process.exit(2);
}

function start(
  script: string,
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', script)], {
    env: { ...processEnv(), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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
async function connectAll(n: number, keys: string[], open: (key: string) => Promise<Client>): Promise<Client[]> {
  const clients: Client[] = [];
  for (let i = 0; i < n; i += 250) {
    const batch = Array.from({ length: Math.min(250, n - i) }, (_, j) => open(keys[(i + j) % keys.length]!));
    clients.push(...(await Promise.all(batch)));
    if ((i / 250) % 8 === 0) process.stdout.write(`  ${clients.length}/${n} subscribed\n`);
  }
  return clients;
}

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
        const message = JSON.parse(String(data)) as {
          type: string;
          payload?: { data?: { stockChanged?: { kind: string } } };
        };
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
        } else if (message.type === 'next' && message.payload?.data?.stockChanged?.kind === 'CHANGE') {
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
      socket.on('message', () => {
        if (!subscribed) {
          subscribed = true;
          resolve(client);
        } else {
          client.arrivals.push(Date.now());
        }
      });
    });
}

/** Sends CHANGES changes at PACE_MS (one per key in turn); the send time of each change per key. */
async function drive(keys: string[], send: (key: string, i: number) => Promise<void>): Promise<Map<string, number[]>> {
  const sent = new Map<string, number[]>(keys.map((k) => [k, []]));
  for (let i = 0; i < CHANGES; i++) {
    const key = keys[i % keys.length]!;
    const t0 = Date.now();
    sent.get(key)!.push(t0);
    await send(key, i);
    const wait = PACE_MS - (Date.now() - t0);
    if (wait > 0) await sleep(wait);
  }
  return sent;
}

/** Latencies of every delivery (arrival − send), after waiting for them; and how many never came. */
async function latencies(clients: Client[], sent: Map<string, number[]>): Promise<{ sorted: number[]; lost: number }> {
  const expected = (c: Client) => sent.get(c.key)!.length;
  const deadline = Date.now() + 30_000;
  while (clients.some((c) => c.arrivals.length < expected(c)) && Date.now() < deadline) await sleep(100);
  const all: number[] = [];
  let lost = 0;
  for (const c of clients) {
    const times = sent.get(c.key)!;
    lost += Math.max(0, times.length - c.arrivals.length);
    c.arrivals.slice(0, times.length).forEach((at, i) => all.push(at - times[i]!));
  }
  return { sorted: all.sort((a, b) => a - b), lost };
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
  const query =
    'subscription($skus: [String!]!, $locationIds: [ID!]!) { stockChanged(skus: $skus, locationIds: $locationIds) { kind sequence levels { sku locationId available sequence } } }';
  const ours = await connectAll(CONNECTIONS, keys, gatewayClient(wsUrl, query));
  await sleep(3000);
  const rssIdle = rssKb(gw.child.pid!);
  let sample = '';
  const sentOurs = await drive(keys, async (key, i) => {
    const [sku, locationId] = key.split(' ');
    const res = await fetch(httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(locationId!)}` },
      body: JSON.stringify({
        query: `mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { __typename } }`,
        variables: { i: { sku, locationId, quantity: 1, sourceEventId: `bench-sub-${process.pid}-${i}` } },
      }),
    });
    const body = (await res.json()) as { data?: { receiveStock?: { __typename: string } } };
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
  });
  const oursLat = await latencies(ours, sentOurs);
  await closeAll(ours);
  gw.child.kill('SIGTERM');

  // --- raw ws baseline ---
  const raw = await start('bench/subscriptions-raw.js', {}, /^ready \d+/);
  const rawPort = Number(/ready (\d+)/.exec(raw.line)![1]);
  const rawClients = await connectAll(CONNECTIONS, keys, rawClient(`ws://127.0.0.1:${rawPort}`));
  await sleep(1000);
  const sentRaw = await drive(keys, async (key) => {
    await fetch(`http://127.0.0.1:${rawPort}/broadcast`, {
      method: 'POST',
      body: JSON.stringify({ key, payload: sample }),
    });
  });
  const rawLat = await latencies(rawClients, sentRaw);
  await closeAll(rawClients);
  raw.child.kill('SIGTERM');

  const perSubKb = (rssIdle - rssBefore) / CONNECTIONS;
  const ratio = pct(oursLat.sorted, 99) / Math.max(1, pct(rawLat.sorted, 99));
  say('\n                      deliveries   lost   p50 ms   p99 ms');
  say(
    `gateway subscriptions ${String(oursLat.sorted.length).padStart(10)} ${String(oursLat.lost).padStart(6)} ${String(pct(oursLat.sorted, 50)).padStart(8)} ${String(pct(oursLat.sorted, 99)).padStart(8)}`,
  );
  say(
    `raw ws broadcast      ${String(rawLat.sorted.length).padStart(10)} ${String(rawLat.lost).padStart(6)} ${String(pct(rawLat.sorted, 50)).padStart(8)} ${String(pct(rawLat.sorted, 99)).padStart(8)}`,
  );
  say(`p99 ratio (gateway / raw ws, raw p99 taken as at least 1 ms): ${ratio.toFixed(2)}×`);
  say(
    `gateway memory per idle subscription: ${perSubKb.toFixed(1)} KB (RSS ${rssBefore} KB before, ${rssIdle} KB with ${CONNECTIONS} idle subscriptions)`,
  );
  const checks: [string, boolean][] = [
    ['p99 ≤ 500 ms', pct(oursLat.sorted, 99) <= 500],
    ['p99 ratio ≤ 1.5', ratio <= 1.5],
    ['≤ 20 KB per idle subscription', perSubKb <= 20],
    ['no message lost', oursLat.lost === 0 && rawLat.lost === 0],
  ];
  for (const [name, ok] of checks) say(`${ok ? 'PASS' : 'FAIL'}  ${name}`);
  process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
