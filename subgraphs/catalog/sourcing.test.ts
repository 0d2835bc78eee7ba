import { subgraphHarness, type SubgraphHarness } from '../../test/support/subgraph';
import { CatalogTopics, type SourcingUpdatedEvent } from './events';
import { fixtureScenario } from '../../demo/fixture';
import { seedScenario } from '../seed';

let h: SubgraphHarness;
beforeEach(async () => {
  h = await subgraphHarness('catalog', (store) => seedScenario(store, fixtureScenario({ products: 1 })));
});
afterEach(() => h.close());

const UPDATE = `mutation($i: ChannelSourcingInput!) { updateChannelSourcing(input: $i) {
  __typename ... on ChannelSourcing { channel locationTypes capabilities bufferUnits } ... on CatalogError { code message } } }`;
const sourcing = async () =>
  (
    await h.exec<{ channelSourcing: unknown[] }>(
      '{ channelSourcing { channel locationTypes capabilities bufferUnits } }',
    )
  ).data!.channelSourcing;

describe('channel sourcing', () => {
  it('a change is saved over the defaults, read back, and published as catalog.sourcing.updated', async () => {
    const res = await h.exec(UPDATE, { i: { channel: 'MARKETPLACE', bufferUnits: 3 } });
    const expected = {
      channel: 'MARKETPLACE',
      locationTypes: ['WAREHOUSE', 'THIRD_PARTY_LOGISTICS'],
      capabilities: ['SHIP'],
      bufferUnits: 3,
    };
    expect(res.data).toEqual({ updateChannelSourcing: { __typename: 'ChannelSourcing', ...expected } });
    expect(await sourcing()).toContainEqual(expected);
    const published = h.events.filter((e) => e.topic === CatalogTopics.sourcingUpdated);
    expect(published.map((e) => e.payload as SourcingUpdatedEvent)).toEqual([
      { ...expected, updatedAt: '2026-11-01T12:00:00.000Z', eventId: expect.stringMatching(/^evt_/) },
    ]);
  });

  it.each([
    [{ channel: 'WEB', locationTypes: [] }],
    [{ channel: 'WEB', locationTypes: ['STORE', 'MOON_BASE'] }],
    [{ channel: 'WEB', bufferUnits: -1 }],
    [{ channel: 'WEB', bufferUnits: 10_001 }],
  ])('%j is INVALID_SOURCING: nothing saved, nothing published', async (input) => {
    const before = await sourcing();
    const res = await h.exec<{ updateChannelSourcing: { code: string } }>(UPDATE, { i: input });
    expect(res.data!.updateChannelSourcing).toMatchObject({ __typename: 'CatalogError', code: 'INVALID_SOURCING' });
    expect(await sourcing()).toEqual(before);
    expect(h.events).toHaveLength(0);
  });
});
