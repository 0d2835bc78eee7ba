import { RESERVATION_STATUSES, type ReservationDoc, type ReservationLine, type ReservationStatus } from '../model';
import { levelId } from './level-ops';
import { aggregateStatus, type ReservationOp } from './reservation-lifecycle';
import { planTransition, type TransitionPlan, type TransitionRequest } from './reservation-transitions';
import { planReservation } from './reservations';

const NOW = new Date('2026-11-01T12:00:00.000Z');
const line = (
  lineKey: string,
  status: ReservationStatus,
  sku = 'A',
  locationId = 'l1',
  quantity = 2,
): ReservationLine => ({
  lineKey,
  sku,
  locationId,
  quantity,
  status,
  releaseReason: null,
});
const reservation = (
  lines: ReservationLine[],
  expiresAt: string | null = '2026-11-01T12:10:00.000Z',
  over: Partial<ReservationDoc> = {},
): ReservationDoc => ({
  _id: 'res_k',
  kind: 'CART',
  ownerId: 'o',
  idempotencyKey: 'k',
  requestHash: 'h',
  status: aggregateStatus(lines),
  lines,
  expiresAt,
  releaseReason: null,
  revision: 3,
  operations: [],
  createdAt: '2026-11-01T11:00:00.000Z',
  updatedAt: '2026-11-01T11:00:00.000Z',
  ...over,
});
/** Two lines in one status: what every reservation was before lines had their own. */
const uniform = (status: ReservationStatus, expiresAt?: string | null) =>
  reservation([line('A@l1', status, 'A', 'l1', 2), line('B@l2', status, 'B', 'l2', 1)], expiresAt);
const request = (op: ReservationOp, over: object = {}): TransitionRequest =>
  (op === 'RELEASE'
    ? { op, reason: 'r', ...over }
    : op === 'EXTEND'
      ? { op, ttlSeconds: 60 }
      : { op, ...over }) as TransitionRequest;
const applied = (plan: TransitionPlan) => {
  if (plan.kind !== 'apply') throw new Error(`expected apply, got ${JSON.stringify(plan)}`);
  return plan;
};
const statuses = (plan: TransitionPlan) => applied(plan).set.lines!.map((l) => l.status);

// Every (status, op) on a reservation whose lines share one status: apply (to), replay unchanged
// (already where the op leads), or INVALID_TRANSITION: exactly the rules before per-line holds.
const TABLE: [ReservationStatus, Record<ReservationOp, ReservationStatus | 'unchanged' | 'invalid'>][] = [
  ['ACTIVE', { COMMIT: 'COMMITTED', RELEASE: 'RELEASED', EXPIRE: 'invalid', SHIP: 'invalid', EXTEND: 'ACTIVE' }],
  ['COMMITTED', { COMMIT: 'unchanged', RELEASE: 'RELEASED', EXPIRE: 'invalid', SHIP: 'SHIPPED', EXTEND: 'invalid' }],
  ['SHIPPED', { COMMIT: 'invalid', RELEASE: 'invalid', EXPIRE: 'invalid', SHIP: 'unchanged', EXTEND: 'invalid' }],
  ['RELEASED', { COMMIT: 'invalid', RELEASE: 'unchanged', EXPIRE: 'invalid', SHIP: 'invalid', EXTEND: 'invalid' }],
  ['EXPIRED', { COMMIT: 'invalid', RELEASE: 'invalid', EXPIRE: 'unchanged', SHIP: 'invalid', EXTEND: 'invalid' }],
];
const CASES = TABLE.flatMap(([from, ops]) =>
  Object.entries(ops).map(([op, to]): [ReservationStatus, ReservationOp, string] => [from, op as ReservationOp, to]),
);

describe('planTransition: every line at once (lineKeys omitted)', () => {
  it('covers every status', () => expect(TABLE.map(([s]) => s)).toEqual([...RESERVATION_STATUSES]));

  it.each(CASES)('%s --%s--> %s (not yet expired)', (from, op, to) => {
    const plan = planTransition(uniform(from), request(op), NOW);
    if (to === 'unchanged') expect(plan).toEqual({ kind: 'unchanged' });
    else if (to === 'invalid') {
      expect(plan).toMatchObject({ kind: 'invalid', failure: { code: 'INVALID_TRANSITION' } });
    } else {
      expect(applied(plan).set).toMatchObject({ updatedAt: NOW.toISOString(), revision: 4 });
      if (op !== 'EXTEND') expect(applied(plan).set).toMatchObject({ status: to });
      if (op !== 'EXTEND') expect(statuses(plan)).toEqual([to, to]);
    }
  });

  it('an applied transition changes every line, one position update and one entry per line', () => {
    const plan = applied(planTransition(uniform('COMMITTED'), { op: 'RELEASE', reason: 'order cancelled' }, NOW));
    expect(plan.set).toMatchObject({ status: 'RELEASED', releaseReason: 'order cancelled' });
    expect(plan.set.lines!.map((l) => l.releaseReason)).toEqual(['order cancelled', 'order cancelled']);
    expect(plan.positions).toEqual([
      { levelId: levelId('A', 'l1'), delta: { committed: -2 } },
      { levelId: levelId('B', 'l2'), delta: { committed: -1 } },
    ]);
    expect(plan.entries.map((e) => [e._id, e.type, e.reservationId, e.effects])).toEqual([
      [
        'res_k:2026-11-01T11:00:00.000Z:release:0',
        'RELEASE',
        'res_k',
        [{ locationId: 'l1', delta: { committed: -2 } }],
      ],
      [
        'res_k:2026-11-01T11:00:00.000Z:release:1',
        'RELEASE',
        'res_k',
        [{ locationId: 'l2', delta: { committed: -1 } }],
      ],
    ]);
  });

  it.each([
    ['EXPIRE before the expiry', uniform('ACTIVE'), { op: 'EXPIRE' }, 'INVALID_TRANSITION'],
    ['EXPIRE of a hold without expiry', uniform('ACTIVE', null), { op: 'EXPIRE' }, 'INVALID_TRANSITION'],
    [
      'EXTEND after the expiry',
      uniform('ACTIVE', '2026-11-01T11:59:59.000Z'),
      { op: 'EXTEND', ttlSeconds: 60 },
      'INVALID_TRANSITION',
    ],
    ['EXTEND by 5 s', uniform('ACTIVE'), { op: 'EXTEND', ttlSeconds: 5 }, 'INVALID_TTL'],
    ['EXTEND by 8 days', uniform('ACTIVE'), { op: 'EXTEND', ttlSeconds: 8 * 86_400 }, 'INVALID_TTL'],
  ] as const)('%s is refused with %s', (_name, res, req, code) => {
    expect(planTransition(res, req, NOW)).toMatchObject({ kind: 'invalid', failure: { code } });
  });

  it('EXPIRE after the expiry and EXTEND before it apply; an extension moves no stock', () => {
    expect(planTransition(uniform('ACTIVE', '2026-11-01T11:00:00.000Z'), { op: 'EXPIRE' }, NOW)).toMatchObject({
      kind: 'apply',
      set: { status: 'EXPIRED', releaseReason: 'expired' },
    });
    expect(planTransition(uniform('ACTIVE'), { op: 'EXTEND', ttlSeconds: 60 }, NOW)).toEqual({
      kind: 'apply',
      set: { updatedAt: NOW.toISOString(), expiresAt: '2026-11-01T12:01:00.000Z', revision: 4 },
      positions: [],
      entries: [],
    });
  });

  it('a hold without expiry is never expired, and extending it changes nothing', () => {
    const order = uniform('ACTIVE', null);
    const muchLater = new Date('2027-11-01T12:00:00.000Z');
    expect(planTransition(order, { op: 'EXPIRE' }, muchLater)).toMatchObject({ kind: 'invalid' });
    expect(planTransition(order, { op: 'EXTEND', ttlSeconds: 60 }, muchLater)).toEqual({ kind: 'unchanged' });
  });
});

describe('planTransition: some lines (lineKeys)', () => {
  const three = () =>
    reservation([
      line('a', 'ACTIVE', 'A', 'l1', 2),
      line('b', 'ACTIVE', 'A', 'l1', 3),
      line('c', 'ACTIVE', 'B', 'l2', 1),
    ]);

  it('moves only the lines named; the others stay held, the reservation status is the aggregate', () => {
    const plan = applied(planTransition(three(), request('COMMIT', { lineKeys: ['b'] }), NOW));
    expect(statuses(plan)).toEqual(['ACTIVE', 'COMMITTED', 'ACTIVE']);
    expect(plan.set.status).toBe('ACTIVE');
    expect(plan.positions).toEqual([{ levelId: 'A@l1', delta: { reserved: -3, committed: 3 } }]);
    expect(plan.entries.map((e) => e._id)).toEqual(['res_k:2026-11-01T11:00:00.000Z:commit:1']);
  });

  it('sums lines of one position into one position update (each keeps its own entry)', () => {
    const plan = applied(planTransition(three(), request('RELEASE', { lineKeys: ['a', 'b', 'a'] }), NOW));
    expect(plan.positions).toEqual([{ levelId: 'A@l1', delta: { reserved: -5 } }]);
    expect(plan.entries.map((e) => e.quantity)).toEqual([2, 3]);
    expect(plan.set.lines!.map((l) => [l.status, l.releaseReason])).toEqual([
      ['RELEASED', 'r'],
      ['RELEASED', 'r'],
      ['ACTIVE', null],
    ]);
  });

  // One named line in each status, per op: the same rules as a whole reservation, per line.
  it.each(CASES.filter(([, op]) => op !== 'EXTEND' && op !== 'EXPIRE'))(
    'a %s line --%s--> %s, the other line untouched',
    (from, op, to) => {
      const res = reservation([line('x', from), line('y', 'ACTIVE', 'B', 'l2')]);
      const plan = planTransition(res, request(op, { lineKeys: ['x'] }), NOW);
      if (to === 'unchanged') expect(plan).toEqual({ kind: 'unchanged' });
      else if (to === 'invalid')
        expect(plan).toMatchObject({ kind: 'invalid', failure: { code: 'INVALID_TRANSITION' } });
      else {
        expect(statuses(plan)).toEqual([to, 'ACTIVE']);
        expect(applied(plan).set.status).toBe('ACTIVE');
      }
    },
  );

  it('one line that cannot take the op refuses the whole request; a line already there is left alone', () => {
    const res = reservation([line('a', 'COMMITTED'), line('b', 'ACTIVE', 'B', 'l2'), line('c', 'RELEASED', 'C', 'l3')]);
    expect(planTransition(res, request('SHIP', { lineKeys: ['a', 'b'] }), NOW)).toMatchObject({
      kind: 'invalid',
      failure: { code: 'INVALID_TRANSITION', message: 'cannot ship a ACTIVE line b' },
    });
    expect(statuses(planTransition(res, request('COMMIT', { lineKeys: ['a', 'b'] }), NOW))).toEqual([
      'COMMITTED',
      'COMMITTED',
      'RELEASED',
    ]);
  });

  it('an unknown key is UNKNOWN_LINE_KEY and changes nothing', () => {
    expect(planTransition(three(), request('COMMIT', { lineKeys: ['a', 'zz'] }), NOW)).toMatchObject({
      kind: 'invalid',
      failure: { code: 'UNKNOWN_LINE_KEY' },
    });
  });

  it('without lineKeys, lines finished another way are not concerned ("ship the rest")', () => {
    const res = reservation([
      line('a', 'COMMITTED'),
      line('b', 'RELEASED', 'B', 'l2'),
      line('c', 'COMMITTED', 'C', 'l3'),
    ]);
    const shipped = applied(planTransition(res, request('SHIP'), NOW));
    expect(statuses(shipped)).toEqual(['SHIPPED', 'RELEASED', 'SHIPPED']);
    expect(shipped.set.status).toBe('SHIPPED');
    const after = reservation(shipped.set.lines!);
    expect(planTransition(after, request('SHIP'), NOW)).toEqual({ kind: 'unchanged' });
    expect(planTransition(after, request('COMMIT'), NOW)).toMatchObject({ kind: 'invalid' });
    // An ACTIVE line among committed ones: "ship everything" cannot ship it.
    const mixed = reservation([line('a', 'COMMITTED'), line('b', 'ACTIVE', 'B', 'l2')]);
    expect(planTransition(mixed, request('SHIP'), NOW)).toMatchObject({ kind: 'invalid' });
    expect(statuses(planTransition(mixed, request('COMMIT'), NOW))).toEqual(['COMMITTED', 'COMMITTED']);
  });

  it('expiry takes only ACTIVE lines: committed stock never expires', () => {
    const res = reservation([line('a', 'COMMITTED'), line('b', 'ACTIVE', 'B', 'l2')], '2026-11-01T11:00:00.000Z');
    const plan = applied(planTransition(res, { op: 'EXPIRE' }, NOW));
    expect(statuses(plan)).toEqual(['COMMITTED', 'EXPIRED']);
    expect(plan.set.status).toBe('COMMITTED');
    expect(plan.positions).toEqual([{ levelId: 'B@l2', delta: { reserved: -2 } }]);
  });
});

describe('planTransition: idempotency keys', () => {
  const res = reservation([line('a', 'ACTIVE'), line('b', 'ACTIVE', 'B', 'l2')]);

  it('records the key with the change; the same request again replays unchanged, even after the lines moved on', () => {
    const plan = applied(planTransition(res, request('COMMIT', { lineKeys: ['a'], key: 'fo-1-accept' }), NOW));
    expect(plan.set.operations).toEqual([{ key: 'fo-1-accept', hash: expect.any(String) }]);
    const committed = reservation(plan.set.lines!, res.expiresAt, { operations: plan.set.operations! });
    const shipped = reservation(
      applied(planTransition(committed, request('SHIP', { lineKeys: ['a'] }), NOW)).set.lines!,
      res.expiresAt,
      { operations: plan.set.operations! },
    );
    // Without its key, committing a shipped line is invalid; with it, it is a replay.
    expect(planTransition(shipped, request('COMMIT', { lineKeys: ['a'] }), NOW)).toMatchObject({ kind: 'invalid' });
    expect(planTransition(shipped, request('COMMIT', { lineKeys: ['a'], key: 'fo-1-accept' }), NOW)).toEqual({
      kind: 'unchanged',
    });
    expect(planTransition(shipped, request('COMMIT', { lineKeys: ['b'], key: 'fo-1-accept' }), NOW)).toMatchObject({
      kind: 'invalid',
      failure: { code: 'IDEMPOTENCY_CONFLICT' },
    });
  });

  it('the order of the keys named does not matter; the reason does', () => {
    const first = applied(planTransition(res, request('RELEASE', { lineKeys: ['a', 'b'], key: 'k' }), NOW));
    const after = reservation(first.set.lines!, res.expiresAt, { operations: first.set.operations! });
    expect(planTransition(after, request('RELEASE', { lineKeys: ['b', 'a'], key: 'k' }), NOW)).toEqual({
      kind: 'unchanged',
    });
    expect(
      planTransition(after, { op: 'RELEASE', reason: 'other', lineKeys: ['a', 'b'], key: 'k' }, NOW),
    ).toMatchObject({
      failure: { code: 'IDEMPOTENCY_CONFLICT' },
    });
  });

  it('a request that changes nothing records nothing', () => {
    const committed = reservation([line('a', 'COMMITTED')]);
    expect(planTransition(committed, request('COMMIT', { key: 'k' }), NOW)).toEqual({ kind: 'unchanged' });
  });
});

describe('aggregateStatus', () => {
  it.each([
    [['ACTIVE', 'COMMITTED', 'SHIPPED'], 'ACTIVE'],
    [['RELEASED', 'COMMITTED', 'SHIPPED'], 'COMMITTED'],
    [['RELEASED', 'SHIPPED', 'EXPIRED'], 'SHIPPED'],
    [['EXPIRED', 'RELEASED'], 'RELEASED'],
    [['EXPIRED'], 'EXPIRED'],
    [['ACTIVE', 'EXPIRED'], 'ACTIVE'],
  ] as [ReservationStatus[], ReservationStatus][])('%j → %s', (lines, expected) => {
    expect(aggregateStatus(lines.map((status) => ({ status })))).toBe(expected);
  });
});

describe('planReservation', () => {
  const req = {
    kind: 'CART' as const,
    ownerId: 'o',
    idempotencyKey: 'k',
    lines: [{ sku: 'A', locationId: 'l', quantity: 1 }],
  };
  it.each([
    [{ ttlSeconds: 9 }, { code: 'INVALID_TTL' }],
    [{ ttlSeconds: 604_801 }, { code: 'INVALID_TTL' }],
    [{ ttlSeconds: 1.5 }, { code: 'INVALID_TTL' }],
    [{ kind: 'ORDER', ttlSeconds: 5 }, { code: 'INVALID_TTL' }],
    [{ lines: [{ sku: 'A', locationId: 'l', quantity: 0 }] }, { code: 'INVALID_QUANTITY', sku: 'A', locationId: 'l' }],
    [{ lines: [{ sku: 'A', locationId: ' ', quantity: 1 }] }, { code: 'INVALID_QUANTITY', sku: 'A', locationId: '' }],
  ])('%j is refused: %j', (over, expected) => {
    expect(planReservation({ ...req, ...over } as typeof req, NOW)).toMatchObject({ ok: false, ...expected });
  });

  it('defaults the TTL by kind and records one RESERVE entry per line', () => {
    const plan = planReservation({ ...req, kind: 'CHECKOUT' }, NOW);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.reservation).toMatchObject({
      _id: 'res_aw',
      status: 'ACTIVE',
      expiresAt: '2026-11-01T12:10:00.000Z',
      revision: 0,
      operations: [],
      lines: [{ lineKey: 'A@l', status: 'ACTIVE', releaseReason: null }],
    });
    expect(plan.entries).toMatchObject([
      { type: 'RESERVE', reservationId: 'res_aw', effects: [{ locationId: 'l', delta: { reserved: 1 } }] },
    ]);
  });

  it('an ORDER hold never expires unless a TTL is given; the other kinds always do', () => {
    const order = planReservation({ ...req, kind: 'ORDER' }, NOW);
    const timed = planReservation({ ...req, kind: 'ORDER', ttlSeconds: 3600 }, NOW);
    expect(order).toMatchObject({ ok: true, reservation: { expiresAt: null } });
    expect(timed).toMatchObject({ ok: true, reservation: { expiresAt: '2026-11-01T13:00:00.000Z' } });
    for (const kind of ['CART', 'CHECKOUT', 'BOPIS', 'TRANSFER'] as const) {
      const plan = planReservation({ ...req, kind, ttlSeconds: null }, NOW);
      expect(plan.ok && plan.reservation.expiresAt).toEqual(expect.any(String));
    }
  });
});
