import { availableOf } from '../../subgraphs/catalog/domain/level-ops';
import { generateCatalog } from './catalog';
import { generateCustomers } from './customers';
import { generateInventory } from './inventory';
import { generateLocations, generatePartners } from './locations';
import { generateCampaigns, generateMarketing } from './marketing';
import { generateOrders } from './orders';
import { Random } from './random';
import type { DemoData } from './types';

export type { DemoData } from './types';
export { DEMO_NOW } from './types';

/**
 * A deterministic omnichannel retail network in France: same seed, same documents (every
 * date is relative to the fixed `DEMO_NOW`). Each area draws from its own random stream.
 */
export function generateDemoData(seed: number): DemoData {
  const root = new Random(seed);
  const locations = generateLocations();
  const partners = generatePartners();
  const { products, variants } = generateCatalog(root.fork('catalog'));
  const stock = generateInventory(root.fork('inventory'), products, variants);
  const { customers, identifiers, profiles } = generateCustomers(root.fork('customers'));
  const { orders, fulfillmentOrders } = generateOrders({
    rng: root.fork('orders'),
    products,
    variants,
    locations,
    stock,
    profiles,
  });
  const campaigns = generateCampaigns(root.fork('campaigns'));
  const { touchpoints, conversions } = generateMarketing(root.fork('touchpoints'), campaigns, orders);
  return {
    customers,
    identifiers,
    partners,
    products,
    variants,
    inventoryLevels: stock.levels.map((l) => ({ ...l, available: availableOf(l) })),
    locations,
    orders,
    fulfillmentOrders,
    campaigns,
    touchpoints,
    conversions,
  };
}
