import { isConsistent } from './domain/level-ops';
import type { ReservationDoc } from './model';
import { lineStatuses, useInventoryFixture } from '../../test/support/inventory';

const t = useInventoryFixture();
const { advance, level, allLevels, settle } = t;

// Fixture: every position onHand 10, committed 2, reserved 1, safetyStock 1 → available 6.
const { snapshot, orderHold, reservations, ledger } = t;
const statuses = lineStatuses;

describe('line-level holds', () => {
  it('holds lines of one position apart, and moves each line on its own while the others stay held', async () => {
    const res = await orderHold();
    expect(res).toMatchObject({ status: 'ACTIVE', expiresAt: null });
    expect(await level('SKU-1-S', 'loc_store_01')).toMatchObject({ reserved: 4, available: 3 });

    const committed = await t.inv.commit(res._id, { lineKeys: ['ol-2'] });
    expect(committed).toMatchObject({ ok: true, changed: true, reservation: { status: 'ACTIVE' } });
    expect(committed.ok && statuses(committed.reservation)).toEqual({
      'ol-1': 'ACTIVE',
      'ol-2': 'COMMITTED',
      'ol-3': 'ACTIVE',
    });
    expect(await level('SKU-1-S', 'loc_store_01')).toMatchObject({ reserved: 2, committed: 4, available: 3 });

    expect(await t.inv.ship(res._id, { lineKeys: ['ol-2'] })).toMatchObject({ ok: true, changed: true });
    expect(await level('SKU-1-S', 'loc_store_01')).toMatchObject({
      onHand: 8,
      reserved: 2,
      committed: 2,
      available: 3,
    });

    const released = await t.inv.release(res._id, 'customer cancelled line', { lineKeys: ['ol-1'] });
    expect(released.ok && released.reservation.lines[0]).toMatchObject({
      lineKey: 'ol-1',
      status: 'RELEASED',
      releaseReason: 'customer cancelled line',
    });
    expect(await level('SKU-1-S', 'loc_store_01')).toMatchObject({
      onHand: 8,
      reserved: 1,
      committed: 2,
      available: 4,
    });
    // The DC line is still held; the reservation stays ACTIVE until it moves.
    expect(released).toMatchObject({ ok: true, reservation: { status: 'ACTIVE' } });
    expect(await level('SKU-2-S', 'loc_dc_01')).toMatchObject({ reserved: 4, available: 3 });

    await t.inv.commit(res._id);
    expect((await reservations().findById(res._id))!.status).toBe('COMMITTED');
    const shipped = await t.inv.ship(res._id);
    expect(shipped.ok && statuses(shipped.reservation)).toEqual({
      'ol-1': 'RELEASED',
      'ol-2': 'SHIPPED',
      'ol-3': 'SHIPPED',
    });
    expect(shipped).toMatchObject({ ok: true, reservation: { status: 'SHIPPED' } });
    // Ship "the rest" again: a replay.
    expect(await t.inv.ship(res._id)).toMatchObject({ ok: true, changed: false });

    // Every line change is one ledger entry naming the reservation.
    const entries = await ledger().findAll({ reservationId: res._id });
    expect(entries.map((e) => [e.type, e.sku, e.quantity]).sort()).toEqual(
      [
        ['RESERVE', 'SKU-1-S', 1],
        ['RESERVE', 'SKU-1-S', 2],
        ['RESERVE', 'SKU-2-S', 3],
        ['COMMIT', 'SKU-1-S', 2],
        ['SALE', 'SKU-1-S', 2],
        ['RELEASE', 'SKU-1-S', 1],
        ['COMMIT', 'SKU-2-S', 3],
        ['SALE', 'SKU-2-S', 3],
      ].sort(),
    );
    for (const l of await allLevels()) expect(isConsistent(l)).toBe(true);
  });

  it('invalid per-line transitions are typed errors and change nothing (positions, ledger, reservation)', async () => {
    const res = await orderHold();
    await t.inv.commit(res._id, { lineKeys: ['ol-3'] });
    const before = await snapshot();
    expect(await t.inv.ship(res._id, { lineKeys: ['ol-1', 'ol-3'] })).toMatchObject({
      ok: false,
      code: 'INVALID_TRANSITION',
    });
    expect(await t.inv.commit(res._id, { lineKeys: ['ol-1', 'nope'] })).toMatchObject({
      ok: false,
      code: 'UNKNOWN_LINE_KEY',
    });
    expect(await t.inv.ship(res._id)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await snapshot()).toEqual(before);
    // A repeat of what was applied is unchanged and writes nothing either.
    expect(await t.inv.commit(res._id, { lineKeys: ['ol-3'] })).toMatchObject({ ok: true, changed: false });
    expect(await snapshot()).toEqual(before);
  });

  it('malformed line selections are BAD_USER_INPUT', async () => {
    const res = await orderHold();
    for (const lineKeys of [[], Array.from({ length: 401 }, (_, i) => `k${i}`), [' '], ['x'.repeat(201)]]) {
      await expect(t.inv.commit(res._id, { lineKeys })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'lineKeys' },
      });
    }
    await expect(t.inv.release(res._id, 'r'.repeat(201))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'reason' },
    });
    await expect(
      t.inv.reserve({
        kind: 'ORDER',
        ownerId: 'o',
        idempotencyKey: 'bad-line-key',
        lines: [{ lineKey: '', sku: 'SKU-1-S', locationId: 'loc_dc_01', quantity: 1 }],
      }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'lines.lineKey' } });
  });

  it('a keyed transition replays unchanged even after its lines moved on; another request under the key conflicts', async () => {
    const res = await orderHold();
    const accept = { lineKeys: ['ol-3'], idempotencyKey: 'fo-dc-accept' };
    expect(await t.inv.commit(res._id, accept)).toMatchObject({ ok: true, changed: true });
    await t.inv.ship(res._id, { lineKeys: ['ol-3'], idempotencyKey: 'fo-dc-ship' });
    const shipped = await snapshot();
    expect(await t.inv.commit(res._id, accept)).toMatchObject({ ok: true, changed: false });
    expect(await t.inv.commit(res._id, { lineKeys: ['ol-1'], idempotencyKey: 'fo-dc-accept' })).toMatchObject({
      ok: false,
      code: 'IDEMPOTENCY_CONFLICT',
    });
    expect(await snapshot()).toEqual(shipped);
  });

  it('two concurrent transitions on different lines of one reservation both apply', async () => {
    const res = await orderHold();
    const [a, b] = await Promise.all([
      t.inv.commit(res._id, { lineKeys: ['ol-1'] }),
      t.inv.release(res._id, 'rerouted elsewhere', { lineKeys: ['ol-3'] }),
    ]);
    expect(a).toMatchObject({ ok: true, changed: true });
    expect(b).toMatchObject({ ok: true, changed: true });
    const stored = (await reservations().findById(res._id))!;
    expect(statuses(stored)).toEqual({ 'ol-1': 'COMMITTED', 'ol-2': 'ACTIVE', 'ol-3': 'RELEASED' });
    expect(stored.revision).toBe(2);
    expect(await level('SKU-1-S', 'loc_store_01')).toMatchObject({ reserved: 3, committed: 3 });
    expect(await level('SKU-2-S', 'loc_dc_01')).toMatchObject({ reserved: 1, available: 6 });
  });

  it('many concurrent single-line commits on one reservation all apply, on several instances', async () => {
    const lines = Array.from({ length: 10 }, (_, i) => ({
      lineKey: `l${i}`,
      sku: i % 2 ? 'SKU-1-M' : 'SKU-2-M',
      locationId: 'loc_dc_01',
      quantity: 1,
    }));
    const r = await t.inv.reserve({ kind: 'ORDER', ownerId: 'o', idempotencyKey: 'wide', lines });
    if (!r.ok) throw new Error('reserve failed');
    const other = (await t.catalogInstance()).inventory;
    const results = await Promise.all(
      lines.map((l, i) => (i % 2 ? other : t.inv).commit(r.reservation._id, { lineKeys: [l.lineKey] })),
    );
    expect(results.every((x) => x.ok && x.changed)).toBe(true);
    expect((await reservations().findById(r.reservation._id))!.status).toBe('COMMITTED');
    expect(await level('SKU-1-M', 'loc_dc_01')).toMatchObject({ reserved: 1, committed: 7 });
    expect(await level('SKU-2-M', 'loc_dc_01')).toMatchObject({ reserved: 1, committed: 7 });
  });

  it('publishes each change with every line’s status', async () => {
    const seen: { status: string; lines: { lineKey: string; status: string }[] }[] = [];
    await t.bus.subscribe<(typeof seen)[number]>('catalog.reservation.changed', (e) => seen.push(e.payload));
    const res = await orderHold();
    await t.inv.commit(res._id, { lineKeys: ['ol-1'] });
    await settle();
    expect(seen.at(-1)).toMatchObject({
      status: 'ACTIVE',
      lines: [
        { lineKey: 'ol-1', status: 'COMMITTED' },
        { lineKey: 'ol-2', status: 'ACTIVE' },
        { lineKey: 'ol-3', status: 'ACTIVE' },
      ],
    });
  });
});

describe('holds without expiry', () => {
  it('an ORDER hold created without a TTL is never expired by the sweeper; a cart hold still is', async () => {
    const order = await orderHold();
    const cart = await t.reserve('cart', [t.line('SKU-1-S', 'loc_dc_01', 1)], 60);
    if (!cart.ok) throw new Error('reserve failed');
    advance(400 * 24 * 3600);
    expect(await t.inv.sweepExpired()).toBe(1);
    expect((await reservations().findById(order._id))!).toMatchObject({ status: 'ACTIVE', expiresAt: null });
    expect((await reservations().findById(cart.reservation._id))!.status).toBe('EXPIRED');
    // Extending a hold without expiry changes nothing; it already lasts longer.
    expect(await t.inv.extend(order._id, 600)).toMatchObject({
      ok: true,
      changed: false,
      reservation: { expiresAt: null },
    });
  });

  it('an ORDER hold given a TTL expires its ACTIVE lines only; committed lines stay held', async () => {
    const res = await orderHold('order-ttl', 600);
    await t.inv.commit(res._id, { lineKeys: ['ol-3'] });
    advance(601);
    expect(await t.inv.sweepExpired()).toBe(1);
    const stored = (await reservations().findById(res._id))!;
    expect(statuses(stored)).toEqual({ 'ol-1': 'EXPIRED', 'ol-2': 'EXPIRED', 'ol-3': 'COMMITTED' });
    expect(stored.status).toBe('COMMITTED');
    expect(await t.inv.sweepExpired()).toBe(0);
    expect(await level('SKU-1-S', 'loc_store_01')).toMatchObject({ reserved: 1, available: 6 });
    expect(await level('SKU-2-S', 'loc_dc_01')).toMatchObject({ reserved: 1, committed: 5 });
  });
});

describe('reservations stored before line keys existed', () => {
  it('read with their position as key and the reservation’s status, and transition as before', async () => {
    const r = await t.reserve('legacy', [t.line('SKU-1-S', 'loc_dc_01', 2), t.line('SKU-2-S', 'loc_dc_01', 1)]);
    if (!r.ok) throw new Error('reserve failed');
    // Rewrite it in the old shape: lines without key or status, no revision, no operations.
    const { revision: _r, operations: _o, ...old } = r.reservation;
    await reservations().deleteOne({ _id: old._id });
    await reservations().insertOne({
      ...old,
      lines: old.lines.map(({ sku, locationId, quantity }) => ({ sku, locationId, quantity })),
    } as unknown as ReservationDoc);
    const committed = await t.inv.commit(old._id, { lineKeys: ['SKU-1-S@loc_dc_01'] });
    expect(committed).toMatchObject({ ok: true, changed: true, reservation: { revision: 1, status: 'ACTIVE' } });
    expect(committed.ok && statuses(committed.reservation)).toEqual({
      'SKU-1-S@loc_dc_01': 'COMMITTED',
      'SKU-2-S@loc_dc_01': 'ACTIVE',
    });
    expect(await level('SKU-1-S', 'loc_dc_01')).toMatchObject({ reserved: 1, committed: 4 });
  });
});
