import { createRandom } from '../../../../demo/random';
import { instance, lines, node } from '../../../../test/fixtures/routing/builders';
import {
  CARRIER,
  WEB_PROFILE,
  generateNetwork,
  generateOrder,
  snapshotFor,
} from '../../../../test/fixtures/routing/networks';
import { checkPlan, recompute } from '../../../../test/fixtures/routing/oracle';
import { ALTERNATIVE_POOL, MAX_ALTERNATIVES, MAX_EXCLUDED } from './explain';
import { WEIGHT_KEYS, type ExplanationEntry, type FeasiblePlan, type RoutingInstance, type RoutingPlan } from './model';
import { filterReason } from './network';
import { routeOrder } from './route';
import { ROUTING_BUDGET } from './search';

/** Orders of 1–10 lines over a seeded 400-node network (the bench's generator), as the API would pass them. */
function orders(count: number, seed: number, maxShipments = 3): RoutingInstance[] {
  const rng = createRandom(seed);
  const network = generateNetwork(rng.fork('network'), 400);
  const picks = rng.fork('orders');
  return Array.from({ length: count }, (_, i) => {
    const order = generateOrder(picks, network, 1 + (i % 10));
    return { nodes: snapshotFor(network, order), carrier: CARRIER, order, profile: { ...WEB_PROFILE, maxShipments } };
  });
}

const feasible = (plan: RoutingPlan): FeasiblePlan => {
  if (!plan.feasible) throw new Error(`infeasible: ${plan.reason}`);
  return plan;
};
const searchOf = (plan: FeasiblePlan) =>
  plan.explanation.find((e): e is Extract<ExplanationEntry, { kind: 'search' }> => e.kind === 'search')!;

describe('the search on a 400-node network', () => {
  const instances = orders(24, 7);

  it('proves most plans optimal within the default budget, counting states, never past the budget', () => {
    const plans = instances.map((i) => routeOrder(i));
    const found = plans.filter((p): p is FeasiblePlan => p.feasible);
    expect(found.length).toBeGreaterThanOrEqual(18);
    for (const plan of found) expect(searchOf(plan).states).toBeLessThanOrEqual(ROUTING_BUDGET);
    expect(found.filter((p) => p.exact).length / found.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each([0, 1, 10, 100])(
    'with a budget of %i states: a valid plan, never better than the proved optimum',
    (budget) => {
      for (const inst of instances) {
        const exact = routeOrder(inst);
        const capped = routeOrder(inst, { budget });
        expect(checkPlan(inst, capped)).toEqual([]);
        expect(capped.feasible).toBe(exact.feasible);
        if (!capped.feasible || !exact.feasible) continue;
        expect(searchOf(capped).states).toBeLessThanOrEqual(budget);
        if (exact.exact) expect(capped.objective).toBeGreaterThanOrEqual(exact.objective - 1e-9 * exact.objective);
        if (capped.exact) expect(capped.objective).toBeCloseTo(exact.objective, 6);
      }
    },
  );

  it('gives byte-identical output for the same input, whatever the budget', () => {
    for (const inst of instances.slice(0, 10)) {
      for (const budget of [0, 50, ROUTING_BUDGET]) {
        expect(JSON.stringify(routeOrder(inst, { budget }))).toBe(JSON.stringify(routeOrder(inst, { budget })));
      }
    }
  });

  it('prices every plan as documented', () => {
    for (const inst of instances) {
      const plan = routeOrder(inst);
      if (!plan.feasible) continue;
      expect(plan.objective).toBeCloseTo(recompute(inst, plan).objective, 6);
    }
  });
});

describe('ties', () => {
  it('between identical nodes, the smaller id ships, however they are listed', () => {
    const twins = [node({ id: 'NODE-B', stock: { X: 2 } }), node({ id: 'NODE-A', stock: { X: 2 } })];
    for (const nodes of [twins, [...twins].reverse()]) {
      const plan = feasible(routeOrder(instance({ nodes, lines: lines(['X', 2]) })));
      expect(plan.shipments.map((s) => s.nodeId)).toEqual(['NODE-A']);
    }
  });

  it('ids compare by code unit, not locale ("Z" < "a")', () => {
    const nodes = [node({ id: 'a', stock: { X: 1 } }), node({ id: 'Z', stock: { X: 1 } })];
    expect(feasible(routeOrder(instance({ nodes, lines: lines(['X', 1]) }))).shipments[0]!.nodeId).toBe('Z');
  });
});

describe('the explanation', () => {
  const instances = orders(20, 11);

  it('is bounded: the search, one entry per shipment, at most 5 alternatives and 5 excluded nodes', () => {
    for (const inst of instances) {
      const plan = routeOrder(inst);
      if (!plan.feasible) continue;
      const kinds = plan.explanation.map((e) => (e.kind === 'rejected' ? `${e.kind}:${e.reason === 'WORSE'}` : e.kind));
      expect(kinds.filter((k) => k === 'search')).toHaveLength(1);
      expect(kinds.filter((k) => k === 'chosen')).toHaveLength(plan.shipments.length);
      expect(kinds.filter((k) => k === 'rejected:true').length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
      expect(kinds.filter((k) => k === 'rejected:false').length).toBeLessThanOrEqual(MAX_EXCLUDED);
      expect(plan.explanation.length).toBeLessThanOrEqual(1 + plan.shipments.length + 10);
    }
  });

  it('chosen entries carry each shipment’s own terms; with extraShipment they add up to the plan’s terms', () => {
    for (const inst of instances) {
      const plan = routeOrder(inst);
      if (!plan.feasible) continue;
      const chosen = plan.explanation.filter((e) => e.kind === 'chosen');
      expect(chosen.map((c) => c.nodeId)).toEqual(plan.shipments.map((s) => s.nodeId));
      for (const key of WEIGHT_KEYS) {
        const sum = chosen.reduce((s, c) => s + c.terms[key], 0) + (key === 'extraShipment' ? plan.terms[key] : 0);
        expect([key, sum]).toEqual([key, expect.closeTo(plan.terms[key], 6)]);
      }
    }
  });

  it('alternatives: nodes outside the plan, worse by objectiveDelta (never better when exact), terms that add up', () => {
    let seen = 0;
    for (const inst of instances) {
      const plan = routeOrder(inst);
      if (!plan.feasible) continue;
      const used = new Set(plan.shipments.map((s) => s.nodeId));
      const worse = plan.explanation.filter(
        (e): e is Extract<ExplanationEntry, { reason: 'WORSE' }> => e.kind === 'rejected' && e.reason === 'WORSE',
      );
      seen += worse.length;
      for (const alt of worse) {
        expect(used.has(alt.nodeId)).toBe(false);
        expect(alt.plan).toContain(alt.nodeId);
        expect(alt.plan).not.toEqual([...used].sort());
        if (plan.exact) expect(alt.objectiveDelta).toBeGreaterThanOrEqual(-1e-9 * plan.objective);
        const total = WEIGHT_KEYS.reduce((s, k) => s + alt.terms[k], 0);
        expect(total).toBeCloseTo(plan.objective + alt.objectiveDelta, 6);
      }
      const deltas = worse.map((w) => w.objectiveDelta);
      expect(deltas).toEqual([...deltas].sort((a, b) => a - b));
    }
    expect(seen).toBeGreaterThan(0);
    expect(ALTERNATIVE_POOL).toBeGreaterThanOrEqual(MAX_ALTERNATIVES);
  });

  it('excluded nodes: the filter each fails, holders of the order’s SKUs first', () => {
    for (const inst of instances) {
      const plan = routeOrder(inst);
      if (!plan.feasible) continue;
      for (const e of plan.explanation) {
        if (e.kind !== 'rejected' || e.reason === 'WORSE') continue;
        const n = inst.nodes.find((x) => x.id === e.nodeId)!;
        expect(e.reason).toBe(filterReason(n, e.km, inst.profile.maxDistanceKm) ?? 'NO_STOCK');
      }
    }
  });

  it('names why a cheaper node was not used', () => {
    const plan = feasible(
      routeOrder(
        instance({
          nodes: [
            node({ id: 'CLOSED', costPerShipment: 100, active: false, stock: { X: 1 } }),
            node({ id: 'EMPTY', costPerShipment: 100, stock: { Y: 1 } }),
            node({ id: 'USED', costPerShipment: 500, stock: { X: 1 } }),
            node({ id: 'DEAR', costPerShipment: 700, stock: { X: 1 } }),
          ],
          lines: lines(['X', 1]),
        }),
      ),
    );
    expect(plan.explanation).toEqual([
      { kind: 'search', method: 'GREEDY', exact: true, nodes: 4, candidates: 2, states: 0 },
      {
        kind: 'chosen',
        nodeId: 'USED',
        units: 1,
        km: 0,
        promiseHours: 24,
        terms: { cost: 500, lateHour: 0, extraShipment: 0, distanceKm: 0, rank: 0, capacityUse: 0, stockBalance: 0 },
      },
      {
        kind: 'rejected',
        nodeId: 'DEAR',
        reason: 'WORSE',
        objectiveDelta: 200,
        plan: ['DEAR'],
        terms: { cost: 700, lateHour: 0, extraShipment: 0, distanceKm: 0, rank: 0, capacityUse: 0, stockBalance: 0 },
      },
      { kind: 'rejected', nodeId: 'CLOSED', reason: 'INACTIVE', km: 0 },
      { kind: 'rejected', nodeId: 'EMPTY', reason: 'NO_STOCK', km: 0 },
    ]);
  });
});
