import { Writable } from 'node:stream';
import pino from 'pino';
import { generateScenario } from '../demo/generate';
import { createMemoryStore } from '../platform/store/memory';
import type { DocumentStore } from '../platform/store/port';
import { EXIT_OK, EXIT_USAGE, NO_MONGODB_MESSAGE, parseSeedArgs, runSeed } from './seed-main';

function captureLogger(): { logger: pino.Logger; lines: () => { msg: string; [k: string]: unknown }[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const logger = pino({ level: 'info' }, stream);
  return {
    logger,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { msg: string }),
  };
}

describe('parseSeedArgs', () => {
  it.each([
    [[], { subgraphs: ['identity', 'catalog', 'orders', 'fulfillment', 'attribution'], ifEmpty: false }],
    [['--subgraph', 'catalog'], { subgraphs: ['catalog'], ifEmpty: false }],
    [['--subgraph=orders', '--if-empty'], { subgraphs: ['orders'], ifEmpty: true }],
  ])('%j', (argv, expected) => {
    expect(parseSeedArgs(argv)).toEqual(expected);
  });

  it.each([[['--subgraph']], [['--subgraph', 'billing']], [['--verbose']]])('rejects %j', (argv) => {
    expect(parseSeedArgs(argv)).toHaveProperty('error');
  });
});

describe('runSeed', () => {
  it('refuses with exit code 2 when MONGODB_URI is not set', async () => {
    const { logger, lines } = captureLogger();
    const openStore = jest.fn();
    expect(await runSeed([], { NODE_ENV: 'test' }, { logger, openStore })).toBe(EXIT_USAGE);
    expect(openStore).not.toHaveBeenCalled();
    expect(lines().map((l) => l.msg)).toContain(NO_MONGODB_MESSAGE);
  });

  it('refuses an unknown subgraph with exit code 2', async () => {
    const { logger } = captureLogger();
    const env = { NODE_ENV: 'test', MONGODB_URI: 'mongodb://localhost:27017' };
    expect(await runSeed(['--subgraph', 'billing'], env, { logger })).toBe(EXIT_USAGE);
  });

  it('loads the requested subgraph, logs each collection and closes the store', async () => {
    const { logger, lines } = captureLogger();
    let store: DocumentStore | null = null;
    let closed = false;
    const openStore = jest.fn(async () => {
      const memory = createMemoryStore();
      store = memory;
      return {
        engine: memory.engine,
        collection: memory.collection.bind(memory),
        ping: memory.ping.bind(memory),
        close: async () => {
          closed = true;
        },
      } as DocumentStore;
    });
    const env = {
      NODE_ENV: 'test',
      MONGODB_URI: 'mongodb://localhost:27017',
      MONGODB_DATABASE: 'demo',
      DEMO_SEED: '7',
    };
    expect(await runSeed(['--subgraph', 'fulfillment'], env, { logger, openStore })).toBe(EXIT_OK);
    expect(openStore).toHaveBeenCalledWith({ mongodbUri: 'mongodb://localhost:27017', mongodbDatabase: 'demo' });
    expect(closed).toBe(true);
    const expected = generateScenario(7);
    expect(await store!.collection('locations').count()).toBe(expected.locations.length);
    expect(await store!.collection('fulfillment_orders').count()).toBe(expected.fulfillmentOrders.length);
    expect(await store!.collection('orders').count()).toBe(0);
    const seeded = lines().filter((l) => l.msg.startsWith('seeded '));
    expect(seeded.map((l) => [l.collection, l.count])).toEqual([
      ['locations', expected.locations.length],
      ['fulfillment_orders', expected.fulfillmentOrders.length],
      ['location_loads', 0],
      ['sourcing_profiles', 7],
      ['backorders', 0],
      ['cancellations', 0],
      ['fulfillment_outbox', 0],
    ]);
  });

  it('--if-empty leaves an already seeded subgraph untouched and seeds the empty ones', async () => {
    const { logger } = captureLogger();
    const memory = createMemoryStore();
    const openStore = async () =>
      ({
        engine: memory.engine,
        collection: memory.collection.bind(memory),
        ping: memory.ping.bind(memory),
        close: async () => undefined,
      }) as DocumentStore;
    const env = { NODE_ENV: 'test', MONGODB_URI: 'mongodb://localhost:27017' };
    await memory.collection<{ _id: string; name: string }>('locations').insertOne({ _id: 'loc_custom', name: 'kept' });
    expect(await runSeed(['--if-empty'], env, { logger, openStore })).toBe(EXIT_OK);
    expect(await memory.collection('locations').count()).toBe(1);
    expect(await memory.collection('orders').count()).toBe(generateScenario(42).orders.length);
    const ordersBefore = await memory.collection('orders').findAll({});
    expect(await runSeed(['--if-empty'], env, { logger, openStore })).toBe(EXIT_OK);
    expect(await memory.collection('orders').findAll({})).toEqual(ordersBefore);
  });
});
