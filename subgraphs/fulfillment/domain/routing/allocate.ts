/**
 * Given the nodes of a plan, who ships what. SKUs are independent once the nodes are chosen (a
 * node's cost does not depend on how many units it ships), so each SKU's demand is filled on its
 * own: from the node whose unit costs the least stock share first when stockBalance has a weight
 * (the cheapest fill of a linear cost with capacities, so this is optimal), then from the node
 * holding the most (fewer pieces), then the cheaper node.
 */
import type { Network } from './network';

export interface Allocation {
  /** `units[i·K + k]`: units of SKU k the i-th member of the set ships. */
  units: Float64Array;
  /** Σ over members and SKUs of units / stock at STORE members (unweighted stockBalance). */
  balance: number;
  /** Members that ship at least one unit. */
  used: boolean[];
}

/**
 * The one fill routine: fills every SKU from the first `m` members of `set`, writing units (when
 * given) and which members ship (`used`, 1/0); returns the unweighted balance, or −1 when the
 * members lack stock. `first`, a member, is drawn on before all others.
 */
function fill(
  net: Network,
  set: ArrayLike<number>,
  m: number,
  first: number,
  order: Int32Array,
  used: Uint8Array,
  units: Float64Array | null,
): number {
  const K = net.skus.length;
  const { stock, share } = net;
  const byShare = net.weights.stockBalance > 0;
  used.fill(0, 0, m);
  let balance = 0;
  for (let k = 0; k < K; k++) {
    // Insertion sort of the members by draw order (sets are a few members).
    for (let i = 0; i < m; i++) {
      const ci = set[i]!;
      let at = i;
      while (at > 0) {
        const cb = set[order[at - 1]!]!;
        let before: boolean;
        if ((ci === first) !== (cb === first)) before = ci === first;
        else if (byShare && share[ci * K + k] !== share[cb * K + k]) before = share[ci * K + k]! < share[cb * K + k]!;
        else if (stock[ci * K + k] !== stock[cb * K + k]) before = stock[ci * K + k]! > stock[cb * K + k]!;
        else before = ci < cb;
        if (!before) break;
        order[at] = order[at - 1]!;
        at--;
      }
      order[at] = i;
    }
    let left = net.demand[k]!;
    for (let o = 0; o < m && left > 0; o++) {
      const i = order[o]!;
      const c = set[i]!;
      const take = Math.min(left, stock[c * K + k]!);
      if (take <= 0) continue;
      if (units) units[i * K + k] = take;
      used[i] = 1;
      balance += take * share[c * K + k]!;
      left -= take;
    }
    if (left > 0) return -1;
  }
  return balance;
}

/**
 * The fill of every SKU from `set` (candidate indices), or null when the set lacks stock;
 * `first`, a member, is drawn on before all others (to price a plan that must use it).
 */
export function allocate(net: Network, set: readonly number[], first = -1): Allocation | null {
  const m = set.length;
  const units = new Float64Array(m * net.skus.length);
  const used = new Uint8Array(m);
  const balance = fill(net, set, m, first, new Int32Array(m), used, units);
  return balance < 0 ? null : { units, balance, used: Array.from(used, (u) => u === 1) };
}

/** Whether the set holds the order's demand of every SKU. */
export function covers(net: Network, set: readonly number[]): boolean {
  const K = net.skus.length;
  for (let k = 0; k < K; k++) {
    let have = 0;
    for (const c of set) have += net.stock[c * K + k]!;
    if (have < net.demand[k]!) return false;
  }
  return true;
}

/**
 * The objective of the plan a set gives (Infinity when it lacks stock): its members' costs, minus
 * one extraShipment weight (the first shipment is free), plus weighted stock balance. With a
 * stockBalance weight, members the fill leaves empty are dropped; without one the set is priced
 * whole (a set with an idle member is never better than the same set without it, which the
 * search prices on its own).
 */
export function setValue(net: Network, set: ArrayLike<number>, m = set.length): number {
  const w = net.weights;
  const K = net.skus.length;
  for (let k = 0; k < K; k++) {
    let have = 0;
    for (let i = 0; i < m; i++) have += net.stock[set[i]! * K + k]!;
    if (have < net.demand[k]!) return Infinity;
  }
  let value = -w.extraShipment;
  if (w.stockBalance > 0) {
    const { order, used } =
      m < net.scratch.order.length ? net.scratch : { order: new Int32Array(m), used: new Uint8Array(m) };
    const balance = fill(net, set, m, -1, order, used, null);
    for (let i = 0; i < m; i++) if (used[i]) value += net.cost[set[i]!]!;
    return value + w.stockBalance * balance;
  }
  for (let i = 0; i < m; i++) value += net.cost[set[i]!]!;
  return value;
}

/**
 * A lower bound of the weighted stock balance of any plan: the fill of every SKU from all
 * candidates at once, lowest share first (more nodes can only lower the cheapest fill).
 */
export function balanceFloor(net: Network): number {
  const w = net.weights.stockBalance;
  if (w <= 0) return 0;
  const K = net.skus.length;
  const n = net.node.length;
  let floor = 0;
  for (let k = 0; k < K; k++) {
    // Units at share 0 (not a store) come first; only what they lack is taken from stores.
    let left = net.demand[k]!;
    const offers: [number, number][] = [];
    for (let c = 0; c < n; c++) {
      const units = net.stock[c * K + k]!;
      if (units <= 0) continue;
      const share = net.share[c * K + k]!;
      if (share === 0) left -= units;
      else offers.push([share, units]);
    }
    if (left <= 0) continue;
    offers.sort((a, b) => a[0] - b[0]);
    for (const [share, units] of offers) {
      if (left <= 0) break;
      const take = Math.min(left, units);
      floor += take * share;
      left -= take;
    }
  }
  return w * floor;
}
