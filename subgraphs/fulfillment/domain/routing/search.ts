/**
 * Which nodes ship the order. A plan's value depends only on its set of nodes (`setValue`), so
 * the search is over sets of candidates, at most maxShipments of them:
 *
 * 1. Heuristic incumbent: the cheapest node that holds everything alone, a greedy cover by cost
 *    per share of the order covered, and a greedy cover by share covered alone (for tight
 *    maxShipments); the best of them is improved by local search (drop, swap, add a node).
 * 2. Branch and bound over sets, candidates in order of standalone cost (then id), depth-first,
 *    with admissible lower bounds; it stops after `budget` expanded states, a count, never a
 *    clock, so the same input always gives the same plan. Finishing proves optimality (`exact`).
 *
 * docs/routing.md states the bounds and why each is admissible.
 */
import { allocate, balanceFloor, covers, setValue } from './allocate';
import type { SearchMethod } from './model';
import type { Network } from './network';

/** States the exact search expands at most per decision, by default (docs/routing.md: how it was chosen). */
export const ROUTING_BUDGET = 20_000;
/** Plans local search prices at most. */
export const LOCAL_SEARCH_BUDGET = 4_000;

export interface SearchResult {
  /** Candidate indices of the best set found (ascending), or null when none was found. */
  set: number[] | null;
  value: number;
  /** The branch and bound finished: `set` is optimal, or no set exists when null. */
  exact: boolean;
  /** The step that found `set`. */
  method: SearchMethod;
  states: number;
}

/** Relative tolerance under which two objectives are the same (float rounding, not a preference). */
export const TIE = 1e-9;
const limitBelow = (best: number) => (best === Infinity ? Infinity : best - TIE * Math.max(1, Math.abs(best)));

export function searchPlan(net: Network, maxShipments: number, budget: number): SearchResult {
  let best: { set: number[] | null; value: number; method: SearchMethod } = {
    set: null,
    value: Infinity,
    method: 'GREEDY',
  };
  for (const set of [
    cheapestSingle(net),
    greedyCover(net, maxShipments, true),
    greedyCover(net, maxShipments, false),
  ]) {
    if (!set) continue;
    const value = setValue(net, set);
    if (value < limitBelow(best.value)) best = { set, value, method: 'GREEDY' };
  }
  if (best.set) {
    const improved = localSearch(net, best.set, best.value, maxShipments);
    if (improved.value < limitBelow(best.value)) best = { ...improved, method: 'LOCAL_SEARCH' };
  }
  const bb = branchAndBound(net, maxShipments, best.value, budget);
  if (bb.set) best = { set: bb.set, value: bb.value, method: 'BRANCH_AND_BOUND' };
  if (!bb.exact && best.set && best.method === 'BRANCH_AND_BOUND') {
    const improved = localSearch(net, best.set, best.value, maxShipments);
    if (improved.value < limitBelow(best.value)) best = { ...improved, method: 'LOCAL_SEARCH' };
  }
  return { ...best, set: best.set && [...best.set].sort((a, b) => a - b), exact: bb.exact, states: bb.states };
}

/** The cheapest candidate that holds the whole order alone. */
function cheapestSingle(net: Network): number[] | null {
  for (let c = 0; c < net.node.length; c++) if (covers(net, [c])) return [c];
  return null;
}

/**
 * Adds the candidate with the best ratio of share of the remaining order covered (each SKU
 * counted as its share of the demand) to cost — or, with `byCost` false, with the largest share
 * covered — until the order is covered; null when maxShipments nodes do not cover it (or, when
 * `partial`, the nodes picked so far).
 */
export function greedyCover(net: Network, maxShipments: number, byCost: boolean, partial = false): number[] | null {
  const K = net.skus.length;
  const n = net.node.length;
  const left = Float64Array.from(net.demand);
  const taken = new Uint8Array(n);
  const set: number[] = [];
  for (;;) {
    if (left.every((u) => u <= 0)) return set;
    if (set.length >= maxShipments) return partial ? set : null;
    let pick = -1;
    let pickScore = -1;
    let pickCover = 0;
    for (let c = 0; c < n; c++) {
      if (taken[c]) continue;
      let cover = 0;
      for (let k = 0; k < K; k++) {
        const r = left[k]!;
        if (r > 0) cover += Math.min(r, net.stock[c * K + k]!) / net.demand[k]!;
      }
      if (cover <= 0) continue;
      const cost = net.cost[c]!;
      const score = byCost ? (cost > 0 ? cover / cost : Infinity) : cover;
      if (score > pickScore || (score === pickScore && cover > pickCover)) {
        pick = c;
        pickScore = score;
        pickCover = cover;
      }
    }
    if (pick < 0) return partial ? set : null;
    taken[pick] = 1;
    set.push(pick);
    for (let k = 0; k < K; k++) left[k] = Math.max(0, left[k]! - net.stock[pick * K + k]!);
  }
}

/**
 * First-improvement local search: drop a member, swap a member for another candidate, or (when
 * stock balance can pay for it) add one; moves are tried in that order, candidates in cost order,
 * until none improves or LOCAL_SEARCH_BUDGET plans have been priced. Only candidates cheap enough
 * to possibly improve are tried: a swap-in must cost less than the member plus the weighted
 * stock balance (the most the move can save besides the member), an added node less than that
 * balance.
 */
export function localSearch(
  net: Network,
  start: readonly number[],
  startValue: number,
  maxShipments: number,
): { set: number[]; value: number } {
  const n = net.node.length;
  const wsb = net.weights.stockBalance;
  let set = [...start];
  let value = startValue;
  let priced = 0;
  const inSet = new Uint8Array(n);
  for (const c of set) inSet[c] = 1;
  const tryMove = (next: number[]): boolean => {
    priced++;
    const v = setValue(net, next);
    if (!(v < limitBelow(value))) return false;
    for (const c of set) inSet[c] = 0;
    for (const c of next) inSet[c] = 1;
    [set, value] = [next, v];
    return true;
  };
  improve: while (priced < LOCAL_SEARCH_BUDGET) {
    // The most a move can save besides member costs: the current weighted stock balance.
    const slack = wsb > 0 ? wsb * (allocate(net, set)?.balance ?? 0) : 0;
    for (let i = 0; i < set.length && set.length > 1; i++) {
      if (tryMove(set.filter((_, j) => j !== i))) continue improve;
    }
    for (let i = 0; i < set.length; i++) {
      const out = set[i]!;
      const next = [...set];
      for (let c = 0; c < n && net.cost[c]! < net.cost[out]! + slack; c++) {
        if (inSet[c]) continue;
        if (priced >= LOCAL_SEARCH_BUDGET) break improve;
        next[i] = c;
        if (tryMove(next)) continue improve;
      }
    }
    if (wsb > 0 && set.length < maxShipments) {
      for (let c = 0; c < n && net.cost[c]! < slack; c++) {
        if (inSet[c]) continue;
        if (priced >= LOCAL_SEARCH_BUDGET) break improve;
        if (tryMove([...set, c])) continue improve;
      }
    }
    break;
  }
  return { set, value };
}

/**
 * Depth-first branch and bound over sets of candidates. A state is a set and the units of each
 * SKU it leaves uncovered. It branches on the uncovered SKU held by the fewest candidates: some
 * node still to be added must hold it, so the children add each of its holders in cost order,
 * and each holder is banned from the later siblings' subtrees once its own subtree is done —
 * every set is thus reached once, through its cheapest holder of that SKU. Lower bound of any
 * plan below a child that adds candidate j to a set of cost C:
 *
 *   C + cost[j] − extraShipment + balanceFloor + more
 *
 * where `more` (0 once everything is covered) is the larger of (a) for each uncovered SKU, the
 * cost of its cheapest holder not yet chosen or banned, and (b) the cost of the p cheapest such
 * candidates, p being the fewest nodes that could cover an uncovered SKU holding at most what its
 * largest holder holds. Children are cut when the bound reaches the incumbent, when the
 * candidates not chosen or banned lack stock, or when p more nodes would exceed maxShipments;
 * the loop over holders stops at the first whose own cost reaches the incumbent (every later one
 * costs as much or more). With a stockBalance weight a covered set is also extended by any
 * candidate (it may relieve a store), under the same bound with `more` = 0.
 */
export function branchAndBound(
  net: Network,
  maxShipments: number,
  incumbent: number,
  budget: number,
): { set: number[] | null; value: number; exact: boolean; states: number } {
  const K = net.skus.length;
  const n = net.node.length;
  const { cost, stock } = net;
  const extra = net.weights.extraShipment;
  const balanced = net.weights.stockBalance > 0;
  const floor = balanceFloor(net) - extra;
  const depthMax = Math.min(maxShipments, n);

  // Per SKU: its holders in cost order, the most one holds, and the units of it not chosen or banned.
  const holders: Int32Array[] = [];
  const most = new Float64Array(K);
  const free = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    const list: number[] = [];
    for (let c = 0; c < n; c++) {
      const units = stock[c * K + k]!;
      if (units <= 0) continue;
      list.push(c);
      most[k] = Math.max(most[k]!, units);
      free[k]! += units;
    }
    holders.push(Int32Array.from(list));
  }
  const blocked = new Uint8Array(n);
  const block = (c: number, sign: 1 | -1) => {
    blocked[c] = sign === 1 ? 1 : 0;
    for (let k = 0; k < K; k++) free[k]! -= sign * stock[c * K + k]!;
  };

  const left: Float64Array[] = [];
  for (let d = 0; d <= depthMax; d++) left.push(new Float64Array(K));
  left[0]!.set(net.demand);
  const chosen = new Int32Array(depthMax);
  let best = incumbent;
  let limit = limitBelow(best);
  let bestSet: number[] | null = null;
  let states = 0;
  let finished = true;

  const visit = (depth: number, sum: number): void => {
    const have = left[depth]!;
    const next = left[depth + 1]!;
    let pivot = -1;
    for (let k = 0; k < K; k++) {
      if (have[k]! > 0 && (pivot < 0 || holders[k]!.length < holders[pivot]!.length)) pivot = k;
    }
    const list = pivot >= 0 ? holders[pivot]! : null;
    const count = list ? list.length : n;
    const banned: number[] = [];
    for (let t = 0; t < count && finished; t++) {
      const j = list ? list[t]! : t;
      if (blocked[j]) continue;
      const withJ = sum + cost[j]!;
      if (withJ + floor >= limit) break;
      if (states >= budget) {
        finished = false;
        break;
      }
      states++;
      chosen[depth] = j;
      block(j, 1);
      banned.push(j);
      let open = 0;
      for (let k = 0; k < K; k++) {
        const rest = have[k]! - stock[j * K + k]!;
        next[k] = rest > 0 ? rest : 0;
        if (rest > 0) open++;
      }
      if (open === 0) {
        const value = balanced ? setValue(net, chosen, depth + 1) : withJ - extra;
        if (value < limit) {
          best = value;
          limit = limitBelow(best);
          bestSet = Array.from(chosen.subarray(0, depth + 1));
        }
        if (balanced && depth + 1 < depthMax) visit(depth + 1, withJ);
        continue;
      }
      if (depth + 1 >= depthMax) continue;
      const bound = lowerBound(next);
      if (bound === null || depth + 1 + bound.nodes > depthMax) continue;
      if (withJ + bound.cost + floor >= limit) continue;
      visit(depth + 1, withJ);
    }
    for (const j of banned) block(j, -1);
  };

  /** For covering `need` beyond the set: the fewest nodes it takes and a lower bound of their cost; null if impossible. */
  const lowerBound = (need: Float64Array): { nodes: number; cost: number } | null => {
    let bound = 0;
    let nodes = 1;
    for (let k = 0; k < K; k++) {
      const r = need[k]!;
      if (r <= 0) continue;
      if (free[k]! < r) return null;
      nodes = Math.max(nodes, Math.ceil(r / most[k]!));
      const list = holders[k]!;
      let t = 0;
      while (blocked[list[t]!]) t++;
      bound = Math.max(bound, cost[list[t]!]!);
    }
    if (nodes > 1) {
      let sum = 0;
      for (let c = 0, taken = 0; c < n && taken < nodes; c++) {
        if (blocked[c]) continue;
        sum += cost[c]!;
        taken++;
      }
      bound = Math.max(bound, sum);
    }
    return { nodes, cost: bound };
  };

  if (depthMax > 0) visit(0, 0);
  return { set: bestSet, value: best, exact: finished, states };
}
