import { isConsistent, STOCK_STATES } from './domain/level-ops';
import type { InventoryMovementDoc, ReservationLineRequest, StockState } from './model';
import { lineStatuses, useInventoryFixture } from '../../test/support/inventory';

/**
 * Units received straight into a reservation (a ship-to-store transfer received at the pickup
 * store): every line or none, COMMITTED on arrival, onHand and committed up together in the same
 * atomic write as the reservation and its RECEIPT entries, idempotent by key; then shipped or
 * released like any committed line.
 */
const t = useInventoryFixture();
const { level, snapshot, ledger, settle } = t;

// Fixture: every position onHand 10, committed 2, reserved 1, safetyStock 1 → available 6. It does
// not stock loc_store_03: a receipt there creates the position.
const SKU = 'SKU-1-S';
const PICKUP = 'loc_store_03';
const arriving = (quantity = 2, lineKey = 'pickup-1', locationId = PICKUP): ReservationLineRequest => ({
  lineKey,
  sku: SKU,
  locationId,
  quantity,
});

/** An order whose DC leg has shipped to the pickup store: nothing of it is held any more. */
async function shippedTransferLeg(kind: 'ORDER' | 'TRANSFER' | 'CART' = 'ORDER') {
  const held = await t.inv.reserve({
    kind,
    ownerId: 'ord_sts',
    idempotencyKey: `sts-${kind}`,
    lines: [{ lineKey: 'leg', sku: SKU, locationId: 'loc_dc_01', quantity: 2 }],
  });
  if (!held.ok) throw new Error(held.code);
  await t.inv.commit(held.reservation._id);
  await t.inv.ship(held.reservation._id);
  return held.reservation._id;
}

const receive = (reservationId: string, lines: ReservationLineRequest[], idempotencyKey = 'recv-1', reason?: string) =>
  t.inv.receiveInto({ reservationId, lines, idempotencyKey, reason });

/** Sums a position's ledger from zero: it must give the position's states. */
async function ledgerSum(sku: string, locationId: string) {
  const sum = Object.fromEntries(STOCK_STATES.map((s) => [s, 0])) as Record<StockState, number>;
  for (const entry of await ledger().findAll({ sku, 'effects.locationId': locationId })) {
    for (const effect of entry.effects.filter((e) => e.locationId === locationId)) {
      for (const s of STOCK_STATES) sum[s] += effect.delta[s] ?? 0;
    }
  }
  return sum;
}

describe('receiving units into a reservation', () => {
  it('adds COMMITTED lines to a shipped order, creating the position, then ships them', async () => {
    const id = await shippedTransferLeg();
    const out = await receive(id, [arriving(2)], 'recv-1', 'ASN-778');
    expect(out).toMatchObject({ ok: true, changed: true, reservation: { status: 'COMMITTED' } });
    expect(out.ok && lineStatuses(out.reservation)).toEqual({ leg: 'SHIPPED', 'pickup-1': 'COMMITTED' });
    expect(await level(SKU, PICKUP)).toMatchObject({ onHand: 2, committed: 2, available: 0, sequence: 1 });

    const [entry] = await ledger().findAll({ reservationId: id, type: 'RECEIPT' });
    expect(entry).toMatchObject<Partial<InventoryMovementDoc>>({
      sku: SKU,
      locationId: PICKUP,
      quantity: 2,
      reason: 'ASN-778',
      effects: [{ locationId: PICKUP, delta: { onHand: 2, committed: 2 } }],
    });
    await settle();
    expect(t.events.map((e) => [e.payload.locationId, e.payload.cause.type, e.payload.onHand])).toContainEqual([
      PICKUP,
      'RECEIPT',
      2,
    ]);

    expect(await t.inv.ship(id, { lineKeys: ['pickup-1'] })).toMatchObject({
      ok: true,
      reservation: { status: 'SHIPPED' },
    });
    const after = await level(SKU, PICKUP);
    expect(after).toMatchObject({ onHand: 0, committed: 0, available: 0 });
    expect(await ledgerSum(SKU, PICKUP)).toEqual(Object.fromEntries(STOCK_STATES.map((s) => [s, after[s]])));
  });

  it('adds to an existing position without moving its available units; a release makes them available', async () => {
    const id = await shippedTransferLeg('TRANSFER');
    const out = await receive(id, [arriving(3, 'in-1', 'loc_store_01'), arriving(1, 'in-2', 'loc_store_01')]);
    expect(out).toMatchObject({ ok: true, reservation: { status: 'COMMITTED' } });
    expect(await level(SKU, 'loc_store_01')).toMatchObject({ onHand: 14, committed: 6, available: 6 });
    await t.inv.release(id, 'customer never came', { lineKeys: ['in-1'] });
    const released = await level(SKU, 'loc_store_01');
    expect(released).toMatchObject({ onHand: 14, committed: 3, available: 9 });
    expect(isConsistent(released)).toBe(true);
  });

  it('keeps the ledger explaining the position through receipts, ships, releases and other holds', async () => {
    const id = await shippedTransferLeg();
    await receive(id, [arriving(5, 'a')], 'r-a');
    await receive(id, [arriving(4, 'b')], 'r-b');
    await t.inv.ship(id, { lineKeys: ['a'] });
    const other = await t.inv.reserve({
      kind: 'ORDER',
      ownerId: 'o2',
      idempotencyKey: 'o2',
      lines: [arriving(1, 'x')],
    });
    expect(other).toMatchObject({ ok: false, code: 'INSUFFICIENT_STOCK' }); // received units are committed
    await t.inv.release(id, 'no show', { lineKeys: ['b'] });
    const held = await t.inv.reserve({ kind: 'ORDER', ownerId: 'o3', idempotencyKey: 'o3', lines: [arriving(3, 'y')] });
    expect(held.ok).toBe(true);
    const current = await level(SKU, PICKUP);
    expect(current).toMatchObject({ onHand: 4, committed: 0, reserved: 3, available: 1 });
    expect(await ledgerSum(SKU, PICKUP)).toEqual(Object.fromEntries(STOCK_STATES.map((s) => [s, current[s]])));
  });

  it('is idempotent by key: a retry replays unchanged, other content under the key conflicts', async () => {
    const id = await shippedTransferLeg();
    await receive(id, [arriving(2)]);
    const after = await snapshot();
    expect(await receive(id, [arriving(2)])).toMatchObject({ ok: true, changed: false });
    expect(await snapshot()).toEqual(after);
    expect(await receive(id, [arriving(3)])).toMatchObject({ ok: false, code: 'IDEMPOTENCY_CONFLICT' });
    // The same lines under a new key are a second receipt of known keys: refused, never counted twice.
    expect(await receive(id, [arriving(2)], 'recv-2')).toMatchObject({ ok: false, code: 'DUPLICATE_LINE_KEY' });
    expect(await snapshot()).toEqual(after);
  });

  it.each<[string, string, () => ReservationLineRequest[]]>([
    ['an existing line key', 'DUPLICATE_LINE_KEY', () => [arriving(1, 'leg')]],
    [
      'one bad line among good ones',
      'INVALID_QUANTITY',
      () => [arriving(1, 'ok'), { ...arriving(1, 'bad'), quantity: 0 }],
    ],
    ['an unknown SKU', 'UNKNOWN_SKU', () => [arriving(1, 'ok'), { ...arriving(1, 'bad'), sku: 'SKU-NOPE' }]],
    ['an unknown location', 'UNKNOWN_LOCATION', () => [arriving(1, 'ok'), arriving(1, 'bad', 'loc_nowhere')]],
    ['more than 10,000 units on a line', 'INVALID_QUANTITY', () => [arriving(10_001)]],
    ['no line', 'INVALID_QUANTITY', () => []],
    ['101 lines', 'INVALID_QUANTITY', () => Array.from({ length: 101 }, (_, i) => arriving(1, `k${i}`))],
  ])('%s: %s, every line refused and nothing changed', async (_name, code, lines) => {
    const id = await shippedTransferLeg();
    const before = await snapshot();
    expect(await receive(id, lines())).toMatchObject({ ok: false, code });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses holds that are not an order or a transfer, and a missing reservation', async () => {
    const cart = await shippedTransferLeg('CART');
    const before = await snapshot();
    expect(await receive(cart, [arriving(1)])).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await receive('res_missing', [arriving(1)])).toMatchObject({ ok: false, code: 'RESERVATION_NOT_FOUND' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a receipt that would take a position past the on-hand bound, changing nothing', async () => {
    const id = await shippedTransferLeg();
    await t.store
      .collection('inventory_levels')
      .updateOne({ _id: `${SKU}@loc_store_01` }, { $inc: { onHand: 9_999_990, available: 9_999_990 } });
    const before = await snapshot();
    expect(await receive(id, [arriving(20, 'big', 'loc_store_01')])).toMatchObject({
      ok: false,
      code: 'STOCK_LIMIT_EXCEEDED',
      sku: SKU,
      locationId: 'loc_store_01',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('two receipts racing to create one position both land', async () => {
    const id = await shippedTransferLeg();
    const other = await shippedTransferLeg('TRANSFER');
    const [a, b] = await Promise.all([receive(id, [arriving(2, 'a')], 'ka'), receive(other, [arriving(3, 'b')], 'kb')]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(await level(SKU, PICKUP)).toMatchObject({ onHand: 5, committed: 5, available: 0 });
  });

  it('malformed keys are BAD_USER_INPUT', async () => {
    const id = await shippedTransferLeg();
    await expect(receive(id, [arriving(1)], ' ')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await expect(receive(id, [arriving(1, 'x'.repeat(201))])).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(receive(id, [arriving(1)], 'k', 'r'.repeat(201))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'reason' },
    });
  });
});
