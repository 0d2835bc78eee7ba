import { outboxOf, recordingBus } from '../../test/support/bus';
import { unusedService } from '../../test/support/unused';
import { ErrorCode } from '../../platform/errors';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import { OrderTopics } from './events';
import type { OrderDoc } from './model';
import { createOrdersService } from './service';
import { COLLECTIONS, createOrdersStore } from './store';
import type { CatalogApi } from '../catalog/api';
import type { IdentityApi } from '../identity/api';
import type { FulfillmentApi } from '../fulfillment/api';

/** Any event id the outbox gives an event. */
const EVENT_ID = expect.stringMatching(/^evt_[0-9a-f-]{36}$/) as unknown as string;

const NOW = new Date('2026-11-01T12:00:00.000Z');
const ORDER: OrderDoc = {
  _id: 'ord_1',
  number: 'R100001',
  customerId: 'cus_1',
  channel: 'WEB',
  status: 'CONFIRMED',
  currencyCode: 'EUR',
  lines: [],
  subtotal: 0,
  shippingTotal: 0,
  total: 0,
  storeLocationId: null,
  partnerId: null,
  externalId: null,
  notes: [],
  placedAt: '2026-10-20T10:00:00.000Z',
  updatedAt: '2026-10-20T10:00:00.000Z',
};

async function setup() {
  const docs = createMemoryStore();
  const { bus, published } = recordingBus();
  const store = createOrdersStore(docs);
  await store.init();
  await docs.collection<OrderDoc>('orders').insertOne(ORDER);
  // Notes never reach catalog or fulfillment: any call would fail the test.
  const service = createOrdersService(store, outboxOf(COLLECTIONS.outbox, docs, bus), () => NOW, silentLogger, {
    catalog: unusedService<CatalogApi>('catalog'),
    fulfillment: unusedService<FulfillmentApi>('fulfillment'),
    identity: unusedService<IdentityApi>('identity'),
  });
  const state = () => docs.collection('orders').findAll({});
  return { service, published, state, close: () => Promise.all([bus.close(), docs.close()]) };
}

let s: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  s = await setup();
});
afterEach(() => s.close());

const note = (over: Partial<{ orderId: string; text: string; idempotencyKey: string }> = {}) => ({
  orderId: 'ord_1',
  text: 'Collect Saturday',
  idempotencyKey: 'k1',
  ...over,
});

describe('orders service', () => {
  it('adding a note publishes exactly one note-added event; its replay publishes none and changes nothing', async () => {
    expect(await s.service.addNote(note(), 'associate:emp_1@loc_1')).toMatchObject({ ok: true, added: true });
    expect(s.published).toEqual([
      {
        topic: OrderTopics.noteAdded,
        payload: { orderId: 'ord_1', noteId: 'ord_1:k1', author: 'associate:emp_1@loc_1', eventId: EVENT_ID },
      },
    ]);
    const after = await s.state();
    expect(await s.service.addNote(note({ text: ' Collect Saturday ' }), 'someone else')).toMatchObject({
      ok: true,
      added: false,
    });
    expect(s.published).toHaveLength(1);
    expect(await s.state()).toEqual(after);
  });

  it.each<[string, Partial<ReturnType<typeof note>>, string]>([
    ['an empty text', { text: '  ' }, 'INVALID_NOTE'],
    ['an unknown order', { orderId: 'ord_missing' }, 'ORDER_NOT_FOUND'],
  ])('a note refused for %s publishes nothing and changes nothing', async (_case, over, code) => {
    const before = await s.state();
    expect(await s.service.addNote(note(over), 'a')).toMatchObject({ ok: false, code });
    expect(s.published).toEqual([]);
    expect(await s.state()).toEqual(before);
  });

  it('a reused key with another text is a conflict that publishes nothing and changes nothing', async () => {
    await s.service.addNote(note(), 'a');
    s.published.length = 0;
    const before = await s.state();
    expect(await s.service.addNote(note({ text: 'Other' }), 'a')).toMatchObject({
      ok: false,
      code: 'IDEMPOTENCY_CONFLICT',
    });
    expect(s.published).toEqual([]);
    expect(await s.state()).toEqual(before);
  });

  it.each(['', '   ', 'k'.repeat(201)])(
    'idempotencyKey %j is BAD_USER_INPUT naming the field, publishes nothing and changes nothing',
    async (idempotencyKey) => {
      const before = await s.state();
      await expect(s.service.addNote(note({ idempotencyKey }), 'a')).rejects.toMatchObject({
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'idempotencyKey' },
      });
      expect(s.published).toEqual([]);
      expect(await s.state()).toEqual(before);
    },
  );
});
