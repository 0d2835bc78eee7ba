import { subgraphHarness, type SubgraphHarness } from '../../test/support/subgraph';
import type { OrderDoc } from './model';

const ORDER: OrderDoc = {
  _id: 'ord_000001',
  number: 'R100001',
  customerId: 'cus_000001',
  channel: 'WEB',
  status: 'CONFIRMED',
  currencyCode: 'EUR',
  lines: [
    {
      id: 'ord_000001-1',
      sku: 'SKU-1-S',
      quantity: 2,
      unitPrice: 1500,
      lineTotal: 3000,
      deliveryMethod: 'PICKUP_IN_STORE',
      pickupLocationId: 'loc_store_01',
    },
    {
      id: 'ord_000001-2',
      sku: 'SKU-2-M',
      quantity: 1,
      unitPrice: 4999,
      lineTotal: 4999,
      deliveryMethod: 'SHIP',
      pickupLocationId: null,
    },
  ],
  subtotal: 7999,
  shippingTotal: 499,
  total: 8498,
  storeLocationId: null,
  partnerId: null,
  externalId: null,
  notes: [],
  placedAt: '2026-10-20T10:00:00.000Z',
  updatedAt: '2026-10-20T10:00:00.000Z',
};

const NOTE = /* GraphQL */ `
  mutation ($input: AddOrderNoteInput!) {
    addOrderNote(input: $input) {
      __typename
      ... on Order {
        notes {
          id
          text
          author
        }
      }
      ... on OrderError {
        code
      }
    }
  }
`;
type NoteResult = { __typename: string; code?: string; notes?: { id: string; text: string; author: string }[] };

let h: SubgraphHarness;
beforeEach(async () => {
  h = await subgraphHarness('orders', async (store) => {
    await store
      .collection<OrderDoc>('orders')
      .insertMany([
        ORDER,
        { ...ORDER, _id: 'ord_000002', number: 'R100002', placedAt: '2026-10-25T10:00:00.000Z' },
        { ...ORDER, _id: 'ord_000003', number: 'R100003', customerId: 'cus_000002' },
      ]);
  });
});
afterEach(() => h.close());

const addNote = async (input: Record<string, unknown>) =>
  (
    await h.exec<{ addOrderNote: NoteResult }>(
      NOTE,
      { input },
      { kind: 'associate', userId: 'emp_1', locationId: 'loc_store_01' },
    )
  ).data!.addOrderNote;

describe('orders subgraph', () => {
  it('maps money in minor units and references other subgraphs by key', async () => {
    const res = await h.exec<{ order: Record<string, unknown> }>(
      '{ order(id: "ord_000001") { number total { amount currencyCode } customer { id } lines { lineTotal { amount } variant { sku } pickupLocation { id } pickupInventory { sku locationId } } } }',
    );
    expect(res.data!.order).toEqual({
      number: 'R100001',
      total: { amount: 8498, currencyCode: 'EUR' },
      customer: { id: 'cus_000001' },
      lines: [
        {
          lineTotal: { amount: 3000 },
          variant: { sku: 'SKU-1-S' },
          pickupLocation: { id: 'loc_store_01' },
          pickupInventory: { sku: 'SKU-1-S', locationId: 'loc_store_01' },
        },
        { lineTotal: { amount: 4999 }, variant: { sku: 'SKU-2-M' }, pickupLocation: null, pickupInventory: null },
      ],
    });
  });

  it('contributes Customer.orders, newest first, batched across customers', async () => {
    const res = await h.exec<{ _entities: { orders: { number: string }[] }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { orders { number } } } }',
      {
        r: [
          { __typename: 'Customer', id: 'cus_000001' },
          { __typename: 'Customer', id: 'cus_000002' },
          { __typename: 'Customer', id: 'cus_none' },
        ],
      },
    );
    expect(res.data!._entities.map((c) => c.orders.map((o) => o.number))).toEqual([
      ['R100002', 'R100001'],
      ['R100003'],
      [],
    ]);
    expect(h.calls.get('orders.findAll')).toBe(1);
  });

  it('adds a note once per idempotency key, with the principal as author', async () => {
    const first = await addNote({
      orderId: 'ord_000001',
      text: ' Customer will collect Saturday ',
      idempotencyKey: 'k1',
    });
    const again = await addNote({
      orderId: 'ord_000001',
      text: 'Customer will collect Saturday',
      idempotencyKey: 'k1',
    });
    expect(first.notes).toEqual([
      { id: 'ord_000001:k1', text: 'Customer will collect Saturday', author: 'associate:emp_1@loc_store_01' },
    ]);
    expect(again.notes).toHaveLength(1);
    expect(h.events.filter((e) => e.topic === 'orders.order.note-added')).toHaveLength(1);
  });

  it('concurrent retries of one note add it exactly once', async () => {
    await Promise.all(
      Array.from({ length: 30 }, () => addNote({ orderId: 'ord_000001', text: 'once', idempotencyKey: 'race' })),
    );
    const order = await h.store.collection<OrderDoc>('orders').findById('ord_000001');
    expect(order!.notes).toHaveLength(1);
  });

  it.each([
    [{ orderId: 'ord_000001', text: '   ', idempotencyKey: 'a' }, 'INVALID_NOTE'],
    [{ orderId: 'ord_missing', text: 'hello', idempotencyKey: 'b' }, 'ORDER_NOT_FOUND'],
  ])('rejects %j with %s and changes nothing', async (input, code) => {
    expect(await addNote(input)).toMatchObject({ __typename: 'OrderError', code });
    expect((await h.store.collection<OrderDoc>('orders').findById('ord_000001'))!.notes).toEqual([]);
  });

  it('a reused key with a different note is a conflict', async () => {
    await addNote({ orderId: 'ord_000001', text: 'first', idempotencyKey: 'k' });
    expect(await addNote({ orderId: 'ord_000001', text: 'second', idempotencyKey: 'k' })).toMatchObject({
      code: 'IDEMPOTENCY_CONFLICT',
    });
  });

  it('finds an order by its number as typed (any case, padded) and answers null for an unknown number', async () => {
    const res = await h.exec<{ typed: { id: string } | null; unknown: null }>(
      '{ typed: orderByNumber(number: " r100002 ") { id } unknown: orderByNumber(number: "R999999") { id } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ typed: { id: 'ord_000002' }, unknown: null });
  });

  it('a blank idempotencyKey is BAD_USER_INPUT naming the field', async () => {
    const res = await h.exec(NOTE, { input: { orderId: 'ord_000001', text: 'hello', idempotencyKey: ' ' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    expect(h.events).toHaveLength(0);
  });
});
