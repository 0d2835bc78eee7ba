import type { ReservationDoc, ReservationLine, ReservationStatus } from '../model';
import { aggregateStatus } from './reservation-lifecycle';
import { planReroute, type ReroutePlan, type RerouteRequest } from './reservation-transitions';
import { MAX_RESERVATION_LINES } from './reservations';

const NOW = new Date('2026-11-01T12:00:00.000Z');
const CREATED = '2026-11-01T11:00:00.000Z';
const line = (lineKey: string, status: ReservationStatus, sku: string, locationId: string, quantity: number) =>
  ({ lineKey, sku, locationId, quantity, status, releaseReason: null }) as ReservationLine;
const reservation = (lines: ReservationLine[], expiresAt: string | null = null, over: Partial<ReservationDoc> = {}) =>
  ({
    _id: 'res_o',
    kind: 'ORDER',
    ownerId: 'ord_1',
    idempotencyKey: 'o',
    requestHash: 'h',
    status: aggregateStatus(lines),
    lines,
    expiresAt,
    releaseReason: null,
    revision: 1,
    operations: [],
    createdAt: CREATED,
    updatedAt: CREATED,
    ...over,
  }) as ReservationDoc;
// An order held at two nodes: line a at the store (ACTIVE), line b at the DC (COMMITTED).
const held = (expiresAt: string | null = null) =>
  reservation([line('a', 'ACTIVE', 'A', 'store', 2), line('b', 'COMMITTED', 'B', 'dc', 1)], expiresAt);
const req = (over: Partial<RerouteRequest> = {}): RerouteRequest => ({
  key: 'reroute-1',
  release: ['a'],
  add: [{ lineKey: 'a2', sku: 'A', locationId: 'dc', quantity: 2 }],
  reason: 'store rejected',
  ...over,
});
const applied = (plan: ReroutePlan) => {
  if (plan.kind !== 'apply') throw new Error(`expected apply, got ${JSON.stringify(plan)}`);
  return plan;
};

describe('planReroute', () => {
  it('releases the named lines and appends the new ones ACTIVE, in one plan', () => {
    const plan = applied(planReroute(held(), req(), NOW));
    expect(plan.set.lines!.map((l) => [l.lineKey, l.status, l.locationId, l.releaseReason])).toEqual([
      ['a', 'RELEASED', 'store', 'store rejected'],
      ['b', 'COMMITTED', 'dc', null],
      ['a2', 'ACTIVE', 'dc', null],
    ]);
    expect(plan.set).toMatchObject({ status: 'ACTIVE', releaseReason: 'store rejected', revision: 2 });
    expect(plan.set.operations).toEqual([{ key: 'reroute-1', hash: expect.any(String) }]);
    expect(plan.positions).toEqual([
      { levelId: 'A@store', delta: { reserved: -2 } },
      { levelId: 'A@dc', delta: { reserved: 2 } },
    ]);
    expect(plan.entries.map((e) => [e._id, e.type, e.quantity])).toEqual([
      [`res_o:${CREATED}:release:0`, 'RELEASE', 2],
      [`res_o:${CREATED}:reserve:2`, 'RESERVE', 2],
    ]);
    expect(plan.demands).toEqual([{ sku: 'A', locationId: 'dc', quantity: 2 }]);
    expect([...plan.freed]).toEqual([['A@store', 2]]);
  });

  it('releasing and re-holding at one position is one position update for the difference', () => {
    const plan = applied(
      planReroute(
        held(),
        req({ release: ['b'], add: [{ lineKey: 'b2', sku: 'B', locationId: 'dc', quantity: 3 }] }),
        NOW,
      ),
    );
    // b was COMMITTED: its units leave committed; the new line's are reserved.
    expect(plan.positions).toEqual([{ levelId: 'B@dc', delta: { committed: -1, reserved: 3 } }]);
    expect([...plan.freed]).toEqual([['B@dc', 1]]);
  });

  it('can only add lines, or only release them', () => {
    expect(applied(planReroute(held(), req({ release: [] }), NOW)).set.lines!.map((l) => l.status)).toEqual([
      'ACTIVE',
      'COMMITTED',
      'ACTIVE',
    ]);
    const releasedAll = applied(planReroute(held(), req({ release: ['a', 'b'], add: [] }), NOW));
    expect(releasedAll.set.status).toBe('RELEASED');
    expect(releasedAll.positions).toEqual([
      { levelId: 'A@store', delta: { reserved: -2 } },
      { levelId: 'B@dc', delta: { committed: -1 } },
    ]);
  });

  it.each([
    ['an unknown line', req({ release: ['zz'] }), 'UNKNOWN_LINE_KEY'],
    [
      'a new key the reservation already has',
      req({ add: [{ lineKey: 'b', sku: 'C', locationId: 'dc', quantity: 1 }] }),
      'DUPLICATE_LINE_KEY',
    ],
    ['a bad quantity', req({ add: [{ sku: 'C', locationId: 'dc', quantity: 0 }] }), 'INVALID_QUANTITY'],
    [
      'one key twice among the new lines',
      req({
        add: [
          { lineKey: 'n', sku: 'C', locationId: 'dc', quantity: 1 },
          { lineKey: 'n', sku: 'D', locationId: 'dc', quantity: 1 },
        ],
      }),
      'DUPLICATE_LINE_KEY',
    ],
  ])('%s is refused (%s)', (_name, request, code) => {
    expect(planReroute(held(), request, NOW)).toMatchObject({ kind: 'invalid', failure: { code } });
  });

  it('a released line cannot be taken again by a new line (keys are unique for the reservation’s life)', () => {
    const res = reservation([line('a', 'RELEASED', 'A', 'store', 2), line('b', 'ACTIVE', 'B', 'dc', 1)]);
    expect(
      planReroute(res, req({ release: [], add: [{ lineKey: 'a', sku: 'A', locationId: 'dc', quantity: 2 }] }), NOW),
    ).toMatchObject({ kind: 'invalid', failure: { code: 'DUPLICATE_LINE_KEY' } });
  });

  it.each(['SHIPPED', 'EXPIRED'] as const)('releasing a %s line is INVALID_TRANSITION', (status) => {
    const res = reservation([line('a', status, 'A', 'store', 2), line('b', 'ACTIVE', 'B', 'dc', 1)]);
    expect(planReroute(res, req(), NOW)).toMatchObject({ kind: 'invalid', failure: { code: 'INVALID_TRANSITION' } });
  });

  it('a line already released is left as it is; nothing left to do is unchanged', () => {
    const res = reservation([line('a', 'RELEASED', 'A', 'store', 2), line('b', 'ACTIVE', 'B', 'dc', 1)]);
    expect(planReroute(res, req({ add: [] }), NOW)).toEqual({ kind: 'unchanged' });
    expect(applied(planReroute(res, req(), NOW)).positions).toEqual([{ levelId: 'A@dc', delta: { reserved: 2 } }]);
  });

  it.each(['SHIPPED', 'RELEASED', 'EXPIRED'] as const)('a finished (%s) reservation cannot be re-routed', (status) => {
    const res = reservation([line('a', status, 'A', 'store', 2)]);
    expect(planReroute(res, req(), NOW)).toMatchObject({ kind: 'invalid', failure: { code: 'INVALID_TRANSITION' } });
  });

  it('a hold past its expiry takes no new line, but may still release', () => {
    const expired = held('2026-11-01T11:59:00.000Z');
    expect(planReroute(expired, req(), NOW)).toMatchObject({
      kind: 'invalid',
      failure: { code: 'INVALID_TRANSITION', message: 'reservation has expired' },
    });
    expect(planReroute(expired, req({ add: [] }), NOW)).toMatchObject({ kind: 'apply' });
  });

  it(`a reservation has at most ${MAX_RESERVATION_LINES} lines over its life`, () => {
    const many = reservation(
      Array.from({ length: MAX_RESERVATION_LINES - 1 }, (_, i) => line(`l${i}`, 'ACTIVE', `S${i}`, 'dc', 1)),
    );
    const two = [
      { lineKey: 'n1', sku: 'X', locationId: 'dc', quantity: 1 },
      { lineKey: 'n2', sku: 'Y', locationId: 'dc', quantity: 1 },
    ];
    expect(planReroute(many, req({ release: ['l0'], add: two }), NOW)).toMatchObject({
      kind: 'invalid',
      failure: { code: 'INVALID_QUANTITY' },
    });
    expect(planReroute(many, req({ release: ['l0'], add: two.slice(1) }), NOW)).toMatchObject({ kind: 'apply' });
  });

  it('is idempotent by key: the same re-route replays unchanged, another one under the key conflicts', () => {
    const first = applied(planReroute(held(), req(), NOW));
    const after = reservation(first.set.lines!, null, { operations: first.set.operations! });
    expect(planReroute(after, req(), NOW)).toEqual({ kind: 'unchanged' });
    expect(planReroute(after, req({ reason: 'other' }), NOW)).toMatchObject({
      kind: 'invalid',
      failure: { code: 'IDEMPOTENCY_CONFLICT' },
    });
    // Without the record, the same request would now be refused (a2 exists): the key is what replays.
    expect(planReroute({ ...after, operations: [] }, req(), NOW)).toMatchObject({
      failure: { code: 'DUPLICATE_LINE_KEY' },
    });
  });
});
