import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { fulfillmentClient, staffOf } from './support/fulfillment';
import { bearer, OPERATOR, postGraphQL } from './support/http';

/**
 * Street addresses on cart and order destinations: checked and trimmed on the way in (a bad field
 * is a typed error naming it), carried from the cart into the order, and personal data on the way
 * out: the order's customer, store staff and operators read them; a partner only when its contract
 * includes shoppers' personal data (customers:read), otherwise null with FORBIDDEN while the
 * country stays visible.
 */
let gw: EmbeddedGateway;
const client = fulfillmentClient(() => gw.url);

beforeAll(async () => {
  gw = await startEmbeddedGateway({ partnerSafelist: false });
});
afterAll(() => gw.stop());

const ADDRESS = {
  lat: 48.8566,
  lng: 2.3522,
  countryCode: 'FR',
  name: '  Ada Lovelace ',
  line1: '12 rue de Rivoli ',
  line2: ' 3e étage',
  city: ' Paris',
  postalCode: '75004',
  region: 'Île-de-France',
  phone: '+33 1 23 45 67 89',
};
const TRIMMED = {
  ...ADDRESS,
  name: 'Ada Lovelace',
  line1: '12 rue de Rivoli',
  line2: '3e étage',
  city: 'Paris',
};
const FIELDS = 'lat lng countryCode name line1 line2 city postalCode region phone';

type CartAnswer = { __typename: string; id?: string; code?: string; field?: string; destination?: typeof TRIMMED };

async function cartCall(mutation: string, input: Record<string, unknown>, who?: Principal): Promise<CartAnswer> {
  const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const res = await postGraphQL<{ r: CartAnswer }>(
    gw.url,
    `mutation($input: ${type}!) { r: ${mutation}(input: $input) {
      __typename ... on Cart { id destination { ${FIELDS} } } ... on CartError { code message field } } }`,
    { input },
    who ? bearer(who) : undefined,
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.r;
}

type Placed = { __typename: string; code?: string; field?: string; order?: { id: string; destination: unknown } };
async function place(input: Record<string, unknown>, who: Principal, order = `id destination { ${FIELDS} }`) {
  const res = await postGraphQL<{ placeOrder: Placed }>(
    gw.url,
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename
      ... on PlacedOrder { order { ${order} } }
      ... on OrderPlacementError { code message field } } }`,
    { input },
    bearer(who),
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.placeOrder;
}

it('a cart keeps its address trimmed, refuses a bad field by name, and checkout carries it into the order', async () => {
  const [pos] = await client.distinct(2, 'loc_dc_');
  const shopper: Principal = { kind: 'customer', customerId: 'cus_000041' };
  const cart = await cartCall(
    'createCart',
    { channel: 'WEB', destination: ADDRESS, lines: [{ sku: pos!.sku, quantity: 1 }] },
    shopper,
  );
  expect(cart.destination).toEqual(TRIMMED);
  for (const [bad, field] of [
    [{ postalCode: '75004 !' }, 'destination.postalCode'],
    [{ phone: 'call me' }, 'destination.phone'],
    [{ name: 'x'.repeat(101) }, 'destination.name'],
    [{ line1: 'rue\u0000' }, 'destination.line1'],
    [{ city: '  ' }, 'destination.city'],
  ] as const) {
    const refused = await cartCall(
      'setCartDestination',
      { cartId: cart.id, destination: { ...ADDRESS, ...bad } },
      shopper,
    );
    expect(refused).toMatchObject({ code: 'INVALID_DESTINATION', field });
  }
  const kept = await postGraphQL<{ cart: { destination: unknown } }>(
    gw.url,
    `{ cart(id: "${cart.id}") { destination { ${FIELDS} } } }`,
    undefined,
    bearer(shopper),
  );
  expect(kept.body.data!.cart.destination).toEqual(TRIMMED);
  const moved = await cartCall(
    'setCartDestination',
    { cartId: cart.id, destination: { ...ADDRESS, line2: null, name: 'Ada L.' } },
    shopper,
  );
  const expected = { ...TRIMMED, line2: null, name: 'Ada L.' };
  expect(moved.destination).toEqual(expected);

  const placed = await place({ channel: 'WEB', cartId: cart.id, idempotencyKey: 'address-checkout' }, shopper);
  expect(placed).toMatchObject({ __typename: 'PlacedOrder', order: { destination: expected } });
  // Direct placement checks the same rules, naming the field.
  expect(
    await place(
      {
        channel: 'WEB',
        destination: { ...ADDRESS, phone: '12' },
        lines: [{ sku: pos!.sku, quantity: 1 }],
        idempotencyKey: 'address-bad',
      },
      shopper,
    ),
  ).toMatchObject({ code: 'INVALID_ORDER', field: 'destination.phone' });
});

it('an order’s address is read by its customer, staff and operators, and by a partner only with customers:read', async () => {
  const [pos] = await client.distinct(5, 'loc_dc_');
  const partner: Principal = {
    kind: 'partner',
    partnerId: 'ptn_marketplace_01',
    scopes: ['orders:write', 'orders:read'],
  };
  const placed = await place(
    {
      channel: 'MARKETPLACE',
      destination: ADDRESS,
      lines: [{ sku: pos!.sku, quantity: 1 }],
      idempotencyKey: 'marketplace-address',
    },
    partner,
    'id destination { countryCode }',
  );
  expect(placed.__typename).toBe('PlacedOrder');
  const orderId = placed.order!.id;
  const read = (who: Principal) =>
    postGraphQL<{ order: { destination: Record<string, unknown> | null } | null }>(
      gw.url,
      `{ order(id: "${orderId}") { destination { ${FIELDS} } } }`,
      undefined,
      bearer(who),
    );

  for (const who of [OPERATOR, staffOf('loc_store_01')]) {
    const res = await read(who);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.order!.destination).toEqual(TRIMMED);
  }
  // The partner that placed it, without shoppers' personal data in its contract: the country only.
  const narrow = await read(partner);
  expect(narrow.body.data!.order!.destination).toEqual({
    countryCode: 'FR',
    lat: null,
    lng: null,
    name: null,
    line1: null,
    line2: null,
    city: null,
    postalCode: null,
    region: null,
    phone: null,
  });
  expect(new Set(narrow.body.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
  expect(narrow.body.errors).toHaveLength(9);
  const wide = await read({ ...partner, scopes: ['orders:read', 'customers:read'] } as Principal);
  expect(wide.body.errors).toBeUndefined();
  expect(wide.body.data!.order!.destination).toEqual(TRIMMED);
  // Another partner does not reach the order at all.
  const other = await read({ kind: 'partner', partnerId: 'ptn_other', scopes: ['orders:read', 'customers:read'] });
  expect(other.body.data?.order ?? null).toBeNull();
});
