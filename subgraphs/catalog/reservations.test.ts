import type { ReservationDoc } from './model';
import { useInventoryFixture } from '../../test/support/inventory';

const t = useInventoryFixture();
const { advance, level, allLevels, line, reserve, settle } = t;

// Fixture: every position onHand 10, committed 2, reserved 1, safetyStock 1 → available 6.
describe('reservations', () => {
  it('reserves all lines or none, reporting every shortfall at once', async () => {
    const before = await allLevels();
    const short = await reserve('k1', [
      line('SKU-1-S', 'loc_dc_01', 2),
      line('SKU-1-M', 'loc_dc_01', 9),
      line('SKU-2-S', 'loc_store_01', 7),
    ]);
    expect(short).toMatchObject({
      ok: false,
      code: 'INSUFFICIENT_STOCK',
      shortfalls: [
        { sku: 'SKU-1-M', locationId: 'loc_dc_01', requested: 9, available: 6 },
        { sku: 'SKU-2-S', locationId: 'loc_store_01', requested: 7, available: 6 },
      ],
    });
    expect(await allLevels()).toEqual(before);
    expect(await t.store.collection('reservations').count()).toBe(0);

    const ok = await reserve('k2', [line('SKU-1-S', 'loc_dc_01', 2), line('SKU-1-M', 'loc_dc_01', 6)]);
    expect(ok.ok).toBe(true);
    expect(await level('SKU-1-M', 'loc_dc_01')).toMatchObject({ available: 0, reserved: 7 });
    await settle();
    expect(t.events.map((e) => e.payload.cause.type)).toEqual(['RESERVE', 'RESERVE']);
  });

  it('is idempotent by key: same request → same reservation; different request → conflict; nothing twice', async () => {
    const a = await reserve('same', [line('SKU-1-S', 'loc_dc_01', 2)]);
    const b = await reserve('same', [line('SKU-1-S', 'loc_dc_01', 2)]);
    const c = await reserve('same', [line('SKU-1-S', 'loc_dc_01', 3)]);
    expect(a.ok && b.ok && b.replay && a.reservation._id === b.reservation._id).toBe(true);
    expect(c).toMatchObject({ ok: false, code: 'IDEMPOTENCY_CONFLICT' });
    expect((await level('SKU-1-S', 'loc_dc_01')).reserved).toBe(3);
  });

  it.each([
    [[line('SKU-NOPE', 'loc_dc_01', 1)], { code: 'UNKNOWN_SKU', sku: 'SKU-NOPE', locationId: 'loc_dc_01' }],
    [[line('SKU-1-S', 'loc_nowhere', 1)], { code: 'UNKNOWN_LOCATION', sku: 'SKU-1-S', locationId: 'loc_nowhere' }],
    [[line('SKU-1-S', 'loc_store_03', 1)], { code: 'UNKNOWN_POSITION', sku: 'SKU-1-S', locationId: 'loc_store_03' }],
    [[line('SKU-1-S', 'loc_dc_01', 0)], { code: 'INVALID_QUANTITY', sku: 'SKU-1-S', locationId: 'loc_dc_01' }],
    // Several bad lines: the first in request order, whatever is wrong with the later ones.
    [
      [line('SKU-1-S', 'loc_dc_01', 1), line('SKU-2-S', 'loc_store_03', 1), line('SKU-NOPE', 'loc_dc_01', 1)],
      { code: 'UNKNOWN_POSITION', sku: 'SKU-2-S', locationId: 'loc_store_03' },
    ],
    [
      [line('SKU-1-S', 'loc_nowhere', 1), line('SKU-NOPE', 'loc_dc_01', 1)],
      { code: 'UNKNOWN_LOCATION', sku: 'SKU-1-S', locationId: 'loc_nowhere' },
    ],
    // An unknown line outranks a short one: the request itself is wrong.
    [
      [line('SKU-1-S', 'loc_dc_01', 9), line('SKU-NOPE', 'loc_dc_01', 1)],
      { code: 'UNKNOWN_SKU', sku: 'SKU-NOPE', locationId: 'loc_dc_01' },
    ],
    [[], { code: 'INVALID_QUANTITY' }],
  ])('rejects %j with %j and changes nothing', async (lines, expected) => {
    const before = await allLevels();
    expect(await reserve('bad', lines)).toMatchObject({ ok: false, ...expected });
    expect(await allLevels()).toEqual(before);
    expect(await t.store.collection('reservations').count()).toBe(0);
    expect(await t.store.collection('inventory_movements').count()).toBe(0);
  });

  it.each([
    ['idempotencyKey', { idempotencyKey: '  ' }],
    ['idempotencyKey', { idempotencyKey: 'k'.repeat(201) }],
    ['ownerId', { ownerId: '' }],
  ])('a bad %s is BAD_USER_INPUT naming the field, like every caller-chosen key', async (field, over) => {
    const input = {
      kind: 'CART' as const,
      ownerId: 'o',
      idempotencyKey: 'k',
      lines: [line('SKU-1-S', 'loc_dc_01', 1)],
    };
    await expect(t.inv.reserve({ ...input, ...over })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field },
    });
  });

  it('rejects a TTL out of range', async () => {
    expect(await reserve('ttl', [line('SKU-1-S', 'loc_dc_01', 1)], 1)).toMatchObject({
      ok: false,
      code: 'INVALID_TTL',
    });
  });

  it('commit → ship moves reserved → committed → gone from onHand, recorded as SALE movements', async () => {
    const r = await reserve('life', [line('SKU-1-S', 'loc_dc_01', 3)]);
    if (!r.ok) throw new Error('reserve failed');
    const id = r.reservation._id;
    expect(await t.inv.commit(id)).toMatchObject({ ok: true, reservation: { status: 'COMMITTED' } });
    expect(await level('SKU-1-S', 'loc_dc_01')).toMatchObject({ onHand: 10, reserved: 1, committed: 5, available: 3 });
    expect(await t.inv.ship(id)).toMatchObject({ ok: true, reservation: { status: 'SHIPPED' } });
    expect(await level('SKU-1-S', 'loc_dc_01')).toMatchObject({ onHand: 7, reserved: 1, committed: 2, available: 3 });
    const shipped = await allLevels();
    expect(await t.inv.ship(id)).toMatchObject({ ok: true, changed: false, reservation: { status: 'SHIPPED' } });
    const sales = await t.store.collection('inventory_movements').findAll({ type: 'SALE' });
    expect(sales).toMatchObject([{ reservationId: id, quantity: 3 }]);
    // A shipped reservation cannot be released: refused, nothing changes.
    expect(await t.inv.release(id, 'too late')).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await allLevels()).toEqual(shipped);
  });

  it('a repeated commit or release replays unchanged (no second stock change, no event); ship after release is refused', async () => {
    const r = await reserve('replays', [line('SKU-1-S', 'loc_dc_01', 2)]);
    if (!r.ok) throw new Error('reserve failed');
    const id = r.reservation._id;
    await t.inv.commit(id);
    const committed = await allLevels();
    await settle();
    const seen = t.events.length;
    expect(await t.inv.commit(id)).toMatchObject({ ok: true, changed: false, reservation: { status: 'COMMITTED' } });
    expect(await allLevels()).toEqual(committed);
    expect(await t.inv.release(id, 'order cancelled')).toMatchObject({ ok: true, changed: true });
    const released = await allLevels();
    expect(await t.inv.release(id, 'again')).toMatchObject({
      ok: true,
      changed: false,
      reservation: { status: 'RELEASED', releaseReason: 'order cancelled' },
    });
    expect(await t.inv.ship(id)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await allLevels()).toEqual(released);
    await settle();
    expect(t.events.length).toBe(seen + 1); // only the first release moved stock
  });

  it('extending by a TTL out of range is INVALID_TTL and changes nothing', async () => {
    const r = await reserve('extend-bad', [line('SKU-1-S', 'loc_dc_01', 1)]);
    if (!r.ok) throw new Error('reserve failed');
    expect(await t.inv.extend(r.reservation._id, 5)).toMatchObject({ ok: false, code: 'INVALID_TTL' });
    expect(await t.store.collection<ReservationDoc>('reservations').findById(r.reservation._id)).toEqual(r.reservation);
  });

  it('invalid transitions are typed errors and change nothing', async () => {
    const r = await reserve('bad-transitions', [line('SKU-1-S', 'loc_dc_01', 3)]);
    if (!r.ok) throw new Error('reserve failed');
    const before = await allLevels();
    expect(await t.inv.ship(r.reservation._id)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    await t.inv.release(r.reservation._id, 'cart abandoned');
    const released = await allLevels();
    expect(await t.inv.commit(r.reservation._id)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await t.inv.extend(r.reservation._id, 60)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await allLevels()).toEqual(released);
    expect(released).not.toEqual(before);
    expect(await t.inv.commit('res_missing')).toMatchObject({ ok: false, code: 'RESERVATION_NOT_FOUND' });
  });

  it('release of a committed reservation returns the units (order cancelled)', async () => {
    const r = await reserve('cancel', [line('SKU-2-M', 'loc_store_01', 4)]);
    if (!r.ok) throw new Error('reserve failed');
    await t.inv.commit(r.reservation._id);
    await t.inv.release(r.reservation._id, 'order cancelled');
    expect(await level('SKU-2-M', 'loc_store_01')).toMatchObject({
      onHand: 10,
      available: 6,
      committed: 2,
      reserved: 1,
    });
  });

  it('expires holds after their TTL (sweeper), extends them, and several sweepers expire each exactly once', async () => {
    const short = await reserve('short', [line('SKU-1-S', 'loc_dc_01', 2)], 60);
    const long = await reserve('long', [line('SKU-1-S', 'loc_dc_01', 2)], 60);
    if (!short.ok || !long.ok) throw new Error('reserve failed');
    expect(await t.inv.extend(long.reservation._id, 600)).toMatchObject({ ok: true });
    advance(61);
    const others = await Promise.all([
      t.catalogInstance().then((c) => c.inventory),
      t.catalogInstance().then((c) => c.inventory),
      t.catalogInstance().then((c) => c.inventory),
    ]);
    const expired = await Promise.all([t.inv, ...others].map((i) => i.sweepExpired()));
    expect(expired.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await t.store.collection<ReservationDoc>('reservations').findById(short.reservation._id))!.status).toBe(
      'EXPIRED',
    );
    expect(await level('SKU-1-S', 'loc_dc_01')).toMatchObject({ reserved: 3, available: 4 });
    advance(600);
    expect(await t.inv.sweepExpired()).toBe(1);
    expect(await level('SKU-1-S', 'loc_dc_01')).toMatchObject({ reserved: 1, available: 6 });
    expect(await t.inv.extend(long.reservation._id, 600)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });
});
