/**
 * `npm run bench:security [-- N]`: what the security layers cost, and how fast attacks are refused.
 *
 * Two embedded gateways in one process on the same demo data: one as shipped (operation limits,
 * cost accounting, throttling, the partner safelist, the audit log and the authorization
 * directives in every subgraph), one built without them (`withoutSecurity`, this benchmark's
 * baseline only; both verify the same client JWT, and the lookups that hide other shoppers' data
 * in code are the same). Representative operations run over real HTTP, one at a time, the two
 * gateways taking turns, N each per round; the secured gateway's throughput over all rounds is
 * reported as a ratio of the baseline's (target ≥ 0.9×), with each round's ratio. Then each
 * observed attack is sent to the secured gateway and the time to its refusal is reported. Exits 1
 * if the target is missed or an attack is not refused.
 *
 * Both gateways share one process and 2 cores with whatever else runs, so the measurement is
 * arranged to be fair to both and steady: both are warmed up together, request by request, before
 * anything is timed; the gateways take turns request by request, alternating which goes first
 * (secured, baseline, baseline, secured, …), so a burst of outside load or a garbage collection
 * falls on both alike; and the rounds interleave the operations, so a slow minute is shared by
 * every measurement.
 */
import { createGateway } from '../gateway/server';
import { testConfig } from '../platform/config';
import { silentLogger } from '../platform/logger';
import { pickJourneyCustomer } from '../test/support/demo';
import { bearer, KIOSK } from '../test/support/http';
import { CROSS_SUBGRAPH_QUERY } from '../test/support/queries';

const N = Number(process.argv[2] ?? 300);
if (!Number.isInteger(N) || N < 50) {
  process.stderr.write('usage: npm run bench:security [-- N]   (N ≥ 50 requests per operation and round)\n');
  process.exit(2);
}
const TARGET = 0.9;
/** Requests per gateway in one block (one: the gateways take turns); blocks alternate which goes first. */
const BLOCK = 1;
/** Rounds of N requests per operation and gateway; the ratio is over all of them. */
const ROUNDS = 3;
/** Untimed requests per operation and gateway before the first round, alternating gateways. */
const WARM_UP = 100;
const out = (line = '') => process.stdout.write(`${line}\n`);

interface Request {
  query: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

async function post(
  url: string,
  r: Request,
): Promise<{ status: number; body: { data?: unknown; errors?: unknown[] } }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...r.headers },
    body: JSON.stringify({ query: r.query, variables: r.variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
}

async function timed(url: string, r: Request, count: number, into: number[]): Promise<void> {
  for (let i = 0; i < count; i++) {
    const t = process.hrtime.bigint();
    const res = await post(url, r);
    into.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (res.status !== 200 || res.body.errors)
      throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body.errors)}`);
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const nest = (depth: number, open: string, leaf: string) =>
  `${open.repeat(depth)}${leaf}${' }'.repeat(depth * (open.split('{').length - 1))}`;

const ATTACKS: [string, string][] = [
  [
    'exponential nesting (depth)',
    `{ products(first: 100) { edges { node { ${nest(5, 'variants { product { ', 'id')} } } } }`,
  ],
  [
    'exponential nesting (cost)',
    `{ products(first: 100) { edges { node { ${nest(3, 'variants { product { ', 'id')} } } } }`,
  ],
  [
    '5,000 aliases (tokens)',
    `{ variant(sku: "SKU-0001-41-FOR") { ${Array.from({ length: 5000 }, (_, i) => `a${i}: totalAvailable`).join(' ')} } }`,
  ],
  [
    '40 aliases',
    `{ variant(sku: "SKU-0001-41-FOR") { ${Array.from({ length: 40 }, (_, i) => `a${i}: totalAvailable`).join(' ')} } }`,
  ],
  ['33,333 id aliases', `{ ${Array.from({ length: 33_333 }, (_, i) => `a${i}: __typename`).join(' ')} }`],
  ['token flood', `{ ${'__typename '.repeat(10_000)}}`],
  ['directive flood', `{ ${'__typename @skip(if: false) @include(if: true) '.repeat(25)}}`],
  [
    'anonymous bulk read of 20 profiles',
    `{ ${Array.from({ length: 20 }, (_, i) => `c${i}: customer(id: "cus_${String(i + 1).padStart(6, '0')}") { email phone }`).join(' ')} }`,
  ],
];

async function main(): Promise<void> {
  const config = testConfig({
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    throttle: { maximumAvailable: 100_000_000, restoreRate: 10_000_000 },
  });
  const secured = createGateway(config, { logger: silentLogger });
  const baseline = createGateway(config, { logger: silentLogger, withoutSecurity: true });
  const [s, b] = [await secured.start(), await baseline.start()];
  try {
    const { card } = pickJourneyCustomer();
    const listing = {
      query: `{ products(first: 10) { edges { node { title variants { sku price(channel: WEB) { amount { amount } } inventoryLevels(locationIds: ["loc_store_01"]) { available } } } } } }`,
    };
    const journey = { query: CROSS_SUBGRAPH_QUERY, variables: { type: 'LOYALTY_CARD', value: card } };
    // Both see the same kiosk token (verifying it is not optional); only the secured one checks
    // the schema's authorization directives on every field it resolves.
    const kiosk = { ...journey, headers: bearer(KIOSK) };
    const ops = [
      { name: 'storefront listing with stock (anonymous)', secured: listing, baseline: listing },
      { name: 'five-subgraph journey (kiosk)', secured: kiosk, baseline: kiosk },
    ];
    for (const op of ops) {
      const [a, c] = [await post(s.url, op.secured), await post(b.url, op.baseline)];
      if (JSON.stringify(a.body.data) !== JSON.stringify(c.body.data))
        throw new Error(
          `${op.name}: the two gateways disagree:\n${JSON.stringify(a.body).slice(0, 600)}\n${JSON.stringify(c.body).slice(0, 600)}`,
        );
    }
    out(
      `bench:security — two embedded gateways over HTTP (127.0.0.1), demo seed 42, ${N} requests per operation each in each of ${ROUNDS} rounds, taking turns in blocks of ${BLOCK}`,
    );
    out();
    let ok = true;
    for (const op of ops) {
      for (let i = 0; i < WARM_UP; i++) {
        await timed(s.url, op.secured, 1, []);
        await timed(b.url, op.baseline, 1, []);
      }
    }
    const times = ops.map(() => ({ secured: [] as number[], baseline: [] as number[], rounds: [] as number[] }));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, op] of ops.entries()) {
        const these = { secured: [] as number[], baseline: [] as number[] };
        for (let done = 0, block = 0; done < N; done += BLOCK, block++) {
          const n = Math.min(BLOCK, N - done);
          if (block % 2 === 0) {
            await timed(s.url, op.secured, n, these.secured);
            await timed(b.url, op.baseline, n, these.baseline);
          } else {
            await timed(b.url, op.baseline, n, these.baseline);
            await timed(s.url, op.secured, n, these.secured);
          }
        }
        times[i]!.secured.push(...these.secured);
        times[i]!.baseline.push(...these.baseline);
        times[i]!.rounds.push(mean(these.baseline) / mean(these.secured));
      }
    }
    for (const [i, op] of ops.entries()) {
      const { secured, baseline, rounds } = times[i]!;
      const ratio = mean(baseline) / mean(secured);
      ok &&= ratio >= TARGET;
      out(`${op.name}`);
      out(
        `  with security    ${mean(secured).toFixed(2)} ms/req (p50 ${median(secured).toFixed(2)})  ${(1000 / mean(secured)).toFixed(0)} req/s`,
      );
      out(
        `  without          ${mean(baseline).toFixed(2)} ms/req (p50 ${median(baseline).toFixed(2)})  ${(1000 / mean(baseline)).toFixed(0)} req/s`,
      );
      out(
        `  throughput with / without: ${ratio.toFixed(2)}× (target ≥ ${TARGET}×; rounds ${rounds.map((r) => `${r.toFixed(2)}×`).join(', ')})`,
      );
    }
    out();
    out('time to refuse each attack on the secured gateway (median of 20):');
    for (const [name, query] of ATTACKS) {
      const ms: number[] = [];
      let statuses = new Set<number>();
      for (let i = 0; i < 20; i++) {
        const t = process.hrtime.bigint();
        const res = await post(s.url, { query });
        ms.push(Number(process.hrtime.bigint() - t) / 1e6);
        const refused = res.status >= 400 || (res.body.errors?.length ?? 0) > 0;
        statuses = statuses.add(refused ? res.status : 0);
      }
      const refused = !statuses.has(0);
      ok &&= refused;
      out(
        `  ${name.padEnd(38)} ${median(ms).toFixed(2).padStart(7)} ms  ${refused ? `refused (HTTP ${[...statuses].join(',')})` : 'NOT REFUSED'}`,
      );
    }
    out();
    out(
      `${ok ? 'PASS' : 'FAIL'}  security costs at most ${Math.round((1 - TARGET) * 100)}% of throughput, and every attack is refused`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await Promise.all([secured.stop(), baseline.stop()]);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:security failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
