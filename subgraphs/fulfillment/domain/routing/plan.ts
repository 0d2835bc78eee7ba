/** Turns a set of candidates into shipments, and prices shipments by the documented formulas. */
import { allocate } from './allocate';
import {
  WEIGHT_KEYS,
  type RoutingInstance,
  type RoutingNode,
  type Shipment,
  type ShortLine,
  type Terms,
} from './model';
import { compareIds, nodeFigures, stockOf, type Network } from './network';

/**
 * The shipments of a set: the fill of `allocate`, members that ship nothing dropped, sorted by
 * node id; each SKU's units go to the order's lines of that SKU in line order, node by node in
 * id order (so a line is split only where its SKU is).
 */
export function shipmentsOf(net: Network, set: readonly number[], first?: number): Shipment[] {
  const fill = allocate(net, set, first);
  if (!fill) throw new RangeError('shipmentsOf: the set does not cover the order');
  const { nodes, order } = net.instance;
  const K = net.skus.length;
  const members = set
    .map((c, i) => ({ i, node: nodes[net.node[c]!]!, km: net.km[net.node[c]!]! }))
    .filter(({ i }) => fill.used[i])
    .sort((a, b) => compareIds(a.node.id, b.node.id));
  const perMember = members.map(() => new Map<number, number>());
  net.skus.forEach((sku, k) => {
    let m = 0;
    let left = fill.units[members[0]!.i * K + k]!;
    order.lines.forEach((line, l) => {
      if (line.sku !== sku) return;
      let want = line.quantity;
      while (want > 0) {
        while (left <= 0) left = fill.units[members[++m]!.i * K + k]!;
        const take = Math.min(want, left);
        perMember[m]!.set(l, (perMember[m]!.get(l) ?? 0) + take);
        want -= take;
        left -= take;
      }
    });
  });
  return members.map(({ node, km }, m) => {
    const f = nodeFigures(node, km, net.instance);
    return {
      nodeId: node.id,
      km,
      cost: f.cost,
      promiseHours: f.promiseHours,
      lines: [...perMember[m]!.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([l, quantity]) => ({ lineId: order.lines[l]!.id, quantity })),
    };
  });
}

/**
 * Each criterion's weighted contribution, from the shipments and the instance alone (the
 * formulas of docs/routing.md):
 *   cost          Σ (costPerShipment + costPerKm · km)
 *   lateHour      Σ max(0, promiseHours − slaHours)
 *   extraShipment shipments − 1
 *   distanceKm    Σ km
 *   rank          Σ rank
 *   capacityUse   Σ 1 / capacityLeft
 *   stockBalance  Σ over shipments from a STORE and SKUs shipped: units / the store's stock of it
 */
export function planTerms(
  instance: RoutingInstance,
  shipments: readonly Shipment[],
  byId: ReadonlyMap<string, RoutingNode> = new Map(instance.nodes.map((n) => [n.id, n])),
): Terms {
  const skuOf = new Map(instance.order.lines.map((l) => [l.id, l.sku]));
  const w = instance.profile.weights;
  const raw: Terms = {
    cost: 0,
    lateHour: 0,
    extraShipment: shipments.length - 1,
    distanceKm: 0,
    rank: 0,
    capacityUse: 0,
    stockBalance: 0,
  };
  for (const s of shipments) {
    const node = byId.get(s.nodeId)!;
    raw.cost += s.cost;
    raw.lateHour += Math.max(0, s.promiseHours - instance.order.slaHours);
    raw.distanceKm += s.km;
    raw.rank += node.rank;
    raw.capacityUse += 1 / node.capacityLeft;
    if (node.type === 'STORE') {
      const units = new Map<string, number>();
      for (const l of s.lines) units.set(skuOf.get(l.lineId)!, (units.get(skuOf.get(l.lineId)!) ?? 0) + l.quantity);
      for (const [sku, u] of units) raw.stockBalance += u / stockOf(node, sku);
    }
  }
  const terms = {} as Terms;
  for (const key of WEIGHT_KEYS) terms[key] = (w[key] ?? 0) * raw[key];
  return terms;
}

/** The nodes of the candidates in `set`, by id: a cheap `byId` for planTerms. */
export function membersById(net: Network, set: readonly number[]): Map<string, RoutingNode> {
  return new Map(set.map((c) => [net.instance.nodes[net.node[c]!]!.id, net.instance.nodes[net.node[c]!]!]));
}

export function objectiveOf(terms: Terms): number {
  let sum = 0;
  for (const key of WEIGHT_KEYS) sum += terms[key];
  return sum;
}

/**
 * What is missing when only `available[k]` units of each SKU can be had: each SKU's units go to
 * its lines in line order, so the later lines of a SKU are the short ones.
 */
export function shortLines(net: Network, available: ArrayLike<number>): ShortLine[] {
  const left = Array.from(net.skus, (_, k) => available[k]!);
  const out: ShortLine[] = [];
  for (const line of net.instance.order.lines) {
    const k = net.skus.indexOf(line.sku);
    const got = Math.min(line.quantity, Math.max(0, left[k]!));
    left[k]! -= got;
    if (got < line.quantity) out.push({ lineId: line.id, sku: line.sku, missing: line.quantity - got });
  }
  return out;
}
