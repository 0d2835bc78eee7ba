import { DESTINATION, instance, lines, node, type NodeSpec } from '../../../../test/fixtures/routing/builders';
import { haversineKm } from '../../../../platform/geo';
import type { IneligibleReason, RoutingPlan } from './model';
import { routeOrder } from './route';

const rejected = (plan: RoutingPlan, nodeId: string) =>
  plan.feasible ? plan.explanation.find((e) => e.kind === 'rejected' && e.nodeId === nodeId) : undefined;

describe('node eligibility: a node that fails a filter is never used, and the explanation says which filter', () => {
  // CHEAP would win on cost; FALLBACK (dearer, 300 km away or within half the limit) always qualifies.
  const cases: [string, Partial<NodeSpec>, number | null, IneligibleReason | null][] = [
    ['active', {}, null, null],
    ['inactive', { active: false }, null, 'INACTIVE'],
    ['without SHIP', { capabilities: ['PICKUP_IN_STORE', 'CARRY_OUT'] }, null, 'NO_CAPABILITY'],
    ['with no capacity left', { capacityLeft: 0 }, null, 'NO_CAPACITY'],
    ['with one order of capacity left', { capacityLeft: 1 }, null, null],
    ['beyond maxDistanceKm', { km: 120 }, 100, 'TOO_FAR'],
    ['within maxDistanceKm', { km: 80 }, 100, null],
    ['without the SKU', { stock: { OTHER: 5 } }, null, 'NO_STOCK'],
    ['with 0 of the SKU', { stock: { X: 0 } }, null, 'NO_STOCK'],
    ['first failing filter in order: inactive and without SHIP', { active: false, capabilities: [] }, null, 'INACTIVE'],
    ['first failing filter in order: no capacity and too far', { capacityLeft: 0, km: 500 }, 100, 'NO_CAPACITY'],
  ];
  it.each(cases)('a node %s', (_name, spec, maxDistanceKm, reason) => {
    const nodes = [
      node({ id: 'CHEAP', costPerShipment: 100, stock: { X: 5 }, ...spec }),
      node({
        id: 'FALLBACK',
        km: maxDistanceKm === null ? 300 : maxDistanceKm / 2,
        costPerShipment: 900,
        stock: { X: 5 },
      }),
    ];
    const plan = routeOrder(instance({ nodes, lines: lines(['X', 2]), maxDistanceKm }));
    if (!plan.feasible) throw new Error(plan.reason);
    expect(plan.shipments.map((s) => s.nodeId)).toEqual([reason ? 'FALLBACK' : 'CHEAP']);
    if (reason) expect(rejected(plan, 'CHEAP')).toMatchObject({ reason });
  });

  it('maxDistanceKm is inclusive: a node exactly that far qualifies, one a hair farther does not', () => {
    const far = node({ id: 'EDGE', km: 250, stock: { X: 1 } });
    const km = haversineKm(DESTINATION, far);
    const route = (maxDistanceKm: number) =>
      routeOrder(instance({ nodes: [far], lines: lines(['X', 1]), maxDistanceKm }));
    expect(route(km)).toMatchObject({ feasible: true, shipments: [{ nodeId: 'EDGE', km }] });
    expect(route(km * (1 - 1e-12))).toMatchObject({ feasible: false, reason: 'NO_ELIGIBLE_NODE' });
  });
});

describe('infeasible orders: the reason and what is short', () => {
  const cases: [string, NodeSpec[], [string, number][], number, RoutingPlan][] = [
    [
      'no node at all',
      [],
      [['X', 2]],
      3,
      {
        feasible: false,
        exact: true,
        reason: 'NO_ELIGIBLE_NODE',
        shortLines: [{ lineId: 'L1', sku: 'X', missing: 2 }],
      },
    ],
    [
      'every node filtered out (stock at an inactive node does not count)',
      [
        { id: 'A', active: false, stock: { X: 9 } },
        { id: 'B', capacityLeft: 0, stock: { X: 9 } },
      ],
      [
        ['X', 2],
        ['Y', 1],
      ],
      3,
      {
        feasible: false,
        exact: true,
        reason: 'NO_ELIGIBLE_NODE',
        shortLines: [
          { lineId: 'L1', sku: 'X', missing: 2 },
          { lineId: 'L2', sku: 'Y', missing: 1 },
        ],
      },
    ],
    [
      'eligible nodes hold 3 of 4 units: the later line of the SKU is short',
      [
        { id: 'A', stock: { X: 2 } },
        { id: 'B', stock: { X: 1 } },
        { id: 'OFF', active: false, stock: { X: 9 } },
      ],
      [
        ['X', 2],
        ['X', 2],
      ],
      3,
      { feasible: false, exact: true, reason: 'OUT_OF_STOCK', shortLines: [{ lineId: 'L2', sku: 'X', missing: 1 }] },
    ],
    [
      'a SKU nobody holds: only its lines are short',
      [{ id: 'A', stock: { X: 5 } }],
      [
        ['X', 2],
        ['Y', 3],
      ],
      3,
      { feasible: false, exact: true, reason: 'OUT_OF_STOCK', shortLines: [{ lineId: 'L2', sku: 'Y', missing: 3 }] },
    ],
    [
      'stock exists, but in more nodes than maxShipments',
      [
        { id: 'A', costPerShipment: 100, stock: { X: 1 } },
        { id: 'B', costPerShipment: 200, stock: { Y: 1 } },
      ],
      [
        ['X', 1],
        ['Y', 1],
      ],
      1,
      {
        feasible: false,
        exact: true,
        reason: 'TOO_MANY_SHIPMENTS',
        shortLines: [{ lineId: 'L2', sku: 'Y', missing: 1 }],
      },
    ],
    [
      'one line split over more nodes than maxShipments',
      [
        { id: 'A', stock: { X: 2 } },
        { id: 'B', stock: { X: 2 } },
        { id: 'C', stock: { X: 2 } },
      ],
      [['X', 5]],
      2,
      {
        feasible: false,
        exact: true,
        reason: 'TOO_MANY_SHIPMENTS',
        shortLines: [{ lineId: 'L1', sku: 'X', missing: 1 }],
      },
    ],
  ];
  it.each(cases)('%s', (_name, nodes, order, maxShipments, expected) => {
    expect(routeOrder(instance({ nodes: nodes.map(node), lines: lines(...order), maxShipments }))).toEqual(expected);
  });
});

describe('maxShipments and splitting', () => {
  const nodes = [
    node({ id: 'A', costPerShipment: 100, stock: { X: 3 } }),
    node({ id: 'B', costPerShipment: 100, stock: { X: 2 } }),
    node({ id: 'C', costPerShipment: 5000, stock: { X: 5 } }),
  ];
  it.each([
    [1, ['C'], [[{ lineId: 'L1', quantity: 5 }]]],
    [2, ['A', 'B'], [[{ lineId: 'L1', quantity: 3 }], [{ lineId: 'L1', quantity: 2 }]]],
    [3, ['A', 'B'], [[{ lineId: 'L1', quantity: 3 }], [{ lineId: 'L1', quantity: 2 }]]],
  ])('maxShipments %i: ships from %j', (maxShipments, chosen, shipped) => {
    const plan = routeOrder(instance({ nodes, lines: lines(['X', 5]), maxShipments }));
    if (!plan.feasible) throw new Error(plan.reason);
    expect(plan.shipments.map((s) => s.nodeId)).toEqual(chosen);
    expect(plan.shipments.map((s) => s.lines)).toEqual(shipped);
  });

  it('lines of one SKU share a node’s stock: 4 units for two lines of 2 are not 4 for each', () => {
    const plan = routeOrder(
      instance({
        nodes: [
          node({ id: 'A', costPerShipment: 1, stock: { X: 3 } }),
          node({ id: 'B', costPerShipment: 9, stock: { X: 1 } }),
        ],
        lines: lines(['X', 2], ['X', 2]),
      }),
    );
    if (!plan.feasible) throw new Error(plan.reason);
    expect(plan.shipments).toMatchObject([
      {
        nodeId: 'A',
        lines: [
          { lineId: 'L1', quantity: 2 },
          { lineId: 'L2', quantity: 1 },
        ],
      },
      { nodeId: 'B', lines: [{ lineId: 'L2', quantity: 1 }] },
    ]);
  });

  it('one shipment per node even when it serves several lines, and no empty shipment', () => {
    const plan = routeOrder(
      instance({ nodes: [node({ id: 'A', stock: { X: 5, Y: 5, Z: 5 } })], lines: lines(['X', 1], ['Y', 2], ['Z', 3]) }),
    );
    expect(plan).toMatchObject({
      feasible: true,
      shipments: [
        {
          nodeId: 'A',
          lines: [
            { lineId: 'L1', quantity: 1 },
            { lineId: 'L2', quantity: 2 },
            { lineId: 'L3', quantity: 3 },
          ],
        },
      ],
    });
  });
});

describe('shipment figures', () => {
  it.each([
    // km, handlingHours, costPerShipment, costPerKm → cost, promiseHours (carrier 24 h + 50 km/h)
    [0, 0, 500, 0, 500, 24],
    [100, 6, 500, 0.5, 550, 32],
    [250, 12, 0, 2, 500, 41],
  ])(
    '%d km, %d h handling, %d + %d/km: cost %d, promise %d h',
    (km, handlingHours, costPerShipment, costPerKm, cost, promise) => {
      const plan = routeOrder(
        instance({
          nodes: [node({ id: 'A', km, handlingHours, costPerShipment, costPerKm, stock: { X: 1 } })],
          lines: lines(['X', 1]),
        }),
      );
      if (!plan.feasible) throw new Error(plan.reason);
      expect(plan.shipments[0]).toEqual({
        nodeId: 'A',
        km: expect.closeTo(km, 9),
        cost: expect.closeTo(cost, 9),
        promiseHours: expect.closeTo(promise, 9),
        lines: [{ lineId: 'L1', quantity: 1 }],
      });
    },
  );
});
