import type { InventoryLevelDoc } from './model';
import type { MovementInput } from './service';
import { useInventoryFixture } from '../../test/support/inventory';

/**
 * Incoming stock (purchase orders, transfers in transit): expected by reference, updated and
 * removed, bounded per position, received against (decremented in the receipt's own atomic write).
 * It changes no stock state, so it has no ledger entry, but every change of it bumps the position's
 * sequence and publishes the stock event.
 */
const t = useInventoryFixture();
const { level, snapshot, ledger, settle } = t;

// Fixture: every position onHand 10, committed 2, reserved 1, safetyStock 1 → available 6, no
// incoming; loc_store_03 stocks nothing.
const SKU = 'SKU-1-S';
const DC = 'loc_dc_01';
const day = (n: number, hour = 9) => new Date(Date.UTC(2026, 10, 1 + n, hour)).toISOString();
const expectStock = (reference: string, quantity: number, expectedAt = day(5), locationId = DC, sku = SKU) =>
  t.inv.expectStock({ sku, locationId, quantity, expectedAt, reference });
const receive = (sourceEventId: string, quantity: number, reference?: string, locationId = DC) =>
  t.inv.applyMovement({
    sourceEventId,
    sku: SKU,
    locationId,
    reason: null,
    request: reference === undefined ? { type: 'RECEIPT', quantity } : { type: 'RECEIPT', quantity, reference },
  } satisfies MovementInput);

describe('expected deliveries', () => {
  it('are added, updated by reference and removed; each change bumps the sequence and publishes, no ledger entry', async () => {
    const start = await level(SKU, DC);
    expect(await expectStock('PO-2', 30, day(9))).toMatchObject({ ok: true, changed: true });
    expect(await expectStock('PO-1', 10, day(4))).toMatchObject({ ok: true, changed: true });
    let now = await level(SKU, DC);
    expect(now.incoming).toEqual([
      { reference: 'PO-1', quantity: 10, expectedAt: day(4) },
      { reference: 'PO-2', quantity: 30, expectedAt: day(9) },
    ]);
    expect(now).toMatchObject({ onHand: 10, available: 6, sequence: start.sequence + 2 });

    // An updated ASN: new quantity and date for the same reference.
    await expectStock('PO-2', 25, day(2));
    now = await level(SKU, DC);
    expect(now.incoming.map((e) => [e.reference, e.quantity])).toEqual([
      ['PO-2', 25],
      ['PO-1', 10],
    ]);
    await expectStock('PO-1', 0);
    now = await level(SKU, DC);
    expect(now.incoming.map((e) => e.reference)).toEqual(['PO-2']);
    expect(now.sequence).toBe(start.sequence + 4);
    await settle();
    expect(t.events.map((e) => [e.payload.cause.type, e.payload.cause.sourceEventId, e.payload.sequence])).toEqual([
      ['INCOMING', 'PO-2', start.sequence + 1],
      ['INCOMING', 'PO-1', start.sequence + 2],
      ['INCOMING', 'PO-2', start.sequence + 3],
      ['INCOMING', 'PO-1', start.sequence + 4],
    ]);
    expect(await ledger().count()).toBe(0);
  });

  it('a repeat changes nothing: no write, no event', async () => {
    await expectStock('PO-1', 10);
    const after = await snapshot();
    const events = t.events.length;
    expect(await expectStock('PO-1', 10)).toMatchObject({
      ok: true,
      changed: false,
      level: { incoming: [{ reference: 'PO-1' }] },
    });
    expect(await expectStock('PO-9', 0)).toMatchObject({ ok: true, changed: false });
    await settle();
    expect(await snapshot()).toEqual(after);
    expect(t.events).toHaveLength(events);
  });

  it('create the position (all zero) at a location that never stocked the SKU', async () => {
    expect(await expectStock('TR-5', 4, day(1), 'loc_store_03')).toMatchObject({
      ok: true,
      level: { onHand: 0, available: 0, sequence: 1, incoming: [{ reference: 'TR-5', quantity: 4 }] },
    });
    // Removing the only delivery of a position that does not exist creates nothing.
    expect(await expectStock('TR-6', 0, day(1), 'loc_store_02', 'SKU-2-M')).toMatchObject({ ok: true, changed: false });
    expect(await t.store.collection('inventory_levels').findById('SKU-2-M@loc_store_03')).toBeNull();
  });

  it.each<[string, string, () => ReturnType<typeof expectStock>]>([
    ['an unknown SKU', 'UNKNOWN_SKU', () => expectStock('PO-1', 1, day(1), DC, 'SKU-NOPE')],
    ['an unknown location', 'UNKNOWN_LOCATION', () => expectStock('PO-1', 1, day(1), 'loc_nowhere')],
    ['an empty reference', 'INVALID_REFERENCE', () => expectStock(' ', 1)],
    ['a reference of 101 characters', 'INVALID_REFERENCE', () => expectStock('x'.repeat(101), 1)],
    ['a negative quantity', 'INVALID_QUANTITY', () => expectStock('PO-1', -3)],
    ['more than 1,000,000 units', 'INVALID_QUANTITY', () => expectStock('PO-1', 1_000_001)],
    ['an invalid date', 'INVALID_EXPECTED_AT', () => expectStock('PO-1', 1, '2026-11-31T00:00:00Z')],
    ['a date more than 366 days ahead', 'INVALID_EXPECTED_AT', () => expectStock('PO-1', 1, day(400))],
  ])('%s is refused (%s) and nothing changes', async (_name, code, request) => {
    await expectStock('PO-0', 1);
    const before = await snapshot();
    expect(await request()).toMatchObject({ ok: false, code });
    expect(await snapshot()).toEqual(before);
  });

  it('a position keeps at most 50; the 51st is refused', async () => {
    for (let i = 0; i < 50; i++) expect((await expectStock(`PO-${i}`, 1, day(1 + (i % 9)))).ok).toBe(true);
    const before = await snapshot();
    expect(await expectStock('PO-50', 1)).toMatchObject({ ok: false, code: 'INCOMING_LIMIT_EXCEEDED', sku: SKU });
    expect(await snapshot()).toEqual(before);
    expect(await expectStock('PO-49', 0)).toMatchObject({ ok: true, changed: true });
    expect(await expectStock('PO-50', 1)).toMatchObject({ ok: true, changed: true });
  });

  it('concurrent deliveries of one position all land (compare-and-set, re-planned)', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => expectStock(`PO-${i}`, i + 1, day(1 + i))));
    expect(results.every((r) => r.ok)).toBe(true);
    const now = await level(SKU, DC);
    expect(now.incoming).toHaveLength(20);
    expect(now.incoming.map((e) => e.expectedAt)).toEqual([...now.incoming.map((e) => e.expectedAt)].sort());
  });
});

describe('receipts against a delivery', () => {
  it('decrement it in the same write, remove it when done, and a replay decrements nothing', async () => {
    await expectStock('PO-1', 10, day(3));
    await expectStock('PO-2', 5, day(8));
    expect(await receive('asn-1', 4, 'PO-1')).toMatchObject({ ok: true, applied: true, levels: [{ onHand: 14 }] });
    expect((await level(SKU, DC)).incoming.map((e) => [e.reference, e.quantity])).toEqual([
      ['PO-1', 6],
      ['PO-2', 5],
    ]);
    expect(await receive('asn-1', 4, 'PO-1')).toMatchObject({ ok: true, applied: false });
    expect(await receive('asn-1', 5, 'PO-1')).toMatchObject({ ok: false, code: 'IDEMPOTENCY_CONFLICT' });
    // More than announced: the entry is gone, every unit is on hand.
    await receive('asn-2', 7, 'PO-1');
    const now = await level(SKU, DC);
    expect(now).toMatchObject({ onHand: 21, available: 17 });
    expect(now.incoming.map((e) => e.reference)).toEqual(['PO-2']);
    const entries = await ledger().findAll({ type: 'RECEIPT' });
    expect(entries.map((e) => e.quantity).sort()).toEqual([4, 7]);
  });

  it('an unknown reference, or a malformed one, is refused and nothing changes', async () => {
    await expectStock('PO-1', 10);
    const before = await snapshot();
    expect(await receive('asn-1', 4, 'PO-7')).toMatchObject({
      ok: false,
      code: 'UNKNOWN_INCOMING_REFERENCE',
      sku: SKU,
      locationId: DC,
    });
    expect(await receive('asn-2', 4, '')).toMatchObject({ ok: false, code: 'INVALID_REFERENCE' });
    expect(await receive('asn-3', 4, 'PO-1', 'loc_store_03')).toMatchObject({ code: 'UNKNOWN_INCOMING_REFERENCE' });
    expect(await snapshot()).toEqual(before);
  });

  it('a receipt without a reference leaves the deliveries as they are', async () => {
    await expectStock('PO-1', 10);
    await receive('asn-1', 4);
    expect((await level(SKU, DC)).incoming).toEqual([{ reference: 'PO-1', quantity: 10, expectedAt: day(5) }]);
  });

  it('receipts racing an updated ASN: every receipt lands once, on the list as it then was', async () => {
    await expectStock('PO-1', 100);
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => receive(`asn-${i}`, 3, 'PO-1')),
      expectStock('PO-2', 7, day(6)),
    ]);
    const now = await level(SKU, DC);
    expect(now.onHand).toBe(40);
    expect(now.incoming.map((e) => [e.reference, e.quantity])).toEqual([
      ['PO-1', 70],
      ['PO-2', 7],
    ]);
  });

  it('entries stored before references existed read as INCOMING-<n> and can be received against', async () => {
    await t.store.collection<InventoryLevelDoc>('inventory_levels').updateOne(
      { _id: `${SKU}@${DC}` },
      {
        $set: {
          incoming: [
            { quantity: 8, expectedAt: day(9) },
            { quantity: 2, expectedAt: day(2) },
          ],
        },
      },
    );
    expect((await t.inv.availableStock([SKU], 'WEB')).find((s) => s.locationId === DC)?.incoming).toEqual([
      { reference: 'INCOMING-2', quantity: 2, expectedAt: day(2) },
      { reference: 'INCOMING-1', quantity: 8, expectedAt: day(9) },
    ]);
    await receive('asn-1', 2, 'INCOMING-2');
    // The first change stores the references it was planned with.
    expect((await level(SKU, DC)).incoming).toEqual([{ reference: 'INCOMING-1', quantity: 8, expectedAt: day(9) }]);
  });
});
