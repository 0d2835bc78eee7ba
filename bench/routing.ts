/**
 * `npm run bench:routing [-- N]`: the fulfillment routing engine's decision time and plan quality.
 *
 * Networks of 50, 500 and 2,000 nodes are generated from a seeded RNG (demo/random.ts, seed 42):
 * a few warehouses holding most of a 1,000-SKU catalog, stores holding a popular few units deep,
 * 3PLs and dropship suppliers, all over France. For each network and each order size from 1 to 10
 * lines, N orders (default 100) near a random node are routed with a realistic profile (the
 * default web profile: cost, lateness, splits, rank, capacity use and store stock balance all
 * weighted; at most 3 shipments). Each order is also routed by a naive router in the same loop —
 * each line from the nearest eligible node that holds it, else split over the nearest ones —
 * the baseline every ratio is against. Decision time is the engine call alone (the API calls it
 * with a snapshot already in memory: each node with the stock of the order's SKUs, as one batched
 * inventory lookup returns it); one extra row gives every node its whole catalogue's stock. Then
 * 500 small instances (8 nodes, 1–4 lines) are compared with an exhaustive brute force
 * (test/fixtures/routing/oracle.ts).
 *
 * Exits 1 if p99 (best of REPEATS runs per order) at 500 nodes × 5 lines exceeds 5 ms.
 */
import { createRandom, type Random } from '../demo/random';
import { haversineKm } from '../platform/geo';
import type { RoutingInstance, RoutingNode, Shipment } from '../subgraphs/fulfillment/domain/routing/model';
import { objectiveOf, planTerms } from '../subgraphs/fulfillment/domain/routing/plan';
import { routeOrder } from '../subgraphs/fulfillment/domain/routing/route';
import { CARRIER, WEB_PROFILE, generateNetwork, generateOrder, snapshotFor } from '../test/fixtures/routing/networks';
import { bruteForce } from '../test/fixtures/routing/oracle';

const N = Number(process.argv[2] ?? 100);
if (!Number.isInteger(N) || N < 20) {
  process.stderr.write('usage: npm run bench:routing [-- N]   (N ≥ 20 orders per network size and line count)\n');
  process.exit(2);
}
const SEED = 42;
const SIZES = [50, 500, 2000];
const TARGET = { nodes: 500, lines: 5, p99Ms: 5 };
const SMALL = 500;
/**
 * Each order is routed this many times in a row (the engine is deterministic: the same work each
 * time); its latency is the best run, so a run preempted by another process on this shared 2-core
 * machine does not count as the engine's. The first run's figures are printed too ("single").
 */
const REPEATS = 3;
const PROFILE = WEB_PROFILE;
const out = (line = '') => process.stdout.write(`${line}\n`);

/** The baseline: each line from the nearest eligible node holding all of it, else split over the nearest holders. */
function naiveRoute(instance: RoutingInstance): Shipment[] | null {
  const { order, carrier } = instance;
  const nodes = instance.nodes
    .filter((n) => n.active && n.capabilities.includes('SHIP') && n.capacityLeft >= 1)
    .map((node) => ({ node, km: haversineKm(order.destination, node) }))
    .sort((a, b) => a.km - b.km);
  const left = new Map<string, number>();
  const have = (n: RoutingNode, sku: string) => left.get(`${n.id}\u0000${sku}`) ?? n.stock[sku] ?? 0;
  const byNode = new Map<string, Shipment>();
  for (const line of order.lines) {
    let want = line.quantity;
    const whole = nodes.find(({ node }) => have(node, line.sku) >= want);
    for (const { node, km } of whole ? [whole] : nodes) {
      const take = Math.min(want, have(node, line.sku));
      if (take <= 0) continue;
      left.set(`${node.id}\u0000${line.sku}`, have(node, line.sku) - take);
      const s = byNode.get(node.id) ?? {
        nodeId: node.id,
        km,
        cost: node.costPerShipment + node.costPerKm * km,
        promiseHours: node.handlingHours + carrier.baseHours + km / carrier.kmPerHour,
        lines: [],
      };
      s.lines.push({ lineId: line.id, quantity: take });
      byNode.set(node.id, s);
      want -= take;
      if (want === 0) break;
    }
    if (want > 0) return null;
  }
  return [...byNode.values()];
}

function pct(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Cell {
  /** Per order: the first run's wall-clock ms, and the best of REPEATS runs (what the order costs, without a preempted run). */
  engineMs: number[];
  engineBestMs: number[];
  naiveMs: number[];
  naiveBestMs: number[];
  feasible: number;
  exact: number;
  /** Σ naive objective / Σ engine objective over orders both could route within maxShipments. */
  naiveObjective: number;
  engineObjective: number;
  naiveOverMax: number;
  naiveFailed: number;
}

const emptyCell = (): Cell => ({
  engineMs: [],
  engineBestMs: [],
  naiveMs: [],
  naiveBestMs: [],
  feasible: 0,
  exact: 0,
  naiveObjective: 0,
  engineObjective: 0,
  naiveOverMax: 0,
  naiveFailed: 0,
});

function time<T>(f: () => T): [T, number] {
  const started = process.hrtime.bigint();
  const result = f();
  return [result, Number(process.hrtime.bigint() - started) / 1e6];
}

/** `snapshot`: the nodes as the API passes them for one order (the order's SKUs' stock), or every SKU's stock. */
function runCell(rng: Random, nodes: RoutingNode[], lines: number, count: number, snapshot = true): Cell {
  const cell = emptyCell();
  for (let i = 0; i < count; i++) {
    const order = generateOrder(rng, nodes, lines);
    const instance: RoutingInstance = {
      nodes: snapshot ? snapshotFor(nodes, order) : nodes,
      carrier: CARRIER,
      order,
      profile: PROFILE,
    };
    const [plan, engineMs] = time(() => routeOrder(instance));
    const [naive, naiveMs] = time(() => naiveRoute(instance));
    let [engineBest, naiveBest] = [engineMs, naiveMs];
    for (let r = 1; r < REPEATS; r++) {
      engineBest = Math.min(engineBest, time(() => routeOrder(instance))[1]);
      naiveBest = Math.min(naiveBest, time(() => naiveRoute(instance))[1]);
    }
    cell.engineMs.push(engineMs);
    cell.engineBestMs.push(engineBest);
    cell.naiveMs.push(naiveMs);
    cell.naiveBestMs.push(naiveBest);
    if (plan.feasible) {
      cell.feasible++;
      if (plan.exact) cell.exact++;
    }
    if (!naive) cell.naiveFailed++;
    else if (naive.length > PROFILE.maxShipments) cell.naiveOverMax++;
    else if (plan.feasible) {
      cell.naiveObjective += objectiveOf(planTerms(instance, naive));
      cell.engineObjective += plan.objective;
    }
  }
  return cell;
}

function smallInstances(rng: Random): {
  optimal: number;
  within1: number;
  total: number;
  exact: number;
  feasible: number;
} {
  let feasible = 0;
  let optimal = 0;
  let within1 = 0;
  let exact = 0;
  let total = 0;
  for (let i = 0; i < SMALL; i++) {
    const nodes = generateNetwork(rng, 8);
    const order = generateOrder(rng, nodes, rng.int(1, 4));
    const instance: RoutingInstance = {
      nodes: snapshotFor(nodes, order),
      carrier: CARRIER,
      order,
      profile: { ...PROFILE, maxShipments: rng.int(1, 4) },
    };
    const optimum = bruteForce(instance);
    const plan = routeOrder(instance);
    total++;
    if (plan.exact) exact++;
    if (optimum.feasible) feasible++;
    if (!optimum.feasible) {
      if (!plan.feasible && plan.reason === optimum.reason) {
        optimal++;
        within1++;
      }
      continue;
    }
    if (!plan.feasible) continue;
    const gap = plan.objective - optimum.objective;
    if (gap <= 1e-9 * Math.max(1, Math.abs(optimum.objective))) optimal++;
    if (plan.objective <= optimum.objective * 1.01) within1++;
  }
  return { optimal, within1, total, exact, feasible };
}

const f = (v: number, width = 7, digits = 3) => v.toFixed(digits).padStart(width);

const sorted = (v: readonly number[]) => [...v].sort((a, b) => a - b);

function row(label: string, cell: Cell): string {
  const best = sorted(cell.engineBestMs);
  const single = sorted(cell.engineMs);
  const naive = sorted(cell.naiveBestMs);
  const mean = single.reduce((a, b) => a + b, 0) / single.length;
  const quality = cell.engineObjective > 0 ? f(cell.naiveObjective / cell.engineObjective, 6, 2) : '     —';
  return `${label} ${f(pct(best, 50))} ${f(pct(best, 99))} ${f(pct(single, 99))} ${f(1000 / mean, 8, 0)} ${`${cell.exact}/${cell.feasible}`.padStart(8)} | ${f(pct(naive, 50))} ${f(pct(naive, 99))} ${f(pct(best, 50) / pct(naive, 50), 6, 2)}× | ${quality}× ${`${cell.naiveOverMax}/${cell.naiveFailed}`.padStart(7)}`;
}

function main(): void {
  const rng = createRandom(SEED);
  out(`bench:routing — seeded networks (seed ${SEED}), ${N} orders per network size and line count, one at a time`);
  out(`profile: maxShipments ${PROFILE.maxShipments}, weights ${JSON.stringify(PROFILE.weights)}`);
  out('engine: routeOrder on the snapshot the API passes (each node with the stock of the order’s SKUs)');
  out('naive: each line from the nearest eligible node holding all of it, else split over the nearest holders');
  out();
  out(`latencies: best of ${REPEATS} runs per order; "single": the first run alone (plans/s from single runs)`);
  out();
  out('             engine (ms)                                 | naive (ms)                    | naive objective');
  out(
    'nodes lines     p50     p99 p99 single  plans/s    exact |     p50     p99  p50 ×naive | ×engine  over max/failed',
  );
  let targetP99 = Infinity;
  for (const size of SIZES) {
    const nodes = generateNetwork(rng.fork(`network-${size}`), size);
    const orders = rng.fork(`orders-${size}`);
    runCell(rng.fork(`warm-up-${size}`), nodes, 5, 30);
    const all = emptyCell();
    for (let lines = 1; lines <= 10; lines++) {
      const cell = runCell(orders, nodes, lines, N);
      if (size === TARGET.nodes && lines === TARGET.lines) {
        targetP99 = pct(sorted(cell.engineBestMs), 99);
      }
      out(row(`${String(size).padStart(5)} ${String(lines).padStart(5)}`, cell));
      for (const key of Object.keys(all) as (keyof Cell)[]) {
        const value = cell[key];
        if (Array.isArray(value)) (all[key] as number[]).push(...value);
        else (all[key] as number) += value;
      }
    }
    out(row(`${String(size).padStart(5)}  1–10`, all));
    out();
  }
  const full = runCell(rng.fork('full-stock'), generateNetwork(rng.fork('network-500'), 500), 5, N, false);
  out(row('  500     5', full) + '   ← every SKU’s stock in the snapshot (1,000-SKU catalogue)');
  out();
  const small = smallInstances(rng.fork('small'));
  out(
    `small instances (8 nodes, 1–4 lines, maxShipments 1–4; ${small.feasible} feasible) vs brute force: ${small.optimal}/${small.total} at the optimum (${((100 * small.optimal) / small.total).toFixed(1)}%), ${small.within1}/${small.total} within 1%, ${small.exact}/${small.total} proved exact`,
  );
  out();
  const ok = targetP99 <= TARGET.p99Ms;
  out(
    `${ok ? 'PASS' : 'FAIL'}  p99 at ${TARGET.nodes} nodes × ${TARGET.lines} lines ${targetP99.toFixed(3)} ms ≤ ${TARGET.p99Ms} ms`,
  );
  if (!ok) process.exitCode = 1;
}

main();
