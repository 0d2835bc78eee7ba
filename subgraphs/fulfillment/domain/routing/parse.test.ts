import { routeInstances } from './offline';
import { parseInstance } from './parse';

interface NodeJson {
  id: string;
  type: string;
  lat: number;
  lng: number;
  capabilities: string[];
  active: boolean;
  capacityLeft: number;
  handlingHours: number;
  costPerShipment: number;
  costPerKm: number;
  rank: number;
  stock: Record<string, number>;
}

/** A valid instance of the offline format, as JSON would give it. */
const valid = () => ({
  nodes: [
    {
      id: 'DC-1',
      type: 'WAREHOUSE',
      lat: 45.76,
      lng: 4.84,
      capabilities: ['SHIP'],
      active: true,
      capacityLeft: 100,
      handlingHours: 12,
      costPerShipment: 600,
      costPerKm: 0.5,
      rank: 1,
      stock: { 'SKU-1': 10 },
    },
    {
      id: 'ST-1',
      type: 'STORE',
      lat: 48.86,
      lng: 2.34,
      capabilities: ['SHIP', 'PICKUP_IN_STORE'],
      active: true,
      capacityLeft: 5,
      handlingHours: 4,
      costPerShipment: 800,
      costPerKm: 0.8,
      rank: 3,
      stock: { 'SKU-1': 2, 'SKU-2': 1 },
    },
  ] as [NodeJson, NodeJson],
  carrier: { baseHours: 24, kmPerHour: 60 },
  order: {
    destination: { lat: 48.85, lng: 2.35 },
    slaHours: 48,
    lines: [
      { id: 'L1', sku: 'SKU-1', quantity: 2, deliveryMethod: 'SHIP' },
      { id: 'L2', sku: 'SKU-2', quantity: 1, deliveryMethod: 'SHIP' },
    ],
  },
  profile: { maxShipments: 2, maxDistanceKm: null, weights: { cost: 1, lateHour: 50, extraShipment: 400 } },
});
type Raw = ReturnType<typeof valid> & Record<string, unknown>;

/** Each bad input and the one message naming the field (the first problem, fields checked in format order). */
const cases: [string, (raw: Raw) => unknown, string][] = [
  ['not an object', () => [1], 'the instance must be an object'],
  ['no nodes', (r) => ({ ...r, nodes: undefined }), 'nodes is required'],
  ['nodes not a list', (r) => ({ ...r, nodes: {} }), 'nodes must be an array'],
  ['a node not an object', (r) => ({ ...r, nodes: [r.nodes[0], 'ST-1'] }), 'nodes[1] must be an object'],
  ['missing id', (r) => (delete (r.nodes[1] as Partial<NodeJson>).id, r), 'nodes[1].id is required'],
  ['empty id', (r) => ((r.nodes[0].id = ''), r), 'nodes[0].id must be a non-empty string'],
  [
    'unknown type',
    (r) => ((r.nodes[0].type = 'SHOP'), r),
    'nodes[0].type must be one of WAREHOUSE, STORE, THIRD_PARTY_LOGISTICS, DROPSHIP_SUPPLIER',
  ],
  [
    'lat as a string',
    (r) => (((r.nodes[0] as unknown as Record<string, unknown>).lat = '45.7'), r),
    'nodes[0].lat must be a number',
  ],
  ['lat out of range', (r) => ((r.nodes[0].lat = 91), r), 'nodes[0].lat must be a number from -90 to 90'],
  ['lng out of range', (r) => ((r.nodes[1].lng = -180.5), r), 'nodes[1].lng must be a number from -180 to 180'],
  [
    'unknown capability',
    (r) => ((r.nodes[1].capabilities = ['SHIP', 'TELEPORT']), r),
    'nodes[1].capabilities[1] must be one of SHIP, PICKUP_IN_STORE, SHIP_TO_STORE, CARRY_OUT, SAME_DAY_DELIVERY, RETURNS',
  ],
  [
    'active as a string',
    (r) => (((r.nodes[0] as unknown as Record<string, unknown>).active = 'yes'), r),
    'nodes[0].active must be true or false',
  ],
  [
    'negative capacity',
    (r) => ((r.nodes[0].capacityLeft = -1), r),
    'nodes[0].capacityLeft must be a non-negative integer',
  ],
  [
    'fractional handling',
    (r) => ((r.nodes[0].handlingHours = 1.5), r),
    'nodes[0].handlingHours must be a non-negative integer',
  ],
  [
    'fractional cost',
    (r) => ((r.nodes[0].costPerShipment = 5.5), r),
    'nodes[0].costPerShipment must be a non-negative integer',
  ],
  ['negative costPerKm', (r) => ((r.nodes[0].costPerKm = -0.1), r), 'nodes[0].costPerKm must be a non-negative number'],
  ['negative rank', (r) => ((r.nodes[0].rank = -2), r), 'nodes[0].rank must be a non-negative integer'],
  [
    'stock not an object',
    (r) => (((r.nodes[1] as unknown as Record<string, unknown>).stock = [1]), r),
    'nodes[1].stock must be an object',
  ],
  [
    'negative stock',
    (r) => ((r.nodes[1].stock['SKU-1'] = -3), r),
    'nodes[1].stock["SKU-1"] must be a non-negative integer',
  ],
  [
    'fractional stock',
    (r) => ((r.nodes[1].stock['SKU-2'] = 0.5), r),
    'nodes[1].stock["SKU-2"] must be a non-negative integer',
  ],
  [
    'stock as a string',
    (r) => (((r.nodes[1].stock as Record<string, unknown>)['SKU-2'] = '1'), r),
    'nodes[1].stock["SKU-2"] must be a non-negative integer',
  ],
  ['duplicate node id', (r) => ((r.nodes[1].id = 'DC-1'), r), 'nodes[1].id duplicates nodes[0].id ("DC-1")'],
  ['no carrier', (r) => ({ ...r, carrier: undefined }), 'carrier is required'],
  ['kmPerHour 0', (r) => ((r.carrier.kmPerHour = 0), r), 'carrier.kmPerHour must be a number > 0'],
  ['kmPerHour negative', (r) => ((r.carrier.kmPerHour = -60), r), 'carrier.kmPerHour must be a number > 0'],
  ['negative baseHours', (r) => ((r.carrier.baseHours = -1), r), 'carrier.baseHours must be a non-negative number'],
  ['no order', (r) => ({ ...r, order: null }), 'order must be an object'],
  ['no destination', (r) => ({ ...r, order: { ...r.order, destination: undefined } }), 'order.destination is required'],
  [
    'bad destination',
    (r) => ((r.order.destination.lat = -95), r),
    'order.destination.lat must be a number from -90 to 90',
  ],
  ['negative SLA', (r) => ((r.order.slaHours = -1), r), 'order.slaHours must be a non-negative number'],
  ['no lines', (r) => ((r.order.lines = []), r), 'order.lines must not be empty'],
  [
    'line quantity 0',
    (r) => ((r.order.lines[1]!.quantity = 0), r),
    'order.lines[1].quantity must be a positive integer',
  ],
  [
    'fractional quantity',
    (r) => ((r.order.lines[0]!.quantity = 1.5), r),
    'order.lines[0].quantity must be a positive integer',
  ],
  ['empty sku', (r) => ((r.order.lines[0]!.sku = ''), r), 'order.lines[0].sku must be a non-empty string'],
  [
    'a pickup line',
    (r) => ((r.order.lines[1]!.deliveryMethod = 'PICKUP_IN_STORE'), r),
    'order.lines[1].deliveryMethod must be "SHIP" (the offline format routes SHIP lines only)',
  ],
  [
    'duplicate line id',
    (r) => ((r.order.lines[1]!.id = 'L1'), r),
    'order.lines[1].id duplicates order.lines[0].id ("L1")',
  ],
  ['no profile', (r) => ({ ...r, profile: undefined }), 'profile is required'],
  ['maxShipments 0', (r) => ((r.profile.maxShipments = 0), r), 'profile.maxShipments must be a positive integer'],
  [
    'maxDistanceKm missing',
    (r) => (delete (r.profile as Partial<Raw['profile']>).maxDistanceKm, r),
    'profile.maxDistanceKm is required',
  ],
  [
    'maxDistanceKm negative',
    (r) => (((r.profile as Record<string, unknown>).maxDistanceKm = -5), r),
    'profile.maxDistanceKm must be a non-negative number',
  ],
  ['no weights', (r) => ({ ...r, profile: { ...r.profile, weights: undefined } }), 'profile.weights is required'],
  [
    'negative weight',
    (r) => ((r.profile.weights.lateHour = -50), r),
    'profile.weights.lateHour must be a non-negative number',
  ],
  [
    'unknown weight',
    (r) => (((r.profile.weights as Record<string, number>).speed = 1), r),
    'profile.weights["speed"] is not a criterion (cost, lateHour, extraShipment, distanceKm, rank, capacityUse, stockBalance)',
  ],
];

describe('the offline format: bad input is refused with the path of the first bad field', () => {
  it.each(cases)('%s', (_name, mutate, message) => {
    expect(parseInstance(mutate(valid() as Raw))).toEqual({ ok: false, code: 'BAD_INPUT', message });
  });

  it('accepts the valid instance, with absent weights as absent and extra fields ignored', () => {
    const parsed = parseInstance({ ...valid(), comment: 'from the WMS export' });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.instance.profile.weights).toEqual({ cost: 1, lateHour: 50, extraShipment: 400 });
      expect(parsed.instance.nodes.map((n) => n.id)).toEqual(['DC-1', 'ST-1']);
    }
  });

  it('a SKU named like an Object property is stock like any other', () => {
    const raw = valid();
    raw.nodes[0].stock = { constructor: 3 };
    raw.order.lines = [
      { id: 'L1', sku: 'constructor', quantity: 3, deliveryMethod: 'SHIP' },
      { id: 'L2', sku: '__proto__', quantity: 2, deliveryMethod: 'SHIP' },
      { id: 'L3', sku: 'toString', quantity: 1, deliveryMethod: 'SHIP' },
    ];
    // JSON.parse makes "__proto__" an own key, as a file would.
    const json: unknown = JSON.parse(JSON.stringify(raw).replace('"constructor":3', '"constructor":3,"__proto__":2'));
    expect(routeInstances(json)).toMatchObject({
      ok: true,
      plans: [{ feasible: false, reason: 'OUT_OF_STOCK', shortLines: [{ lineId: 'L3', sku: 'toString', missing: 1 }] }],
    });
  });
});

describe('routeInstances', () => {
  it('routes one instance or an array of them, in order', () => {
    const one = routeInstances(valid());
    const many = routeInstances([valid(), { ...valid(), profile: { ...valid().profile, maxShipments: 1 } }]);
    expect(one.ok && one.plans).toHaveLength(1);
    expect(many.ok && many.plans).toHaveLength(2);
    if (one.ok && many.ok) expect(many.plans[0]).toEqual(one.plans[0]);
  });

  it('names the index of the first bad instance and routes none', () => {
    const bad = valid();
    bad.nodes[1].stock['SKU-1'] = -1;
    expect(routeInstances([valid(), valid(), valid(), bad, { nodes: 'x' }])).toEqual({
      ok: false,
      code: 'BAD_INPUT',
      message: 'instance 3: nodes[1].stock["SKU-1"] must be a non-negative integer',
    });
  });

  it('an empty array routes nothing', () => expect(routeInstances([])).toEqual({ ok: true, plans: [] }));
});
