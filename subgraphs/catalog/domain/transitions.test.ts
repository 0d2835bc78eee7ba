import { RESERVATION_STATUSES, type ReservationDoc, type ReservationStatus } from '../model';
import { levelId } from './level-ops';
import { type ReservationOp } from './reservation-lifecycle';
import { planReservation, planTransition, type TransitionRequest } from './reservations';

const NOW = new Date('2026-11-01T12:00:00.000Z');
const reservation = (status: ReservationStatus, expiresAt = '2026-11-01T12:10:00.000Z'): ReservationDoc => ({
  _id: 'res_k',
  kind: 'CART',
  ownerId: 'o',
  idempotencyKey: 'k',
  requestHash: 'h',
  status,
  lines: [
    { sku: 'A', locationId: 'l1', quantity: 2 },
    { sku: 'B', locationId: 'l2', quantity: 1 },
  ],
  expiresAt,
  releaseReason: null,
  createdAt: '2026-11-01T11:00:00.000Z',
  updatedAt: '2026-11-01T11:00:00.000Z',
});
const request = (op: ReservationOp): TransitionRequest =>
  op === 'RELEASE' ? { op, reason: 'r' } : op === 'EXTEND' ? { op, ttlSeconds: 60 } : { op };

// Every (status, op): apply (to), replay unchanged (already where the op leads), or INVALID_TRANSITION.
const TABLE: [ReservationStatus, Record<ReservationOp, ReservationStatus | 'unchanged' | 'invalid'>][] = [
  ['ACTIVE', { COMMIT: 'COMMITTED', RELEASE: 'RELEASED', EXPIRE: 'invalid', SHIP: 'invalid', EXTEND: 'ACTIVE' }],
  ['COMMITTED', { COMMIT: 'unchanged', RELEASE: 'RELEASED', EXPIRE: 'invalid', SHIP: 'SHIPPED', EXTEND: 'invalid' }],
  ['SHIPPED', { COMMIT: 'invalid', RELEASE: 'invalid', EXPIRE: 'invalid', SHIP: 'unchanged', EXTEND: 'invalid' }],
  ['RELEASED', { COMMIT: 'invalid', RELEASE: 'unchanged', EXPIRE: 'invalid', SHIP: 'invalid', EXTEND: 'invalid' }],
  ['EXPIRED', { COMMIT: 'invalid', RELEASE: 'invalid', EXPIRE: 'unchanged', SHIP: 'invalid', EXTEND: 'invalid' }],
];

describe('planTransition', () => {
  it('covers every status', () => expect(TABLE.map(([s]) => s)).toEqual([...RESERVATION_STATUSES]));

  it.each(
    TABLE.flatMap(([from, ops]) =>
      Object.entries(ops).map(([op, to]): [ReservationStatus, ReservationOp, string] => [
        from,
        op as ReservationOp,
        to,
      ]),
    ),
  )('%s --%s--> %s (not yet expired)', (from, op, to) => {
    const plan = planTransition(reservation(from), request(op), NOW);
    if (to === 'unchanged') expect(plan).toEqual({ kind: 'unchanged' });
    else if (to === 'invalid') {
      expect(plan).toMatchObject({ kind: 'invalid', failure: { code: 'INVALID_TRANSITION' } });
    } else {
      expect(plan).toMatchObject({ kind: 'apply', set: { status: to, updatedAt: NOW.toISOString() } });
    }
  });

  it('an applied transition changes every line and records one entry per line with the reservation as cause', () => {
    const plan = planTransition(reservation('COMMITTED'), { op: 'RELEASE', reason: 'order cancelled' }, NOW);
    if (plan.kind !== 'apply') throw new Error('expected apply');
    expect(plan.set).toMatchObject({ status: 'RELEASED', releaseReason: 'order cancelled' });
    expect(plan.positions).toEqual([
      { levelId: levelId('A', 'l1'), delta: { committed: -2 } },
      { levelId: levelId('B', 'l2'), delta: { committed: -1 } },
    ]);
    expect(plan.entries.map((e) => [e.type, e.reservationId, e.effects])).toEqual([
      ['RELEASE', 'res_k', [{ locationId: 'l1', delta: { committed: -2 } }]],
      ['RELEASE', 'res_k', [{ locationId: 'l2', delta: { committed: -1 } }]],
    ]);
  });

  it.each([
    ['EXPIRE before the expiry', reservation('ACTIVE'), { op: 'EXPIRE' }, 'INVALID_TRANSITION'],
    [
      'EXTEND after the expiry',
      reservation('ACTIVE', '2026-11-01T11:59:59.000Z'),
      { op: 'EXTEND', ttlSeconds: 60 },
      'INVALID_TRANSITION',
    ],
    ['EXTEND by 5 s', reservation('ACTIVE'), { op: 'EXTEND', ttlSeconds: 5 }, 'INVALID_TTL'],
    ['EXTEND by 8 days', reservation('ACTIVE'), { op: 'EXTEND', ttlSeconds: 8 * 86_400 }, 'INVALID_TTL'],
  ] as const)('%s is refused with %s', (_name, res, req, code) => {
    expect(planTransition(res, req, NOW)).toMatchObject({ kind: 'invalid', failure: { code } });
  });

  it('EXPIRE after the expiry and EXTEND before it apply; an extension moves no stock', () => {
    expect(planTransition(reservation('ACTIVE', '2026-11-01T11:00:00.000Z'), { op: 'EXPIRE' }, NOW)).toMatchObject({
      kind: 'apply',
      set: { status: 'EXPIRED', releaseReason: 'expired' },
    });
    expect(planTransition(reservation('ACTIVE'), { op: 'EXTEND', ttlSeconds: 60 }, NOW)).toEqual({
      kind: 'apply',
      set: { status: 'ACTIVE', updatedAt: NOW.toISOString(), expiresAt: '2026-11-01T12:01:00.000Z' },
      positions: [],
      entries: [],
    });
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
    [{ lines: [{ sku: 'A', locationId: 'l', quantity: 0 }] }, { code: 'INVALID_QUANTITY', sku: 'A', locationId: 'l' }],
    [{ lines: [{ sku: 'A', locationId: ' ', quantity: 1 }] }, { code: 'INVALID_QUANTITY', sku: 'A', locationId: '' }],
  ])('%j is refused: %j', (over, expected) => {
    expect(planReservation({ ...req, ...over }, NOW)).toMatchObject({ ok: false, ...expected });
  });

  it('defaults the TTL by kind and records one RESERVE entry per position', () => {
    const plan = planReservation({ ...req, kind: 'CHECKOUT' }, NOW);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.reservation).toMatchObject({ _id: 'res_aw', status: 'ACTIVE', expiresAt: '2026-11-01T12:10:00.000Z' });
    expect(plan.entries).toMatchObject([
      { type: 'RESERVE', reservationId: 'res_aw', effects: [{ locationId: 'l', delta: { reserved: 1 } }] },
    ]);
  });
});
