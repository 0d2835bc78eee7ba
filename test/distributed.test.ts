import { createServer } from 'node:http';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { AddressInfo } from 'node:net';
import { createGateway } from '../gateway/server';
import { signPrincipal } from '../platform/auth/signing';
import { SUBGRAPH_NAMES, testConfig, type SubgraphName } from '../platform/config';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { pickJourneyCustomer } from './support/demo';
import { bearer, errorCodes, KIOSK, postGraphQL } from './support/http';
import { startProcess, startSubgraphProcesses, stopProcess, subgraphUrlEnv, type Started } from './support/processes';
import { CROSS_SUBGRAPH_QUERY } from './support/queries';
import { DEMO_PARTNER_KEYS } from '../subgraphs/identity/demo';

/**
 * Distributed mode on one machine: five subgraph processes and a gateway process, each on a
 * free port, talking real HTTP. Each subgraph process holds only its own collections.
 */
const SECRET = 'distributed-test-secret-0123456789';
const TIMEOUT_MS = 1500;
let subgraphs: Partial<Record<SubgraphName, Started>> = {};
let gateway: Started | undefined;
let embedded: EmbeddedGateway | undefined;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses({ INTERNAL_SECRET: SECRET });
  const urls = subgraphUrlEnv(subgraphs);
  gateway = await startProcess(
    'dist/gateway/main.js',
    [],
    { MODE: 'distributed', PORT: '0', INTERNAL_SECRET: SECRET, SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS), ...urls },
    'gateway ready',
  );
  embedded = await startEmbeddedGateway();
}, 60_000);

afterAll(async () => {
  await Promise.all([stopProcess(gateway), ...Object.values(subgraphs).map((s) => stopProcess(s)), embedded?.stop()]);
});

describe('distributed mode', () => {
  it('answers the cross-subgraph query exactly like embedded mode', async () => {
    const { card } = pickJourneyCustomer();
    const vars = { type: 'LOYALTY_CARD', value: card };
    const [distributed, inProcess] = await Promise.all([
      postGraphQL(gateway!.url, CROSS_SUBGRAPH_QUERY, vars, bearer(KIOSK, SECRET)),
      postGraphQL(embedded!.url, CROSS_SUBGRAPH_QUERY, vars, bearer(KIOSK)),
    ]);
    expect(distributed.body.errors).toBeUndefined();
    expect(distributed.body.data).toEqual(inProcess.body.data);
    expect((distributed.body.data as { customerByIdentifier: unknown }).customerByIdentifier).not.toBeNull();
    const ready = await fetch(gateway!.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { subgraphs: Record<string, string> }).subgraphs).toEqual(
      Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, 'up'])),
    );
  });

  it('catalog reaches fulfillment over HTTP for the network: availability matches embedded mode', async () => {
    const query = `{ variant(sku: "SKU-0001-41-FOR") {
      availability(channel: WEB) { available locations { locationId available } }
      availabilityNear(near: { lat: 48.8566, lng: 2.3522 }, radiusKm: 15) { distanceKm available location { name } pickup { canFulfil } }
    } }`;
    const [distributed, inProcess] = await Promise.all([
      postGraphQL(gateway!.url, query),
      postGraphQL(embedded!.url, query),
    ]);
    expect(distributed.body.errors).toBeUndefined();
    expect(distributed.body.data).toEqual(inProcess.body.data);
    const near = (distributed.body.data as { variant: { availabilityNear: unknown[] } }).variant.availabilityNear;
    expect(near.length).toBeGreaterThan(0);
  });

  it('forwards the principal signed: a subgraph refuses a forged principal header', async () => {
    const res = await postGraphQL(subgraphs.identity!.url, '{ me { id } }', undefined, {
      'x-commerce-principal': 'eyJmb3JnZWQiOnRydWV9.c2lnbmF0dXJl',
    });
    expect(res.status).toBe(401);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('serves entity representations over HTTP (_entities) to a signed caller, never inline traces', async () => {
    const signed = {
      'x-commerce-principal': signPrincipal({ kind: 'service', service: 'gateway' }, SECRET, 'subgraph', 60),
    };
    const res = await postGraphQL<{ _entities: { id: string; name: string }[] }>(
      subgraphs.fulfillment!.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Location { id name } } }',
      { r: [{ __typename: 'Location', id: 'loc_dc_01' }] },
      { ...signed, 'apollo-federation-include-trace': 'ftv1' },
    );
    expect(res.body.data?._entities[0]).toMatchObject({ id: 'loc_dc_01' });
    expect(res.text).not.toContain('ftv1');
  });

  it.each([
    [
      '_entities (personal data)',
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id } } }',
      { r: [{ __typename: 'Customer', id: 'cus_000001' }] },
    ],
    ['_service', '{ _service { sdl } }', undefined],
    ['introspection', '{ __schema { types { name } } }', undefined],
  ])('refuses an unsigned direct call: %s → 401', async (_name, query, variables) => {
    const res = await postGraphQL(subgraphs.identity!.url, query, variables);
    expect(res.status).toBe(401);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.body.data).toBeUndefined();
  });

  it('authenticates a partner key through identity over HTTP, and a revocation holds for the next request', async () => {
    const demo = DEMO_PARTNER_KEYS.find((k) => k.id === 'pk_demomarketplace1')!;
    const op = `query MarketplaceOrder($number: String!) { orderByNumber(number: $number) { id number channel status externalId placedAt total { amount currencyCode } lines { quantity unitPrice { amount currencyCode } } } }`;
    const asPartner = { authorization: `Bearer ${demo.key}` };
    const ok = await postGraphQL<{ orderByNumber: { number: string } }>(
      gateway!.url,
      op,
      { number: 'R100002' },
      asPartner,
    );
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data?.orderByNumber.number).toBe('R100002');

    const operator = bearer({ kind: 'operator', userId: 'ops_dist' }, SECRET);
    const revoked = await postGraphQL<{ revokePartnerKey: { status: string } }>(
      gateway!.url,
      'mutation { revokePartnerKey(id: "pk_demomarketplace1") { ... on PartnerKey { status } } }',
      undefined,
      operator,
    );
    expect(revoked.body.data?.revokePartnerKey.status).toBe('REVOKED');
    const refused = await postGraphQL(gateway!.url, op, { number: 'R100002' }, asPartner);
    expect(refused.status).toBe(401);
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
  });

  it('serves subscriptions: the primary over graphql-ws from catalog, the store name from fulfillment, per event', async () => {
    const kiosk = createClient({
      url: gateway!.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: bearer(KIOSK, SECRET).authorization },
    });
    const messages: { kind: string; sequence: number; levels: { available: number; location: { name: string } }[] }[] =
      [];
    try {
      const stream = kiosk.iterate<{ stockChanged: (typeof messages)[number] }>({
        query: `subscription { stockChanged(skus: ["SKU-0001-41-FOR"], locationIds: ["loc_store_05"]) {
          kind sequence levels { available location { name } } } }`,
      });
      const first = await stream.next();
      expect((first.value as { errors?: unknown }).errors).toBeUndefined();
      messages.push(first.value!.data!.stockChanged);
      const sold = await postGraphQL<{ recordCarryOut: { __typename: string } }>(
        gateway!.url,
        `mutation { recordCarryOut(input: { sku: "SKU-0001-41-FOR", locationId: "loc_store_05", quantity: 1, sourceEventId: "dist-ws-1" }) { __typename } }`,
        undefined,
        bearer(KIOSK, SECRET),
      );
      expect(sold.body.data?.recordCarryOut.__typename).toBe('InventoryMovement');
      const second = await stream.next();
      messages.push(second.value!.data!.stockChanged);
      await stream.return?.();
    } finally {
      await kiosk.dispose();
    }
    const [snapshot, change] = messages;
    expect(snapshot).toMatchObject({ kind: 'SNAPSHOT', sequence: 1 });
    expect(change).toMatchObject({
      kind: 'CHANGE',
      sequence: 2,
      levels: [
        { available: snapshot!.levels[0]!.available - 1, location: { name: snapshot!.levels[0]!.location.name } },
      ],
    });
    expect(snapshot!.levels[0]!.location.name.length).toBeGreaterThan(0);
  });

  it('a subgraph socket refuses a connection without a principal signed with the internal secret (4403)', async () => {
    const code = await new Promise<number>((resolve) => {
      const direct = createClient({
        url: subgraphs.catalog!.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { principal: signPrincipal(KIOSK, 'not-the-secret-0123456789', 'subgraph', 60) },
        on: { closed: (e) => resolve((e as { code: number }).code) },
      });
      direct.subscribe(
        { query: '{ __typename }' },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
    });
    expect(code).toBe(4403);
  });

  it('a subgraph that is down yields partial data plus an error naming it', async () => {
    const { card } = pickJourneyCustomer();
    await stopProcess(subgraphs.attribution);
    const ready = await fetch(gateway!.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: 'not-ready',
      subgraphs: { attribution: 'down', identity: 'up' },
    });
    const res = await postGraphQL<{
      customerByIdentifier: { displayName: string; orders: { attribution: unknown }[] };
    }>(gateway!.url, CROSS_SUBGRAPH_QUERY, { type: 'LOYALTY_CARD', value: card }, bearer(KIOSK, SECRET));
    expect(res.status).toBe(200);
    const customer = res.body.data!.customerByIdentifier;
    expect(customer.displayName.length).toBeGreaterThan(0);
    expect(customer.orders.length).toBeGreaterThan(0);
    expect(customer.orders.every((o) => o.attribution === null)).toBe(true);
    const down = res.body.errors!.filter((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE');
    expect(down.length).toBeGreaterThan(0);
    expect(down.every((e) => e.extensions?.serviceName === 'attribution')).toBe(true);
    expect(down[0]!.message).toContain('attribution');
  });

  it('a catalog outage nulls only the catalog parts: the customer keeps their orders', async () => {
    const { card } = pickJourneyCustomer();
    await stopProcess(subgraphs.catalog);
    const res = await postGraphQL<{
      customerByIdentifier: {
        displayName: string;
        orders: { number: string; lines: { quantity: number; variant: unknown }[]; fulfillmentOrders: unknown[] }[];
      };
    }>(
      gateway!.url,
      `query($value: String!) { customerByIdentifier(type: LOYALTY_CARD, value: $value) {
        displayName
        orders(first: 3) { number lines { quantity variant { sku product { title } } } fulfillmentOrders { status } }
      } }`,
      { value: card },
      bearer(KIOSK, SECRET),
    );
    expect(res.status).toBe(200);
    const orders = res.body.data!.customerByIdentifier.orders;
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.every((o) => o.number.startsWith('R') && o.lines.length > 0)).toBe(true);
    expect(orders.flatMap((o) => o.lines).every((l) => l.quantity > 0 && l.variant === null)).toBe(true);
    expect(orders.every((o) => Array.isArray(o.fulfillmentOrders) && o.fulfillmentOrders.length > 0)).toBe(true);
    const down = res.body.errors!.filter((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE');
    expect(down.length).toBeGreaterThan(0);
    expect(down.every((e) => e.extensions?.serviceName === 'catalog')).toBe(true);
  });

  it('a subscription whose subgraph is down gets SUBGRAPH_UNAVAILABLE after the timeout, then completes', async () => {
    // Catalog was stopped by the test before.
    const kiosk = createClient({
      url: gateway!.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: bearer(KIOSK, SECRET).authorization },
    });
    try {
      const stream = kiosk.iterate<{ stockChanged: unknown }>({
        query: `subscription { stockChanged(skus: ["SKU-0001-41-FOR"], locationIds: ["loc_store_05"]) { kind } }`,
      });
      const first = await stream.next();
      expect(first.done).toBe(false);
      expect(first.value!.data ?? null).toBeNull();
      expect(first.value!.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('catalog is unavailable'),
          extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'catalog' }),
        }),
      ]);
      expect((await stream.next()).done).toBe(true);
    } finally {
      await kiosk.dispose();
    }
  });

  it('a subgraph that hangs is cut off by the timeout: partial data plus a "timed out" error', async () => {
    const blackHole = createServer(() => undefined); // accepts, never answers
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const hungUrl = `http://127.0.0.1:${(blackHole.address() as AddressInfo).port}/graphql`;
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, subgraphs[n]?.url ?? hungUrl]));
    const gw = createGateway(
      testConfig({
        mode: 'distributed',
        host: '127.0.0.1',
        port: 0,
        internalSecret: SECRET,
        subgraphTimeoutMs: TIMEOUT_MS,
        subgraphUrls: { ...(urls as Record<SubgraphName, string>), attribution: hungUrl },
      }),
    );
    try {
      const { url } = await gw.start();
      const res = await postGraphQL<{ campaign: unknown; locations: { id: string }[] }>(
        url,
        '{ campaign(id: "cmp_001") { id } locations { id } }',
      );
      expect(res.body.data?.locations.length).toBeGreaterThan(0);
      expect(res.body.data?.campaign).toBeNull();
      expect(res.body.errors).toEqual([
        expect.objectContaining({
          message: 'subgraph "attribution" is unavailable: timed out',
          extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'attribution' }),
        }),
      ]);
    } finally {
      await gw.stop();
      blackHole.closeAllConnections();
      await new Promise((resolve) => blackHole.close(resolve));
    }
  });

  it('shuts down gracefully on SIGTERM (exit code 0)', async () => {
    gateway!.child.kill('SIGTERM');
    expect(await gateway!.exited).toBe(0);
    const messages = gateway!.logs.map((l) => (JSON.parse(l) as { msg?: string }).msg);
    expect(messages.slice(-2)).toEqual(['shutting down', 'gateway stopped']);
  });
});
