/**
 * The figures of `npm run bench:gateway`, pure: repeats pooled into one row per configuration,
 * operation and connection count, the tables, the ratios and the targets (PASS/FAIL lines).
 */

/** One measured autocannon run. */
export interface Measurement {
  config: string;
  op: string;
  connections: number;
  requestsPerSecond: number;
  total: number;
  /** Latency, ms. */
  p50: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** Bodies that were not the reference data (or shape), with errors, or `data: null`. */
  wrong: number;
  /** Peak RSS of the server process during the run, MB. */
  rssMb: number;
  cpuMsPerRequest: number;
}

/** The repeats of one configuration × operation × connections, pooled. */
export interface Row {
  config: string;
  op: string;
  connections: number;
  repeats: number;
  /** Mean over repeats; min and max kept to show the spread. */
  requestsPerSecond: number;
  minRps: number;
  maxRps: number;
  /** Medians over repeats. */
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  wrong: number;
  total: number;
  rssMb: number;
  /** Total CPU over total requests. */
  cpuMsPerRequest: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export function pool(runs: Measurement[]): Row[] {
  const groups = new Map<string, Measurement[]>();
  for (const r of runs) {
    const key = `${r.op}|${r.connections}|${r.config}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((g) => {
    const rps = g.map((r) => r.requestsPerSecond);
    const total = g.reduce((s, r) => s + r.total, 0);
    return {
      config: g[0]!.config,
      op: g[0]!.op,
      connections: g[0]!.connections,
      repeats: g.length,
      requestsPerSecond: rps.reduce((a, b) => a + b, 0) / g.length,
      minRps: Math.min(...rps),
      maxRps: Math.max(...rps),
      p50: median(g.map((r) => r.p50)),
      p99: median(g.map((r) => r.p99)),
      errors: g.reduce((s, r) => s + r.errors, 0),
      non2xx: g.reduce((s, r) => s + r.non2xx, 0),
      wrong: g.reduce((s, r) => s + r.wrong, 0),
      total,
      rssMb: Math.max(...g.map((r) => r.rssMb)),
      cpuMsPerRequest: total > 0 ? g.reduce((s, r) => s + r.cpuMsPerRequest * r.total, 0) / total : NaN,
    };
  });
}

export const find = (rows: Row[], config: string, op: string, connections: number) =>
  rows.find((r) => r.config === config && r.op === op && r.connections === connections);

/** a / b, or NaN when either is missing. */
export function ratio(a: number | undefined, b: number | undefined): number {
  return a === undefined || b === undefined || !(b > 0) ? NaN : a / b;
}

const fmt = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const fmtRatio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');

/** One markdown table per operation × connections. */
export function tables(rows: Row[], ops: string[], connections: number[], configs: string[]): string[] {
  const out: string[] = [];
  for (const op of ops) {
    for (const c of connections) {
      const here = configs.map((name) => find(rows, name, op, c)).filter((r): r is Row => r !== undefined);
      if (here.length === 0) continue;
      out.push(`#### ${op}, ${c} connections`, '');
      out.push(
        '| config | req/s (min–max) | p50 ms | p99 ms | errors / non-2xx | wrong answers | requests | server RSS MB (peak) | server CPU ms/req |',
        '|---|---|---|---|---|---|---|---|---|',
      );
      for (const r of here) {
        out.push(
          `| ${r.config} | ${fmt(r.requestsPerSecond)} (${fmt(r.minRps)}–${fmt(r.maxRps)}) | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} | ${r.errors} / ${r.non2xx} | ${r.wrong} | ${r.total} | ${fmt(r.rssMb)} | ${fmt(r.cpuMsPerRequest, 3)} |`,
        );
      }
      out.push('');
    }
  }
  return out;
}

/**
 * Ratios of ours (embedded, embedded with the response cache on, distributed) to stock Apollo,
 * Hive defaults and the subgraph directly, req/s and CPU/request. The targets are judged on
 * `embedded` with its defaults (the cache off); the cache's column is for comparison.
 */
export function ratioLines(rows: Row[], ops: string[], connections: number[], owners: Map<string, string>): string[] {
  const out = [
    '| operation | conns | embedded / apollo | embedded / hive | embedded / direct | embedded, response cache / apollo | distributed / apollo | distributed / hive | distributed / direct | CPU/req distributed / apollo |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const op of ops) {
    for (const c of connections) {
      const rps = (config: string) => find(rows, config, op, c)?.requestsPerSecond;
      const direct = owners.get(op) ? rps(`direct:${owners.get(op)}`) : undefined;
      const cpu = (config: string) => find(rows, config, op, c)?.cpuMsPerRequest;
      out.push(
        `| ${op} | ${c} | ${[
          ratio(rps('embedded'), rps('apollo')),
          ratio(rps('embedded'), rps('hive')),
          ratio(rps('embedded'), direct),
          ratio(rps('embedded-cache'), rps('apollo')),
          ratio(rps('distributed'), rps('apollo')),
          ratio(rps('distributed'), rps('hive')),
          ratio(rps('distributed'), direct),
          ratio(cpu('distributed'), cpu('apollo')),
        ]
          .map(fmtRatio)
          .join(' | ')} |`,
      );
    }
  }
  return out;
}

export interface Target {
  name: string;
  /** null: not measured in this run (e.g. `--only`). */
  ok: boolean | null;
  detail: string;
}

/** The targets, from this run's rows; `paced` is the listing+stock run at half its max throughput. */
export function targets(
  rows: Row[],
  connections: number[],
  paced: Row | undefined,
  idleRss: Map<string, number>,
): Target[] {
  const c = Math.max(...connections);
  const rps = (config: string, op: string) => find(rows, config, op, c)?.requestsPerSecond;
  const out: Target[] = [];
  const atLeast = (name: string, value: number, bound: number) =>
    out.push({ name, ok: Number.isFinite(value) ? value >= bound : null, detail: fmtRatio(value) });
  atLeast(
    `embedded ≥ 3× stock Apollo req/s, journey (${c} conns)`,
    ratio(rps('embedded', 'journey'), rps('apollo', 'journey')),
    3,
  );
  atLeast(
    `embedded ≥ 2× stock Apollo req/s, listing + store stock (${c} conns)`,
    ratio(rps('embedded', 'listing+stock'), rps('apollo', 'listing+stock')),
    2,
  );
  atLeast(
    `embedded ≥ 1.5× stock Apollo req/s, listing (${c} conns)`,
    ratio(rps('embedded', 'listing'), rps('apollo', 'listing')),
    1.5,
  );
  atLeast(
    `embedded ≥ 0.8× the catalog subgraph queried directly, listing (${c} conns)`,
    ratio(rps('embedded', 'listing'), rps('direct:catalog', 'listing')),
    0.8,
  );
  const ops = [...new Set(rows.map((r) => r.op))];
  for (const op of ops) {
    const value = ratio(
      find(rows, 'distributed', op, c)?.cpuMsPerRequest,
      find(rows, 'apollo', op, c)?.cpuMsPerRequest,
    );
    out.push({
      name: `distributed gateway-process CPU/request ≤ 0.5× stock Apollo's, ${op} (${c} conns)`,
      ok: Number.isFinite(value) ? value <= 0.5 : null,
      detail: fmtRatio(value),
    });
  }
  for (const op of ['listing', 'listing+stock', 'kiosk-near'])
    atLeast(
      `distributed ≥ Hive Gateway defaults req/s, ${op} (${c} conns)`,
      ratio(rps('distributed', op), rps('hive', op)),
      1,
    );
  const at60 = rows.filter((r) => r.connections === c);
  const bad = at60.reduce((s, r) => s + r.wrong + r.errors + r.non2xx, 0);
  const badWhere = at60.filter((r) => r.wrong + r.errors + r.non2xx > 0).map((r) => `${r.config}/${r.op}`);
  out.push({
    name: `no wrong or empty answer, error or non-2xx at ${c} connections (every configuration, every operation)`,
    ok: at60.length > 0 ? bad === 0 : null,
    detail: bad === 0 ? '0' : `${bad} in ${badWhere.join(', ')}`,
  });
  out.push({
    name: 'listing + store stock, embedded, at half its max throughput: p99 ≤ 2× p50',
    ok: paced ? paced.p99 <= 2 * paced.p50 : null,
    detail: paced
      ? `p50 ${fmt(paced.p50, 1)} ms, p99 ${fmt(paced.p99, 1)} ms at ${fmt(paced.requestsPerSecond)} req/s`
      : '–',
  });
  // placeOrder keeps every order it places (state, not load): the bound is checked on the reads.
  for (const config of ['embedded', 'distributed']) {
    const idle = idleRss.get(config);
    const peakOf = (rs: Row[]) => (rs.length ? Math.max(...rs.map((r) => r.rssMb)) : NaN);
    const mine = rows.filter((r) => r.config === config);
    const reads = peakOf(mine.filter((r) => r.op !== 'placeOrder'));
    const value = ratio(reads, idle);
    out.push({
      name: `${config}: RSS under load ≤ 1.5× idle (read operations)`,
      ok: Number.isFinite(value) ? value <= 1.5 : null,
      detail: `${fmtRatio(value)} (idle ${fmt(idle ?? NaN)} MB, peak ${fmt(reads)} MB; with placeOrder's new orders ${fmt(peakOf(mine))} MB)`,
    });
  }
  return out;
}

export const targetLine = (t: Target) => `${t.ok === null ? 'N/A ' : t.ok ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`;
