/**
 * The operator's account of a plan, bounded in size: how it was found, each chosen node's own
 * terms, the best alternatives that use a node the plan does not ("why not that node") and the
 * nearest nodes a filter excluded.
 */
import { covers } from './allocate';
import type { ExplanationEntry, Shipment, Terms } from './model';
import { compareIds, nodeFigures, nodeTerms, stockOf, type Network } from './network';
import { membersById, objectiveOf, planTerms, shipmentsOf } from './plan';
import type { SearchResult } from './search';

/** Alternatives are sought among this many cheapest unused candidates… */
export const ALTERNATIVE_POOL = 12;
/** …and at most this many are listed, best first; as many excluded nodes at most. */
export const MAX_ALTERNATIVES = 5;
export const MAX_EXCLUDED = 5;
/** Excluded nodes are picked among this many nearest ones. */
export const EXCLUDED_POOL = 40;

export function explain(
  net: Network,
  set: readonly number[],
  shipments: readonly Shipment[],
  objective: number,
  search: SearchResult,
  maxShipments: number,
): ExplanationEntry[] {
  const { nodes } = net.instance;
  const out: ExplanationEntry[] = [
    {
      kind: 'search',
      method: search.method,
      exact: search.exact,
      nodes: nodes.length,
      candidates: net.node.length,
      states: search.states,
    },
  ];
  const indexOf = new Map(set.map((c) => [nodes[net.node[c]!]!.id, net.node[c]!]));
  for (const s of shipments) {
    const i = indexOf.get(s.nodeId)!;
    const terms = nodeTerms(nodeFigures(nodes[i]!, net.km[i]!, net.instance), net.weights);
    terms.stockBalance = planTerms(net.instance, [s], new Map([[s.nodeId, nodes[i]!]])).stockBalance;
    const units = s.lines.reduce((sum, l) => sum + l.quantity, 0);
    out.push({ kind: 'chosen', nodeId: s.nodeId, units, km: s.km, promiseHours: s.promiseHours, terms });
  }
  out.push(...alternatives(net, set, objective, maxShipments));
  out.push(...excluded(net));
  return out;
}

/**
 * For each of the ALTERNATIVE_POOL cheapest candidates outside the plan, the best plan found
 * that ships from it: the plan's nodes with one of them swapped for it, or with it added (within
 * maxShipments), filled as usual or, if that leaves the node idle, from it first (members left
 * idle are dropped). Listed by how much worse that plan is, then node id.
 */
function alternatives(net: Network, set: readonly number[], objective: number, maxShipments: number) {
  const inPlan = new Set(set);
  const found: { nodeId: string; delta: number; plan: string[]; terms: Terms }[] = [];
  for (let c = 0, tried = 0; c < net.node.length && tried < ALTERNATIVE_POOL; c++) {
    if (inPlan.has(c)) continue;
    tried++;
    const nodeId = net.instance.nodes[net.node[c]!]!.id;
    const moves = set.map((_, i) => set.map((m, j) => (j === i ? c : m)));
    if (set.length < maxShipments) moves.push([...set, c]);
    let best: { plan: string[]; value: number; terms: Terms } | null = null;
    for (const next of moves) {
      if (!covers(net, next)) continue;
      let shipments = shipmentsOf(net, next);
      if (!shipments.some((s) => s.nodeId === nodeId)) shipments = shipmentsOf(net, next, c);
      const terms = planTerms(net.instance, shipments, membersById(net, next));
      const value = objectiveOf(terms);
      if (value < (best?.value ?? Infinity)) best = { plan: shipments.map((s) => s.nodeId), value, terms };
    }
    if (best) found.push({ nodeId, delta: best.value - objective, plan: best.plan, terms: best.terms });
  }
  found.sort((a, b) => a.delta - b.delta || compareIds(a.nodeId, b.nodeId));
  return found.slice(0, MAX_ALTERNATIVES).map(({ nodeId, delta, plan, terms }): ExplanationEntry => ({
    kind: 'rejected',
    nodeId,
    reason: 'WORSE',
    objectiveDelta: delta,
    plan,
    terms,
  }));
}

/**
 * Nodes a filter excludes, at most MAX_EXCLUDED: among the EXCLUDED_POOL nearest, those holding
 * some of the order's SKUs first, then the nearest, then by id (stock is looked up for the pool
 * only: the network may be large).
 */
function excluded(net: Network): ExplanationEntry[] {
  const { nodes } = net.instance;
  const pool = nearest(net, EXCLUDED_POOL);
  const holds = new Map(
    pool.map((i) => [i, net.verdict[i] !== 'NO_STOCK' && net.skus.some((sku) => stockOf(nodes[i]!, sku) > 0)]),
  );
  pool.sort((a, b) => Number(holds.get(b)) - Number(holds.get(a)) || byKm(net, a, b));
  return pool.slice(0, MAX_EXCLUDED).map((i): ExplanationEntry => ({
    kind: 'rejected',
    nodeId: nodes[i]!.id,
    reason: net.verdict[i]!,
    km: net.km[i]!,
  }));
}

const byKm = (net: Network, a: number, b: number) =>
  net.km[a]! - net.km[b]! || compareIds(net.instance.nodes[a]!.id, net.instance.nodes[b]!.id);

/** The `count` nearest excluded nodes, nearest first (one pass, insertion into a short sorted list). */
function nearest(net: Network, count: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < net.verdict.length; i++) {
    if (net.verdict[i] === null) continue;
    if (top.length === count && byKm(net, i, top[count - 1]!) >= 0) continue;
    let at = top.length === count ? count - 1 : top.length;
    while (at > 0 && byKm(net, i, top[at - 1]!) < 0) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = i;
  }
  return top;
}
