/**
 * `npm run bench:gateway -- [--duration S] [--warmup S] [--repeats N] [--connections 20,60]
 * [--only op,op] [--configs name,name] [--quick] [--no-docs]`: our gateway against stock Apollo
 * Gateway and Hive Gateway over the same subgraph processes, under load from autocannon.
 *
 * Configurations (bench/gateway-configs.ts), each its own process, NODE_ENV=production, demo seed
 * 42: (a) ours embedded, (b) ours distributed, (c) stock `@apollo/gateway` + `@apollo/server`
 * defaults, (d) Hive Gateway with defaults, with its subgraph-request deduplication off, and with
 * its Rust query planner, (e) the owning subgraph queried directly for single-subgraph operations.
 * (b)–(e) share one set of five subgraph processes; every gateway forwards the same signed
 * principal, so the subgraphs do the same work for each.
 *
 * Before measuring, every configuration must return, for every operation, exactly the data of (a)
 * without errors (a configuration that does not is left out of that operation, and said so). Then
 * per operation: an unmeasured warm-up of each configuration, and REPEATS rounds of measured runs
 * at each connection count, the configurations in alternating order round by round. Every
 * response under load is checked (status, no `errors`, `data` equal to the reference, or the
 * right shape for placeOrder). Per run: req/s, p50/p99, errors, non-2xx, wrong answers, the
 * server process's peak RSS and its CPU time per request (/proc/<pid>/stat; for a distributed
 * gateway its own process only). Last, listing+stock on (a) paced at half its max throughput.
 * Prints the tables, the ratios and a PASS/FAIL line per target; writes docs/benchmarks.md.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  describe,
  directConfig,
  GATEWAYS,
  killAll,
  rssMb,
  startGateway,
  startSubgraphs,
  supergraphFile,
  type Config,
  type GatewayName,
} from './gateway-configs';
import { measure, probe } from './gateway-load';
import { listingSize, operations, type Operation } from './gateway-operations';
import { pool, ratioLines, tables, targetLine, targets, type Measurement } from './gateway-report';

const say = (line = '') => process.stdout.write(`${line}\n`);
const progress = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function options(argv: string[]) {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const num = (flag: string, fallback: number) => {
    const v = Number(value(flag) ?? fallback);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`${flag} must be a positive number`);
    return v;
  };
  return {
    seconds: num('--duration', quick ? 2 : 4),
    warmup: num('--warmup', quick ? 1 : 2),
    repeats: num('--repeats', quick ? 1 : 2),
    connections: (value('--connections') ?? '20,60').split(',').map(Number),
    only: value('--only')?.split(','),
    configs: (value('--configs')?.split(',') ?? [...GATEWAYS]) as GatewayName[],
    docs: !argv.includes('--no-docs'),
    argv: argv.join(' '),
  };
}

async function post(url: string, query: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`setup query failed: ${JSON.stringify(body).slice(0, 300)}`);
  return body.data;
}

/** The store, the kiosk's SKU and checkout's SKUs, read from the embedded gateway. */
async function pickData(url: string) {
  const stores = (await post(url, '{ locations(filter: { type: STORE }) { id } }')).locations as { id: string }[];
  const page = (await post(
    url,
    '{ products(first: 50) { edges { node { variants { sku availability(channel: WEB) { available } availabilityNear(near: { lat: 48.8566, lng: 2.3522 }, radiusKm: 15, first: 5) { available } } } } } }',
  )) as {
    products: {
      edges: {
        node: {
          variants: { sku: string; availability: { available: number }; availabilityNear: { available: number }[] }[];
        };
      }[];
    };
  };
  const variants = page.products.edges.flatMap((e) => e.node.variants);
  const near = variants.find((v) => v.availabilityNear.filter((a) => a.available > 0).length >= 3);
  const orderSkus = variants.filter((v) => v.availability.available >= 30).map((v) => v.sku);
  if (!near || orderSkus.length === 0) throw new Error('no SKU stocked near Paris, or none with WEB stock');
  return { store: stores[0]!.id, nearSku: near.sku, orderSkus };
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const started = Date.now();
  const loadAtStart = loadavg();
  progress('starting five subgraph processes…');
  const subgraphs = await startSubgraphs();
  const supergraph = supergraphFile(subgraphs);
  const gateways: Config[] = [];
  const notes: string[] = [];
  for (const name of opts.configs) {
    progress(`starting ${name}…`);
    try {
      gateways.push(await startGateway(name, subgraphs, supergraph));
    } catch (error) {
      if (name === 'embedded' || name === 'apollo') throw error;
      notes.push(`${describe(name)} did not start, left out: ${String(error).split('\n')[0]}`);
      progress(notes.at(-1)!);
    }
  }
  const reference = gateways.find((g) => g.name === 'embedded') ?? gateways[0]!;
  const data = await pickData(reference.url);
  const ops = operations({ ...data, runTag: `${process.pid}-${started}` }).filter(
    (op) => !opts.only || opts.only.includes(op.name),
  );
  const owners = new Map(ops.filter((o) => o.owner).map((o) => [o.name, o.owner!]));
  const configsFor = (op: Operation): Config[] => [
    ...gateways,
    ...(op.owner ? [directConfig(op.owner, subgraphs[op.owner])] : []),
  ];

  // Same data, no errors, from every configuration, before any load.
  progress('checking that every configuration returns the same data…');
  const expected = new Map<string, string | null>();
  const excluded = new Set<string>();
  let listing = '';
  for (const op of ops) {
    const ref = await probe(reference, op);
    if (!ref.data) throw new Error(`${op.name} on ${reference.name}: ${ref.problem}`);
    expected.set(op.name, op.shape ? null : ref.data);
    if (op.name === 'listing') {
      const size = listingSize(JSON.parse(ref.data) as Record<string, unknown>);
      listing = `${size.products} products / ${size.variants} variants`;
    }
    for (const config of configsFor(op)) {
      const got = await probe(config, op);
      const same = got.data !== undefined && (op.shape !== undefined || got.data === ref.data);
      if (!same) {
        excluded.add(`${config.name}|${op.name}`);
        notes.push(
          `${config.name} left out of ${op.name}: ${got.problem ?? `different data (${got.data!.length} vs ${ref.data.length} characters)`}`,
        );
        progress(`  MISMATCH ${notes.at(-1)}`);
      }
    }
  }
  progress(`  equality check done (${excluded.size} left out)`);
  await sleep(1000);
  const idleRss = new Map(gateways.map((g) => [g.name, rssMb(g.pid)]));

  const runs: Measurement[] = [];
  const conns = opts.connections;
  for (const op of ops) {
    const configs = configsFor(op).filter((c) => !excluded.has(`${c.name}|${op.name}`));
    progress(`${op.name}: warm-up (${opts.warmup} s each at ${Math.max(...conns)} connections)…`);
    for (const config of configs)
      await measure({
        config,
        op,
        expected: expected.get(op.name)!,
        connections: Math.max(...conns),
        seconds: opts.warmup,
      });
    for (let round = 0; round < opts.repeats; round++) {
      const order = round % 2 === 0 ? configs : [...configs].reverse();
      for (const c of conns) {
        for (const config of order) {
          const m = await measure({
            config,
            op,
            expected: expected.get(op.name)!,
            connections: c,
            seconds: opts.seconds,
          });
          runs.push(m);
          progress(
            `  ${op.name} ${c}c round ${round + 1} ${config.name}: ${m.requestsPerSecond.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, wrong ${m.wrong}, errors ${m.errors + m.non2xx}, ${m.cpuMsPerRequest.toFixed(3)} CPU ms/req`,
          );
        }
      }
    }
  }
  const rows = pool(runs);
  const max = Math.max(...conns);
  const stockOp = ops.find((o) => o.name === 'listing+stock');
  const embedded = gateways.find((g) => g.name === 'embedded');
  const top = rows.find((r) => r.config === 'embedded' && r.op === 'listing+stock' && r.connections === max);
  let paced: ReturnType<typeof pool>[number] | undefined;
  if (stockOp && embedded && top) {
    const rate = Math.max(1, Math.round(top.requestsPerSecond / 2));
    progress(`listing+stock on embedded paced at ${rate} req/s (half its max)…`);
    const m = await measure({
      config: embedded,
      op: stockOp,
      expected: expected.get(stockOp.name)!,
      connections: max,
      seconds: opts.seconds * 2,
      overallRate: rate,
    });
    paced = pool([m])[0];
  }
  killAll();

  const opNames = ops.map((o) => o.name);
  const configNames = [...gateways.map((g) => g.name), ...new Set([...owners.values()].map((o) => `direct:${o}`))];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node.js ${process.version}, ${process.platform} ${process.arch}; load average (1, 5, 15 min) at the start ${loadAtStart
    .map((l) => l.toFixed(2))
    .join(' ')}, at the end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
  const report = [
    `Machine: ${machine}.`,
    `Run: ${new Date(started).toISOString()}, ${((Date.now() - started) / 60000).toFixed(1)} min; ${opts.seconds} s per measured run, ${opts.warmup} s warm-up per configuration and operation, ${opts.repeats} round(s) in alternating order, ${conns.join(' and ')} connections; listing: ${listing}.`,
    '',
    'Configurations:',
    '',
    ...configNames.map((n) => `- \`${n}\`: ${describe(n)}`),
    '',
    ...(notes.length ? ['Notes:', '', ...notes.map((n) => `- ${n}`), ''] : []),
    ...tables(rows, opNames, conns, configNames),
    '#### Ratios (req/s; last column CPU per request), from the same run',
    '',
    ...ratioLines(rows, opNames, conns, owners),
    '',
    '#### Targets',
    '',
    '```',
    ...targets(rows, conns, paced, idleRss).map(targetLine),
    '```',
  ];
  say();
  for (const line of report) say(line);
  if (opts.docs) {
    writeFileSync(join(__dirname, '..', '..', 'docs', 'benchmarks.md'), docs(report, opts.argv));
    progress('wrote docs/benchmarks.md');
  }
}

function docs(report: string[], argv: string): string {
  return [
    '# Gateway benchmark',
    '',
    `Generated by \`npm run bench:gateway${argv ? ` -- ${argv}` : ''}\` (bench/gateway.ts); run it again to regenerate this file.`,
    '',
    'Every server runs in its own process with `NODE_ENV=production`, demo seed 42, the in-memory engine, on 127.0.0.1;',
    'autocannon runs in the driver process on the same machine. Our gateways run as shipped (JWT verification, operation',
    'limits, cost accounting, authorization, audit), with the per-caller cost budget raised because every request comes',
    'from one address. Stock Apollo and Hive verify the same JWT and forward the same signed principal',
    '(`x-commerce-principal`) and nothing else. "server CPU ms/req" is the measured process only: for the embedded',
    'gateway that includes the subgraphs it hosts; for the distributed, Apollo and Hive gateways the gateway process',
    'alone; for `direct:*` the subgraph process. "wrong answers" counts bodies under load that are not exactly the',
    'reference data of the embedded gateway (or, for placeOrder, a PlacedOrder or an OrderPlacementError), including',
    'errors and `data: null`. Operations: `listing` 10 products with their variants and WEB prices (catalog only);',
    "`listing+stock` the same with one store's stock; `journey` the README's CustomerJourney for the loyalty customer",
    "with the most orders (10), `orders(first: 10)`, as a kiosk (5 subgraphs); `kiosk-near` a variant's",
    "`availabilityNear` Paris as a kiosk; `history` a signed-in customer's last 10 orders (`me`); `lookup` a kiosk",
    'looking a shopper up by loyalty card (identity only); `placeOrder` one unit shipped to Paris, a new idempotency',
    "key each time, as another customer (so the journey's and history's answers never change).",
    '',
    'The machine is shared with other work: the load average printed below shows how busy it was. Figures from',
    'one run are comparable with each other (same load, rounds in alternating order); absolute req/s are not',
    'comparable across runs on a busy machine.',
    '',
    ...report,
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  killAll();
  process.stderr.write(`bench:gateway failed: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
