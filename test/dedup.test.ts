import { createGateway, type Gateway, type RunningGateway } from '../gateway/server';
import { testConfig } from '../platform/config';
import { fakeSubgraphs, until, type FakeSubgraphs } from './support/held-subgraphs';
import { bearer, KIOSK, postGraphQL } from './support/http';

/**
 * Merged in-flight subgraph reads (gateway/dedup.ts) through a real distributed gateway over real
 * HTTP, against a subgraph whose answers the test holds back: identical reads in flight at once
 * reach the subgraph once and every caller gets the answer; a read from another principal goes
 * on its own; with SUBGRAPH_DEDUP off, each goes on its own. (Embedded fetches run to their end
 * within one turn of the event loop, so two requests are never in flight there at once.)
 */
const CAMPAIGN = '{ campaign(id: "cmp_001") { id } }';

let fake: FakeSubgraphs;
let gateway: Gateway;
let running: RunningGateway;
async function start(subgraphDedup: boolean): Promise<void> {
  fake = await fakeSubgraphs();
  gateway = createGateway(
    testConfig({ mode: 'distributed', host: '127.0.0.1', port: 0, subgraphUrls: fake.urls, subgraphDedup }),
  );
  running = await gateway.start();
}
afterEach(async () => {
  fake.release();
  await gateway.stop();
  await fake.close();
});

it('identical reads in flight reach the subgraph once; every caller gets the answer; another principal’s goes alone', async () => {
  await start(true);
  const anonymous = Array.from({ length: 5 }, () => postGraphQL(running.url, CAMPAIGN));
  await until(() => fake.received() >= 1, 'the first read at attribution');
  const kiosk = postGraphQL(running.url, CAMPAIGN, undefined, bearer(KIOSK));
  await until(() => fake.received() >= 2, "the kiosk's read at attribution");
  await new Promise((r) => setTimeout(r, 100)); // room for any read that should not come
  expect(fake.received()).toBe(2);
  fake.release();
  for (const res of await Promise.all([...anonymous, kiosk])) {
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expect.objectContaining({ data: { campaign: { id: 'cmp_001' } } }));
  }
  // Nothing is kept once answered: the next read goes to the subgraph again.
  await postGraphQL(running.url, CAMPAIGN);
  expect(fake.received()).toBe(3);
});

it('with SUBGRAPH_DEDUP off, each read goes on its own', async () => {
  await start(false);
  const answers = Array.from({ length: 5 }, () => postGraphQL(running.url, CAMPAIGN));
  await until(() => fake.received() === 5, 'five reads at attribution');
  fake.release();
  for (const res of await Promise.all(answers)) expect(res.body.data).toEqual({ campaign: { id: 'cmp_001' } });
});
