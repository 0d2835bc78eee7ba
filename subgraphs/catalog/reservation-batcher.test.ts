import { isConsistent } from './domain/level-ops';
import { useInventoryFixture } from '../../test/support/inventory';

// Positions: onHand 2,000, committed 2, reserved 1, safetyStock 1 → available 1,996.
const t = useInventoryFixture({ onHand: 2000 });

describe('group commit', () => {
  it('keeps each batch within one atomic call: many large reservations arriving together all succeed', async () => {
    const positions = ['SKU-1-S', 'SKU-1-M', 'SKU-2-S', 'SKU-2-M'].flatMap((sku) =>
      ['loc_store_01', 'loc_store_02', 'loc_dc_01'].map((locationId) => ({ sku, locationId })),
    );
    // 12 reservations of 100 lines each: together 12 documents, 1,200 entries and 12 position
    // updates, more than one atomic call takes.
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, r) =>
        t.inv.reserve({
          kind: 'ORDER',
          ownerId: `ord_${r}`,
          idempotencyKey: `big-${r}`,
          lines: Array.from({ length: 100 }, (_, i) => ({ lineKey: `l${i}`, ...positions[i % 12]!, quantity: 1 })),
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    for (const level of await t.allLevels()) {
      expect(isConsistent(level)).toBe(true);
      // 100 lines per reservation over 12 positions: 8 or 9 lines each, 12 reservations.
      expect([1 + 12 * 8, 1 + 12 * 9]).toContain(level.reserved);
    }
    expect(await t.store.collection('inventory_movements').count()).toBe(1200);
  });
});
