import { recordingBus } from '../../test/support/bus';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import type { RegistrationInput } from './domain/registration';
import { IdentityTopics } from './events';
import { createIdentityService } from './service';
import { createIdentityStore } from './store';

const NOW = new Date('2026-11-01T12:00:00.000Z');

async function setup() {
  const docs = createMemoryStore();
  const { bus, published } = recordingBus();
  const store = createIdentityStore(docs);
  await store.init();
  const service = createIdentityService(store, bus, () => NOW, silentLogger);
  const state = async () => ({
    customers: await docs.collection('customers').findAll({}),
    identifiers: await docs.collection('identifiers').findAll({}),
  });
  return { service, published, state, close: () => Promise.all([bus.close(), docs.close()]) };
}

const registration = (identifiers: RegistrationInput['identifiers'], firstName = 'Alice'): RegistrationInput => ({
  firstName,
  lastName: 'Martin',
  identifiers,
  source: 'WEB',
});

let s: Awaited<ReturnType<typeof setup>>;
let aliceId: string;
beforeEach(async () => {
  s = await setup();
  const alice = await s.service.register(registration([{ type: 'EMAIL', value: 'alice@example.fr' }]));
  if (!alice.ok) throw new Error(alice.message);
  aliceId = alice.customer._id;
  s.published.length = 0;
});
afterEach(() => s.close());

describe('identity service', () => {
  it('a registration publishes exactly one customer.registered event with the stored identifiers', async () => {
    const r = await s.service.register(registration([{ type: 'PHONE', value: '06 12 34 56 78' }], 'Bob'));
    expect(r.ok).toBe(true);
    expect(s.published).toEqual([
      {
        topic: IdentityTopics.customerRegistered,
        payload: {
          customerId: r.ok && r.customer._id,
          identifiers: [{ type: 'PHONE', value: '+33612345678' }],
          source: 'WEB',
        },
      },
    ]);
    expect((await s.state()).customers).toHaveLength(2);
  });

  it.each<[string, RegistrationInput, string]>([
    ['an invalid identifier', registration([{ type: 'EMAIL', value: 'nope' }]), 'INVALID_IDENTIFIER'],
    ['a missing name', registration([{ type: 'EMAIL', value: 'b@example.fr' }], ' '), 'INVALID_IDENTIFIER'],
    [
      'an identifier held by another profile',
      registration([
        { type: 'PHONE', value: '+33700000001' },
        { type: 'EMAIL', value: 'ALICE@example.fr' },
      ]),
      'IDENTIFIER_IN_USE',
    ],
  ])('a registration refused for %s publishes nothing and changes nothing', async (_case, input, code) => {
    const before = await s.state();
    expect(await s.service.register(input)).toMatchObject({ ok: false, code });
    expect(s.published).toEqual([]);
    expect(await s.state()).toEqual(before);
  });

  it('attaching an identifier publishes exactly one identifier.added event; a replay publishes none', async () => {
    const add = () =>
      s.service.addIdentifier({
        customerId: aliceId,
        identifier: { type: 'PHONE', value: '0612345678' },
        source: 'POS',
      });
    expect(await add()).toMatchObject({ ok: true, added: true, customer: { phone: '+33612345678' } });
    expect(s.published).toEqual([
      {
        topic: IdentityTopics.identifierAdded,
        payload: { customerId: aliceId, type: 'PHONE', value: '+33612345678', source: 'POS' },
      },
    ]);
    const after = await s.state();
    expect(await add()).toMatchObject({ ok: true, added: false });
    expect(s.published).toHaveLength(1);
    expect(await s.state()).toEqual(after);
  });

  it.each<[string, () => { customerId: string; value: string }, string]>([
    ['an unknown customer', () => ({ customerId: 'cus_missing', value: 'LC-1234567' }), 'CUSTOMER_NOT_FOUND'],
    ['an invalid identifier', () => ({ customerId: aliceId, value: 'x' }), 'INVALID_IDENTIFIER'],
  ])('attaching refused for %s publishes nothing and changes nothing', async (_case, args, code) => {
    const before = await s.state();
    const { customerId, value } = args();
    const outcome = await s.service.addIdentifier({
      customerId,
      identifier: { type: 'LOYALTY_CARD', value },
      source: 'POS',
    });
    expect(outcome).toMatchObject({ ok: false, code });
    expect(s.published).toEqual([]);
    expect(await s.state()).toEqual(before);
  });

  it('attaching an identifier held by another profile publishes nothing and changes nothing', async () => {
    const bob = await s.service.register(registration([{ type: 'LOYALTY_CARD', value: 'LC-7654321' }], 'Bob'));
    s.published.length = 0;
    const before = await s.state();
    const outcome = await s.service.addIdentifier({
      customerId: aliceId,
      identifier: { type: 'LOYALTY_CARD', value: 'lc-7654321' },
      source: 'POS',
    });
    expect(bob.ok).toBe(true);
    expect(outcome).toMatchObject({ ok: false, code: 'IDENTIFIER_IN_USE', type: 'LOYALTY_CARD', value: 'LC-7654321' });
    expect(s.published).toEqual([]);
    expect(await s.state()).toEqual(before);
  });
});
