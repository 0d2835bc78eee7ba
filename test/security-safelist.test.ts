import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addOperations } from '../gateway/safelist-main';
import { operationHash, readSafelist, writeSafelist } from '../gateway/safelist';
import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, KIOSK, postGraphQL } from './support/http';
import { ROOT } from './support/processes';

/** A partner runs only the operations registered for it; first-party clients use APQ as usual. */
const MARKET: Principal = { kind: 'partner', partnerId: 'partner_marketplace_01', scopes: ['orders:read'] };
const OTHER: Principal = { kind: 'partner', partnerId: 'partner_3pl_01', scopes: ['orders:read'] };
const OPS = 'query MarketOrder($id: ID!) { order(id: $id) { number status } }';

const dir = mkdtempSync(join(tmpdir(), 'safelist-'));
const file = join(dir, 'safelist.json');
let gw: EmbeddedGateway;
let body: string;

beforeAll(async () => {
  const added = addOperations({ version: 1, operations: [] }, OPS, ['partner_marketplace_01']);
  if (typeof added === 'string') throw new Error(added);
  writeSafelist(file, added);
  body = added.operations[0]!.body;
  gw = await startEmbeddedGateway({ safelistFile: file });
});
afterAll(() => gw.stop());

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
async function post(principal: Principal, payload: Record<string, unknown>) {
  const res = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(principal) },
    body: JSON.stringify(payload),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

describe('partner safelist', () => {
  it('the registered partner runs the registered text, or just its hash', async () => {
    const byText = await post(MARKET, { query: body, variables: { id: 'ord_000002' } });
    expect(byText.body).toMatchObject({ data: { order: { number: 'R100002' } } });
    const byHash = await post(MARKET, { extensions: persisted(operationHash(body)), variables: { id: 'ord_000002' } });
    expect(byHash.body).toMatchObject({ data: { order: { number: 'R100002' } } });
  });

  it('the registered operation formatted differently is the same operation (compared as printed)', async () => {
    const reformatted = `# a comment\n${OPS.replace(/\s+/g, '  ')}`;
    expect(reformatted).not.toBe(body);
    const res = await post(MARKET, { query: reformatted, variables: { id: 'ord_000002' } });
    expect(res.body).toMatchObject({ data: { order: { number: 'R100002' } } });
  });

  it('anything else a partner sends is refused with 403 before it runs', async () => {
    for (const [principal, query] of [
      [MARKET, '{ order(id: "ord_000002") { number } }'],
      [OTHER, body],
    ] as const) {
      const res = await post(principal, { query, variables: { id: 'ord_000002' } });
      expect(res.status).toBe(403);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_SAFELISTED');
    }
  });

  it('first-party clients are not bound by it, and use automatic persisted queries', async () => {
    const q = '{ products(first: 1) { edges { node { id } } } }';
    const hash = operationHash(q);
    expect((await post(KIOSK, { extensions: persisted(hash) })).body.errors?.[0]?.extensions?.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    expect((await post(KIOSK, { query: q, extensions: persisted(hash) })).body.data).toBeDefined();
    expect((await post(KIOSK, { extensions: persisted(hash) })).body).toMatchObject({ data: { products: {} } });
    expect((await postGraphQL(gw.url, '{ __typename }', undefined, bearer(KIOSK))).status).toBe(200);
  });
});

describe('npm run safelist', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'dist/gateway/safelist-main.js'), ...args], {
      env: { PATH: process.env.PATH ?? '', SAFELIST_FILE: join(dir, 'cli.json'), NODE_ENV: 'test' },
      encoding: 'utf8',
    });

  it('adds validated operations, lists and removes them; an invalid file writes nothing', () => {
    const ops = join(dir, 'ops.graphql');
    writeFileSync(ops, `${OPS}\nquery Stock { variant(sku: "SKU-0001-41-FOR") { totalAvailable } }\n`);
    const add = cli('add', '--partner', 'partner_marketplace_01,partner_3pl_01', ops);
    expect(add.status).toBe(0);
    const manifest = readSafelist(join(dir, 'cli.json'));
    expect(manifest.operations.map((o) => [o.name, o.partners])).toEqual(
      expect.arrayContaining([
        ['MarketOrder', ['partner_3pl_01', 'partner_marketplace_01']],
        ['Stock', ['partner_3pl_01', 'partner_marketplace_01']],
      ]),
    );
    expect(cli('list').stdout).toContain('MarketOrder');
    const bad = join(dir, 'bad.graphql');
    writeFileSync(bad, 'query Bad { nope }');
    const refused = cli('add', '--partner', 'p1', bad);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/Cannot query field "nope"[\s\S]*nothing was written/);
    expect(readFileSync(join(dir, 'cli.json'), 'utf8')).toBe(
      `${JSON.stringify({ version: 1, operations: [...manifest.operations].sort((a, b) => (a.id < b.id ? -1 : 1)) }, null, 2)}\n`,
    );
    const id = manifest.operations[0]!.id;
    expect(cli('remove', id).status).toBe(0);
    expect(readSafelist(join(dir, 'cli.json')).operations.map((o) => o.id)).not.toContain(id);
  });
});
