import { generateCatalog } from './catalog';
import { generateCustomers } from './customers';
import { generateInventory } from './inventory';
import { generateLocations, generatePartners } from './locations';
import { generateCampaigns, generateMarketing } from './marketing';
import { generateOrders } from './orders';
import { Random } from './random';
import type { DemoScenario } from './scenario';

export type { DemoScenario } from './scenario';
export { DEMO_NOW } from './constants';

/**
 * A deterministic omnichannel retail network in France: same seed, same scenario (every date is
 * relative to the fixed `DEMO_NOW`). Each area draws from its own random stream.
 */
export function generateScenario(seed: number): DemoScenario {
  const root = new Random(seed);
  const locations = generateLocations();
  const partners = generatePartners();
  const { products, variants } = generateCatalog(root.fork('catalog'));
  const stock = generateInventory(root.fork('inventory'), products, variants);
  const { customers, profiles } = generateCustomers(root.fork('customers'));
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
    locations,
    partners,
    products,
    variants,
    stock: stock.levels,
    customers,
    orders,
    fulfillmentOrders,
    campaigns,
    touchpoints,
    conversions,
  };
}
