import { RESERVATION_STATUSES, type InventoryLevelDoc, type ReservationStatus } from '../model';
import { applyDelta, isConsistent, newLevel } from './level-ops';
import { lineDelta, nextStatus, type ReservationOp } from './reservation-lifecycle';
import { normalizeLines, reservationIdFor, reservationRequestHash } from './reservations';

const OPS: ReservationOp[] = ['COMMIT', 'RELEASE', 'EXPIRE', 'SHIP', 'EXTEND'];
const at = '2026-11-01T00:00:00.000Z';
const level = (over: Partial<InventoryLevelDoc> = {}): InventoryLevelDoc => {
  const l = {
    ...newLevel('SKU', 'loc', at),
    onHand: 20,
    committed: 3,
    reserved: 2,
    damaged: 1,
    safetyStock: 2,
    qualityControl: 2,
    ...over,
  };
  return { ...l, available: l.onHand - l.committed - l.reserved - l.damaged - l.safetyStock - l.qualityControl };
};

describe('reservation state machine', () => {
  it.each([
    ['ACTIVE', 'COMMIT', 'COMMITTED'],
    ['ACTIVE', 'RELEASE', 'RELEASED'],
    ['ACTIVE', 'EXPIRE', 'EXPIRED'],
    ['ACTIVE', 'EXTEND', 'ACTIVE'],
    ['COMMITTED', 'SHIP', 'SHIPPED'],
    ['COMMITTED', 'RELEASE', 'RELEASED'],
  ] as [ReservationStatus, ReservationOp, ReservationStatus][])('%s --%s--> %s', (from, op, to) => {
    expect(nextStatus(from, op)).toBe(to);
  });

  it('refuses every other transition', () => {
    const allowed = new Set([
      'ACTIVE:COMMIT',
      'ACTIVE:RELEASE',
      'ACTIVE:EXPIRE',
      'ACTIVE:EXTEND',
      'COMMITTED:SHIP',
      'COMMITTED:RELEASE',
    ]);
    for (const from of RESERVATION_STATUSES) {
      for (const op of OPS) {
        if (!allowed.has(`${from}:${op}`)) expect(nextStatus(from, op)).toBeNull();
      }
    }
  });

  it('terminal statuses accept nothing', () => {
    for (const from of ['SHIPPED', 'RELEASED', 'EXPIRED'] as const)
      for (const op of OPS) expect(nextStatus(from, op)).toBeNull();
  });

  it('every life cycle keeps the position consistent and returns what it took', () => {
    const paths: ReservationOp[][] = [
      ['RELEASE'],
      ['EXPIRE'],
      ['COMMIT', 'RELEASE'],
      ['COMMIT', 'SHIP'],
      ['EXTEND', 'COMMIT', 'SHIP'],
    ];
    for (const path of paths) {
      const start = level();
      let l = applyDelta(start, lineDelta('RESERVE', null, 4), at)!;
      let status: ReservationStatus = 'ACTIVE';
      expect(l.available).toBe(start.available - 4);
      for (const op of path) {
        l = applyDelta(l, lineDelta(op, status, 4), at)!;
        status = nextStatus(status, op)!;
        expect(isConsistent(l)).toBe(true);
      }
      const shipped = status === 'SHIPPED' ? 4 : 0;
      expect(l.onHand).toBe(start.onHand - shipped);
      expect(l.available).toBe(start.available - shipped);
      expect([l.reserved, l.committed]).toEqual([start.reserved, start.committed]);
    }
  });

  it('a reservation larger than available is refused by the level update', () => {
    expect(applyDelta(level(), lineDelta('RESERVE', null, 11), at)).toBeNull();
    expect(applyDelta(level(), lineDelta('RESERVE', null, 10), at)?.available).toBe(0);
  });
});

describe('normalizeLines', () => {
  it('merges lines without a key at one position (their default key) and sorts by key', () => {
    expect(
      normalizeLines([
        { sku: 'B', locationId: 'l1', quantity: 1 },
        { sku: 'A', locationId: 'l2', quantity: 2 },
        { sku: 'B', locationId: 'l1', quantity: 3 },
      ]),
    ).toEqual({
      ok: true,
      lines: [
        { lineKey: 'A@l2', sku: 'A', locationId: 'l2', quantity: 2 },
        { lineKey: 'B@l1', sku: 'B', locationId: 'l1', quantity: 4 },
      ],
    });
  });

  it('keeps lines with their own keys apart, even at one position', () => {
    expect(
      normalizeLines([
        { lineKey: 'ol-2', sku: 'B', locationId: 'l1', quantity: 1 },
        { lineKey: 'ol-1', sku: 'B', locationId: 'l1', quantity: 3 },
        { sku: 'B', locationId: 'l1', quantity: 2 },
      ]),
    ).toEqual({
      ok: true,
      lines: [
        { lineKey: 'B@l1', sku: 'B', locationId: 'l1', quantity: 2 },
        { lineKey: 'ol-1', sku: 'B', locationId: 'l1', quantity: 3 },
        { lineKey: 'ol-2', sku: 'B', locationId: 'l1', quantity: 1 },
      ],
    });
  });

  it.each([
    [
      'one key twice',
      [
        { lineKey: 'x', sku: 'A', locationId: 'l', quantity: 1 },
        { lineKey: 'x', sku: 'B', locationId: 'l', quantity: 1 },
      ],
    ],
    [
      'one key twice at one position',
      [
        { lineKey: 'x', sku: 'A', locationId: 'l', quantity: 1 },
        { lineKey: 'x', sku: 'A', locationId: 'l', quantity: 1 },
      ],
    ],
    [
      "a key equal to another line's default",
      [
        { lineKey: 'B@l', sku: 'A', locationId: 'l', quantity: 1 },
        { sku: 'B', locationId: 'l', quantity: 1 },
      ],
    ],
  ])('refuses %s with DUPLICATE_LINE_KEY naming the second line', (_name, lines) => {
    expect(normalizeLines(lines)).toMatchObject({ ok: false, code: 'DUPLICATE_LINE_KEY', sku: lines[1]!.sku });
  });

  it('a key given as its default is the same request as no key', () => {
    const a = normalizeLines([{ sku: 'A', locationId: 'l', quantity: 1 }]);
    const b = normalizeLines([{ lineKey: 'A@l', sku: 'A', locationId: 'l', quantity: 1 }]);
    const c = normalizeLines([{ lineKey: 'other', sku: 'A', locationId: 'l', quantity: 1 }]);
    if (!a.ok || !b.ok || !c.ok) throw new Error('unexpected');
    expect(reservationRequestHash('ORDER', 'o', a.lines, null)).toBe(
      reservationRequestHash('ORDER', 'o', b.lines, null),
    );
    expect(reservationRequestHash('ORDER', 'o', a.lines, null)).not.toBe(
      reservationRequestHash('ORDER', 'o', c.lines, null),
    );
  });

  it.each([
    [[]],
    [[{ sku: 'A', locationId: 'l', quantity: 0 }]],
    [[{ sku: 'A', locationId: 'l', quantity: -1 }]],
    [[{ sku: 'A', locationId: 'l', quantity: 1.5 }]],
    [[{ sku: ' ', locationId: 'l', quantity: 1 }]],
    [
      [
        { sku: 'A', locationId: 'l', quantity: 6000 },
        { sku: 'A', locationId: 'l', quantity: 6000 },
      ],
    ],
    [Array.from({ length: 101 }, (_, i) => ({ sku: `S${i}`, locationId: 'l', quantity: 1 }))],
  ])('rejects %j', (lines) => expect(normalizeLines(lines).ok).toBe(false));

  it('equal requests hash equally; ids are stable per key', () => {
    const a = normalizeLines([
      { sku: 'A', locationId: 'l', quantity: 1 },
      { sku: 'B', locationId: 'l', quantity: 1 },
    ]);
    const b = normalizeLines([
      { sku: 'B', locationId: 'l', quantity: 1 },
      { sku: 'A', locationId: 'l', quantity: 1 },
    ]);
    if (!a.ok || !b.ok) throw new Error('unexpected');
    expect(reservationRequestHash('CART', 'cart_1', a.lines, 900)).toBe(
      reservationRequestHash('CART', 'cart_1', b.lines, 900),
    );
    expect(reservationRequestHash('CART', 'cart_1', a.lines, 900)).not.toBe(
      reservationRequestHash('CART', 'cart_2', a.lines, 900),
    );
    expect(reservationIdFor('k')).toBe(reservationIdFor('k'));
    expect(reservationIdFor('k')).not.toBe(reservationIdFor('k2'));
  });
});
