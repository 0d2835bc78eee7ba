import { isConsistent } from './domain/level-ops';
import type { InventoryLevelDoc, InventoryMovementDoc, ReservationDoc } from './model';
import type { ReserveInput } from './service';
import { lineStatuses, useInventoryFixture } from '../../test/support/inventory';

/**
 * A reservation that takes over a cart hold (`replaces`): one atomic write, so the hold's units go
 * to the new reservation and nobody can take them in between; all or nothing; idempotent by key;
 * racing the sweeper and other replacements. Fixture: every position onHand 10, committed 2,
 * reserved 1, safetyStock 1 → available 6.
 */
const t = useInventoryFixture();
const { advance, level, snapshot, ledger } = t;
const STORE = 'loc_store_01';
const SEED = { onHand: 10, committed: 2, reserved: 1, safetyStock: 1, available: 6 };

/** The cart's hold: 2 of SKU-1-S and 1 of SKU-1-M at the store, 15 minutes. */
async function cartHold(cartId = 'cart_1', key = 'hold-1') {
  const r = await t.inv.reserve({
    kind: 'CART',
    ownerId: cartId,
    idempotencyKey: key,
    ttlSeconds: 900,
    lines: [
      { sku: 'SKU-1-S', locationId: STORE, quantity: 2 },
      { sku: 'SKU-1-M', locationId: STORE, quantity: 1 },
    ],
  });
  if (!r.ok) throw new Error(`hold failed: ${r.code}`);
  return r.reservation;
}

/** The order's hold taking over `hold`: the same units at the store, and 1 of SKU-2-S at the DC. */
const orderInput = (hold: ReservationDoc, over: Partial<ReserveInput> = {}): ReserveInput => ({
  kind: 'ORDER',
  ownerId: 'ord_1',
  idempotencyKey: 'place-1',
  ttlSeconds: null,
  lines: [
    { lineKey: 'fo_1/l1', sku: 'SKU-1-S', locationId: STORE, quantity: 2 },
    { lineKey: 'fo_1/l2', sku: 'SKU-1-M', locationId: STORE, quantity: 1 },
    { lineKey: 'fo_2/l3', sku: 'SKU-2-S', locationId: 'loc_dc_01', quantity: 1 },
  ],
  replaces: { reservationId: hold._id, ownerId: hold.ownerId },
  ...over,
});

/** Summing a position's ledger entries gives its change since the seed (seeded positions have no opening entry). */
async function ledgerMatches(l: InventoryLevelDoc) {
  const entries = await ledger().findAll({ sku: l.sku });
  const sum: Record<string, number> = {};
  for (const e of entries as InventoryMovementDoc[]) {
    for (const { locationId, delta } of e.effects) {
      if (locationId !== l.locationId) continue;
      for (const [k, v] of Object.entries(delta)) sum[k] = (sum[k] ?? 0) + v;
    }
  }
  const seed: Record<string, number> = { ...SEED };
  return (['onHand', 'committed', 'reserved', 'safetyStock'] as const).every((k) => l[k] === seed[k]! + (sum[k] ?? 0));
}

/** Takes every available unit of a position, as another shopper would. */
const drain = async (sku: string, locationId: string, key: string) => {
  const { available } = await level(sku, locationId);
  return t.inv.reserve({
    kind: 'CART',
    ownerId: 'cart_other',
    idempotencyKey: key,
    lines: [{ sku, locationId, quantity: available }],
  });
};

describe('a reservation replacing a cart hold', () => {
  it('takes over the held units in one write even when the rest of the store is gone; the hold is RELEASED', async () => {
    const hold = await cartHold();
    expect(await level('SKU-1-S', STORE)).toMatchObject({ available: 4, reserved: 3 });
    // Another shopper takes everything else: they cannot reach the held units.
    expect(await drain('SKU-1-S', STORE, 'other-1')).toMatchObject({ ok: true });
    expect(await drain('SKU-1-M', STORE, 'other-2')).toMatchObject({ ok: true });
    expect(
      await t.inv.reserve({
        kind: 'CART',
        ownerId: 'cart_other',
        idempotencyKey: 'other-3',
        lines: [{ sku: 'SKU-1-S', locationId: STORE, quantity: 1 }],
      }),
    ).toMatchObject({ ok: false, code: 'INSUFFICIENT_STOCK', shortfalls: [{ requested: 1, available: 0 }] });

    const out = await t.inv.reserve(orderInput(hold));
    expect(out).toMatchObject({ ok: true, replay: false, reservation: { kind: 'ORDER', replaces: hold._id } });
    const after = (await t.reservations().findById(hold._id))!;
    expect(after).toMatchObject({
      status: 'RELEASED',
      releaseReason: 'replaced',
      replacedBy: out.ok && out.reservation._id,
    });
    expect(lineStatuses(after)).toEqual({ [`SKU-1-M@${STORE}`]: 'RELEASED', [`SKU-1-S@${STORE}`]: 'RELEASED' });
    // No double counting: the store's reserved units are the seed's, the other shopper's and the order's.
    expect(await level('SKU-1-S', STORE)).toMatchObject({ available: 0, reserved: 1 + 4 + 2, onHand: 10 });
    expect(await level('SKU-1-M', STORE)).toMatchObject({ available: 0, reserved: 1 + 5 + 1, onHand: 10 });
    expect(await level('SKU-2-S', 'loc_dc_01')).toMatchObject({ available: 5, reserved: 2 });
    for (const l of await t.allLevels()) {
      expect(isConsistent(l)).toBe(true);
      expect(await ledgerMatches(l)).toBe(true);
    }
    // A retry replays; the same key replacing another hold conflicts.
    expect(await t.inv.reserve(orderInput(hold))).toMatchObject({ ok: true, replay: true });
    expect(
      await t.inv.reserve(orderInput(hold, { replaces: { reservationId: 'res_other', ownerId: hold.ownerId } })),
    ).toMatchObject({ ok: false, code: 'IDEMPOTENCY_CONFLICT' });
  });

  it('short anywhere: nothing is written, the hold stays, and the shortfall counts what the hold frees', async () => {
    const hold = await cartHold();
    const before = await snapshot();
    const out = await t.inv.reserve(
      orderInput(hold, {
        lines: [
          { lineKey: 'l1', sku: 'SKU-1-S', locationId: STORE, quantity: 7 },
          { lineKey: 'l2', sku: 'SKU-2-S', locationId: 'loc_dc_01', quantity: 7 },
        ],
      }),
    );
    expect(out).toMatchObject({
      ok: false,
      code: 'INSUFFICIENT_STOCK',
      shortfalls: [
        { sku: 'SKU-1-S', locationId: STORE, requested: 7, available: 4 + 2 },
        { sku: 'SKU-2-S', locationId: 'loc_dc_01', requested: 7, available: 6 },
      ],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a hold of another owner, or an order hold, and writes nothing', async () => {
    const hold = await cartHold();
    const before = await snapshot();
    const stranger = { reservationId: hold._id, ownerId: 'cart_2' };
    expect(await t.inv.reserve(orderInput(hold, { replaces: stranger }))).toMatchObject({
      ok: false,
      code: 'RESERVATION_NOT_FOUND',
    });
    expect(await snapshot()).toEqual(before);
    const order = await t.orderHold('order-x');
    const withOrder = await snapshot();
    expect(
      await t.inv.reserve(
        orderInput(hold, { idempotencyKey: 'place-2', replaces: { reservationId: order._id, ownerId: 'ord_1' } }),
      ),
    ).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await snapshot()).toEqual(withOrder);
  });

  it('a hold past its expiry is expired in the same write; swept already, the order takes available units', async () => {
    const hold = await cartHold();
    advance(901);
    const out = await t.inv.reserve(orderInput(hold));
    expect(out).toMatchObject({ ok: true });
    expect(await t.reservations().findById(hold._id)).toMatchObject({ status: 'EXPIRED', releaseReason: 'expired' });
    expect(await level('SKU-1-S', STORE)).toMatchObject({ available: 4, reserved: 3 });

    const swept = await cartHold('cart_2', 'hold-2');
    advance(901);
    expect(await t.inv.sweepExpired()).toBe(1);
    const plain = await t.inv.reserve(
      orderInput(swept, { idempotencyKey: 'place-2', ownerId: 'ord_2', lines: orderInput(swept).lines.slice(0, 1) }),
    );
    expect(plain).toMatchObject({ ok: true });
    const untouched = (await t.reservations().findById(swept._id))!;
    expect(untouched.status).toBe('EXPIRED');
    expect(untouched.replacedBy).toBeUndefined();
    expect(await level('SKU-1-S', STORE)).toMatchObject({ available: 2, reserved: 5 });
  });

  it('racing the sweeper: the units are released once and held once, whichever wins', async () => {
    for (let round = 0; round < 20; round++) {
      const hold = await cartHold(`cart_r${round}`, `hold-r${round}`);
      const before = await level('SKU-1-S', STORE);
      advance(901);
      const [out] = await Promise.all([
        t.inv.reserve(orderInput(hold, { idempotencyKey: `place-r${round}`, ownerId: `ord_r${round}` })),
        t.inv.sweepExpired(),
      ]);
      expect(out).toMatchObject({ ok: true });
      // The order holds what the cart held: the position is exactly where the cart hold left it.
      expect(await level('SKU-1-S', STORE)).toMatchObject({ reserved: before.reserved, available: before.available });
      await t.inv.release(out.ok ? out.reservation._id : '', 'done');
    }
    for (const l of await t.allLevels()) expect(await ledgerMatches(l)).toBe(true);
  });

  it('two orders replacing one hold: one takes it over, the other only gets what is available', async () => {
    const hold = await cartHold();
    await drain('SKU-1-S', STORE, 'other-1');
    const results = await Promise.all(
      [1, 2].map((n) =>
        t.inv.reserve(
          orderInput(hold, {
            idempotencyKey: `place-${n}`,
            ownerId: `ord_${n}`,
            lines: [{ lineKey: 'l1', sku: 'SKU-1-S', locationId: STORE, quantity: 2 }],
          }),
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'INSUFFICIENT_STOCK')).toHaveLength(1);
    expect(await level('SKU-1-S', STORE)).toMatchObject({ available: 0, reserved: 1 + 4 + 2 });
  });

  it('availableStock counts a hold as released for the one who would take it over, and nothing for another owner', async () => {
    const hold = await cartHold();
    const at = async (releasing: { reservationId: string; ownerId: string } | null) =>
      (await t.inv.availableStock(['SKU-1-S'], 'WEB', releasing)).find((s) => s.locationId === STORE)?.available;
    const plain = await at(null);
    expect(await at({ reservationId: hold._id, ownerId: 'cart_1' })).toBe(plain! + 2);
    expect(await at({ reservationId: hold._id, ownerId: 'cart_2' })).toBe(plain);
    expect(await at({ reservationId: 'res_missing', ownerId: 'cart_1' })).toBe(plain);
  });
});
