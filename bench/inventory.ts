/**
 * `npm run bench:inventory`: reservation throughput and latency on one hot SKU and on a spread of
 * SKUs, oversold units under a race, and a 48-variant listing's availability with and without
 * DataLoader. Every figure is a ratio against a baseline measured in the same run.
 */
import { graphql } from 'graphql';
import { fixtureScenario } from '../demo/fixture';
import { createMemoryBus } from '../platform/bus/memory';
import { createMemoryStore } from '../platform/store/memory';
import type { DocumentStore } from '../platform/store/port';
import { createCatalogLoaders } from '../subgraphs/catalog/loaders';
import type { InventoryLevelDoc } from '../subgraphs/catalog/model';
import { startCatalog } from '../test/support/catalog';
import { seedScenario } from '../subgraphs/seed';
import { countingStore } from '../platform/store/counting';

const HOT_OPS = Number(process.argv[2] ?? 30_000);
if (!Number.isInteger(HOT_OPS) || HOT_OPS < 1000) {
  process.stderr.write('usage: npm run bench:inventory [-- N]   (N ≥ 1000 operations per run)\n');
  process.exit(2);
}
const CONCURRENCY = 64;
/** A same-datacentre database round trip over a 10-connection pool, for the listing page. */
const NETWORK_RTT_MS = 0.5;
const CONCURRENT_PAGES = 20;
const out = (line = '') => process.stdout.write(`${line}\n`);

async function pool(
  total: number,
  concurrency: number,
  op: (i: number) => Promise<unknown>,
): Promise<{ seconds: number; latenciesMs: number[] }> {
  const latenciesMs: number[] = new Array(total);
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < total; i = next++) {
        const t = process.hrtime.bigint();
        await op(i);
        latenciesMs[i] = Number(process.hrtime.bigint() - t) / 1e6;
      }
    }),
  );
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, latenciesMs };
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function setup(onHand: number, products = 600) {
  const store = createMemoryStore();
  const bus = createMemoryBus();
  await seedScenario(
    store,
    fixtureScenario({ products, onHand, locations: ['loc_dc_01', 'loc_store_01', 'loc_store_02'] }),
  );
  const catalog = await startCatalog({ store, bus });
  return { store, bus, catalog, close: async () => (await bus.close(), await store.close()) };
}

/** The engine's plain conditional update of the hot position (no reservation record at all). */
async function rawUpdate(store: DocumentStore, n: number) {
  const levels = store.collection<InventoryLevelDoc>('inventory_levels');
  return pool(n, CONCURRENCY, () =>
    levels.updateOne(
      { _id: 'SKU-1-S@loc_dc_01', available: { $gte: 1 } },
      { $inc: { available: -1, reserved: 1, sequence: 1 } },
    ),
  );
}

let rawSeq = 0;
/**
 * The engine's own atomic write of exactly what one reservation must persist: the hold record,
 * the conditional position update and the RESERVE ledger entry that records it in the position's
 * history, in one `atomic` call, one per reservation, no domain logic.
 */
async function rawAtomic(store: DocumentStore, n: number) {
  return pool(n, CONCURRENCY, () => {
    const id = `raw-${rawSeq++}`;
    return store.atomic([
      {
        kind: 'insert',
        collection: 'reservations',
        doc: {
          _id: id,
          kind: 'CART',
          ownerId: 'cart',
          idempotencyKey: id,
          requestHash: 'x',
          status: 'ACTIVE',
          lines: [{ sku: 'SKU-1-S', locationId: 'loc_dc_01', quantity: 1 }],
          expiresAt: '2026-11-01T12:15:00.000Z',
          releaseReason: null,
          createdAt: '2026-11-01T12:00:00.000Z',
          updatedAt: '2026-11-01T12:00:00.000Z',
        } as never,
      },
      {
        kind: 'update',
        collection: 'inventory_levels',
        filter: { _id: 'SKU-1-S@loc_dc_01', available: { $gte: 1 } },
        update: { $inc: { available: -1, reserved: 1, sequence: 1 }, $set: { updatedAt: 'x' } },
      },
      {
        kind: 'insert',
        collection: 'inventory_movements',
        doc: {
          _id: `${id}:reserve:0`,
          type: 'RESERVE',
          sku: 'SKU-1-S',
          locationId: 'loc_dc_01',
          toLocationId: null,
          quantity: 1,
          effects: [{ locationId: 'loc_dc_01', delta: { reserved: 1 } }],
          reason: null,
          reservationId: id,
          requestHash: 'x',
          createdAt: '2026-11-01T12:00:00.000Z',
        } as never,
      },
    ]);
  });
}

async function main(): Promise<void> {
  out(`bench:inventory — in-memory engine, ${HOT_OPS} operations per run, concurrency ${CONCURRENCY}`);
  const hot = await setup(10_000_000);
  // Warm-up (JIT), then alternate baseline and reservations so drift hits both alike.
  await rawUpdate(hot.store, 5000);
  await rawAtomic(hot.store, 5000);
  await pool(5000, CONCURRENCY, (i) =>
    hot.catalog.inventory.reserve({
      kind: 'CART',
      ownerId: 'w',
      idempotencyKey: `w-${i}`,
      lines: [{ sku: 'SKU-1-M', locationId: 'loc_dc_01', quantity: 1 }],
      ttlSeconds: 900,
    }),
  );
  const raw: number[] = [];
  const rawAtom: number[] = [];
  const res: number[] = [];
  let latencies: number[] = [];
  for (let round = 0; round < 3; round++) {
    const r = await rawUpdate(hot.store, HOT_OPS);
    raw.push(HOT_OPS / r.seconds);
    const a = await rawAtomic(hot.store, HOT_OPS);
    rawAtom.push(HOT_OPS / a.seconds);
    const v = await pool(HOT_OPS, CONCURRENCY, (i) =>
      hot.catalog.inventory.reserve({
        kind: 'CART',
        ownerId: 'cart',
        idempotencyKey: `hot-${round}-${i}`,
        lines: [{ sku: 'SKU-1-S', locationId: 'loc_dc_01', quantity: 1 }],
        ttlSeconds: 900,
      }),
    );
    res.push(HOT_OPS / v.seconds);
    latencies = latencies.concat(v.latenciesMs);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const rawRate = median(raw);
  const atomicRate = median(rawAtom);
  const hotRate = median(res);
  await hot.close();

  const spread = await setup(10_000);
  const s = await pool(HOT_OPS, CONCURRENCY, (i) => {
    const p = 1 + (i % 600);
    return spread.catalog.inventory.reserve({
      kind: 'CART',
      ownerId: 'cart',
      idempotencyKey: `spread-${i}`,
      lines: [
        {
          sku: `SKU-${p}-${i % 2 ? 'S' : 'M'}`,
          locationId: ['loc_dc_01', 'loc_store_01', 'loc_store_02'][i % 3]!,
          quantity: 1,
        },
      ],
      ttlSeconds: 900,
    });
  });
  await spread.close();

  // Oversell race: 5,000 reservers for 6 units of one position.
  const race = await setup(10, 2);
  const racers = await Promise.all(
    Array.from({ length: 5000 }, (_, i) =>
      race.catalog.inventory.reserve({
        kind: 'CART',
        ownerId: 'r',
        idempotencyKey: `race-${i}`,
        lines: [{ sku: 'SKU-1-S', locationId: 'loc_store_01', quantity: 1 }],
        ttlSeconds: 900,
      }),
    ),
  );
  const after = (await race.store.collection<InventoryLevelDoc>('inventory_levels').findById('SKU-1-S@loc_store_01'))!;
  const won = racers.filter((r) => r.ok).length;
  const oversold = Math.max(0, won - 6) + Math.max(0, -after.available);
  await race.close();

  // A listing page: 24 products × 2 variants, each with channel ATP, per-store stock and stores near a point.
  const page = await setup(20, 100);
  const query = `{ products(first: 24) { edges { node { variants { sku availability(channel: WEB) { available }
      availabilityAt(locationIds: ["loc_store_01", "loc_store_02"]) { available }
      availabilityNear(near: { lat: 48.8566, lng: 2.3522 }, radiusKm: 20) { available } } } } } }`;
  const measure = async (batch: boolean, latencyMs = 0) => {
    const calls = new Map<string, number>();
    const counted = await startCatalog({
      store: countingStore(page.store, calls, latencyMs),
      bus: page.bus,
      providerStore: page.store,
    });
    calls.clear(); // only the pages' round trips count, not the indexes init() ensured
    // In memory: one page at a time. Over the network: CONCURRENT_PAGES pages at once sharing the pool.
    const runs = latencyMs > 0 ? 100 : 200;
    const { seconds } = await pool(runs, latencyMs > 0 ? CONCURRENT_PAGES : 1, async () => {
      const base = counted.createContext({ principal: { kind: 'anonymous' }, requestId: 'bench' });
      const result = await graphql({
        schema: counted.schema,
        source: query,
        contextValue: { ...base, loaders: createCatalogLoaders(counted.store, { batch }) },
      });
      if (result.errors) throw new Error(result.errors[0]!.message);
    });
    const ms = (seconds * 1000) / runs;
    const levelTrips = (calls.get('inventory_levels.findAll') ?? 0) / runs;
    const trips = [...calls.values()].reduce((a, b) => a + b, 0) / runs;
    return { ms, trips, levelTrips };
  };
  await measure(true);
  // In memory a page costs about a millisecond: alternate the two for five rounds, keep each one's median.
  type PageFigures = Awaited<ReturnType<typeof measure>>;
  const batched: PageFigures[] = [];
  const unbatched: PageFigures[] = [];
  for (let round = 0; round < 5; round++) {
    batched.push(await measure(true));
    unbatched.push(await measure(false));
  }
  const medianPage = (runs: PageFigures[]) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
  const withLoader = medianPage(batched);
  const withoutLoader = medianPage(unbatched);
  const withLoaderNet = await measure(true, NETWORK_RTT_MS);
  const withoutLoaderNet = await measure(false, NETWORK_RTT_MS);
  await page.close();

  const ratio = hotRate / atomicRate;
  out();
  out(
    `baseline A, engine atomic write of one reservation's data (hold, position, ledger entry): ${atomicRate.toFixed(0)} writes/s`,
  );
  out(`baseline B, engine conditional update of the position only: ${rawRate.toFixed(0)} updates/s (no hold record)`);
  out(
    `reservations, one hot SKU:  ${hotRate.toFixed(0)} reservations/s = ${ratio.toFixed(2)}× baseline A, ${(hotRate / rawRate).toFixed(2)}× baseline B`,
  );
  out(
    `reservation latency, hot SKU: p50 ${pct(latencies, 50).toFixed(3)} ms, p99 ${pct(latencies, 99).toFixed(3)} ms (concurrency ${CONCURRENCY})`,
  );
  out(
    `reservations, spread over 3,600 positions: ${(HOT_OPS / s.seconds).toFixed(0)} reservations/s; p50 ${pct(s.latenciesMs, 50).toFixed(3)} ms, p99 ${pct(s.latenciesMs, 99).toFixed(3)} ms`,
  );
  out(`oversell race (5,000 reservers, 6 units): ${won} won, oversold units: ${oversold}`);
  const line = (name: string, r: { trips: number; levelTrips: number; ms: number }) =>
    out(
      `48-variant availability page, ${name}: ${r.trips.toFixed(1)} store round trips (${r.levelTrips.toFixed(1)} for stock), ${r.ms.toFixed(2)} ms per page`,
    );
  line('DataLoader, in-memory', withLoader);
  line('no batching, in-memory', withoutLoader);
  const net = `${NETWORK_RTT_MS} ms round trips, 10 connections, ${CONCURRENT_PAGES} pages at once`;
  line(`DataLoader, ${net}`, withLoaderNet);
  line(`no batching, ${net}`, withoutLoaderNet);
  out(
    `DataLoader vs none: ${(withoutLoader.trips / withLoader.trips).toFixed(1)}× fewer round trips; time ${(withoutLoader.ms / withLoader.ms).toFixed(2)}× in-memory, ${(withoutLoaderNet.ms / withLoaderNet.ms).toFixed(2)}× with ${NETWORK_RTT_MS} ms round trips`,
  );
  out();
  const checks = [
    ["hot-SKU reserve throughput ≥ 0.5× the engine's atomic write (baseline A)", ratio >= 0.5],
    ['oversold units = 0', oversold === 0],
    ['listing stock in one store round trip', withLoader.levelTrips === 1],
    ['batched listing page faster than unbatched, in memory too', withLoader.ms < withoutLoader.ms],
  ] as const;
  for (const [name, ok] of checks) out(`${ok ? 'PASS' : 'FAIL'}  ${name}`);
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

void main();
