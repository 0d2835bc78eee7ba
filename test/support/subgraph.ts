import { graphql } from 'graphql';
import type { Principal } from '../../platform/auth/principal';
import { createMemoryBus } from '../../platform/bus/memory';
import type { BusEvent, EventBus } from '../../platform/bus/port';
import type { SubgraphName } from '../../platform/config';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import { countingStore } from '../../platform/store/counting';
import type { DocumentStore } from '../../platform/store/port';
import { buildSubgraph, inProcessBindings } from '../../subgraphs/registry';
import type { Subgraph } from '../../subgraphs/types';

export interface SubgraphHarness {
  subgraph: Subgraph;
  store: DocumentStore;
  bus: EventBus;
  /** Every event published on the bus since the harness started. */
  events: BusEvent[];
  /** Store round trips made by the subgraph, keyed `collection.method`. */
  calls: Map<string, number>;
  exec<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    principal?: Principal,
  ): Promise<{ data?: T | null; errors?: readonly { message: string; extensions: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

/**
 * Subgraph tests run as an internal service unless they pass a principal: they test behaviour;
 * who may do what is tested through the gateway (test/security.test.ts).
 */
export const INTERNAL: Principal = { kind: 'service', service: 'test' };

export const FIXED_NOW = new Date('2026-11-01T12:00:00.000Z');

/** One subgraph against a fresh in-memory store and bus, executed in-process (no gateway). */
export async function subgraphHarness(
  name: SubgraphName,
  seed: (store: DocumentStore) => Promise<unknown> = async () => undefined,
): Promise<SubgraphHarness> {
  const store = createMemoryStore();
  const bus = createMemoryBus();
  const calls = new Map<string, number>();
  const deps = { store: countingStore(store, calls), bus, logger: silentLogger, now: () => FIXED_NOW };
  const subgraph = buildSubgraph(name, deps, inProcessBindings(deps));
  await subgraph.init();
  await seed(store);
  const events: BusEvent[] = [];
  const original = bus.publish.bind(bus);
  bus.publish = async <T>(topic: string, payload: T) => {
    const event = await original(topic, payload);
    events.push(event as BusEvent);
    return event;
  };
  return {
    subgraph,
    store,
    bus,
    events,
    calls,
    exec: async (query, variables, principal = INTERNAL) =>
      (await graphql({
        schema: subgraph.schema,
        source: query,
        variableValues: variables,
        contextValue: subgraph.createContext({ principal, requestId: 'test' }),
      })) as never,
    close: async () => {
      await bus.close();
      await store.close();
    },
  };
}
