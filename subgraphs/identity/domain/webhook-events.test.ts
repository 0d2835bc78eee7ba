import { bodyOf, noticeOf, receives, type Notice, type Recipient } from './webhook-events';

const key: Recipient['key'] = {
  partnerId: 'p1',
  status: 'ACTIVE',
  scopes: ['orders:read', 'fulfillment:write'],
  channels: ['MARKETPLACE'],
};
const webhook: Recipient['webhook'] = {
  partnerId: 'p1',
  events: ['ORDER_STATUS', 'FULFILLMENT', 'STOCK'],
  locationIds: ['loc_a'],
};
const status = (over: Record<string, unknown> = {}) =>
  noticeOf(
    'orders.order.status-changed',
    {
      eventId: 'evt_1',
      orderId: 'ord_1',
      customerId: 'cus_secret',
      channel: 'MARKETPLACE',
      partnerId: 'p1',
      from: 'CONFIRMED',
      to: 'SHIPPED',
      reason: 'x',
      at: 't',
      ...over,
    },
    'bus-1',
  )!;
const stock = (locationId: string) =>
  noticeOf(
    'catalog.inventory.changed',
    { sku: 'S', locationId, onHand: 3, available: 2, sequence: 7, cause: { type: 'SALE', sourceEventId: 'x' } },
    'bus-2',
  )!;

describe('receives', () => {
  it.each([
    ['its partner’s order in its channel', status(), {}, {}, true],
    ['another partner’s order', status({ partnerId: 'p2' }), {}, {}, false],
    ['an order without a partner', status({ partnerId: null }), {}, {}, false],
    ['an order in another channel', status({ channel: 'WEB' }), {}, {}, false],
    ['a key without orders:read', status(), { scopes: ['fulfillment:write'] }, {}, false],
    ['a revoked key', status(), { status: 'REVOKED' }, {}, false],
    ['a webhook that did not ask for it', status(), {}, { events: ['STOCK' as const] }, false],
    ['stock at its location', stock('loc_a'), {}, {}, true],
    ['stock elsewhere', stock('loc_b'), {}, {}, false],
    ['stock for a revoked key', stock('loc_a'), { status: 'REVOKED' }, {}, false],
  ] as [string, Notice, Partial<Recipient['key']>, Partial<Recipient['webhook']>, boolean][])(
    '%s → %s',
    (_case, notice, k, w, expected) =>
      expect(receives(notice, { key: { ...key, ...k }, webhook: { ...webhook, ...w } })).toBe(expected),
  );
});

describe('noticeOf and bodyOf', () => {
  it('keeps the outbox event id and only the documented fields (no customer, no stock cause)', () => {
    expect(JSON.parse(bodyOf(status(), webhook, 'T'))).toEqual({
      id: 'evt_1',
      type: 'order.status_changed',
      createdAt: 'T',
      data: { orderId: 'ord_1', channel: 'MARKETPLACE', from: 'CONFIRMED', to: 'SHIPPED', reason: 'x', at: 't' },
    });
    const body = JSON.parse(bodyOf(stock('loc_a'), webhook, 'T')) as { id: string; data: object };
    expect(body.id).toBe('bus-2');
    expect(body.data).not.toHaveProperty('cause');
  });

  it('tells a routed order only the webhook’s own locations', () => {
    const routed = noticeOf(
      'fulfillment.order.routed',
      { eventId: 'e', orderId: 'o', fulfillmentOrderIds: ['f1', 'f2'], locationIds: ['loc_a', 'loc_z'] },
      'b',
    )!;
    expect(receives(routed, { key, webhook })).toBe(true);
    expect(JSON.parse(bodyOf(routed, webhook, 'T')).data).toEqual({ orderId: 'o', locationIds: ['loc_a'] });
  });

  it('ignores topics it does not carry and order events recorded before they named their channel', () => {
    expect(noticeOf('identity.customer.registered', {}, 'b')).toBeNull();
    expect(noticeOf('orders.order.status-changed', { orderId: 'o' }, 'b')).toBeNull();
  });
});
