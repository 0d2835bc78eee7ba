import fc from 'fast-check';
import { bruteForce, checkPlan, isEligible, recompute } from '../../../../test/fixtures/routing/oracle';
import { FULFILLMENT_CAPABILITIES, LOCATION_TYPES } from '../../model';
import { WEIGHT_KEYS, type RoutingInstance, type RoutingNode, type RoutingPlan, type Weights } from './model';
import { routeOrder } from './route';

/** Random small instances: ≤ 8 nodes around Lyon, ≤ 4 lines over 4 SKUs (repeats allowed), every weight. */
const SKUS = ['A', 'B', 'C', 'D'];
const small = (n: number) => fc.integer({ min: 0, max: n });
const nodeArb = fc.record({
  type: fc.constantFrom(...LOCATION_TYPES),
  lat: fc.integer({ min: 4500, max: 4700 }).map((v) => v / 100),
  lng: fc.integer({ min: 300, max: 600 }).map((v) => v / 100),
  ship: fc.nat(9).map((v) => v > 0),
  other: fc.subarray(FULFILLMENT_CAPABILITIES.filter((c) => c !== 'SHIP')),
  active: fc.nat(9).map((v) => v > 0),
  capacityLeft: fc.constantFrom(0, 1, 1, 2, 3, 10, 10, 10),
  handlingHours: small(48),
  costPerShipment: fc.constantFrom(0, 300, 500, 500, 800, 1200),
  costPerKm: fc.constantFrom(0, 0.25, 0.5, 1, 1.5),
  rank: small(5),
  stock: fc.array(fc.option(fc.constantFrom(0, 1, 2, 3, 4, 6, 9), { nil: undefined }), { minLength: 4, maxLength: 4 }),
});
const weightArb = fc.option(
  fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 400 }).map((v) => v / 4),
  ),
  {
    nil: undefined,
  },
);

const instanceArb: fc.Arbitrary<RoutingInstance> = fc
  .record({
    nodes: fc.integer({ min: 2, max: 8 }).chain((n) => fc.array(nodeArb, { minLength: n, maxLength: n })),
    baseHours: small(24),
    kmPerHour: fc.constantFrom(15, 40, 60),
    dest: fc.record({ lat: fc.integer({ min: 4500, max: 4700 }), lng: fc.integer({ min: 300, max: 600 }) }),
    slaHours: fc.constantFrom(0, 24, 36, 48, 72),
    lines: fc.array(fc.record({ sku: fc.constantFrom(...SKUS), quantity: fc.integer({ min: 1, max: 4 }) }), {
      minLength: 1,
      maxLength: 4,
    }),
    maxShipments: fc.integer({ min: 1, max: 4 }),
    maxDistanceKm: fc.oneof(fc.constant(null), fc.constant(null), fc.constantFrom(0, 120, 200, 400)),
    weights: fc.tuple(...WEIGHT_KEYS.map(() => weightArb)),
  })
  .map((r) => {
    const nodes: RoutingNode[] = r.nodes.map((n, i) => ({
      id: `N${(i * 7) % 10}${i}`,
      type: n.type,
      lat: n.lat,
      lng: n.lng,
      capabilities: n.ship ? ['SHIP', ...n.other] : n.other,
      active: n.active,
      capacityLeft: n.capacityLeft,
      handlingHours: n.handlingHours,
      costPerShipment: n.costPerShipment,
      costPerKm: n.costPerKm,
      rank: n.rank,
      stock: Object.fromEntries(n.stock.flatMap((u, k) => (u === undefined ? [] : [[SKUS[k]!, u] as const]))) as Record<
        string,
        number
      >,
    }));
    const weights: Weights = {};
    WEIGHT_KEYS.forEach((key, i) => {
      if (r.weights[i] !== undefined) weights[key] = r.weights[i];
    });
    return {
      nodes,
      carrier: { baseHours: r.baseHours, kmPerHour: r.kmPerHour },
      order: {
        destination: { lat: r.dest.lat / 100, lng: r.dest.lng / 100 },
        slaHours: r.slaHours,
        lines: r.lines.map((l, i) => ({ id: `L${i + 1}`, sku: l.sku, quantity: l.quantity, deliveryMethod: 'SHIP' })),
      },
      profile: { maxShipments: r.maxShipments, maxDistanceKm: r.maxDistanceKm, weights },
    };
  });

/** Outcomes of the brute-force comparison, by kind (F<shipments> or the reason). */
const STATS: Record<string, number> = {};
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function expectPriced(instance: RoutingInstance, plan: RoutingPlan): void {
  expect(checkPlan(instance, plan)).toEqual([]);
  if (!plan.feasible) return;
  const again = recompute(instance, plan);
  plan.shipments.forEach((s, i) => {
    expect(close(s.km, again.km[i]!)).toBe(true);
    expect(close(s.cost, again.cost[i]!)).toBe(true);
    expect(close(s.promiseHours, again.promiseHours[i]!)).toBe(true);
  });
  for (const key of WEIGHT_KEYS) expect([key, close(plan.terms[key], again.terms[key])]).toEqual([key, true]);
  expect(close(plan.objective, again.objective)).toBe(true);
  expect(
    close(
      plan.objective,
      Object.values(plan.terms).reduce((a, b) => a + b, 0),
    ),
  ).toBe(true);
}

describe('routing on random small instances (≤ 8 nodes, ≤ 4 lines)', () => {
  it('every plan respects stock, capacity, capability, distance and maxShipments, ships each line whole and prices itself as documented', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => expectPriced(instance, routeOrder(instance))),
      { numRuns: 400 },
    );
  });

  it('matches an independent brute-force optimum: equal wherever exact, within 1% in ≥ 99% of instances', () => {
    let total = 0;
    let within = 0;
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const plan = routeOrder(instance);
        const optimum = bruteForce(instance);
        total++;
        const key = plan.feasible
          ? `F${plan.shipments.length}${plan.exact ? 'x' : ''}${(instance.profile.weights.stockBalance ?? 0) > 0 ? 'b' : ''}`
          : plan.reason;
        STATS[key] = (STATS[key] ?? 0) + 1;
        if (!optimum.feasible) {
          expect(plan).toMatchObject({ feasible: false, reason: optimum.reason });
          within++;
          return;
        }
        if (!plan.feasible) {
          // Only an exhausted budget may miss a plan that exists, and then the plan says so.
          expect(plan.exact).toBe(false);
          return;
        }
        if (plan.exact)
          expect([plan.objective, close(plan.objective, optimum.objective)]).toEqual([plan.objective, true]);
        if (plan.objective <= optimum.objective * 1.01 + 1e-9) within++;
      }),
      { numRuns: 500 },
    );
    expect(within / total).toBeGreaterThanOrEqual(0.99);
    // The generator is not vacuous: many plans, splits among them, and every reason.
    const count = (prefix: string) =>
      Object.entries(STATS)
        .filter(([k]) => k.startsWith(prefix))
        .reduce((sum, [, n]) => sum + n, 0);
    expect(count('F') / total).toBeGreaterThan(0.4);
    expect((count('F2') + count('F3') + count('F4')) / total).toBeGreaterThan(0.08);
    for (const reason of ['NO_ELIGIBLE_NODE', 'OUT_OF_STOCK', 'TOO_MANY_SHIPMENTS'])
      expect(count(reason)).toBeGreaterThan(0);
  });

  it('with a search budget of a few states: still valid plans, and exact only when optimal', () => {
    fc.assert(
      fc.property(instanceArb, fc.integer({ min: 0, max: 6 }), (instance, budget) => {
        const plan = routeOrder(instance, { budget });
        expectPriced(instance, plan);
        const optimum = bruteForce(instance);
        if (plan.feasible && plan.exact && optimum.feasible)
          expect(close(plan.objective, optimum.objective)).toBe(true);
        if (plan.exact) expect(plan.feasible).toBe(optimum.feasible);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and independent of the order the nodes are listed in', () => {
    fc.assert(
      fc.property(instanceArb, fc.nat(), (instance, seed) => {
        const first = JSON.stringify(routeOrder(instance));
        expect(JSON.stringify(routeOrder(instance))).toBe(first);
        const nodes = [...instance.nodes];
        // A seeded rotation and reversal: a different listing of the same network.
        const turned = [
          ...nodes.slice(seed % Math.max(1, nodes.length)),
          ...nodes.slice(0, seed % Math.max(1, nodes.length)),
        ];
        expect(JSON.stringify(routeOrder({ ...instance, nodes: turned.reverse() }))).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('reports what is short exactly when the eligible nodes lack stock', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const plan = routeOrder(instance);
        if (plan.feasible || plan.reason !== 'OUT_OF_STOCK') return;
        for (const short of plan.shortLines) {
          const line = instance.order.lines.find((l) => l.id === short.lineId)!;
          expect(short.sku).toBe(line.sku);
          expect(short.missing).toBeGreaterThan(0);
          expect(short.missing).toBeLessThanOrEqual(line.quantity);
        }
        const optimum = bruteForce(instance);
        expect(optimum).toEqual({ feasible: false, reason: 'OUT_OF_STOCK' });
        // Per SKU, what is missing is exactly the demand the eligible nodes cannot meet.
        for (const sku of new Set(instance.order.lines.map((l) => l.sku))) {
          const demand = instance.order.lines.filter((l) => l.sku === sku).reduce((a, l) => a + l.quantity, 0);
          const held = instance.nodes
            .filter((n) => isEligible(instance, n))
            .reduce((a, n) => a + (typeof n.stock[sku] === 'number' ? n.stock[sku] : 0), 0);
          const missing = plan.shortLines.filter((l) => l.sku === sku).reduce((a, l) => a + l.missing, 0);
          expect([sku, missing]).toEqual([sku, Math.max(0, demand - held)]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
