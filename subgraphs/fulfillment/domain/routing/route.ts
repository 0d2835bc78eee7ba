/**
 * The routing engine: one order, a snapshot of the network with its stock, a carrier and a
 * sourcing profile in; the cheapest plan by the profile's weighted objective out (docs/routing.md).
 * Pure and deterministic: no clock, no randomness, no I/O; the same instance gives the same plan.
 */
import { explain } from './explain';
import type { RoutingInstance, RoutingOptions, RoutingPlan } from './model';
import { prepareNetwork, type Network } from './network';
import { membersById, objectiveOf, planTerms, shipmentsOf, shortLines } from './plan';
import { ROUTING_BUDGET, greedyCover, searchPlan } from './search';

export function routeOrder(instance: RoutingInstance, options: RoutingOptions = {}): RoutingPlan {
  const budget = options.budget ?? ROUTING_BUDGET;
  const { maxShipments } = instance.profile;
  const net = prepareNetwork(instance);
  if (net.eligibleCount === 0) {
    return {
      feasible: false,
      exact: true,
      reason: 'NO_ELIGIBLE_NODE',
      shortLines: shortLines(net, new Float64Array(net.skus.length)),
    };
  }
  const short = shortLines(net, net.eligibleStock);
  if (short.length > 0) return { feasible: false, exact: true, reason: 'OUT_OF_STOCK', shortLines: short };

  const found = searchPlan(net, maxShipments, budget);
  if (!found.set) {
    return {
      feasible: false,
      exact: found.exact,
      reason: 'TOO_MANY_SHIPMENTS',
      shortLines: shortLines(net, coverableWith(net, maxShipments)),
    };
  }
  const shipments = shipmentsOf(net, found.set);
  const terms = planTerms(instance, shipments, membersById(net, found.set));
  const objective = objectiveOf(terms);
  return {
    feasible: true,
    exact: found.exact,
    objective,
    terms,
    shipments,
    explanation: explain(net, found.set, shipments, objective, found, maxShipments),
  };
}

/**
 * Units of each SKU that maxShipments nodes picked greedily by share of the order covered can
 * ship: what a TOO_MANY_SHIPMENTS answer reports as missing (an illustration, not a proof).
 */
function coverableWith(net: Network, maxShipments: number): number[] {
  const K = net.skus.length;
  const set = greedyCover(net, maxShipments, false, true) ?? [];
  return net.skus.map((_, k) =>
    Math.min(
      net.demand[k]!,
      set.reduce((sum, c) => sum + net.stock[c * K + k]!, 0),
    ),
  );
}
