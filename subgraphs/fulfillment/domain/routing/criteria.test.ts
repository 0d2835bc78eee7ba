import { instance, lines, node, type NodeSpec } from '../../../../test/fixtures/routing/builders';
import { WEIGHT_KEYS, type Terms, type Weights } from './model';
import { routeOrder } from './route';

/**
 * Each criterion decides between nodes that differ in it alone (or trade it against cost), and
 * its term is the documented formula worked out by hand. Carrier 24 h + 50 km/h, SLA 48 h unless
 * a row says otherwise; nodes are `km` due north of the destination.
 */
interface Row {
  name: string;
  weights: Weights;
  nodes: NodeSpec[];
  lines: [string, number][];
  slaHours?: number;
  chosen: string[];
  terms: Partial<Terms>;
}

const X1: [string, number][] = [['X', 1]];

const rows: Row[] = [
  {
    name: 'cost: the cheaper shipment',
    weights: { cost: 1 },
    nodes: [
      { id: 'A', costPerShipment: 500, stock: { X: 1 } },
      { id: 'B', costPerShipment: 700, stock: { X: 1 } },
    ],
    lines: X1,
    chosen: ['A'],
    terms: { cost: 500 },
  },
  {
    name: 'cost: costPerKm × km counts (700 at 100 km vs 620 at 10 km)',
    weights: { cost: 1 },
    nodes: [
      { id: 'A', km: 100, costPerShipment: 500, costPerKm: 2, stock: { X: 1 } },
      { id: 'B', km: 10, costPerShipment: 600, costPerKm: 2, stock: { X: 1 } },
    ],
    lines: X1,
    chosen: ['B'],
    terms: { cost: 620 },
  },
  {
    name: 'lateHour: 4 h late at 100/h costs more than 300 of shipping',
    weights: { cost: 1, lateHour: 100 },
    slaHours: 30,
    nodes: [
      { id: 'A', costPerShipment: 500, handlingHours: 10, stock: { X: 1 } },
      { id: 'B', costPerShipment: 800, handlingHours: 0, stock: { X: 1 } },
    ],
    lines: X1,
    chosen: ['B'],
    terms: { cost: 800, lateHour: 0 },
  },
  {
    name: 'lateHour: 4 h late at 10/h is worth 300 of shipping',
    weights: { cost: 1, lateHour: 10 },
    slaHours: 30,
    nodes: [
      { id: 'A', costPerShipment: 500, handlingHours: 10, stock: { X: 1 } },
      { id: 'B', costPerShipment: 800, handlingHours: 0, stock: { X: 1 } },
    ],
    lines: X1,
    chosen: ['A'],
    terms: { cost: 500, lateHour: 40 },
  },
  {
    name: 'lateHour: promise = handling + base + km / speed (2 + 24 + 100/50 = 28 h vs SLA 27)',
    weights: { lateHour: 1 },
    slaHours: 27,
    nodes: [{ id: 'A', km: 100, handlingHours: 2, stock: { X: 1 } }],
    lines: X1,
    chosen: ['A'],
    terms: { lateHour: 1 },
  },
  {
    name: 'extraShipment absent: two cheap shipments beat one dear one',
    weights: { cost: 1 },
    nodes: [
      { id: 'A', costPerShipment: 900, stock: { X: 1, Y: 1 } },
      { id: 'B', costPerShipment: 300, stock: { X: 1 } },
      { id: 'C', costPerShipment: 300, stock: { Y: 1 } },
    ],
    lines: [
      ['X', 1],
      ['Y', 1],
    ],
    chosen: ['B', 'C'],
    terms: { cost: 600, extraShipment: 0 },
  },
  {
    name: 'extraShipment 400: one shipment of 900 beats two of 300 + 400',
    weights: { cost: 1, extraShipment: 400 },
    nodes: [
      { id: 'A', costPerShipment: 900, stock: { X: 1, Y: 1 } },
      { id: 'B', costPerShipment: 300, stock: { X: 1 } },
      { id: 'C', costPerShipment: 300, stock: { Y: 1 } },
    ],
    lines: [
      ['X', 1],
      ['Y', 1],
    ],
    chosen: ['A'],
    terms: { cost: 900, extraShipment: 0 },
  },
  {
    name: 'extraShipment 250: the split still wins, and pays (shipments − 1) × 250',
    weights: { cost: 1, extraShipment: 250 },
    nodes: [
      { id: 'A', costPerShipment: 900, stock: { X: 1, Y: 1 } },
      { id: 'B', costPerShipment: 300, stock: { X: 1 } },
      { id: 'C', costPerShipment: 300, stock: { Y: 1 } },
    ],
    lines: [
      ['X', 1],
      ['Y', 1],
    ],
    chosen: ['B', 'C'],
    terms: { cost: 600, extraShipment: 250 },
  },
  {
    name: 'distanceKm: Σ km, the nearer node',
    weights: { distanceKm: 1 },
    nodes: [
      { id: 'A', km: 50, stock: { X: 1 } },
      { id: 'B', km: 10, stock: { X: 1 } },
    ],
    lines: X1,
    chosen: ['B'],
    terms: { distanceKm: 10 },
  },
  {
    name: 'rank: Σ rank, the preferred node',
    weights: { rank: 10 },
    nodes: [
      { id: 'A', rank: 3, stock: { X: 1 } },
      { id: 'B', rank: 1, stock: { X: 1 } },
    ],
    lines: X1,
    chosen: ['B'],
    terms: { rank: 10 },
  },
  {
    name: 'capacityUse: Σ 1 / capacityLeft, the node with room to spare',
    weights: { capacityUse: 100 },
    nodes: [
      { id: 'A', capacityLeft: 1, stock: { X: 1 } },
      { id: 'B', capacityLeft: 10, stock: { X: 1 } },
    ],
    lines: X1,
    chosen: ['B'],
    terms: { capacityUse: 10 },
  },
  {
    name: 'stockBalance: 2 of a store’s 100 (0.02) rather than 2 of 2 (1)',
    weights: { stockBalance: 100 },
    nodes: [
      { id: 'A', type: 'STORE', stock: { X: 2 } },
      { id: 'B', type: 'STORE', stock: { X: 100 } },
    ],
    lines: [['X', 2]],
    chosen: ['B'],
    terms: { stockBalance: 2 },
  },
  {
    name: 'stockBalance: a warehouse’s units cost no share',
    weights: { stockBalance: 100 },
    nodes: [
      { id: 'A', type: 'STORE', stock: { X: 50 } },
      { id: 'B', type: 'WAREHOUSE', stock: { X: 1 } },
    ],
    lines: X1,
    chosen: ['B'],
    terms: { stockBalance: 0 },
  },
  {
    name: 'stockBalance: a split that spares a store (1 from the warehouse, 3 of the store’s 4 = 0.75)',
    weights: { stockBalance: 100 },
    nodes: [
      { id: 'S', type: 'STORE', stock: { X: 4 } },
      { id: 'W', type: 'WAREHOUSE', stock: { X: 1 } },
    ],
    lines: [['X', 4]],
    chosen: ['S', 'W'],
    terms: { stockBalance: 75 },
  },
  {
    name: 'stockBalance: per SKU, over the store’s lines of it (1/2 + 2/4)',
    weights: { stockBalance: 10 },
    nodes: [{ id: 'S', type: 'STORE', stock: { X: 2, Y: 4 } }],
    lines: [
      ['X', 1],
      ['Y', 1],
      ['Y', 1],
    ],
    chosen: ['S'],
    terms: { stockBalance: 10 },
  },
  {
    name: 'no weight at all: every plan costs 0, the first node by id that holds everything',
    weights: {},
    nodes: [
      { id: 'C', stock: { X: 1 } },
      { id: 'B', stock: { X: 1 } },
      { id: 'A', stock: {} },
    ],
    lines: X1,
    chosen: ['B'],
    terms: {},
  },
];

describe('each criterion of the objective', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const plan = routeOrder(
      instance({
        nodes: row.nodes.map(node),
        lines: lines(...row.lines),
        weights: row.weights,
        slaHours: row.slaHours,
      }),
    );
    if (!plan.feasible) throw new Error(`infeasible: ${plan.reason}`);
    expect(plan.exact).toBe(true);
    expect(plan.shipments.map((s) => s.nodeId)).toEqual(row.chosen);
    for (const key of WEIGHT_KEYS)
      expect([key, plan.terms[key]]).toEqual([key, expect.closeTo(row.terms[key] ?? 0, 9)]);
    expect(plan.objective).toBeCloseTo(
      WEIGHT_KEYS.reduce((sum, key) => sum + plan.terms[key], 0),
      9,
    );
  });

  it('terms list every criterion, in the documented order, weighted or not', () => {
    const plan = routeOrder(instance({ nodes: [node({ id: 'A', stock: { X: 1 } })], lines: lines(['X', 1]) }));
    expect(plan.feasible && Object.keys(plan.terms)).toEqual([...WEIGHT_KEYS]);
  });

  it('a criterion with weight 0 is ignored however large its figure', () => {
    const nodes = [
      node({ id: 'A', km: 900, rank: 9, capacityLeft: 1, handlingHours: 500, costPerShipment: 1, stock: { X: 1 } }),
      node({ id: 'B', costPerShipment: 2, stock: { X: 1 } }),
    ];
    const weights: Weights = { cost: 1, lateHour: 0, distanceKm: 0, rank: 0, capacityUse: 0, stockBalance: 0 };
    const plan = routeOrder(instance({ nodes, lines: lines(['X', 1]), weights }));
    expect(plan.feasible && plan.shipments.map((s) => s.nodeId)).toEqual(['A']);
  });
});
