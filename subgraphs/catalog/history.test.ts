import { graphql } from 'graphql';
import { createMemoryBus } from '../../platform/bus/memory';
import { createMemoryStore } from '../../platform/store/memory';
import type { DocumentStore } from '../../platform/store/port';
import { startCatalog } from '../../test/support/catalog';
import { isConsistent } from './domain/level-ops';
import { fixtureScenario } from '../../demo/fixture';
import { seedScenario } from '../seed';

/**
 * A position's history explains its numbers: every change (movements and reservation effects,
 * group-committed batches included) is a ledger entry of the position, with its cause, written
 * in the same atomic batch as the change.
 */
let clock = new Date('2026-11-01T12:00:00.000Z');
const advance = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
let store: DocumentStore;
let catalog: Awaited<ReturnType<typeof startCatalog>>;

beforeEach(async () => {
  clock = new Date('2026-11-01T12:00:00.000Z');
  store = createMemoryStore();
  // The fixture does not stock loc_store_03: its position starts at zero with the first receipt.
  await seedScenario(store, fixtureScenario({ products: 2 }));
  catalog = await startCatalog({ store, bus: createMemoryBus(), now: () => clock });
});
afterEach(() => store.close());

const SKU = 'SKU-1-S';
const LOC = 'loc_store_03';
const STATES = ['onHand', 'available', 'committed', 'reserved', 'damaged', 'safetyStock', 'qualityControl'] as const;
type States = Record<(typeof STATES)[number], number>;
type Entry = {
  type: string;
  sourceEventId: string;
  reservationId: string | null;
  reservation: { id: string; status: string } | null;
  changes: (States & { locationId: string })[];
};

async function exec<T>(source: string, variableValues: Record<string, unknown> = {}) {
  const res = await graphql({
    schema: catalog.schema,
    source,
    variableValues,
    contextValue: catalog.createContext({ principal: { kind: 'service', service: 'test' }, requestId: 'history' }),
  });
  if (res.errors) throw new Error(res.errors[0]!.message);
  return res.data as T;
}

async function history(): Promise<Entry[]> {
  const entries: Entry[] = [];
  let after: string | null = null;
  for (;;) {
    const { inventoryMovements: page }: { inventoryMovements: { edges: { cursor: string; node: Entry }[] } } =
      await exec(
        `query($a: String) { inventoryMovements(sku: "${SKU}", locationId: "${LOC}", first: 7, after: $a) {
          edges { cursor node { type sourceEventId reservationId reservation { id status }
            changes { locationId ${STATES.join(' ')} } } } } }`,
        { a: after },
      );
    entries.push(...page.edges.map((e) => e.node));
    if (page.edges.length === 0) return entries;
    after = page.edges[page.edges.length - 1]!.cursor;
  }
}

const line = (quantity: number) => [{ sku: SKU, locationId: LOC, quantity }];
const move = async (input: Parameters<typeof catalog.inventory.applyMovement>[0]) => {
  const r = await catalog.inventory.applyMovement(input);
  if (!r.ok) throw new Error(`${input.sourceEventId}: ${r.code} ${r.message}`);
  advance(1);
};
async function hold(key: string, quantity: number, ttlSeconds = 3600): Promise<string> {
  const r = await catalog.inventory.reserve({
    kind: 'CART',
    ownerId: 'cart',
    idempotencyKey: key,
    lines: line(quantity),
    ttlSeconds,
  });
  if (!r.ok) throw new Error(`${key}: ${r.code}`);
  return r.reservation._id;
}

describe('position history', () => {
  it('replaying the deltas of a position history from zero gives exactly its current states', async () => {
    const at = { sku: SKU, locationId: LOC, reason: null };
    await move({ ...at, sourceEventId: 'asn-1', request: { type: 'RECEIPT', quantity: 30 } });
    const a = await hold('a', 3);
    // Four reservations in one event-loop turn: one group-committed batch, one entry each.
    const [b, c, d, e] = await Promise.all([hold('b', 2), hold('c', 2), hold('d', 1, 60), hold('e', 4, 60)]);
    advance(1);
    for (const [op, id] of [
      ['commit', a],
      ['ship', a],
      ['commit', b],
      ['release', b],
      ['release', c],
      ['ship', a], // an idempotent replay: no entry, no change
    ] as const) {
      const r = op === 'release' ? await catalog.inventory.release(id!, 'abandoned') : await catalog.inventory[op](id!);
      expect(r.ok).toBe(true);
    }
    await catalog.inventory.extend(e!, 600);
    advance(120);
    expect(await catalog.inventory.sweepExpired()).toBe(1); // d expires, e was extended
    await move({ ...at, sourceEventId: 'dmg-1', request: { type: 'DAMAGE', quantity: 2 } });
    await move({ ...at, sourceEventId: 'pos-1', request: { type: 'POS_CARRY_OUT', quantity: 1 } });
    await move({
      ...at,
      sourceEventId: 'ret-1',
      request: { type: 'RETURN', quantity: 1, disposition: 'QUALITY_CONTROL' },
    });
    await move({ ...at, sourceEventId: 'cnt-1', request: { type: 'COUNT', countedOnHand: 25 } });
    await move({ ...at, sourceEventId: 'adj-1', request: { type: 'ADJUSTMENT', delta: -1 } });
    await move({
      ...at,
      sourceEventId: 'tr-1',
      request: { type: 'TRANSFER', quantity: 2, toLocationId: 'loc_store_01' },
    });
    // Units received straight into an order's hold (ship to store): onHand and committed together.
    const order = await catalog.inventory.reserve({
      kind: 'ORDER',
      ownerId: 'ord',
      idempotencyKey: 'order',
      lines: [{ lineKey: 'held', sku: SKU, locationId: LOC, quantity: 1 }],
    });
    if (!order.ok) throw new Error(order.code);
    const received = await catalog.inventory.receiveInto({
      reservationId: order.reservation._id,
      lines: [{ lineKey: 'arrived', sku: SKU, locationId: LOC, quantity: 2 }],
      idempotencyKey: 'received',
    });
    expect(received.ok).toBe(true);

    const entries = await history();
    const replayed = Object.fromEntries(STATES.map((s) => [s, 0])) as States;
    for (const entry of entries) {
      for (const change of entry.changes.filter((ch) => ch.locationId === LOC)) {
        for (const s of STATES) replayed[s] += change[s];
      }
    }
    const { inventoryLevel: current } = await exec<{ inventoryLevel: States }>(
      `{ inventoryLevel(sku: "${SKU}", locationId: "${LOC}") { ${STATES.join(' ')} } }`,
    );
    expect(replayed).toEqual(current);
    expect(current).toMatchObject({ onHand: 24, reserved: 5, committed: 2, damaged: 2, qualityControl: 1 });
    expect(isConsistent((await catalog.store.levelsByIds([`${SKU}@${LOC}`]))[0]!)).toBe(true);

    // Every entry names its cause: a reservation (with its current status) or a source event.
    const types = entries.map((x) => x.type).sort();
    expect(types).toEqual(
      [
        'RECEIPT',
        'RESERVE',
        'RESERVE',
        'RESERVE',
        'RESERVE',
        'RESERVE',
        'RESERVE',
        'RECEIPT',
        'COMMIT',
        'SALE',
        'COMMIT',
        'RELEASE',
        'RELEASE',
        'EXPIRE',
        'DAMAGE',
        'POS_CARRY_OUT',
        'RETURN',
        'COUNT',
        'ADJUSTMENT',
        'TRANSFER',
      ].sort(),
    );
    const caused = entries.filter((x) => x.reservationId !== null);
    expect(caused).toHaveLength(13);
    for (const x of caused) expect(x.reservation?.id).toBe(x.reservationId);
    expect(caused.find((x) => x.type === 'EXPIRE')?.reservation).toEqual({ id: d, status: 'EXPIRED' });
    expect(caused.find((x) => x.type === 'SALE')?.reservation).toEqual({ id: a, status: 'SHIPPED' });
    expect(caused.find((x) => x.type === 'RECEIPT')?.reservation).toEqual({
      id: order.reservation._id,
      status: 'ACTIVE',
    });
    expect(
      entries
        .filter((x) => x.reservationId === null)
        .map((x) => x.sourceEventId)
        .sort(),
    ).toEqual(['adj-1', 'asn-1', 'cnt-1', 'dmg-1', 'pos-1', 'ret-1', 'tr-1']);
  });

  it('a refused reservation writes no ledger entry', async () => {
    await move({
      sku: SKU,
      locationId: LOC,
      reason: null,
      sourceEventId: 'asn-1',
      request: { type: 'RECEIPT', quantity: 2 },
    });
    const refused = await catalog.inventory.reserve({
      kind: 'CART',
      ownerId: 'o',
      idempotencyKey: 'big',
      lines: line(3),
    });
    expect(refused).toMatchObject({ ok: false, code: 'INSUFFICIENT_STOCK' });
    expect((await history()).map((x) => x.type)).toEqual(['RECEIPT']);
  });
});
