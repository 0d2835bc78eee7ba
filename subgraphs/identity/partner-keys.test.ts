import { recordingBus } from '../../test/support/bus';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import { hashSecret, parseKey, PARTNER_KEY_LIMITS } from './domain/partner-keys';
import { IdentityTopics } from './events';
import type { PartnerDoc, PartnerKeyDoc } from './model';
import { createIdentityService } from './service';
import type { PartnerKeyInput } from './service-partner-keys';
import { COLLECTIONS, createIdentityStore } from './store';

/** Partner keys' use cases on the in-memory engine: invariants, refusals that change nothing, races. */
let clock = new Date('2026-11-30T12:00:00.000Z');
const OPS = 'operator:ops_1';

async function setup() {
  const docs = createMemoryStore();
  const { bus, published } = recordingBus();
  const store = createIdentityStore(docs);
  await store.init();
  await docs.collection<PartnerDoc>(COLLECTIONS.partners).insertOne({
    _id: 'partner_m',
    name: 'Market',
    type: 'MARKETPLACE',
    scopes: ['orders:read', 'orders:write'],
    createdAt: clock.toISOString(),
  });
  const service = createIdentityService(store, bus, () => clock, silentLogger);
  const keys = () => docs.collection<PartnerKeyDoc>(COLLECTIONS.partnerKeys).findAll({});
  return { service, published, keys, close: () => Promise.all([bus.close(), docs.close()]) };
}

const input = (over: Partial<PartnerKeyInput> = {}): PartnerKeyInput => ({
  partnerId: 'partner_m',
  name: 'production',
  scopes: ['orders:read'],
  channels: ['MARKETPLACE'],
  fields: ['Query.order', 'Order.*'],
  rateBudget: { maximumAvailable: 5000, restoreRate: 100 },
  ...over,
});

/** Whether `secret` (a full key string) opens its key now. */
async function works(secret: string): Promise<boolean> {
  const parsed = parseKey(secret);
  return parsed !== null && (await s.service.authenticatePartnerKey(parsed)) !== null;
}

async function issue(over: Partial<PartnerKeyInput> = {}) {
  const created = await s.service.createPartnerKey(input(over), OPS);
  if (!created.ok) throw new Error(created.message);
  return created;
}

const ticks = async (n: number) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

let s: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  clock = new Date('2026-11-30T12:00:00.000Z');
  s = await setup();
});
afterEach(() => s.close());

describe('createPartnerKey', () => {
  it('issues a key whose secret is shown once and stored only as a hash', async () => {
    const created = await issue();
    expect(created.secret).toMatch(/^cgk_pk_[a-z0-9]{16}_[A-Za-z0-9_-]{43}$/);
    const [stored] = await s.keys();
    expect(JSON.stringify(stored)).not.toContain(created.secret.slice(-43));
    expect(stored!.secretHash).toBe(hashSecret(created.secret.slice(-43)));
    expect(stored).toMatchObject({ status: 'ACTIVE', createdBy: OPS, revision: 1, partnerId: 'partner_m' });
    expect(await s.service.authenticatePartnerKey(parseKey(created.secret)!)).toEqual({
      partnerId: 'partner_m',
      keyId: created.key._id,
      scopes: ['orders:read'],
      channels: ['MARKETPLACE'],
      fields: ['Query.order', 'Order.*'],
      rateBudget: { maximumAvailable: 5000, restoreRate: 100 },
    });
    expect(s.published).toEqual([
      {
        topic: IdentityTopics.partnerKeyChanged,
        payload: { keyId: created.key._id, partnerId: 'partner_m', change: 'CREATED', by: OPS },
      },
    ]);
  });

  it('two keys never share an id or a secret', async () => {
    const [a, b] = await Promise.all([issue(), issue()]);
    expect(a.key._id).not.toBe(b.key._id);
    expect(a.secret).not.toBe(b.secret);
  });

  it.each<[string, Partial<PartnerKeyInput>, string]>([
    ['an unknown partner', { partnerId: 'partner_nope' }, 'PARTNER_NOT_FOUND'],
    ['a scope the partner lacks', { scopes: ['attribution:read'] }, 'SCOPE_NOT_GRANTED'],
    ['an invalid contract', { fields: ['not a coordinate'] }, 'INVALID_PARTNER_KEY_INPUT'],
  ])('refuses %s and stores or publishes nothing', async (_case, over, code) => {
    expect(await s.service.createPartnerKey(input(over), OPS)).toMatchObject({ ok: false, code });
    expect(await s.keys()).toEqual([]);
    expect(s.published).toEqual([]);
  });

  it(`refuses a partner's key beyond ${PARTNER_KEY_LIMITS.keysPerPartner}`, async () => {
    for (let i = 0; i < PARTNER_KEY_LIMITS.keysPerPartner; i++) await issue();
    expect(await s.service.createPartnerKey(input(), OPS)).toMatchObject({
      ok: false,
      code: 'PARTNER_KEY_LIMIT_REACHED',
    });
    expect(await s.keys()).toHaveLength(PARTNER_KEY_LIMITS.keysPerPartner);
  });
});

describe('rotatePartnerKey', () => {
  it('without grace: the old secret stops at once, the new one works', async () => {
    const created = await issue();
    const rotated = await s.service.rotatePartnerKey(created.key._id, 0, OPS);
    if (!rotated.ok) throw new Error(rotated.message);
    expect(await works(created.secret)).toBe(false);
    expect(await works(rotated.secret)).toBe(true);
    expect(rotated.key).toMatchObject({ previous: null, revision: 2, rotatedAt: clock.toISOString() });
  });

  it('with grace: both work until the grace ends, then only the new one', async () => {
    const created = await issue();
    const rotated = await s.service.rotatePartnerKey(created.key._id, 60, OPS);
    if (!rotated.ok) throw new Error(rotated.message);
    expect([await works(created.secret), await works(rotated.secret)]).toEqual([true, true]);
    clock = new Date(clock.getTime() + 60_000);
    expect([await works(created.secret), await works(rotated.secret)]).toEqual([false, true]);
  });

  it('a second rotation ends the first one’s grace: only the latest two secrets can work', async () => {
    const created = await issue();
    const first = await s.service.rotatePartnerKey(created.key._id, 600, OPS);
    const second = await s.service.rotatePartnerKey(created.key._id, 600, OPS);
    if (!first.ok || !second.ok) throw new Error('rotation failed');
    expect([await works(created.secret), await works(first.secret), await works(second.secret)]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it.each<[string, number, string]>([
    ['a negative grace', -1, 'INVALID_PARTNER_KEY_INPUT'],
    ['a grace over 7 days', PARTNER_KEY_LIMITS.graceSeconds + 1, 'INVALID_PARTNER_KEY_INPUT'],
  ])('refuses %s and changes nothing', async (_case, grace, code) => {
    const created = await issue();
    const before = await s.keys();
    expect(await s.service.rotatePartnerKey(created.key._id, grace, OPS)).toMatchObject({ ok: false, code });
    expect(await s.keys()).toEqual(before);
    expect(await works(created.secret)).toBe(true);
  });

  it('refuses an unknown or a revoked key', async () => {
    expect(await s.service.rotatePartnerKey('pk_0000000000000000', 0, OPS)).toMatchObject({
      code: 'PARTNER_KEY_NOT_FOUND',
    });
    const created = await issue();
    await s.service.revokePartnerKey(created.key._id, OPS);
    expect(await s.service.rotatePartnerKey(created.key._id, 0, OPS)).toMatchObject({ code: 'PARTNER_KEY_REVOKED' });
  });

  it('two rotations at once: exactly one wins, the other changes nothing and says so', async () => {
    const created = await issue();
    const outcomes = await Promise.all([
      s.service.rotatePartnerKey(created.key._id, 0, OPS),
      s.service.rotatePartnerKey(created.key._id, 0, OPS),
    ]);
    const won = outcomes.filter((o) => o.ok);
    expect(won).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([expect.objectContaining({ code: 'CONCURRENT_CHANGE' })]);
    if (!won[0]!.ok) throw new Error('unreachable');
    expect(await works(won[0]!.secret)).toBe(true);
    const [stored] = await s.keys();
    expect(stored!.revision).toBe(2);
  });
});

describe('revokePartnerKey', () => {
  it('every secret of the key stops at once, grace or not; a second revocation changes nothing', async () => {
    const created = await issue();
    const rotated = await s.service.rotatePartnerKey(created.key._id, 3600, OPS);
    if (!rotated.ok) throw new Error(rotated.message);
    const revoked = await s.service.revokePartnerKey(created.key._id, 'operator:ops_2');
    expect(revoked).toMatchObject({
      ok: true,
      key: { status: 'REVOKED', revokedBy: 'operator:ops_2', previous: null },
    });
    expect([await works(created.secret), await works(rotated.secret)]).toEqual([false, false]);
    const events = s.published.length;
    const again = await s.service.revokePartnerKey(created.key._id, OPS);
    expect(again).toMatchObject({ ok: true, key: { revokedBy: 'operator:ops_2' } });
    expect(s.published).toHaveLength(events);
  });

  it('racing a rotation and an update, the revocation is never lost', async () => {
    for (let i = 0; i < 20; i++) {
      const created = await issue({ name: `race ${i}` });
      const [rotated] = await Promise.all([
        s.service.rotatePartnerKey(created.key._id, 3600, OPS),
        // Started 0 to 4 microtask turns later, so the revocation lands before, between and after the others.
        ticks(i % 5).then(() => s.service.revokePartnerKey(created.key._id, OPS)),
        s.service.updatePartnerKey(created.key._id, { name: 'renamed' }, OPS),
      ]);
      const stored = (await s.keys()).find((k) => k._id === created.key._id)!;
      expect(stored.status).toBe('REVOKED');
      expect(await works(created.secret)).toBe(false);
      if (rotated.ok) expect(await works(rotated.secret)).toBe(false);
    }
  });

  it('refuses an unknown key', async () => {
    expect(await s.service.revokePartnerKey('pk_0000000000000000', OPS)).toMatchObject({
      ok: false,
      code: 'PARTNER_KEY_NOT_FOUND',
    });
  });
});

describe('updatePartnerKey', () => {
  it('changes only what is given; the next authentication sees it', async () => {
    const created = await issue();
    const updated = await s.service.updatePartnerKey(
      created.key._id,
      { fields: ['Query.orderByNumber'], rateBudget: { maximumAvailable: 100, restoreRate: 1 } },
      OPS,
    );
    expect(updated).toMatchObject({ ok: true, key: { name: 'production', scopes: ['orders:read'], revision: 2 } });
    expect(await s.service.authenticatePartnerKey(parseKey(created.secret)!)).toMatchObject({
      fields: ['Query.orderByNumber'],
      rateBudget: { maximumAvailable: 100, restoreRate: 1 },
    });
  });

  it('refuses invalid settings and a revoked key, changing nothing', async () => {
    const created = await issue();
    const before = await s.keys();
    expect(await s.service.updatePartnerKey(created.key._id, { scopes: ['partners:manage'] }, OPS)).toMatchObject({
      code: 'SCOPE_NOT_GRANTED',
    });
    expect(await s.service.updatePartnerKey(created.key._id, { channels: [] }, OPS)).toMatchObject({
      code: 'INVALID_PARTNER_KEY_INPUT',
      field: 'channels',
    });
    expect(await s.keys()).toEqual(before);
    await s.service.revokePartnerKey(created.key._id, OPS);
    expect(await s.service.updatePartnerKey(created.key._id, { name: 'x' }, OPS)).toMatchObject({
      code: 'PARTNER_KEY_REVOKED',
    });
  });
});

describe('partnerKeys', () => {
  it("lists a partner's keys oldest first, bounded by `first`", async () => {
    for (let i = 0; i < 3; i++) {
      await issue({ name: `k${i}` });
      clock = new Date(clock.getTime() + 1000);
    }
    expect((await s.service.partnerKeys('partner_m', 2)).map((k) => k.name)).toEqual(['k0', 'k1']);
    expect(await s.service.partnerKeys('partner_other', 10)).toEqual([]);
  });
});
