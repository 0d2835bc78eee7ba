import type { DeliveryMethod } from '../../../platform/shared/commerce';
import { FULFILLMENT_ORDER_STATUSES, type FulfillmentOrderStatus } from '../model';
import {
  APPLIED_EVENTS_KEPT,
  FINAL_STATUSES,
  FULFILLMENT_ACTIONS,
  holdLineKeys,
  inQueueAt,
  involvedLocationIds,
  planTransition,
  requestHash,
  stepLocationId,
  withApplied,
  type FulfillmentAction,
} from './fulfillment-order';

const fo = (status: FulfillmentOrderStatus, deliveryMethod: DeliveryMethod = 'SHIP') => ({
  status,
  deliveryMethod,
  appliedEvents: [],
});

describe('planTransition', () => {
  it.each<[FulfillmentOrderStatus, DeliveryMethod, FulfillmentAction, FulfillmentOrderStatus | null, string | null]>([
    ['OPEN', 'SHIP', 'ACCEPT', 'ACCEPTED', 'COMMIT'],
    ['ACCEPTED', 'SHIP', 'START', 'IN_PROGRESS', null],
    ['IN_PROGRESS', 'SHIP', 'SHIP', 'SHIPPED', 'SHIP'],
    ['ACCEPTED', 'SHIP', 'SHIP', 'SHIPPED', 'SHIP'],
    ['SHIPPED', 'SHIP', 'DELIVER', 'DELIVERED', null],
    ['IN_PROGRESS', 'PICKUP_IN_STORE', 'READY_FOR_PICKUP', 'READY_FOR_PICKUP', null],
    ['READY_FOR_PICKUP', 'PICKUP_IN_STORE', 'PICKED_UP', 'PICKED_UP', 'SHIP'],
    ['READY_FOR_PICKUP', 'PICKUP_IN_STORE', 'EXPIRE', 'CANCELLED', 'RELEASE'],
    ['OPEN', 'SHIP', 'REJECT', 'REJECTED', 'RELEASE'],
    ['IN_PROGRESS', 'SHIP', 'REJECT', 'REJECTED', 'RELEASE'],
    ['ACCEPTED', 'SHIP', 'CANCEL', 'CANCELLED', 'RELEASE'],
    ['READY_FOR_PICKUP', 'SHIP_TO_STORE', 'CANCEL', 'CANCELLED', 'RELEASE'],
    // ship to store: the node ships a transfer, the pickup store receives it into the order's hold
    ['IN_PROGRESS', 'SHIP_TO_STORE', 'SHIP', 'SHIPPED', 'SHIP'],
    ['SHIPPED', 'SHIP_TO_STORE', 'RECEIVE', 'READY_FOR_PICKUP', 'RECEIVE'],
    ['READY_FOR_PICKUP', 'SHIP_TO_STORE', 'PICKED_UP', 'PICKED_UP', 'SHIP'],
    ['READY_FOR_PICKUP', 'SHIP_TO_STORE', 'EXPIRE', 'CANCELLED', 'RELEASE'],
    // refused
    ['IN_PROGRESS', 'SHIP_TO_STORE', 'READY_FOR_PICKUP', null, null],
    ['SHIPPED', 'SHIP_TO_STORE', 'DELIVER', null, null],
    ['SHIPPED', 'SHIP_TO_STORE', 'CANCEL', null, null],
    ['ACCEPTED', 'SHIP_TO_STORE', 'RECEIVE', null, null],
    ['SHIPPED', 'SHIP', 'RECEIVE', null, null],
    ['READY_FOR_PICKUP', 'SHIP_TO_STORE', 'RECEIVE', null, null],
    // carry-out: handed over at the till at once
    ['OPEN', 'CARRY_OUT', 'HAND_OVER', 'PICKED_UP', 'COMMIT_SHIP'],
    ['ACCEPTED', 'CARRY_OUT', 'HAND_OVER', null, null],
    ['OPEN', 'PICKUP_IN_STORE', 'HAND_OVER', null, null],
    ['OPEN', 'SHIP', 'HAND_OVER', null, null],
    ['OPEN', 'SHIP', 'SHIP', null, null],
    ['OPEN', 'SHIP', 'START', null, null],
    ['IN_PROGRESS', 'SHIP', 'READY_FOR_PICKUP', null, null],
    ['IN_PROGRESS', 'PICKUP_IN_STORE', 'SHIP', null, null],
    ['SHIPPED', 'SHIP', 'CANCEL', null, null],
    ['SHIPPED', 'SHIP', 'REJECT', null, null],
    ['READY_FOR_PICKUP', 'PICKUP_IN_STORE', 'REJECT', null, null],
    ['IN_PROGRESS', 'PICKUP_IN_STORE', 'EXPIRE', null, null],
    ['DELIVERED', 'SHIP', 'DELIVER', null, null],
  ])('%s %s + %s → %s (stock %s)', (status, method, action, to, stock) => {
    const plan = planTransition(fo(status, method), { action, sourceEventId: 'e1' });
    if (to === null) expect(plan).toMatchObject({ kind: 'invalid', code: 'INVALID_TRANSITION' });
    else expect(plan).toMatchObject({ kind: 'apply', to, stock });
  });

  it('nothing applies to a final status', () => {
    for (const status of FINAL_STATUSES) {
      for (const action of FULFILLMENT_ACTIONS) {
        for (const method of ['SHIP', 'PICKUP_IN_STORE', 'SHIP_TO_STORE'] as const) {
          expect(planTransition(fo(status, method), { action, sourceEventId: 'e' }).kind).toBe('invalid');
        }
      }
    }
  });

  it('every status but the final ones can still be cancelled or finished', () => {
    for (const status of FULFILLMENT_ORDER_STATUSES.filter((s) => !FINAL_STATUSES.includes(s))) {
      const method: DeliveryMethod = status === 'READY_FOR_PICKUP' ? 'PICKUP_IN_STORE' : 'SHIP';
      const applies = FULFILLMENT_ACTIONS.filter(
        (action) => planTransition(fo(status, method), { action, sourceEventId: 'e' }).kind === 'apply',
      );
      expect([status, applies.length > 0]).toEqual([status, true]);
    }
  });

  it('the same source event again is a replay; with other content a conflict', () => {
    const req = { action: 'REJECT' as const, sourceEventId: 'e7', detail: { reason: 'damaged' } };
    const applied = { ...fo('ACCEPTED'), appliedEvents: [{ sourceEventId: 'e7', requestHash: requestHash(req) }] };
    expect(planTransition(applied, req)).toEqual({ kind: 'replay' });
    expect(planTransition(applied, { ...req, detail: { reason: 'other' } })).toMatchObject({
      kind: 'invalid',
      code: 'IDEMPOTENCY_CONFLICT',
    });
  });

  it(`keeps the latest ${APPLIED_EVENTS_KEPT} applied events`, () => {
    let events = [] as { sourceEventId: string; requestHash: string }[];
    for (let i = 0; i < APPLIED_EVENTS_KEPT + 5; i++)
      events = withApplied(events, { sourceEventId: `e${i}`, requestHash: 'h' });
    expect(events).toHaveLength(APPLIED_EVENTS_KEPT);
    expect(events[0]!.sourceEventId).toBe('e5');
  });
});

describe('where a step is taken', () => {
  const sts = { _id: 'fo_1', locationId: 'dc', deliveryMethod: 'SHIP_TO_STORE' as const, pickupLocationId: 's1' };
  it.each<[FulfillmentAction, string | null, string]>([
    ['ACCEPT', null, 'dc'],
    ['SHIP', null, 'dc'],
    ['REJECT', null, 'dc'],
    ['CANCEL', null, 'dc'],
    ['RECEIVE', null, 's1'],
    ['PICKED_UP', '2026-12-01T10:00:00.000Z', 's1'],
    ['CANCEL', '2026-12-01T10:00:00.000Z', 's1'],
    ['EXPIRE', '2026-12-01T10:00:00.000Z', 's1'],
  ])('ship to store: %s (received %s) at %s', (action, receivedAt, at) => {
    expect(stepLocationId({ ...sts, receivedAt }, action)).toBe(at);
  });

  it('every other order is stepped at its own node; ship to store is read at both', () => {
    for (const action of FULFILLMENT_ACTIONS) {
      const bopis = { ...sts, deliveryMethod: 'PICKUP_IN_STORE' as const, locationId: 's2', pickupLocationId: 's2' };
      expect(stepLocationId({ ...bopis, receivedAt: null }, action)).toBe('s2');
    }
    expect(involvedLocationIds(sts)).toEqual(['dc', 's1']);
    expect(involvedLocationIds({ ...sts, deliveryMethod: 'SHIP', pickupLocationId: null })).toEqual(['dc']);
  });

  it.each([
    // [delivery method, status, node's queue, pickup store's queue]
    ['SHIP', 'OPEN', true, false],
    ['SHIP', 'IN_PROGRESS', true, false],
    ['SHIP', 'SHIPPED', false, false],
    ['SHIP', 'CANCELLED', false, false],
    ['SHIP_TO_STORE', 'ACCEPTED', true, false],
    ['SHIP_TO_STORE', 'SHIPPED', false, true],
    ['SHIP_TO_STORE', 'READY_FOR_PICKUP', false, true],
    ['SHIP_TO_STORE', 'PICKED_UP', false, false],
    ['SHIP_TO_STORE', 'REJECTED', false, false],
  ] as const)('%s %s: in the node queue %s, in the pickup store queue %s', (method, status, atNode, atPickup) => {
    const fo = { ...sts, deliveryMethod: method, pickupLocationId: method === 'SHIP' ? null : 's1', status };
    expect(inQueueAt(fo, 'dc')).toBe(atNode);
    expect(inQueueAt(fo, 's1')).toBe(atPickup);
    expect(inQueueAt(fo, 'elsewhere')).toBe(false);
  });

  it('a pickup in store is work at its store until it is picked up', () => {
    const bopis = { ...sts, deliveryMethod: 'PICKUP_IN_STORE' as const, locationId: 's2', pickupLocationId: 's2' };
    expect(inQueueAt({ ...bopis, status: 'READY_FOR_PICKUP' }, 's2')).toBe(true);
    expect(inQueueAt({ ...bopis, status: 'PICKED_UP' }, 's2')).toBe(false);
    expect(inQueueAt({ ...bopis, status: 'CANCELLED' }, 's2')).toBe(false); // its hold expired
  });

  it('a received transfer is held under new keys at the pickup store', () => {
    const lines = [{ orderLineId: 'l1' }, { orderLineId: 'l2' }];
    expect(holdLineKeys({ _id: 'fo_1', lines }, false)).toEqual(['fo_1/l1', 'fo_1/l2']);
    expect(holdLineKeys({ _id: 'fo_1', lines }, true)).toEqual(['fo_1/l1/arrived', 'fo_1/l2/arrived']);
  });
});
