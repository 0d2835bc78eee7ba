import { subgraphHarness, type SubgraphHarness } from '../../test/support/subgraph';
import type { CustomerDoc, IdentifierDoc } from './model';

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      __typename
      ... on Customer {
        id
        displayName
        email
        phone
        identifiers {
          type
          value
          source
        }
      }
      ... on IdentifierInUseError {
        code
        type
        value
      }
      ... on InvalidIdentifierError {
        code
        type
        value
      }
    }
  }
`;
const ADD = /* GraphQL */ `
  mutation ($input: AddCustomerIdentifierInput!) {
    addCustomerIdentifier(input: $input) {
      __typename
      ... on Customer {
        id
        identifiers {
          type
          value
        }
      }
      ... on IdentifierInUseError {
        code
      }
      ... on CustomerNotFoundError {
        code
      }
      ... on InvalidIdentifierError {
        code
      }
    }
  }
`;

type Result = { __typename: string; id?: string; code?: string; identifiers?: { type: string; value: string }[] };

let h: SubgraphHarness;
beforeEach(async () => {
  h = await subgraphHarness('identity');
});
afterEach(() => h.close());

const register = async (identifiers: { type: string; value: string }[], first = 'Alice') =>
  (
    await h.exec<{ registerCustomer: Result }>(REGISTER, {
      input: { firstName: first, lastName: 'Martin', identifiers, source: 'WEB' },
    })
  ).data!.registerCustomer;

describe('identity subgraph', () => {
  it('registers a profile with normalised identifiers and finds it by any of them', async () => {
    const r = await register([
      { type: 'EMAIL', value: ' Alice@Example.FR ' },
      { type: 'PHONE', value: '06 12 34 56 78' },
      { type: 'LOYALTY_CARD', value: 'lc-0000000001' },
    ]);
    expect(r.__typename).toBe('Customer');
    for (const [type, value] of [
      ['EMAIL', 'ALICE@example.fr'],
      ['PHONE', '+33612345678'],
      ['LOYALTY_CARD', 'LC-0000000001'],
    ]) {
      const found = await h.exec<{ customerByIdentifier: { id: string } | null }>(
        'query($t: IdentifierType!, $v: String!) { customerByIdentifier(type: $t, value: $v) { id } }',
        { t: type, v: value },
      );
      expect(found.data?.customerByIdentifier?.id).toBe(r.id);
    }
    expect(h.events.map((e) => e.topic)).toEqual(['identity.customer.registered']);
  });

  it('is all-or-nothing: a clash on one identifier leaves no profile and no claimed identifier', async () => {
    await register([{ type: 'EMAIL', value: 'taken@example.fr' }]);
    const before = await h.store.collection<IdentifierDoc>('identifiers').count();
    const r = await register(
      [
        { type: 'PHONE', value: '+33700000001' },
        { type: 'EMAIL', value: 'TAKEN@example.fr' },
      ],
      'Bob',
    );
    expect(r).toMatchObject({ __typename: 'IdentifierInUseError', code: 'IDENTIFIER_IN_USE' });
    expect(await h.store.collection<CustomerDoc>('customers').count()).toBe(1);
    expect(await h.store.collection<IdentifierDoc>('identifiers').count()).toBe(before);
  });

  it('rejects an invalid identifier with a typed error and writes nothing', async () => {
    const r = await register([{ type: 'EMAIL', value: 'nope' }]);
    expect(r).toMatchObject({ __typename: 'InvalidIdentifierError', code: 'INVALID_IDENTIFIER' });
    expect(await h.store.collection('customers').count()).toBe(0);
  });

  it('concurrent registrations of one identifier: exactly one wins', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => register([{ type: 'LOYALTY_CARD', value: 'LC-RACE-0001' }], `P${i}`)),
    );
    expect(results.filter((r) => r.__typename === 'Customer')).toHaveLength(1);
    expect(await h.store.collection('customers').count()).toBe(1);
    expect(await h.store.collection('identifiers').count()).toBe(1);
  });

  it('adds an identifier once, refuses one owned by someone else, and reports unknown customers', async () => {
    const a = await register([{ type: 'EMAIL', value: 'a@example.fr' }]);
    const b = await register([{ type: 'EMAIL', value: 'b@example.fr' }], 'Bea');
    const add = async (customerId: string, type: string, value: string) =>
      (
        await h.exec<{ addCustomerIdentifier: Result }>(ADD, {
          input: { customerId, identifier: { type, value }, source: 'POS' },
        })
      ).data!.addCustomerIdentifier;
    expect((await add(a.id!, 'LOYALTY_CARD', 'LC-1234567')).identifiers).toHaveLength(2);
    expect((await add(a.id!, 'LOYALTY_CARD', 'lc-1234567')).identifiers).toHaveLength(2);
    expect(await add(b.id!, 'LOYALTY_CARD', 'LC-1234567')).toMatchObject({ code: 'IDENTIFIER_IN_USE' });
    expect(await add('cus_missing', 'PHONE', '+33700000009')).toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });
    expect(await h.store.collection('identifiers').count()).toBe(3);
  });

  it('resolves Customer entity representations in key order, null for unknown', async () => {
    const a = await register([{ type: 'EMAIL', value: 'a@example.fr' }]);
    const res = await h.exec<{ _entities: ({ id: string } | null)[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id displayName } } }',
      {
        r: [
          { __typename: 'Customer', id: 'cus_unknown' },
          { __typename: 'Customer', id: a.id },
        ],
      },
    );
    expect(res.data?._entities).toEqual([null, { id: a.id, displayName: 'Alice Martin' }]);
  });

  it('me is the signed-in customer only', async () => {
    const a = await register([{ type: 'EMAIL', value: 'a@example.fr' }]);
    const me = await h.exec<{ me: { id: string } | null }>('{ me { id } }', undefined, {
      kind: 'customer',
      customerId: a.id!,
    });
    expect(me.data?.me?.id).toBe(a.id);
    const other = await h.exec<{ me: null }>('{ me { id } }', undefined, { kind: 'operator', userId: 'ops' });
    expect(other.data?.me).toBeNull();
  });
});
