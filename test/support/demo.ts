import { generateScenario } from '../../demo/generate';

/** From the demo scenario: a loyalty-card customer whose three latest orders include a pickup line. */
export function pickJourneyCustomer(seed = 42): { card: string; customerId: string; orderCount: number } {
  const scenario = generateScenario(seed);
  const orders = [...scenario.orders].sort((a, b) => b.placedAt.localeCompare(a.placedAt));
  const converted = new Set(scenario.conversions.map((cv) => cv.orderId));
  for (const c of scenario.customers) {
    const card = c.identifiers.find((i) => i.type === 'LOYALTY_CARD');
    if (!card) continue;
    const mine = orders.filter((o) => o.customerId === c.id);
    const recent = mine.slice(0, 3);
    const hasPickup = recent.some((o) => o.lines.some((l) => l.pickupLocationId));
    const attributed = recent.some((o) => converted.has(o.id) && o.status !== 'CANCELLED');
    if (hasPickup && attributed) return { card: card.value, customerId: c.id, orderCount: mine.length };
  }
  throw new Error('demo scenario has no loyalty customer with a recent pickup order');
}
