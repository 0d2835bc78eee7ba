import { generateDemoData } from '../../platform/demo/generate';

/** From the seeded demo data: a loyalty-card customer whose three latest orders include a pickup line. */
export function pickJourneyCustomer(seed = 42): { card: string; customerId: string; orderCount: number } {
  const data = generateDemoData(seed);
  const orders = [...data.orders].sort((a, b) => b.placedAt.localeCompare(a.placedAt));
  for (const c of data.customers) {
    const card = c.identifiers.find((i) => i.type === 'LOYALTY_CARD');
    if (!card) continue;
    const mine = orders.filter((o) => o.customerId === c._id);
    const recent = mine.slice(0, 3);
    const hasPickup = recent.some((o) => o.lines.some((l) => l.pickupLocationId));
    const attributed = recent.some((o) => data.conversions.some((cv) => cv._id === o._id) && o.status !== 'CANCELLED');
    if (hasPickup && attributed) return { card: card.value, customerId: c._id, orderCount: mine.length };
  }
  throw new Error('demo data has no loyalty customer with a recent pickup order');
}
