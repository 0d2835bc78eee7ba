import { find, pool, ratio, targetLine, targets, type Measurement } from '../bench/gateway-report';

const run = (over: Partial<Measurement>): Measurement => ({
  config: 'embedded',
  op: 'listing',
  connections: 60,
  requestsPerSecond: 1000,
  total: 10_000,
  p50: 10,
  p99: 20,
  errors: 0,
  non2xx: 0,
  wrong: 0,
  rssMb: 100,
  cpuMsPerRequest: 1,
  ...over,
});

describe('bench:gateway report', () => {
  it('pools repeats: mean req/s with its range, median latencies, summed failures, peak RSS, CPU weighted by requests', () => {
    const [row, ...rest] = pool([
      run({ requestsPerSecond: 900, total: 1000, p50: 8, p99: 30, wrong: 1, rssMb: 120, cpuMsPerRequest: 2 }),
      run({ requestsPerSecond: 1100, total: 3000, p50: 12, p99: 10, errors: 2, rssMb: 90, cpuMsPerRequest: 1 }),
    ]);
    expect(rest).toHaveLength(0);
    expect(row).toMatchObject({
      repeats: 2,
      requestsPerSecond: 1000,
      minRps: 900,
      maxRps: 1100,
      p50: 10,
      p99: 20,
      errors: 2,
      wrong: 1,
      total: 4000,
      rssMb: 120,
      cpuMsPerRequest: 1.25,
    });
  });

  it('keeps configurations, operations and connection counts apart', () => {
    const rows = pool([run({}), run({ config: 'apollo' }), run({ connections: 20 }), run({ op: 'journey' })]);
    expect(rows).toHaveLength(4);
    expect(find(rows, 'apollo', 'listing', 60)?.config).toBe('apollo');
  });

  it('answers NaN for a ratio with a missing or zero side', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(undefined, 2)).toBeNaN();
    expect(ratio(3, 0)).toBeNaN();
  });

  it('prints PASS, FAIL, or N/A for what this run did not measure', () => {
    const rows = pool([
      run({ config: 'embedded', op: 'listing', requestsPerSecond: 1600 }),
      run({ config: 'apollo', op: 'listing', requestsPerSecond: 1000 }),
      run({ config: 'embedded', op: 'journey', requestsPerSecond: 200 }),
      run({ config: 'apollo', op: 'journey', requestsPerSecond: 100 }),
    ]);
    const lines = targets(rows, [20, 60], undefined, new Map([['embedded', 100]])).map(targetLine);
    expect(lines).toContain('PASS  embedded ≥ 1.5× stock Apollo req/s, listing (60 conns): 1.60×');
    expect(lines).toContain('FAIL  embedded ≥ 3× stock Apollo req/s, journey (60 conns): 2.00×');
    expect(lines.find((l) => l.includes('listing + store stock (60'))).toMatch(/^N\/A /);
    expect(lines.find((l) => l.startsWith('PASS  embedded: RSS under load'))).toBeDefined();
  });
});
