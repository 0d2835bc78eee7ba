import { subgraphHarness, type SubgraphHarness } from '../../test/support/subgraph';
import type { CampaignDoc, ConversionDoc, TouchpointDoc } from './model';

const campaign = (id: string, channel: CampaignDoc['channel']): CampaignDoc => ({
  _id: id,
  name: `Campaign ${id}`,
  channel,
  status: 'ACTIVE',
  startsAt: '2026-09-01T00:00:00.000Z',
  endsAt: '2026-12-31T00:00:00.000Z',
  budget: { amount: 1_000_000, currencyCode: 'EUR' },
  createdAt: '2026-08-01T00:00:00.000Z',
});
const touch = (id: string, campaignId: string, day: number): TouchpointDoc => ({
  _id: id,
  customerId: 'cus_1',
  campaignId,
  type: 'CLICK',
  channel: 'SEARCH',
  occurredAt: `2026-10-${String(day).padStart(2, '0')}T09:00:00.000Z`,
  requestHash: 'seed',
});

let h: SubgraphHarness;
beforeEach(async () => {
  h = await subgraphHarness('attribution', async (store) => {
    await store
      .collection<CampaignDoc>('campaigns')
      .insertMany([campaign('cmp_1', 'SEARCH'), campaign('cmp_2', 'EMAIL')]);
    await store
      .collection<TouchpointDoc>('touchpoints')
      .insertMany([touch('tp_1', 'cmp_1', 2), touch('tp_2', 'cmp_2', 18), touch('tp_3', 'cmp_1', 25)]);
    await store.collection<ConversionDoc>('conversions').insertMany([
      {
        _id: 'ord_1',
        customerId: 'cus_1',
        channel: 'POS',
        revenue: { amount: 10_001, currencyCode: 'EUR' },
        occurredAt: '2026-10-26T15:00:00.000Z',
      },
    ]);
  });
});
afterEach(() => h.close());

const ATTRIBUTION = /* GraphQL */ `
  query ($r: [_Any!]!, $m: AttributionModel, $d: Int) {
    _entities(representations: $r) {
      ... on Order {
        attribution(model: $m, lookbackDays: $d) {
          model
          credits {
            weight
            revenue {
              amount
            }
            campaign {
              id
            }
            touchpoint {
              id
            }
          }
        }
      }
    }
  }
`;
type Attribution = {
  model: string;
  credits: { weight: number; revenue: { amount: number }; campaign: { id: string }; touchpoint: { id: string } }[];
} | null;

const attributionOf = async (orderId: string, m: string, d = 30) =>
  (
    await h.exec<{ _entities: { attribution: Attribution }[] }>(ATTRIBUTION, {
      r: [{ __typename: 'Order', id: orderId }],
      m,
      d,
    })
  ).data!._entities[0]!.attribution;

describe('attribution subgraph', () => {
  it.each(['LAST_TOUCH', 'FIRST_TOUCH', 'LINEAR', 'TIME_DECAY', 'POSITION_BASED'])(
    '%s credits a POS sale to prior touchpoints, summing exactly to its revenue',
    async (model) => {
      const a = await attributionOf('ord_1', model);
      expect(a!.model).toBe(model);
      expect(a!.credits.reduce((s, c) => s + c.revenue.amount, 0)).toBe(10_001);
    },
  );

  it('respects the lookback window and returns null for an order without a conversion', async () => {
    expect((await attributionOf('ord_1', 'LINEAR', 10))!.credits.map((c) => c.touchpoint.id)).toEqual(['tp_2', 'tp_3']);
    expect(await attributionOf('ord_unknown', 'LINEAR')).toBeNull();
  });

  it('records a touchpoint once per event id; a different replay is a conflict', async () => {
    const RECORD =
      'mutation($i: RecordTouchpointInput!) { recordTouchpoint(input: $i) { __typename ... on Touchpoint { id campaign { id } } ... on AttributionError { code } } }';
    const input = {
      eventId: 'ad-evt-1',
      customerId: 'cus_1',
      campaignId: 'cmp_2',
      type: 'CLICK',
      channel: 'EMAIL',
      occurredAt: '2026-10-30T10:00:00.000Z',
    };
    const first = await h.exec<{ recordTouchpoint: Record<string, unknown> }>(RECORD, { i: input });
    const again = await h.exec<{ recordTouchpoint: Record<string, unknown> }>(RECORD, { i: input });
    const conflict = await h.exec<{ recordTouchpoint: Record<string, unknown> }>(RECORD, {
      i: { ...input, type: 'IMPRESSION' },
    });
    expect(first.data!.recordTouchpoint).toEqual({
      __typename: 'Touchpoint',
      id: 'ad-evt-1',
      campaign: { id: 'cmp_2' },
    });
    expect(again.data!.recordTouchpoint).toEqual(first.data!.recordTouchpoint);
    expect(conflict.data!.recordTouchpoint).toEqual({ __typename: 'AttributionError', code: 'IDEMPOTENCY_CONFLICT' });
    expect(await h.store.collection('touchpoints').count()).toBe(4);
    expect(h.events.filter((e) => e.topic === 'attribution.touchpoint.recorded')).toHaveLength(1);
  });

  it.each([
    [{ campaignId: 'cmp_nope' }, 'UNKNOWN_CAMPAIGN'],
    [{ occurredAt: 'yesterday' }, 'INVALID_TOUCHPOINT'],
    [{ occurredAt: '2027-01-01T00:00:00.000Z' }, 'INVALID_TOUCHPOINT'],
  ])('rejects %j with %s and records nothing', async (override, code) => {
    const RECORD =
      'mutation($i: RecordTouchpointInput!) { recordTouchpoint(input: $i) { ... on AttributionError { code } } }';
    const res = await h.exec<{ recordTouchpoint: { code: string } }>(RECORD, {
      i: { eventId: 'e', customerId: 'cus_1', type: 'CLICK', channel: 'EMAIL', ...override },
    });
    expect(res.data!.recordTouchpoint.code).toBe(code);
    expect(await h.store.collection('touchpoints').count()).toBe(3);
  });

  it.each(['  ', 'e'.repeat(201)])(
    'refuses eventId %j with BAD_USER_INPUT naming the field (the project-wide key rule) and records nothing',
    async (eventId) => {
      const res = await h.exec('mutation($i: RecordTouchpointInput!) { recordTouchpoint(input: $i) { __typename } }', {
        i: { eventId, customerId: 'cus_1', type: 'CLICK', channel: 'EMAIL' },
      });
      expect(res.data).toEqual({ recordTouchpoint: null });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
      expect(await h.store.collection('touchpoints').count()).toBe(3);
      expect(h.events).toHaveLength(0);
    },
  );

  it('refuses a lookback outside 1..365 days with BAD_USER_INPUT naming the field', async () => {
    const res = await h.exec(ATTRIBUTION, { r: [{ __typename: 'Order', id: 'ord_1' }], m: 'LINEAR', d: 366 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lookbackDays' });
  });

  it('counts touchpoints per campaign', async () => {
    const res = await h.exec<{ campaigns: { id: string; touchpointCount: number }[] }>(
      '{ campaigns { id touchpointCount } }',
    );
    expect(res.data!.campaigns).toEqual([
      { id: 'cmp_1', touchpointCount: 2 },
      { id: 'cmp_2', touchpointCount: 1 },
    ]);
  });
});
