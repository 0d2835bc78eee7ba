import { emptyScenario, type DemoScenario, type ScenarioLocation } from './scenario';

/**
 * A small scenario for catalog tests, the Redis inventory test and the inventory benchmark: four
 * locations and `products` products of two sizes each, stocked at the chosen locations. Seed it
 * through the subgraphs' own demo functions (`seedScenario` in `subgraphs/seed.ts`), so the
 * network lands in fulfillment's collections and the catalog in catalog's.
 */
const AT = '2026-01-01T00:00:00.000Z';

export const FIXTURE_LOCATIONS: readonly ScenarioLocation[] = [
  location('loc_store_01', 'STORE', 'Paris Rivoli', 48.8606, 2.3376, ['CARRY_OUT', 'PICKUP_IN_STORE', 'SHIP']),
  location('loc_store_02', 'STORE', 'Paris Étoile', 48.8738, 2.295, ['CARRY_OUT']),
  location('loc_store_03', 'STORE', 'Lille Centre', 50.6292, 3.0573, ['CARRY_OUT', 'PICKUP_IN_STORE']),
  location('loc_dc_01', 'WAREHOUSE', 'DC Lyon', 45.764, 4.8357, ['SHIP', 'SHIP_TO_STORE']),
];

function location(
  id: string,
  type: ScenarioLocation['type'],
  name: string,
  lat: number,
  lng: number,
  capabilities: ScenarioLocation['capabilities'],
): ScenarioLocation {
  return {
    id,
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
    updatedAt: AT,
  };
}

export interface FixtureOptions {
  products?: number;
  /** onHand at every (sku, location); committed 2, reserved 1, safetyStock 1 → available onHand − 4. */
  onHand?: number;
  locations?: string[];
}

export function fixtureScenario(opts: FixtureOptions = {}): DemoScenario {
  const count = opts.products ?? 60;
  const onHand = opts.onHand ?? 10;
  const stocked = opts.locations ?? ['loc_store_01', 'loc_store_02', 'loc_dc_01'];
  const scenario = emptyScenario();
  scenario.locations = FIXTURE_LOCATIONS.map((l) => ({ ...l, capabilities: [...l.capabilities] }));
  for (let p = 1; p <= count; p++) {
    const id = `prod_${String(p).padStart(4, '0')}`;
    scenario.products.push({
      id,
      handle: `product-${p}`,
      title: `${p % 2 ? 'Merino' : 'Linen'} ${p % 3 ? 'Sweater' : 'Shirt'} ${p}`,
      description: '',
      brand: p % 2 ? 'Alpine' : 'Coast',
      category: p % 3 ? 'apparel' : 'outdoor',
      tags: [],
      status: 'ACTIVE',
      createdAt: AT,
    });
    for (const size of ['S', 'M']) {
      const sku = `SKU-${p}-${size}`;
      scenario.variants.push({
        sku,
        productId: id,
        title: size,
        options: [{ name: 'Size', value: size }],
        prices: [{ channel: 'WEB', currencyCode: 'EUR', amount: 1000 + p, compareAtAmount: null }],
        barcode: `000${p}${size}`,
        weightGrams: 300,
      });
      for (const locationId of stocked) {
        scenario.stock.push({
          sku,
          locationId,
          onHand,
          committed: 2,
          reserved: 1,
          damaged: 0,
          safetyStock: 1,
          qualityControl: 0,
          incoming: [],
          updatedAt: AT,
        });
      }
    }
  }
  return scenario;
}
