import { request } from 'node:http';
import { createGateway, type Gateway, type RunningGateway } from '../gateway/server';
import { testConfig, type Config } from '../platform/config';
import { bearer, KIOSK, postGraphQL, type GraphQLResponse } from './support/http';
import { fakeSubgraphs, until, type FakeSubgraphs } from './support/held-subgraphs';
import { firstMessage } from './support/ws';

/**
 * Overload behaviour over real HTTP: the gateway-wide in-flight limit answers 503 with
 * Retry-After and OVERLOADED at once, the per-subgraph limit turns a fetch that gets no slot into
 * a partial OVERLOADED error naming the subgraph (or a 503 when nothing else answered), and
 * nothing leaks once the load is gone. The subgraphs are one local HTTP server whose answers the
 * test holds back and releases.
 */
const CAMPAIGN = '{ campaign(id: "cmp_001") { id } }';
const CAMPAIGN_AND_LOCATIONS = '{ campaign(id: "cmp_001") { id } locations { id } }';
async function post(url: string, query: string): Promise<GraphQLResponse & { retryAfter: string | null }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: JSON.parse(text) as GraphQLResponse['body'],
    text,
    retryAfter: res.headers.get('retry-after'),
  };
}

const OVERLOADED_503 = {
  status: 503,
  retryAfter: '1',
  body: { errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'OVERLOADED' }) })] },
};

describe('distributed gateway under overload', () => {
  let fake: FakeSubgraphs;
  let gateway: Gateway;
  let running: RunningGateway;

  async function start(overload: Partial<Config['overload']>, subgraphTimeoutMs = 30_000): Promise<void> {
    fake = await fakeSubgraphs();
    gateway = createGateway(
      testConfig({
        mode: 'distributed',
        host: '127.0.0.1',
        port: 0,
        subgraphUrls: fake.urls,
        subgraphTimeoutMs,
        overload,
        // These callers send identical reads on purpose: merged, they would be one fetch (dedup.ts).
        subgraphDedup: false,
      }),
    );
    running = await gateway.start();
  }

  afterEach(async () => {
    fake.release();
    await gateway.stop();
    await fake.close();
  });

  it('past GATEWAY_MAX_INFLIGHT, two callers at once get 503 + Retry-After + OVERLOADED while the admitted finish', async () => {
    await start({ maxInFlight: 2 });
    const admitted = [post(running.url, CAMPAIGN), post(running.url, CAMPAIGN)];
    await until(() => fake.received() === 2, 'two requests at the subgraph');
    expect(running.load().inFlight).toBe(2);

    const refused = await Promise.all([post(running.url, CAMPAIGN), post(running.url, CAMPAIGN)]);
    for (const res of refused) expect(res).toMatchObject(OVERLOADED_503);
    expect(fake.received()).toBe(2); // refused before execution: nothing reached a subgraph

    fake.release();
    for (const res of await Promise.all(admitted)) {
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ data: { campaign: { id: 'cmp_001' } } });
    }
    await until(() => running.load().inFlight === 0, 'no request in flight');
    expect(running.load()).toMatchObject({ inFlight: 0, refused: 2 });
    const after = await Promise.all([post(running.url, CAMPAIGN), post(running.url, CAMPAIGN)]);
    for (const res of after) expect(res.body).toMatchObject({ data: { campaign: { id: 'cmp_001' } } });
  });

  it('a fetch that finds the subgraph queue full is a partial OVERLOADED error naming it; with no data at all, a 503', async () => {
    await start({ maxInFlight: 10, subgraphMaxConcurrency: 1, subgraphQueue: 1, subgraphQueueWaitMs: 60_000 });
    const first = post(running.url, CAMPAIGN_AND_LOCATIONS);
    await until(() => fake.received() === 1, 'the first fetch at attribution');
    const queued = post(running.url, CAMPAIGN_AND_LOCATIONS);
    await until(() => running.load().subgraphs.attribution?.queued === 1, 'a queued fetch');

    const [partial, nothing] = await Promise.all([
      post(running.url, CAMPAIGN_AND_LOCATIONS),
      post(running.url, CAMPAIGN),
    ]);
    expect(partial.status).toBe(200);
    expect(partial.body.data).toEqual({ campaign: null, locations: [{ id: 'loc_dc_01' }] });
    expect(partial.body.errors).toEqual([
      expect.objectContaining({
        message: 'subgraph "attribution" is overloaded: queue full; retry later',
        extensions: expect.objectContaining({ code: 'OVERLOADED', serviceName: 'attribution' }),
      }),
    ]);
    expect(nothing).toMatchObject(OVERLOADED_503);
    expect(nothing.body.errors![0]!.extensions).toMatchObject({ serviceName: 'attribution' });

    fake.release();
    for (const res of await Promise.all([first, queued])) {
      expect(res.body).toMatchObject({ data: { campaign: { id: 'cmp_001' }, locations: [{ id: 'loc_dc_01' }] } });
    }
    await until(() => running.load().inFlight === 0, 'no request in flight');
    expect(running.load().subgraphs.attribution).toEqual({ active: 0, queued: 0, refused: 2 });
    expect(running.load().subgraphs.fulfillment).toMatchObject({ active: 0, queued: 0, refused: 0 });
  });

  it('a fetch that waits past SUBGRAPH_QUEUE_WAIT_MS is refused with OVERLOADED, not left to time out', async () => {
    await start({ maxInFlight: 10, subgraphMaxConcurrency: 1, subgraphQueue: 10, subgraphQueueWaitMs: 100 });
    const first = post(running.url, CAMPAIGN);
    await until(() => fake.received() === 1, 'the first fetch at attribution');
    const waited = await post(running.url, CAMPAIGN_AND_LOCATIONS);
    expect(waited.status).toBe(200);
    expect(waited.body.data).toEqual({ campaign: null, locations: [{ id: 'loc_dc_01' }] });
    expect(waited.body.errors).toEqual([
      expect.objectContaining({
        message: 'subgraph "attribution" is overloaded: waited too long; retry later',
        extensions: expect.objectContaining({ code: 'OVERLOADED', serviceName: 'attribution' }),
      }),
    ]);
    fake.release();
    expect((await first).body).toMatchObject({ data: { campaign: { id: 'cmp_001' } } });
    expect(running.load().subgraphs.attribution).toEqual({ active: 0, queued: 0, refused: 1 });
  });

  it('a subgraph that times out is a partial SUBGRAPH_UNAVAILABLE error naming it, never a silent empty answer', async () => {
    await start({}, 200);
    const res = await post(running.url, CAMPAIGN_AND_LOCATIONS);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ campaign: null, locations: [{ id: 'loc_dc_01' }] });
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        message: 'subgraph "attribution" is unavailable: timed out',
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'attribution' }),
      }),
    ]);
    expect(running.load().subgraphs.attribution).toMatchObject({ active: 0, queued: 0 });
  });
});

describe('embedded gateway under overload', () => {
  let gateway: Gateway;
  let running: RunningGateway;

  beforeAll(async () => {
    gateway = createGateway(
      testConfig({ host: '127.0.0.1', port: 0, shutdownGraceMs: 1000, overload: { maxInFlight: 1 } }),
    );
    running = await gateway.start();
  });
  afterAll(() => gateway.stop());

  /** A request whose body is still on its way holds its slot: the limit counts from arrival. */
  function slowRequest(): { finish: () => Promise<{ status: number; body: string }> } {
    const body = JSON.stringify({ query: '{ __typename }' });
    const req = request(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      });
      req.on('error', reject);
    });
    req.write(body.slice(0, 5));
    return {
      finish: () => {
        req.end(body.slice(5));
        return answered;
      },
    };
  }

  it('the same admission limit: 503 + Retry-After + OVERLOADED at once, subscriptions not counted, nothing leaks', async () => {
    const slow = slowRequest();
    await until(() => running.load().inFlight === 1, 'the slow request admitted');

    const refused = await Promise.all([post(running.url, '{ __typename }'), post(running.url, '{ __typename }')]);
    for (const res of refused) expect(res).toMatchObject(OVERLOADED_503);
    // A subscription is not an in-flight request: it is served while the limit is reached.
    const snapshot = await firstMessage(
      running.url,
      'subscription { stockChanged(skus: ["SKU-0001-41-FOR"], locationIds: ["loc_store_05"]) { kind } }',
      {},
      bearer(KIOSK),
    );
    expect(snapshot).toEqual({ data: { stockChanged: { kind: 'SNAPSHOT' } } });

    const answered = await slow.finish();
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toMatchObject({ data: { __typename: 'Query' } });
    await until(() => running.load().inFlight === 0, 'no request in flight');
    expect(running.load()).toMatchObject({ inFlight: 0, refused: 2 });
    const after = await postGraphQL(running.url, '{ __typename }');
    expect(after.body).toMatchObject({ data: { __typename: 'Query' } });
  });
});
