import {
  deriveStatus,
  FINAL_ORDER_STATUSES,
  mayTransition,
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  planStatus,
  STATUS_HISTORY_KEPT,
  type OrderStatus,
} from './order-status';

const AT = '2026-11-30T10:00:00.000Z';
const fos = (...statuses: string[]) => statuses.map((status) => ({ status }));

describe('the order state machine', () => {
  const pairs = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as const));

  it.each(pairs.filter(([from, to]) => from !== to && !ORDER_TRANSITIONS[from].includes(to)))(
    '%s → %s is refused and changes nothing',
    (from, to) => {
      const order = { status: from, statusHistory: [{ status: from, at: AT, reason: 'placed' }] };
      const before = structuredClone(order);
      expect(planStatus(order, to, AT, 'test')).toEqual({
        kind: 'invalid',
        message: `an order cannot go from ${from} to ${to}`,
      });
      expect(order).toEqual(before);
    },
  );

  it.each(pairs.filter(([from, to]) => ORDER_TRANSITIONS[from].includes(to)))(
    '%s → %s is applied with a history entry',
    (from, to) => {
      const plan = planStatus({ status: from, statusHistory: [] }, to, AT, 'event');
      expect(plan).toEqual({ kind: 'apply', history: [{ status: to, at: AT, reason: 'event' }] });
    },
  );

  it('the same status again is nothing to do', () => {
    for (const s of ORDER_STATUSES) expect(planStatus({ status: s }, s, AT, 'x')).toEqual({ kind: 'same' });
  });

  it('final statuses have no way out; every other status can reach a final one', () => {
    for (const s of FINAL_ORDER_STATUSES) expect(ORDER_TRANSITIONS[s]).toEqual([]);
    for (const s of ORDER_STATUSES.filter((x) => !FINAL_ORDER_STATUSES.includes(x))) {
      expect([s, ORDER_TRANSITIONS[s].some((t) => FINAL_ORDER_STATUSES.includes(t))]).toEqual([s, true]);
    }
    // Once something left a node, the order is never unfulfilled or cancelled again.
    for (const to of ['PENDING', 'CONFIRMED', 'IN_PROGRESS', 'READY_FOR_PICKUP', 'CANCELLED'] as OrderStatus[]) {
      expect(mayTransition('PARTIALLY_FULFILLED', to)).toBe(false);
    }
  });

  it(`keeps the latest ${STATUS_HISTORY_KEPT} history entries`, () => {
    const long = Array.from({ length: STATUS_HISTORY_KEPT }, (_, i) => ({
      status: 'CONFIRMED' as const,
      at: AT,
      reason: `e${i}`,
    }));
    const plan = planStatus({ status: 'CONFIRMED', statusHistory: long }, 'IN_PROGRESS', AT, 'last');
    if (plan.kind !== 'apply') throw new Error(plan.kind);
    expect(plan.history).toHaveLength(STATUS_HISTORY_KEPT);
    expect(plan.history.at(-1)).toEqual({ status: 'IN_PROGRESS', at: AT, reason: 'last' });
    expect(plan.history[0]!.reason).toBe('e1');
  });
});

describe('the status fulfillment puts an order in', () => {
  it.each<[string, ReturnType<typeof fos>, number, OrderStatus]>([
    ['routed, nothing started', fos('OPEN', 'OPEN'), 0, 'CONFIRMED'],
    ['every line waits for stock', fos(), 1, 'PENDING'],
    ['some lines routed, others wait', fos('OPEN'), 1, 'PENDING'],
    ['a node accepted', fos('ACCEPTED', 'OPEN'), 0, 'IN_PROGRESS'],
    ['a node is picking', fos('IN_PROGRESS'), 0, 'IN_PROGRESS'],
    ['all that is left waits at the counter', fos('READY_FOR_PICKUP', 'READY_FOR_PICKUP'), 0, 'READY_FOR_PICKUP'],
    ['one pickup ready, a parcel still open', fos('READY_FOR_PICKUP', 'OPEN'), 0, 'IN_PROGRESS'],
    ['one parcel shipped, one still open', fos('SHIPPED', 'OPEN'), 0, 'PARTIALLY_FULFILLED'],
    ['shipped, and lines waiting for stock', fos('SHIPPED'), 1, 'PARTIALLY_FULFILLED'],
    ['shipped and picked up', fos('DELIVERED', 'PICKED_UP'), 0, 'FULFILLED'],
    ['shipped, the rest cancelled', fos('SHIPPED', 'CANCELLED'), 0, 'FULFILLED'],
    ['a rejection re-routed to a node that accepted', fos('REJECTED', 'ACCEPTED'), 0, 'IN_PROGRESS'],
    ['a rejection left the lines waiting', fos('REJECTED'), 1, 'PENDING'],
    ['everything cancelled', fos('CANCELLED', 'CANCELLED'), 0, 'CANCELLED'],
    ['rejected and nothing left (the backorder gave up)', fos('REJECTED'), 0, 'CANCELLED'],
  ])('%s → %s', (_, fulfillmentOrders, waiting, status) => {
    expect(deriveStatus({ fulfillmentOrders, waiting: Array.from({ length: waiting }) })).toBe(status);
  });

  it('every derived change from an unfinished order is allowed by the state machine', () => {
    const statuses = [
      'OPEN',
      'ACCEPTED',
      'IN_PROGRESS',
      'READY_FOR_PICKUP',
      'SHIPPED',
      'DELIVERED',
      'PICKED_UP',
      'REJECTED',
      'CANCELLED',
    ];
    const views: { fulfillmentOrders: { status: string }[]; waiting: unknown[] }[] = [];
    for (const a of statuses)
      for (const b of statuses)
        for (const w of [0, 1]) views.push({ fulfillmentOrders: fos(a, b), waiting: Array.from({ length: w }) });
    // Fulfillment moves forward: a later view of the same order has each order further on; any
    // two derived statuses in that order are a declared transition (or the same).
    const DONE = new Set(['SHIPPED', 'DELIVERED', 'PICKED_UP']);
    for (const before of views) {
      for (const after of views) {
        const shippedBefore = before.fulfillmentOrders.some((f) => DONE.has(f.status));
        const shippedAfter = after.fulfillmentOrders.some((f) => DONE.has(f.status));
        if (shippedBefore && !shippedAfter) continue; // shipped work never un-ships
        const from = deriveStatus(before);
        const to = deriveStatus(after);
        if (from === to || FINAL_ORDER_STATUSES.includes(from)) continue;
        expect([from, to, mayTransition(from, to)]).toEqual([from, to, true]);
      }
    }
  });
});
