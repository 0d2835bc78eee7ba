import type { ReservationDoc, ReservationKind, ReservationLine, ReservationStatus } from '../model';
import { applyDelta, isConsistent, newLevel } from './level-ops';
import { planReceive, type ReceiveRequest } from './reservation-receipts';
import { aggregateStatus } from './reservation-lifecycle';
import type { TransitionPlan } from './reservation-transitions';
import { MAX_LINE_QUANTITY, MAX_LINES, MAX_RESERVATION_LINES } from './reservations';

const NOW = new Date('2026-11-01T12:00:00.000Z');
const CREATED = '2026-11-01T11:00:00.000Z';
const line = (lineKey: string, status: ReservationStatus, sku = 'A', locationId = 'dc', quantity = 1) =>
  ({ lineKey, sku, locationId, quantity, status, releaseReason: null }) as ReservationLine;
const reservation = (lines: ReservationLine[], over: Partial<ReservationDoc> = {}) =>
  ({
    _id: 'res_o',
    kind: 'ORDER',
    ownerId: 'ord_1',
    idempotencyKey: 'o',
    requestHash: 'h',
    status: aggregateStatus(lines),
    lines,
    expiresAt: null,
    releaseReason: null,
    revision: 3,
    operations: [],
    createdAt: CREATED,
    updatedAt: CREATED,
    ...over,
  }) as ReservationDoc;
// An order whose DC line already shipped to the pickup store (the transfer leg).
const shipped = (over: Partial<ReservationDoc> = {}) => reservation([line('t-1', 'SHIPPED', 'A', 'dc', 2)], over);
const req = (over: Partial<ReceiveRequest> = {}): ReceiveRequest => ({
  key: 'recv-1',
  lines: [{ lineKey: 'p-1', sku: 'A', locationId: 'store', quantity: 2 }],
  reason: null,
  ...over,
});
const stocked = () => true;
const applied = (plan: TransitionPlan) => {
  if (plan.kind !== 'apply') throw new Error(`expected apply, got ${JSON.stringify(plan)}`);
  return plan;
};

describe('planReceive', () => {
  it('appends the lines COMMITTED and raises onHand and committed together, recorded as RECEIPT entries', () => {
    const plan = applied(planReceive(shipped(), req(), NOW, stocked));
    expect(plan.set.lines!.map((l) => [l.lineKey, l.status, l.locationId])).toEqual([
      ['t-1', 'SHIPPED', 'dc'],
      ['p-1', 'COMMITTED', 'store'],
    ]);
    expect(plan.set).toMatchObject({ status: 'COMMITTED', revision: 4, updatedAt: NOW.toISOString() });
    expect(plan.set.operations).toEqual([{ key: 'recv-1', hash: expect.any(String) }]);
    expect(plan.positions).toEqual([{ levelId: 'A@store', delta: { onHand: 2, committed: 2 } }]);
    expect(plan.entries).toEqual([
      expect.objectContaining({
        _id: `res_o:${CREATED}:receive:1`,
        type: 'RECEIPT',
        reservationId: 'res_o',
        quantity: 2,
        reason: 'received into reservation res_o',
        effects: [{ locationId: 'store', delta: { onHand: 2, committed: 2 } }],
      }),
    ]);
    // Available does not move: the units arrive already committed.
    const level = applyDelta(
      { ...newLevel('A', 'store', CREATED), onHand: 5, available: 5 },
      plan.positions[0]!.delta,
      CREATED,
    )!;
    expect(level).toMatchObject({ onHand: 7, committed: 2, available: 5 });
    expect(isConsistent(level)).toBe(true);
  });

  it('creates a position the location never stocked, and sums lines of one position', () => {
    const lines = [
      { lineKey: 'p-1', sku: 'A', locationId: 'store', quantity: 2 },
      { lineKey: 'p-2', sku: 'A', locationId: 'store', quantity: 1 },
      { lineKey: 'p-3', sku: 'B', locationId: 'dc', quantity: 4 },
    ];
    const plan = applied(planReceive(shipped(), req({ lines, reason: 'ASN-9' }), NOW, (id) => id === 'B@dc'));
    expect(plan.positions).toEqual([
      { levelId: 'A@store', delta: { onHand: 3, committed: 3 }, create: { sku: 'A', locationId: 'store' } },
      { levelId: 'B@dc', delta: { onHand: 4, committed: 4 } },
    ]);
    expect(plan.entries.map((e) => [e.reason, e.quantity])).toEqual([
      ['ASN-9', 2],
      ['ASN-9', 1],
      ['ASN-9', 4],
    ]);
  });

  it.each<[string, ReservationStatus[]]>([
    ['every other line shipped', ['SHIPPED']],
    ['every other line released', ['RELEASED']],
    ['an expired hold', ['EXPIRED']],
    ['a line still held', ['ACTIVE', 'COMMITTED']],
  ])('is allowed on %s', (_name, statuses) => {
    const res = reservation(statuses.map((s, i) => line(`l${i}`, s)));
    const plan = applied(planReceive(res, req(), NOW, stocked));
    expect(plan.set.status).toBe(statuses.includes('ACTIVE') ? 'ACTIVE' : 'COMMITTED');
  });

  it.each<ReservationKind>(['ORDER', 'TRANSFER'])('takes units into a %s reservation', (kind) => {
    expect(planReceive(shipped({ kind }), req(), NOW, stocked)).toMatchObject({ kind: 'apply' });
  });

  it.each<ReservationKind>(['CART', 'CHECKOUT', 'BOPIS'])('refuses a %s reservation (INVALID_TRANSITION)', (kind) => {
    expect(planReceive(shipped({ kind }), req(), NOW, stocked)).toMatchObject({
      kind: 'invalid',
      failure: { code: 'INVALID_TRANSITION', message: `cannot receive units into a ${kind} reservation` },
    });
  });

  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ lineKey: `n${i}`, sku: 'A', locationId: 'dc', quantity: 1 }));
  it.each([
    ['no line', req({ lines: [] }), 'INVALID_QUANTITY'],
    [`${MAX_LINES + 1} lines`, req({ lines: many(MAX_LINES + 1) }), 'INVALID_QUANTITY'],
    ['a zero quantity', req({ lines: [{ sku: 'A', locationId: 'dc', quantity: 0 }] }), 'INVALID_QUANTITY'],
    ['a fractional quantity', req({ lines: [{ sku: 'A', locationId: 'dc', quantity: 1.5 }] }), 'INVALID_QUANTITY'],
    [
      `more than ${MAX_LINE_QUANTITY} units`,
      req({ lines: [{ sku: 'A', locationId: 'dc', quantity: MAX_LINE_QUANTITY + 1 }] }),
      'INVALID_QUANTITY',
    ],
    [
      'a key the reservation has',
      req({ lines: [{ lineKey: 't-1', sku: 'A', locationId: 'store', quantity: 1 }] }),
      'DUPLICATE_LINE_KEY',
    ],
    [
      'one key twice',
      req({
        lines: [
          { lineKey: 'n', sku: 'A', locationId: 'store', quantity: 1 },
          { lineKey: 'n', sku: 'B', locationId: 'store', quantity: 1 },
        ],
      }),
      'DUPLICATE_LINE_KEY',
    ],
  ])('%s is refused (%s)', (_name, request, code) => {
    expect(planReceive(shipped(), request, NOW, stocked)).toMatchObject({ kind: 'invalid', failure: { code } });
  });

  it(`keeps a reservation within ${MAX_RESERVATION_LINES} lines over its life`, () => {
    const full = reservation(Array.from({ length: MAX_RESERVATION_LINES - 1 }, (_, i) => line(`l${i}`, 'SHIPPED')));
    expect(planReceive(full, req({ lines: many(2) }), NOW, stocked)).toMatchObject({
      kind: 'invalid',
      failure: { code: 'INVALID_QUANTITY' },
    });
    expect(planReceive(full, req({ lines: many(1) }), NOW, stocked)).toMatchObject({ kind: 'apply' });
  });

  it('is idempotent by key: the same receipt replays unchanged, another one under the key conflicts', () => {
    const first = applied(planReceive(shipped(), req(), NOW, stocked));
    const after = reservation(first.set.lines!, { operations: first.set.operations! });
    expect(planReceive(after, req(), NOW, stocked)).toEqual({ kind: 'unchanged' });
    const other = req({ lines: [{ lineKey: 'p-1', sku: 'A', locationId: 'store', quantity: 3 }] });
    expect(planReceive(after, other, NOW, stocked)).toMatchObject({
      kind: 'invalid',
      failure: { code: 'IDEMPOTENCY_CONFLICT' },
    });
    // Without the record the same lines are refused: the key is what replays, never a second receipt.
    expect(planReceive({ ...after, operations: [] }, req(), NOW, stocked)).toMatchObject({
      failure: { code: 'DUPLICATE_LINE_KEY' },
    });
  });
});
