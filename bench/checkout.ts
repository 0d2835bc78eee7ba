/**
 * `npm run bench:checkout [-- N]`: checkout in a rush, end to end, against a plain reservation.
 *
 * Two embedded gateways in this process (all five subgraphs each, in-memory engine, demo seed 42,
 * as shipped: JWT verification, limits, cost, throttling, authorization), called over real HTTP on
 * 127.0.0.1 as clients call them. On one, 200 shoppers at once (customers cus_000001…cus_000200,
 * each with its own signed JWT) place orders with `placeOrder`: channel WEB, shipped to Paris, 1
 * or 2 lines of one unit of a few scarce SKUs, a new idempotency key each time; priced by catalog,
 * routed by fulfillment (which plans on the live stock and holds it through catalog's reservation
 * ledger), stored by orders. On the other, the baseline: 200 internal callers at once (a service
 * principal each, so the per-caller cost budget treats them as it treats the shoppers) hold the
 * very same lines with catalog's `reserveStock` (kind ORDER), each line at a position that held
 * the SKU, chosen in proportion to its units: a client choosing well, without a router.
 *
 * N attempts per operation (default 4,000) in ROUNDS rounds. Each round has its own scarce SKUs
 * (five, stocked at two positions or more), picked so that their units cover about half of what
 * the round asks for: every round sells out part way, and the last units of every position are
 * raced for. Both gateways start from the same data, so in each round both operations compete
 * for the same units. The rounds alternate which operation goes first (P R, R P, P R, R P) so
 * drift and outside load hit both alike, after an untimed warm-up of both on plentiful SKUs.
 *
 * Reported per operation: attempts/s, wins/s (orders placed, holds made), p50/p99 latency over
 * all attempts and per outcome, and placeOrder / reserveStock as ratios, overall and per round.
 * Before and after each round every position of its SKUs is read (as an internal service):
 * oversold units are the units won beyond what was available before, per SKU, plus any unit by
 * which a position's available is negative or its quantities no longer add up to its on-hand.
 * Exits 1 if any unit is oversold, if the units now held on the positions differ from the units
 * won (a stray or a lost hold), or if any request failed (HTTP or GraphQL error, throttled); 2 on
 * a bad N. No throughput target: the ratio is printed (docs/architecture.md#hot-path-performance).
 *
 * The clients run in the gateways' process, on the same 2 cores: their HTTP and JSON cost is in
 * both operations' figures alike. With 200 callers each waiting for its answer, latency is mostly
 * queueing (200 / throughput), so the latency ratio mirrors the throughput ratio.
 */
import { createGateway, type Gateway } from '../gateway/server';
import { testConfig } from '../platform/config';
import { silentLogger } from '../platform/logger';
import {
  SHOPPERS,
  agent,
  authorization,
  placeOrderOp,
  progress,
  race,
  reserveOp,
  type Outcome,
  type Run,
} from './checkout-clients';
import {
  attemptsFor,
  channelStock,
  pickScarce,
  positions,
  slotsFor,
  stockCheck,
  webSkus,
  type Candidate,
  type StockCheck,
} from './checkout-stock';

const N = Number(process.argv[2] ?? 4000);
const ROUNDS = 4;
if (!Number.isInteger(N) || N < SHOPPERS * ROUNDS) {
  process.stderr.write(
    `usage: npm run bench:checkout [-- N]   (N ≥ ${SHOPPERS * ROUNDS} attempts per operation, over ${ROUNDS} rounds; default 4000)\n`,
  );
  process.exit(2);
}
/** Scarce SKUs per round. */
const SKUS_PER_ROUND = 5;
/** The round's SKUs hold about this share of the units the round asks for. */
const SUPPLY_SHARE = 0.5;
/** Untimed attempts of each operation on each gateway before the first round. */
const WARM_UP = 800;
const SEED = 42;
const out = (line = '') => process.stdout.write(`${line}\n`);

function pct(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const sortedMs = (outcomes: Outcome[]) => outcomes.map((o) => o.ms).sort((a, b) => a - b);

type Op = 'placeOrder' | 'reserveStock';
interface Figures {
  runs: Run[];
  checks: StockCheck[];
}
function summary(f: Figures) {
  const outcomes = f.runs.flatMap((r) => r.outcomes);
  const seconds = f.runs.reduce((s, r) => s + r.seconds, 0);
  const won = outcomes.filter((o) => o.won);
  const refused = outcomes.filter((o) => !o.won && !o.label.startsWith('error:'));
  const labels = new Map<string, number>();
  for (const o of outcomes) labels.set(o.label, (labels.get(o.label) ?? 0) + 1);
  // Refusals answered before their round's last win: stock was still there to be won.
  const early = new Map<string, number>();
  for (const r of f.runs)
    for (const o of r.outcomes)
      if (!o.won && o.endedAt < r.lastWinAt) early.set(o.label, (early.get(o.label) ?? 0) + 1);
  // Until each round's stock ran out: its wins over the time to its last win.
  const sellingSeconds = f.runs.reduce((s, r) => s + r.lastWinAt, 0);
  const all = sortedMs(outcomes);
  return {
    attempts: outcomes.length,
    seconds,
    attemptsPerSecond: outcomes.length / seconds,
    won: won.length,
    wonPerSecond: won.length / seconds,
    wonWhileStockLasted: sellingSeconds > 0 ? won.length / sellingSeconds : 0,
    units: f.checks.reduce((s, c) => s + c.unitsWon, 0),
    p50: pct(all, 50),
    p99: pct(all, 99),
    wonP50: pct(sortedMs(won), 50),
    wonP99: pct(sortedMs(won), 99),
    refusedP50: pct(sortedMs(refused), 50),
    refusedP99: pct(sortedMs(refused), 99),
    errors: outcomes.length - won.length - refused.length,
    labels,
    early,
    oversold: f.checks.reduce((s, c) => s + c.oversold, 0),
    holdMismatch: f.checks.reduce((s, c) => s + Math.abs(c.holdMismatch), 0),
  };
}

async function main(): Promise<void> {
  const config = testConfig({ host: '127.0.0.1', port: 0, logLevel: 'silent' });
  const gateways: Gateway[] = [
    createGateway(config, { logger: silentLogger }),
    createGateway(config, { logger: silentLogger }),
  ];
  try {
    progress('starting two embedded gateways…');
    const urls: Record<Op, string> = {
      placeOrder: (await gateways[0]!.start()).url,
      reserveStock: (await gateways[1]!.start()).url,
    };
    const shoppers = Array.from({ length: SHOPPERS }, (_, i) =>
      authorization({ kind: 'customer', customerId: `cus_${String(i + 1).padStart(6, '0')}` }),
    );
    const services = Array.from({ length: SHOPPERS }, (_, i) =>
      authorization({ kind: 'service', service: `bench-reserver-${String(i + 1).padStart(3, '0')}` }),
    );

    // The catalog's WEB stock, per SKU, read once (both gateways hold the same demo data; each
    // round checks it again on the gateway it runs on).
    const skus = await webSkus(urls.placeOrder);
    const bySku = new Map<string, Candidate>();
    for (const s of await channelStock(urls.placeOrder, skus)) {
      const c = bySku.get(s.sku) ?? { sku: s.sku, units: 0, stocked: [] };
      c.units += s.available;
      if (s.available > 0) c.stocked.push({ locationId: s.locationId, available: s.available });
      bySku.set(s.sku, c);
    }
    const candidates = [...bySku.values()].filter((c) => c.units > 0);
    const used = new Set<string>();

    // Warm-up (JIT, caches, keep-alive connections) on the most plentiful SKUs, which no round uses.
    const plentiful = [...candidates].sort((a, b) => b.units - a.units || a.sku.localeCompare(b.sku)).slice(0, 5);
    for (const c of plentiful) used.add(c.sku);
    const warm = attemptsFor(
      plentiful.map((c) => c.sku),
      WARM_UP,
      SEED,
    );
    progress(`warming up: ${WARM_UP} attempts of each operation on plentiful SKUs…`);
    await race('warm-up placeOrder', WARM_UP, SHOPPERS, placeOrderOp(urls.placeOrder, warm, shoppers, 'warm'));
    await race(
      'warm-up reserveStock',
      WARM_UP,
      SHOPPERS,
      reserveOp(urls.reserveStock, warm, services, slotsFor(plentiful, SEED), 'warm'),
    );

    const rounds = Array.from({ length: ROUNDS }, (_, r) => {
      const count = Math.floor(N / ROUNDS) + (r < N % ROUNDS ? 1 : 0);
      const perSku = (count * 1.5 * SUPPLY_SHARE) / SKUS_PER_ROUND; // 1.5 units per attempt on average
      const picked = pickScarce(candidates, used, SKUS_PER_ROUND, perSku);
      const attempts = attemptsFor(
        picked.map((c) => c.sku),
        count,
        SEED + r + 1,
      );
      const order: readonly Op[] = r % 2 === 0 ? ['placeOrder', 'reserveStock'] : ['reserveStock', 'placeOrder'];
      return { count, picked, attempts, slots: slotsFor(picked, SEED + r + 1), order };
    });

    out(
      `bench:checkout — two embedded gateways over HTTP (127.0.0.1), in-memory engine, demo seed ${SEED}, as shipped (JWT on every request, limits, cost, throttling, authorization)`,
    );
    out(
      `${SHOPPERS} callers at once, each with its own token; ${N} attempts per operation in ${ROUNDS} rounds, each on its own scarce SKUs, run ${rounds.map((r) => (r.order[0] === 'placeOrder' ? 'P R' : 'R P')).join(' | ')}`,
    );
    for (const [r, round] of rounds.entries()) {
      const asked = round.attempts.reduce((s, a) => s + a.lines.length, 0);
      const supply = round.picked.reduce((s, c) => s + c.units, 0);
      const at = round.picked.reduce((s, c) => s + c.stocked.length, 0);
      out(
        `  round ${r + 1}: ${round.count} attempts ask ${asked} units; ${round.picked.length} SKUs hold ${supply} (${(supply / asked).toFixed(2)}× demand) at ${at} positions: ${round.picked.map((c) => `${c.sku} ${c.units}/${c.stocked.length}`).join(', ')}`,
      );
    }

    const figures: Record<Op, Figures> = {
      placeOrder: { runs: [], checks: [] },
      reserveStock: { runs: [], checks: [] },
    };
    for (const [r, round] of rounds.entries()) {
      for (const op of round.order) {
        const url = urls[op];
        const web = await channelStock(
          url,
          round.picked.map((c) => c.sku),
        );
        const before = await positions(url, web);
        // Both gateways start the round from the stock its SKUs were picked on.
        const units = web.reduce((s, p) => s + p.available, 0);
        const expected = round.picked.reduce((s, c) => s + c.units, 0);
        if (units !== expected)
          throw new Error(`${op} round ${r + 1}: ${units} WEB units before, expected ${expected}`);
        progress(`round ${r + 1}/${ROUNDS}, ${op}: ${round.count} attempts…`);
        const tag = `r${r + 1}`;
        const run =
          op === 'placeOrder'
            ? await race(op, round.count, SHOPPERS, placeOrderOp(url, round.attempts, shoppers, tag))
            : await race(op, round.count, SHOPPERS, reserveOp(url, round.attempts, services, round.slots, tag));
        figures[op].runs.push(run);
        figures[op].checks.push(
          await stockCheck(
            url,
            before,
            run.outcomes.filter((o) => o.won),
          ),
        );
      }
    }

    const p = summary(figures.placeOrder);
    const b = summary(figures.reserveStock);
    const f0 = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(0));
    const x2 = (x: number) => `${x.toFixed(2)}×`;
    const row = (cells: string[]) =>
      out(cells.map((c, i) => (i === 0 ? c.padEnd(28) : c.padStart([11, 8, 7, 7, 8, 8, 14, 16, 9][i - 1]!))).join(''));
    out();
    row(['', 'attempts/s', 'won/s', 'won', 'units', 'p50 ms', 'p99 ms', 'won p50/p99', 'refused p50/p99', 'oversold']);
    for (const [name, s] of [
      ['placeOrder (shoppers)', p],
      ['reserveStock (baseline)', b],
    ] as const) {
      row([
        name,
        f0(s.attemptsPerSecond),
        f0(s.wonPerSecond),
        String(s.won),
        String(s.units),
        f0(s.p50),
        f0(s.p99),
        `${f0(s.wonP50)}/${f0(s.wonP99)}`,
        `${f0(s.refusedP50)}/${f0(s.refusedP99)}`,
        String(s.oversold),
      ]);
    }
    row([
      'placeOrder / reserveStock',
      x2(p.attemptsPerSecond / b.attemptsPerSecond),
      x2(p.wonPerSecond / b.wonPerSecond),
      '',
      '',
      x2(p.p50 / b.p50),
      x2(p.p99 / b.p99),
      `${x2(p.wonP50 / b.wonP50)}/${x2(p.wonP99 / b.wonP99)}`,
      `${x2(p.refusedP50 / b.refusedP50)}/${x2(p.refusedP99 / b.refusedP99)}`,
      '',
    ]);
    out(
      '(won: an order placed, or a hold made; units: the units they hold; latency over every attempt, then per outcome)',
    );
    out();
    out(
      `throughput ratio per round (attempts/s, placeOrder / reserveStock): ${rounds
        .map((_, r) => {
          const [pr, br] = [figures.placeOrder.runs[r]!, figures.reserveStock.runs[r]!];
          const rate = (run: Run) => run.outcomes.length / run.seconds;
          return `${f0(rate(pr))} / ${f0(rate(br))} = ${x2(rate(pr) / rate(br))}`;
        })
        .join(', ')}`,
    );
    out(
      `until each round sold out (wins over the time to the round's last win): placeOrder ${f0(p.wonWhileStockLasted)} orders/s, reserveStock ${f0(b.wonWhileStockLasted)} holds/s = ${x2(p.wonWhileStockLasted / b.wonWhileStockLasted)}`,
    );
    for (const [name, s] of [
      ['placeOrder', p],
      ['reserveStock', b],
    ] as const) {
      out(
        `${name} outcomes in ${s.seconds.toFixed(1)} s: ${[...s.labels]
          .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
          .map(([label, count]) => `${label} ${count}`)
          .join(', ')}`,
      );
    }
    const retries = p.labels.get('STOCK_CHANGED') ?? 0;
    out(
      `placeOrder STOCK_CHANGED (stock moved under each of fulfillment's 3 plan-and-hold tries; the shopper is told to retry): ${retries} (${((100 * retries) / p.attempts).toFixed(1)}% of attempts), ${p.early.get('STOCK_CHANGED') ?? 0} of them before their round's last order`,
    );
    out(
      `stock per round (units available before → units won, placeOrder / reserveStock): ${rounds
        .map((_, r) => {
          const [cp, cb] = [figures.placeOrder.checks[r]!, figures.reserveStock.checks[r]!];
          return `${cp.unitsBefore} → ${cp.unitsWon} / ${cb.unitsWon}`;
        })
        .join(', ')}`,
    );
    out();
    const checks = [
      ['oversold units = 0 (placeOrder)', p.oversold === 0],
      ['oversold units = 0 (reserveStock)', b.oversold === 0],
      ['units held on the positions = units won (no stray or lost hold)', p.holdMismatch === 0 && b.holdMismatch === 0],
      ['every request answered (no HTTP or GraphQL error, none throttled)', p.errors === 0 && b.errors === 0],
    ] as const;
    for (const [name, ok] of checks) out(`${ok ? 'PASS' : 'FAIL'}  ${name}`);
    if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    agent.destroy();
    await Promise.all(gateways.map((g) => g.stop()));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:checkout failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
