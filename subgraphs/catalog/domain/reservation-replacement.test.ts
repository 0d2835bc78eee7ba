import type { ReservationDoc, ReservationKind, ReservationLine, ReservationStatus, StateDelta } from '../model';
import { levelId } from './level-ops';
import { aggregateStatus } from './reservation-lifecycle';
import { planReplacement, withReleased, type ReplacementPlan } from './reservation-replacement';
import { planReservation } from './reservations';

const NOW = new Date('2026-11-01T12:00:00.000Z');
const CREATED = '2026-11-01T11:55:00.000Z';
const line = (lineKey: string, status: ReservationStatus, sku: string, locationId: string, quantity: number) =>
  ({ lineKey, sku, locationId, quantity, status, releaseReason: null }) as ReservationLine;
const hold = (lines: ReservationLine[], over: Partial<ReservationDoc> = {}) =>
  ({
    _id: 'res_cart',
    kind: 'CART' as ReservationKind,
    ownerId: 'cart_1',
    idempotencyKey: 'c',
    requestHash: 'h',
    status: aggregateStatus(lines),
    lines,
    expiresAt: '2026-11-01T12:10:00.000Z',
    releaseReason: null,
    revision: 3,
    operations: [],
    createdAt: CREATED,
    updatedAt: CREATED,
    ...over,
  }) as ReservationDoc;
// The cart held 2 of A and 1 of B at the store; the order takes 2 of A there and 1 of B at the DC.
const cartHold = (over: Partial<ReservationDoc> = {}) =>
  hold([line('A@store', 'ACTIVE', 'A', 'store', 2), line('B@store', 'ACTIVE', 'B', 'store', 1)], over);
const REF = { reservationId: 'res_cart', ownerId: 'cart_1' };
const order = (
  lines = [
    { lineKey: 'fo1/l1', sku: 'A', locationId: 'store', quantity: 2 },
    { lineKey: 'fo2/l2', sku: 'B', locationId: 'dc', quantity: 1 },
  ],
) => {
  const plan = planReservation(
    { kind: 'ORDER', ownerId: 'ord_1', idempotencyKey: 'place-1', lines, ttlSeconds: null, replaces: REF },
    NOW,
  );
  if (!plan.ok) throw new Error(plan.message);
  return plan.reservation;
};
const written = (plan: ReplacementPlan) => {
  if (plan.kind !== 'write') throw new Error(`expected a write, got ${JSON.stringify(plan)}`);
  return plan;
};
const net = (plan: ReturnType<typeof written>) =>
  Object.fromEntries(plan.positions.map((p) => [p.levelId, p.delta])) as Record<string, StateDelta>;
/** Each position's summed ledger effects: what the entries say moved. */
const ledgerSums = (plan: ReturnType<typeof written>) => {
  const sums: Record<string, Record<string, number>> = {};
  for (const e of plan.entries) {
    for (const { locationId, delta } of e.effects) {
      const at = (sums[levelId(e.sku, locationId)] ??= {});
      for (const [k, v] of Object.entries(delta)) at[k] = (at[k] ?? 0) + v;
    }
  }
  for (const at of Object.values(sums)) for (const k of Object.keys(at)) if (at[k] === 0) delete at[k];
  return Object.fromEntries(Object.entries(sums).filter(([, v]) => Object.keys(v).length > 0));
};

describe('planReplacement', () => {
  it('releases the hold and reserves the order in one net change per position, which the ledger entries sum to', () => {
    const plan = written(planReplacement(order(), cartHold(), REF, NOW));
    // A at the store: 2 released, 2 reserved → no change; B at the store released; B at the DC reserved.
    expect(net(plan)).toEqual({ 'B@store': { reserved: -1 }, 'B@dc': { reserved: 1 } });
    expect(ledgerSums(plan)).toEqual(net(plan));
    expect(plan.entries.map((e) => e.type)).toEqual(['RELEASE', 'RELEASE', 'RESERVE', 'RESERVE']);
    expect(plan.replaced?.set).toMatchObject({
      status: 'RELEASED',
      releaseReason: 'replaced',
      replacedBy: plan.reservation._id,
      revision: 4,
    });
    expect(plan.replaced?.set.lines?.map((l) => [l.status, l.releaseReason])).toEqual([
      ['RELEASED', 'replaced'],
      ['RELEASED', 'replaced'],
    ]);
    expect(plan.reservation).toMatchObject({ replaces: 'res_cart', status: 'ACTIVE' });
    expect(Object.fromEntries(plan.freed)).toEqual({ 'A@store': 2, 'B@store': 1 });
  });

  it.each<[string, ReservationDoc | null, string]>([
    ['another owner', cartHold({ ownerId: 'cart_2' }), 'RESERVATION_NOT_FOUND'],
    ['an order hold', cartHold({ kind: 'ORDER' }), 'INVALID_TRANSITION'],
    ['a BOPIS hold', cartHold({ kind: 'BOPIS' }), 'INVALID_TRANSITION'],
  ])('refuses %s and plans nothing', (_, replaced, code) => {
    const plan = planReplacement(order(), replaced, REF, NOW);
    expect(plan).toMatchObject({ kind: 'invalid', failure: { code } });
  });

  it.each<[string, ReservationDoc | null]>([
    ['purged (or never made)', null],
    ['expired and swept', cartHold({ lines: [line('A@store', 'EXPIRED', 'A', 'store', 2)], status: 'EXPIRED' })],
    ['already taken over', cartHold({ lines: [line('A@store', 'RELEASED', 'A', 'store', 2)], status: 'RELEASED' })],
  ])('a hold %s hands nothing over: a plain reservation of available units', (_, replaced) => {
    const plan = written(planReplacement(order(), replaced, REF, NOW));
    expect(plan.replaced).toBeNull();
    expect(net(plan)).toEqual({ 'A@store': { reserved: 2 }, 'B@dc': { reserved: 1 } });
    expect(plan.freed.size).toBe(0);
  });

  it('expires the lines of a hold past its expiry that the sweeper has not reached, freeing them all the same', () => {
    const plan = written(planReplacement(order(), cartHold({ expiresAt: '2026-11-01T11:59:59.000Z' }), REF, NOW));
    expect(plan.entries.slice(0, 2).map((e) => e.type)).toEqual(['EXPIRE', 'EXPIRE']);
    expect(plan.replaced?.set).toMatchObject({ status: 'EXPIRED', releaseReason: 'expired' });
    expect(net(plan)).toEqual({ 'B@store': { reserved: -1 }, 'B@dc': { reserved: 1 } });
  });

  it('takes over only ACTIVE lines: committed units stay where they are', () => {
    const replaced = cartHold({
      lines: [line('A@store', 'ACTIVE', 'A', 'store', 2), line('B@store', 'COMMITTED', 'B', 'store', 1)],
    });
    const plan = written(planReplacement(order(), replaced, REF, NOW));
    expect(plan.replaced?.set.lines?.map((l) => l.status)).toEqual(['RELEASED', 'COMMITTED']);
    expect(plan.replaced?.set.status).toBe('COMMITTED');
    expect(net(plan)).toEqual({ 'B@dc': { reserved: 1 } });
  });

  it('splits safety stock against what the position has plus what the hold frees there', () => {
    // The store has 1 available; the hold frees 2 of A there; the order wants 4 → 3 from available, 1 from safety.
    const plan = written(
      planReplacement(
        order([{ lineKey: 'l1', sku: 'A', locationId: 'store', quantity: 4 }]),
        cartHold(),
        REF,
        NOW,
        (id) => (id === 'A@store' ? 1 : 0),
      ),
    );
    expect(plan.reservation.lines[0]).toMatchObject({ quantity: 4, fromSafetyStock: 1 });
    expect(net(plan)['A@store']).toEqual({ reserved: 2, safetyStock: -1 });
    expect(plan.positions.find((p) => p.levelId === 'A@store')?.drainsAvailable).toBe(true);
    expect(ledgerSums(plan)).toEqual(net(plan));
  });
});

describe('withReleased', () => {
  const stock = [
    { sku: 'A', locationId: 'dc', available: 5, safetyStock: 1, incoming: [] },
    { sku: 'A', locationId: 'store', available: 3, safetyStock: 1, incoming: [] },
    { sku: 'B', locationId: 'dc', available: 0, safetyStock: 0, incoming: [] },
  ];

  it('counts the held units in full at their positions and keeps each SKU largest first', () => {
    const out = withReleased(
      stock,
      ['A', 'B'],
      [
        { sku: 'A', locationId: 'store', quantity: 4 },
        { sku: 'B', locationId: 'kiosk', quantity: 2 },
      ],
    );
    expect(out.map((s) => [s.sku, s.locationId, s.available])).toEqual([
      ['A', 'store', 7],
      ['A', 'dc', 5],
      ['B', 'kiosk', 2],
      ['B', 'dc', 0],
    ]);
    // Units the hold's lines took from safety stock go back there.
    const safety = withReleased(stock, ['A'], [{ sku: 'A', locationId: 'store', quantity: 4, fromSafetyStock: 1 }]);
    expect(safety.find((s) => s.locationId === 'store')).toMatchObject({ available: 6, safetyStock: 2 });
  });

  it('ignores held SKUs not asked for, and changes nothing without held lines', () => {
    expect(withReleased(stock, ['B'], [{ sku: 'A', locationId: 'store', quantity: 4 }])).toEqual(stock);
    expect(withReleased(stock, ['A', 'B'], [])).toEqual(stock);
  });
});
