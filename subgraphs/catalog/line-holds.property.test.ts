import fc from 'fast-check';
import { fixtureScenario } from '../../demo/fixture';
import { createMemoryBus } from '../../platform/bus/memory';
import { createMemoryStore } from '../../platform/store/memory';
import { startCatalog } from '../../test/support/catalog';
import { seedScenario } from '../seed';
import { isConsistent, levelId } from './domain/level-ops';
import type { InventoryLevelDoc, InventoryMovementDoc, ReservationDoc, ReservationLineRequest } from './model';

/**
 * For random sequences of reservations (some allowed to take safety stock) and per-line operations
 * (commit, ship, release of some or all lines, re-routes, units received into a reservation,
 * expiry), after every step: every position is consistent and never negative, its reserved units
 * are the seeded ones plus the ACTIVE lines held there, its committed units the seeded ones plus
 * the COMMITTED lines, its onHand the seeded one plus the received lines minus the SHIPPED lines,
 * its safety stock the seeded one minus what held or shipped lines took of it, and each position's
 * ledger sums to its change since the seed. A refused operation changes nothing.
 */
const SKUS = ['SKU-1-S', 'SKU-1-M'];
const LOCATIONS = ['loc_store_01', 'loc_dc_01'];
// Fixture positions: onHand 10, committed 2, reserved 1, safetyStock 1 (available 6).
const SEEDED = { onHand: 10, committed: 2, reserved: 1, safetyStock: 1 };

const lineArb = fc.record({
  lineKey: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { nil: undefined }),
  sku: fc.constantFrom(...SKUS),
  locationId: fc.constantFrom(...LOCATIONS),
  quantity: fc.integer({ min: 1, max: 4 }),
});
/** Lines of the target reservation by index (7: a key it does not have); omitted: every line. */
const pickArb = fc.option(fc.uniqueArray(fc.nat(7), { minLength: 1, maxLength: 3 }), { nil: undefined });
const opArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('reserve' as const),
      kind: fc.constantFrom('ORDER' as const, 'CART' as const),
      lines: fc.array(lineArb, { minLength: 1, maxLength: 3 }),
      safety: fc.boolean(),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constantFrom('commit' as const, 'commit' as const, 'ship' as const, 'ship' as const, 'release' as const),
      res: fc.nat(3),
      pick: pickArb,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('reroute' as const),
      res: fc.nat(3),
      pick: fc.uniqueArray(fc.nat(7), { maxLength: 2 }),
      add: fc.array(lineArb, { maxLength: 2 }),
      safety: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('receive' as const),
      res: fc.nat(3),
      lines: fc.array(lineArb, { minLength: 1, maxLength: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('expire' as const), seconds: fc.integer({ min: 1, max: 400 }) }),
  },
);

type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

async function run(ops: Op[]): Promise<void> {
  const store = createMemoryStore();
  const bus = createMemoryBus();
  let clock = new Date('2026-11-01T12:00:00.000Z');
  await seedScenario(store, fixtureScenario({ products: 1, onHand: SEEDED.onHand }));
  const inv = (await startCatalog({ store, bus, now: () => clock })).inventory;
  const reservations = store.collection<ReservationDoc>('reservations');
  const levels = store.collection<InventoryLevelDoc>('inventory_levels');
  const ledger = store.collection<InventoryMovementDoc>('inventory_movements');
  const ids: string[] = [];
  const snapshot = async () =>
    JSON.stringify([await levels.findAll({}), await reservations.findAll({}), await ledger.count()]);

  // Lines received into a reservation (`${reservationId} ${lineKey}`): their units came in on hand.
  const received = new Set<string>();
  async function check(): Promise<void> {
    const zero = () => ({ reserved: 0, committed: 0, shipped: 0, received: 0, safety: 0 });
    const held = new Map<string, ReturnType<typeof zero>>();
    for (const r of await reservations.findAll({})) {
      for (const l of r.lines) {
        const sums = held.get(levelId(l.sku, l.locationId)) ?? zero();
        if (l.status === 'ACTIVE') sums.reserved += l.quantity;
        if (l.status === 'COMMITTED') sums.committed += l.quantity;
        if (l.status === 'SHIPPED') sums.shipped += l.quantity;
        if (received.has(`${r._id} ${l.lineKey}`)) sums.received += l.quantity;
        if (['ACTIVE', 'COMMITTED', 'SHIPPED'].includes(l.status)) sums.safety += l.fromSafetyStock ?? 0;
        held.set(levelId(l.sku, l.locationId), sums);
      }
    }
    const entries = await ledger.findAll({});
    for (const level of await levels.findAll({ locationId: { $in: LOCATIONS } })) {
      expect(isConsistent(level)).toBe(true);
      const sums = held.get(level._id) ?? zero();
      const { reserved, committed, onHand, safetyStock } = level;
      expect({ id: level._id, reserved, committed, onHand, safetyStock }).toEqual({
        id: level._id,
        reserved: SEEDED.reserved + sums.reserved,
        committed: SEEDED.committed + sums.committed,
        onHand: SEEDED.onHand + sums.received - sums.shipped,
        safetyStock: SEEDED.safetyStock - sums.safety,
      });
      // The ledger explains the change since the seed.
      const since = { reserved: 0, committed: 0, onHand: 0, safetyStock: 0 };
      for (const e of entries.filter((x) => x.sku === level.sku))
        for (const fx of e.effects.filter((x) => x.locationId === level.locationId))
          for (const k of ['reserved', 'committed', 'onHand', 'safetyStock'] as const) since[k] += fx.delta[k] ?? 0;
      expect(since).toEqual({
        reserved: reserved - SEEDED.reserved,
        committed: committed - SEEDED.committed,
        onHand: onHand - SEEDED.onHand,
        safetyStock: safetyStock - SEEDED.safetyStock,
      });
    }
  }

  for (const [i, op] of ops.entries()) {
    const before = await snapshot();
    let refused: boolean;
    try {
      const id = 'res' in op ? (ids[op.res % Math.max(ids.length, 1)] ?? 'res_none') : '';
      const all = (await reservations.findById(id))?.lines ?? [];
      // Mostly pick lines the op suits (ship: committed ones), so sequences get far; index 7 is unknown.
      const suited = all.filter((l) => l.status === (op.op === 'ship' ? 'COMMITTED' : 'ACTIVE'));
      const lines = suited.length > 0 && i % 3 !== 0 ? suited : all;
      const keysOf = (pick: number[]) =>
        pick.map((n) => (n === 7 ? 'zz' : (lines[n % Math.max(lines.length, 1)]?.lineKey ?? 'zz')));
      const picked = 'pick' in op && op.pick ? keysOf(op.pick) : undefined;
      const key = `k${i}`;
      let out: { ok: boolean };
      switch (op.op) {
        case 'reserve': {
          const requested = op.lines as ReservationLineRequest[];
          const ttlSeconds = op.kind === 'ORDER' ? null : 600;
          const r = await inv.reserve({
            kind: op.kind,
            ownerId: 'o',
            idempotencyKey: key,
            lines: requested,
            ttlSeconds,
            allowSafetyStock: op.safety,
          });
          if (r.ok) ids.push(r.reservation._id);
          out = r;
          break;
        }
        case 'commit':
          out = await inv.commit(id, { lineKeys: picked, idempotencyKey: key });
          break;
        case 'ship':
          out = await inv.ship(id, { lineKeys: picked, idempotencyKey: key });
          break;
        case 'release':
          out = await inv.release(id, 'r', { lineKeys: picked, idempotencyKey: key });
          break;
        case 'reroute':
          out = await inv.reroute({
            reservationId: id,
            release: picked,
            add: (op.add as ReservationLineRequest[]).map((l, j) =>
              l.lineKey ? { ...l, lineKey: `${l.lineKey}${i}-${j}` } : l,
            ),
            allowSafetyStock: op.safety,
            idempotencyKey: key,
          });
          break;
        case 'receive': {
          const lines = (op.lines as ReservationLineRequest[]).map((l, j) => ({ ...l, lineKey: `in${i}-${j}` }));
          const r = await inv.receiveInto({ reservationId: id, lines, idempotencyKey: key });
          if (r.ok) for (const l of lines) received.add(`${id} ${l.lineKey}`);
          out = r;
          break;
        }
        case 'expire':
          clock = new Date(clock.getTime() + op.seconds * 1000);
          await inv.sweepExpired();
          out = { ok: true };
          break;
      }
      refused = !out.ok;
    } catch (err) {
      // Only malformed arguments may throw (an empty re-route), and they change nothing.
      expect(err).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      refused = true;
    }
    if (refused) expect(await snapshot()).toBe(before);
    await check();
  }
  await bus.close();
  await store.close();
}

describe('per-line holds keep the inventory invariants', () => {
  it('for random sequences of reservations, per-line transitions, re-routes, receipts and expiry', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 40 }), (ops) => run(ops)),
      { numRuns: 40 },
    );
  }, 120_000);
});
