import type { InventoryLevelDoc, ReservationDoc, ReservationLine, ReservationStatus, StateDelta } from '../model';
import { applyDelta, isConsistent, newLevel, positionWrite } from './level-ops';
import { lineChange, lineDelta, nextStatus, positionChanges, type ReservationOp } from './reservation-lifecycle';
import { planReroute } from './reservation-transitions';
import { normalizeLines, reservationRequestHash } from './reservations';
import { holdWithSafetyStock, splitSafetyStock } from './safety-stock';

const AT = '2026-11-01T12:00:00.000Z';
const NOW = new Date(AT);
/** A position with `available` free units and `safety` units of safety stock (onHand covers both). */
const position = (available: number, safety: number): InventoryLevelDoc => ({
  ...newLevel('A', 'dc', AT),
  onHand: available + safety + 3,
  committed: 2,
  reserved: 1,
  safetyStock: safety,
  available,
});
type Held = Pick<ReservationLine, 'lineKey' | 'sku' | 'locationId' | 'quantity' | 'fromSafetyStock'>;
const line = (lineKey: string, quantity: number, locationId = 'dc', sku = 'A'): Held => ({
  lineKey,
  sku,
  locationId,
  quantity,
});

describe('splitSafetyStock', () => {
  it.each<[string, number[], number | null, (number | undefined)[]]>([
    ['a line within available takes none', [3], 5, [undefined]],
    ['a line past available takes the rest from safety stock', [7], 5, [2]],
    ['lines of one position use available in order', [4, 3, 2], 5, [undefined, 2, 2]],
    ['nothing available: all from safety stock', [2], 0, [2]],
    ['an unknown position keeps its lines whole', [9], null, [undefined]],
  ])('%s', (_name, quantities, available, expected) => {
    const lines = quantities.map((q, i) => line(`l${i}`, q));
    expect(splitSafetyStock(lines, () => available).map((l) => l.fromSafetyStock)).toEqual(expected);
  });

  it('splits each position on its own and drops a stale split', () => {
    const lines = [{ ...line('a', 3), fromSafetyStock: 3 }, line('b', 3, 'store'), line('c', 2)];
    const split = splitSafetyStock(lines, (id) => (id === 'A@dc' ? 4 : 1));
    expect(split).toEqual([
      line('a', 3),
      { ...line('b', 3, 'store'), fromSafetyStock: 2 },
      { ...line('c', 2), fromSafetyStock: 1 },
    ]);
  });

  it('gives a new reservation RESERVE entries that take the split units from safety stock', () => {
    const reservation = {
      _id: 'res_x',
      createdAt: AT,
      requestHash: 'h',
      lines: [line('a', 5)].map((l) => ({ ...l, status: 'ACTIVE', releaseReason: null })),
    } as unknown as ReservationDoc;
    const { reservation: split, entries } = holdWithSafetyStock(reservation, () => 3);
    expect(split.lines[0]).toMatchObject({ lineKey: 'a', fromSafetyStock: 2 });
    expect(entries.map((e) => e.effects)).toEqual([[{ locationId: 'dc', delta: { reserved: 5, safetyStock: -2 } }]]);
    expect(reservation.lines[0]!.fromSafetyStock).toBeUndefined(); // the plan is not changed in place
  });
});

describe('a hold that took safety stock', () => {
  it.each<[string, ReservationOp[], Partial<InventoryLevelDoc>]>([
    ['released', ['RELEASE'], { available: 3, safetyStock: 2, onHand: 8 }],
    ['expired', ['EXPIRE'], { available: 3, safetyStock: 2, onHand: 8 }],
    ['committed then released', ['COMMIT', 'RELEASE'], { available: 3, safetyStock: 2, onHand: 8 }],
    [
      'committed then shipped: its safety units are gone',
      ['COMMIT', 'SHIP'],
      { available: 0, safetyStock: 0, onHand: 3 },
    ],
  ])('%s keeps the position consistent and ends as expected', (_name, path, expected) => {
    // 3 available, 2 safety: a hold of 5 takes 3 from available and 2 from safety stock.
    let level = applyDelta(position(3, 2), lineDelta('RESERVE', null, 5, 2), AT)!;
    expect(level).toMatchObject({ available: 0, safetyStock: 0, reserved: 6 });
    let status: ReservationStatus = 'ACTIVE';
    for (const op of path) {
      level = applyDelta(level, lineDelta(op, status, 5, 2), AT)!;
      status = nextStatus(status, op)!;
      expect(isConsistent(level)).toBe(true);
    }
    expect(level).toMatchObject({ ...expected, reserved: 1, committed: 2 });
  });

  it('is refused by the level update when safety stock cannot cover the rest', () => {
    expect(applyDelta(position(3, 1), lineDelta('RESERVE', null, 5, 2), AT)).toBeNull();
  });

  it('writes a condition that available is used up (ends at 0) where it takes safety stock', () => {
    const changes = positionChanges([
      lineChange('RESERVE', { ...line('a', 5), status: 'ACTIVE', fromSafetyStock: 2 }),
      lineChange('RESERVE', { ...line('b', 1, 'store'), status: 'ACTIVE' }),
    ]);
    expect(changes).toEqual([
      { levelId: 'A@dc', delta: { reserved: 5, safetyStock: -2 }, drainsAvailable: true },
      { levelId: 'A@store', delta: { reserved: 1 } },
    ]);
    expect(positionWrite(changes[0]!, AT)).toMatchObject({
      filter: { _id: 'A@dc', available: { $gte: 3, $lte: 3 }, safetyStock: { $gte: 2 } },
    });
    expect(positionWrite(changes[1]!, AT)).toMatchObject({ filter: { _id: 'A@store', available: { $gte: 1 } } });
    expect((positionWrite(changes[1]!, AT) as { filter: object }).filter).not.toHaveProperty('available.$lte');
  });
});

describe('allowSafetyStock in requests', () => {
  it('is part of a reservation’s fingerprint only when set', () => {
    const lines = (normalizeLines([line('a', 1)]) as { lines: ReturnType<typeof line>[] }).lines;
    const plain = reservationRequestHash('ORDER', 'o', lines, null);
    expect(reservationRequestHash('ORDER', 'o', lines, null, false)).toBe(plain);
    expect(reservationRequestHash('ORDER', 'o', lines, null, true)).not.toBe(plain);
  });

  const held = (lines: ReservationLine[]) =>
    ({
      _id: 'res_o',
      kind: 'ORDER',
      ownerId: 'o',
      idempotencyKey: 'o',
      requestHash: 'h',
      status: 'ACTIVE',
      lines,
      expiresAt: null,
      releaseReason: null,
      revision: 1,
      operations: [],
      createdAt: AT,
      updatedAt: AT,
    }) as ReservationDoc;

  it('re-routes split the new lines against available plus what the releases free there', () => {
    // `a` holds 2 at dc, 1 of them from safety stock; dc has 1 available now.
    const res = held([{ ...line('a', 2), status: 'ACTIVE', releaseReason: null, fromSafetyStock: 1 }]);
    const req = { key: 'k', release: ['a'], add: [line('b', 4)], reason: 'r', allowSafetyStock: true };
    const plan = planReroute(res, req, NOW, () => 1);
    if (plan.kind !== 'apply') throw new Error(plan.kind);
    // Released: 1 back to available, 1 to safety; b takes 1 + 1 from available and 2 from safety.
    expect(plan.set.lines!.map((l) => [l.lineKey, l.status, l.fromSafetyStock])).toEqual([
      ['a', 'RELEASED', 1],
      ['b', 'ACTIVE', 2],
    ]);
    expect([...plan.freed, ...plan.freedSafety]).toEqual([
      ['A@dc', 1],
      ['A@dc', 1],
    ]);
    const delta: StateDelta = { reserved: 2, safetyStock: -1 };
    expect(plan.positions).toEqual([{ levelId: 'A@dc', delta, drainsAvailable: true }]);
    // Without the flag the new line stays whole, and the request is another one under the key.
    const plain = planReroute(res, { ...req, allowSafetyStock: false }, NOW, () => 1);
    if (plain.kind !== 'apply') throw new Error(plain.kind);
    expect(plain.set.lines![1]!.fromSafetyStock).toBeUndefined();
    expect(plain.set.operations![0]!.hash).not.toBe(plan.set.operations![0]!.hash);
  });
});
