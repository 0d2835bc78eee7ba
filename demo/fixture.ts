import type { DocumentStore } from '../../platform/store/port';
import type { LocationDoc } from '../fulfillment/model';
import { availableOf, newLevel } from './domain/level-ops';
import { searchTermsFor } from './domain/search';
import type { InventoryLevelDoc, ProductDoc, VariantDoc } from './model';

/** A small catalog and network for catalog tests and the inventory benchmark. */
export const FIXTURE_LOCATIONS: LocationDoc[] = [
  location('loc_store_01', 'STORE', 'Paris Rivoli', 48.8606, 2.3376, ['CARRY_OUT', 'PICKUP_IN_STORE', 'SHIP']),
  location('loc_store_02', 'STORE', 'Paris Étoile', 48.8738, 2.295, ['CARRY_OUT']),
  location('loc_store_03', 'STORE', 'Lille Centre', 50.6292, 3.0573, ['CARRY_OUT', 'PICKUP_IN_STORE']),
  location('loc_dc_01', 'WAREHOUSE', 'DC Lyon', 45.764, 4.8357, ['SHIP', 'SHIP_TO_STORE']),
];

function location(
  id: string,
  type: LocationDoc['type'],
  name: string,
  lat: number,
  lng: number,
  capabilities: LocationDoc['capabilities'],
): LocationDoc {
  return {
    _id: id,
    code: id.toUpperCase(),
    name,
    type,
    address: { line1: '1 rue', city: name.split(' ')[0]!, postalCode: '75001', region: 'FR', countryCode: 'FR' },
    geo: { lat, lng },
    timezone: 'Europe/Paris',
    capabilities,
    capacityPerDay: 100,
    handlingTimeHours: type === 'STORE' ? 2 : 24,
    costPerShipment: { amount: 500, currencyCode: 'EUR' },
    active: true,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

export interface FixtureOptions {
  products?: number;
  /** onHand at every (sku, location); committed 2, reserved 1, safetyStock 1 → available onHand − 4. */
  onHand?: number;
  locations?: string[];
}

export async function seedCatalogFixture(store: DocumentStore, opts: FixtureOptions = {}): Promise<void> {
  const count = opts.products ?? 60;
  const onHand = opts.onHand ?? 10;
  const locations = opts.locations ?? ['loc_store_01', 'loc_store_02', 'loc_dc_01'];
  const products: ProductDoc[] = [];
  const variants: VariantDoc[] = [];
  const levels: InventoryLevelDoc[] = [];
  for (let p = 1; p <= count; p++) {
    const id = `prod_${String(p).padStart(4, '0')}`;
    const title = `${p % 2 ? 'Merino' : 'Linen'} ${p % 3 ? 'Sweater' : 'Shirt'} ${p}`;
    const brand = p % 2 ? 'Alpine' : 'Coast';
    const category = p % 3 ? 'apparel' : 'outdoor';
    products.push({
      _id: id,
      handle: `product-${p}`,
      title,
      description: '',
      brand,
      category,
      tags: [],
      status: 'ACTIVE',
      searchTerms: searchTermsFor({ title, brand, category, tags: [] }),
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    for (const size of ['S', 'M']) {
      const sku = `SKU-${p}-${size}`;
      variants.push({
        _id: sku,
        productId: id,
        title: size,
        options: [{ name: 'Size', value: size }],
        prices: [{ channel: 'WEB', currencyCode: 'EUR', amount: 1000 + p, compareAtAmount: null }],
        barcode: `000${p}${size}`,
        weightGrams: 300,
      });
      for (const loc of locations) {
        const base = newLevel(sku, loc, '2026-01-01T00:00:00.000Z');
        const states = { ...base, onHand, committed: 2, reserved: 1, safetyStock: 1, sequence: 1 };
        levels.push({ ...states, available: availableOf(states) });
      }
    }
  }
  await store.collection<LocationDoc>('locations').insertMany(FIXTURE_LOCATIONS);
  await store.collection<ProductDoc>('products').insertMany(products);
  await store.collection<VariantDoc>('variants').insertMany(variants);
  await store.collection<InventoryLevelDoc>('inventory_levels').insertMany(levels);
}
