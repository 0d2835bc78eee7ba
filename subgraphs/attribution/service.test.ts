import { recordingBus } from '../../test/support/bus';
import { ErrorCode } from '../../platform/errors';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import type { TouchpointInput } from './domain/touchpoints';
import { AttributionTopics } from './events';
import { createAttributionLoaders } from './loaders';
import type { CampaignDoc, ConversionDoc } from './model';
import { createAttributionService } from './service';
import { createAttributionStore } from './store';

const NOW = new Date('2026-11-01T12:00:00.000Z');
const CAMPAIGN: CampaignDoc = {
  _id: 'cmp_1',
  name: 'Autumn',
  channel: 'EMAIL',
  status: 'ACTIVE',
  startsAt: '2026-09-01T00:00:00.000Z',
  endsAt: '2026-12-31T00:00:00.000Z',
  budget: { amount: 100_000, currencyCode: 'EUR' },
  createdAt: '2026-08-01T00:00:00.000Z',
};
const CONVERSION: ConversionDoc = {
  _id: 'ord_1',
  customerId: 'cus_1',
  channel: 'POS',
  revenue: { amount: 999, currencyCode: 'EUR' },
  occurredAt: '2026-10-31T12:00:00.000Z',
};

async function setup() {
  const docs = createMemoryStore();
  const { bus, published } = recordingBus();
  const store = createAttributionStore(docs);
  await store.init();
  await docs.collection<CampaignDoc>('campaigns').insertOne(CAMPAIGN);
  await docs.collection<ConversionDoc>('conversions').insertOne(CONVERSION);
  const service = createAttributionService(store, bus, () => NOW, silentLogger);
  const state = () => docs.collection('touchpoints').findAll({});
  return { service, store, published, state, close: () => Promise.all([bus.close(), docs.close()]) };
}

let s: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  s = await setup();
});
afterEach(() => s.close());

const touch = (over: Partial<TouchpointInput & { eventId: string }> = {}) => ({
  eventId: 'evt-1',
  customerId: 'cus_1',
  campaignId: 'cmp_1',
  type: 'EMAIL_CLICK' as const,
  channel: 'EMAIL' as const,
  occurredAt: '2026-10-30T10:00:00.000Z',
  ...over,
});

describe('attribution service', () => {
  it('recording a touchpoint publishes exactly one event; its replay publishes none and changes nothing', async () => {
    expect(await s.service.recordTouchpoint(touch({ eventId: ' evt-1 ' }))).toMatchObject({
      ok: true,
      recorded: true,
      touchpoint: { _id: 'evt-1' },
    });
    expect(s.published).toEqual([
      {
        topic: AttributionTopics.touchpointRecorded,
        payload: {
          touchpointId: 'evt-1',
          customerId: 'cus_1',
          campaignId: 'cmp_1',
          type: 'EMAIL_CLICK',
          channel: 'EMAIL',
          occurredAt: '2026-10-30T10:00:00.000Z',
        },
      },
    ]);
    const after = await s.state();
    expect(await s.service.recordTouchpoint(touch())).toMatchObject({ ok: true, recorded: false });
    expect(s.published).toHaveLength(1);
    expect(await s.state()).toEqual(after);
  });

  it.each<[string, Partial<TouchpointInput>, string]>([
    ['an unparsable time', { occurredAt: 'soon' }, 'INVALID_TOUCHPOINT'],
    ['a future time', { occurredAt: '2026-11-02T00:00:00.000Z' }, 'INVALID_TOUCHPOINT'],
    ['an unknown campaign', { campaignId: 'cmp_nope' }, 'UNKNOWN_CAMPAIGN'],
  ])('a touchpoint refused for %s publishes nothing and changes nothing', async (_case, over, code) => {
    const before = await s.state();
    expect(await s.service.recordTouchpoint(touch(over))).toMatchObject({ ok: false, code });
    expect(s.published).toEqual([]);
    expect(await s.state()).toEqual(before);
  });

  it('a replay with other content is a conflict that publishes nothing and changes nothing', async () => {
    await s.service.recordTouchpoint(touch());
    s.published.length = 0;
    const before = await s.state();
    expect(await s.service.recordTouchpoint(touch({ type: 'IMPRESSION' }))).toMatchObject({
      ok: false,
      code: 'IDEMPOTENCY_CONFLICT',
    });
    expect(s.published).toEqual([]);
    expect(await s.state()).toEqual(before);
  });

  it.each(['', ' ', 'e'.repeat(201)])(
    'eventId %j is BAD_USER_INPUT naming the field, publishes nothing and changes nothing',
    async (eventId) => {
      await expect(s.service.recordTouchpoint(touch({ eventId }))).rejects.toMatchObject({
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'eventId' },
      });
      expect(s.published).toEqual([]);
      expect(await s.state()).toEqual([]);
    },
  );

  it('credits a conversion to the touchpoints in the window, revenue summing to the order total', async () => {
    await s.service.recordTouchpoint(touch({ eventId: 'a', occurredAt: '2026-10-01T00:00:00.000Z' }));
    await s.service.recordTouchpoint(touch({ eventId: 'b', occurredAt: '2026-10-30T00:00:00.000Z' }));
    const reads = createAttributionLoaders(s.store);
    const linear = await s.service.attribution('ord_1', { model: 'LINEAR' }, reads);
    expect(linear?.lookbackDays).toBe(30);
    expect(linear?.credits.map((c) => [c.touchpoint._id, c.revenue])).toEqual([['b', 999]]);
    const wide = await s.service.attribution('ord_1', { model: 'LINEAR', lookbackDays: 60 }, reads);
    expect(wide?.credits.reduce((sum, c) => sum + c.revenue, 0)).toBe(999);
    expect(wide?.credits).toHaveLength(2);
    expect(await s.service.attribution('ord_none', {}, reads)).toBeNull();
    await expect(s.service.attribution('ord_1', { lookbackDays: 0 }, reads)).rejects.toMatchObject({
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'lookbackDays' },
    });
  });
});
