/**
 * Everything the search needs, computed once per decision: the order's demand per SKU, each
 * node's distance and eligibility, and for every candidate (an eligible node holding some of the
 * order's stock) its standalone cost and its stock as flat typed arrays.
 */
import { haversineKm } from '../../../../platform/geo';
import { WEIGHT_KEYS, type IneligibleReason, type RoutingInstance, type RoutingNode, type Terms } from './model';

/** A node's unweighted figures for one shipment to the order's destination. */
export interface NodeFigures {
  km: number;
  /** costPerShipment + costPerKm · km */
  cost: number;
  promiseHours: number;
  /** max(0, promiseHours − slaHours) */
  lateHours: number;
  rank: number;
  /** 1 / capacityLeft: the share of the node's remaining capacity one more order takes. */
  capacityUse: number;
}

export function nodeFigures(node: RoutingNode, km: number, instance: RoutingInstance): NodeFigures {
  const { carrier, order } = instance;
  const promiseHours = node.handlingHours + carrier.baseHours + km / carrier.kmPerHour;
  return {
    km,
    cost: node.costPerShipment + node.costPerKm * km,
    promiseHours,
    lateHours: Math.max(0, promiseHours - order.slaHours),
    rank: node.rank,
    capacityUse: 1 / node.capacityLeft,
  };
}

/** Every weight key, absent ones as 0. */
export function completeWeights(instance: RoutingInstance): Terms {
  const w = {} as Terms;
  for (const key of WEIGHT_KEYS) w[key] = instance.profile.weights[key] ?? 0;
  return w;
}

/** A node's own weighted terms for one shipment (extraShipment and stockBalance are the plan's: 0 here). */
export function nodeTerms(f: NodeFigures, w: Terms): Terms {
  return {
    cost: w.cost * f.cost,
    lateHour: w.lateHour * f.lateHours,
    extraShipment: 0,
    distanceKm: w.distanceKm * f.km,
    rank: w.rank * f.rank,
    capacityUse: w.capacityUse * f.capacityUse,
    stockBalance: 0,
  };
}

/** Units of a SKU at a node; 0 when absent (inherited properties such as `constructor` are never numbers). */
export function stockOf(node: RoutingNode, sku: string): number {
  const units: unknown = node.stock[sku];
  return typeof units === 'number' ? units : 0;
}

export interface Network {
  instance: RoutingInstance;
  weights: Terms;
  /** The order's distinct SKUs, in order of first appearance, and the units demanded of each. */
  skus: string[];
  demand: Float64Array;
  /** Per node (instance order): km to the destination, and why it is excluded (null: a candidate). */
  km: Float64Array;
  verdict: (IneligibleReason | null)[];
  /** Nodes that pass every filter but stock (eligible), with the units of each SKU they hold together. */
  eligibleCount: number;
  eligibleStock: Float64Array;
  /**
   * Candidates, sorted by standalone cost then id: `node[c]` is the node index of candidate c,
   * `cost[c]` its node terms plus the extraShipment weight (what adding it to a plan costs
   * before stock balance), `stock[c·K + k]` its units of SKU k, `share[c·K + k]` the share of
   * the node's stock one unit of SKU k is (1/stock at a STORE, 0 elsewhere: stockBalance).
   */
  node: Int32Array;
  cost: Float64Array;
  stock: Float64Array;
  share: Float64Array;
  /** Fill buffers for pricing a set without allocating (sets never exceed maxShipments members). */
  scratch: { order: Int32Array; used: Uint8Array };
}

/** Prefilters the network and precomputes per-node costs, once per decision. */
export function prepareNetwork(instance: RoutingInstance): Network {
  const { nodes, order, profile } = instance;
  const weights = completeWeights(instance);
  const skuIndex = new Map<string, number>();
  const skus: string[] = [];
  for (const line of order.lines) {
    if (!skuIndex.has(line.sku)) {
      skuIndex.set(line.sku, skus.length);
      skus.push(line.sku);
    }
  }
  const K = skus.length;
  const demand = new Float64Array(K);
  for (const line of order.lines) demand[skuIndex.get(line.sku)!]! += line.quantity;

  const km = new Float64Array(nodes.length);
  const verdict: (IneligibleReason | null)[] = new Array(nodes.length);
  const eligibleStock = new Float64Array(K);
  let eligibleCount = 0;
  // Per node that holds something: its index, cost and stock row (K numbers), in plain growable arrays.
  const pickedNode: number[] = [];
  const pickedCost: number[] = [];
  const rows: number[] = [];
  const { carrier } = instance;
  const w = weights;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const d = haversineKm(order.destination, node);
    km[i] = d;
    const reason = filterReason(node, d, profile.maxDistanceKm);
    verdict[i] = reason;
    if (reason) continue;
    eligibleCount += 1;
    let holds = false;
    const row = rows.length;
    for (let k = 0; k < K; k++) {
      const units = stockOf(node, skus[k]!);
      rows.push(units);
      eligibleStock[k]! += units;
      if (units > 0) holds = true;
    }
    if (!holds) {
      rows.length = row;
      verdict[i] = 'NO_STOCK';
      continue;
    }
    // nodeTerms(nodeFigures(…)) summed, inlined: this runs for every node of the network.
    const promise = node.handlingHours + carrier.baseHours + d / carrier.kmPerHour;
    const cost =
      w.cost * (node.costPerShipment + node.costPerKm * d) +
      w.lateHour * Math.max(0, promise - order.slaHours) +
      w.distanceKm * d +
      w.rank * node.rank +
      w.capacityUse / node.capacityLeft +
      w.extraShipment;
    pickedNode.push(i);
    pickedCost.push(cost);
  }
  const n = pickedNode.length;
  const rank = sortedByCost(pickedCost, (a, b) => compareIds(nodes[pickedNode[a]!]!.id, nodes[pickedNode[b]!]!.id));

  const scratchSize = Math.min(profile.maxShipments, n) + 1;
  const network: Network = {
    instance,
    weights,
    skus,
    demand,
    km,
    verdict,
    eligibleCount,
    eligibleStock,
    node: new Int32Array(n),
    cost: new Float64Array(n),
    stock: new Float64Array(n * K),
    share: new Float64Array(n * K),
    scratch: { order: new Int32Array(scratchSize), used: new Uint8Array(scratchSize) },
  };
  for (let c = 0; c < n; c++) {
    const p = rank[c]!;
    const index = pickedNode[p]!;
    const store = nodes[index]!.type === 'STORE';
    network.node[c] = index;
    network.cost[c] = pickedCost[p]!;
    for (let k = 0; k < K; k++) {
      const units = rows[p * K + k]!;
      network.stock[c * K + k] = units;
      network.share[c * K + k] = store && units > 0 ? 1 / units : 0;
    }
  }
  return network;
}

/** The first filter a node fails for a SHIP line, in the documented order; null when it passes them all. */
export function filterReason(node: RoutingNode, km: number, maxDistanceKm: number | null): IneligibleReason | null {
  if (!node.active) return 'INACTIVE';
  if (!node.capabilities.includes('SHIP')) return 'NO_CAPABILITY';
  if (node.capacityLeft < 1) return 'NO_CAPACITY';
  if (maxDistanceKm !== null && km > maxDistanceKm) return 'TOO_FAR';
  return null;
}

/**
 * Positions 0..n−1 sorted by `cost`, ties by `tie`: an in-place quicksort of an index array
 * (median-of-three pivot, insertion sort for short ranges). This runs once per decision over
 * every candidate, and a plain Array#sort with a comparator costs several times as much.
 */
export function sortedByCost(cost: readonly number[], tie: (a: number, b: number) => number): Int32Array {
  const idx = new Int32Array(cost.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  const less = (a: number, b: number) => cost[a]! < cost[b]! || (cost[a] === cost[b] && tie(a, b) < 0);
  const swap = (i: number, j: number) => {
    const t = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = t;
  };
  const sort = (lo: number, hi: number): void => {
    while (hi - lo > 12) {
      const mid = (lo + hi) >> 1;
      if (less(idx[mid]!, idx[lo]!)) swap(mid, lo);
      if (less(idx[hi]!, idx[lo]!)) swap(hi, lo);
      if (less(idx[hi]!, idx[mid]!)) swap(hi, mid);
      const pivot = idx[mid]!;
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (less(idx[i]!, pivot)) i++;
        while (less(pivot, idx[j]!)) j--;
        if (i <= j) swap(i++, j--);
      }
      // Recurse into the shorter side, loop on the longer: the stack stays logarithmic.
      if (j - lo < hi - i) {
        sort(lo, j);
        lo = i;
      } else {
        sort(i, hi);
        hi = j;
      }
    }
    for (let i = lo + 1; i <= hi; i++) {
      const v = idx[i]!;
      let j = i - 1;
      while (j >= lo && less(v, idx[j]!)) {
        idx[j + 1] = idx[j]!;
        j--;
      }
      idx[j + 1] = v;
    }
  };
  sort(0, idx.length - 1);
  return idx;
}

/** Ids compare by UTF-16 code units (locale-independent, so the order is the same on every machine). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
