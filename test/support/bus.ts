import { createMemoryBus } from '../../platform/bus/memory';
import type { EventBus } from '../../platform/bus/port';
import { silentLogger } from '../../platform/logger';
import { createOutbox, type Outbox } from '../../platform/outbox';
import type { DocumentStore } from '../../platform/store/port';

export interface PublishedEvent {
  topic: string;
  payload: unknown;
}

/** An in-process bus that also records every event published on it, in order. */
export function recordingBus(bus: EventBus = createMemoryBus()): { bus: EventBus; published: PublishedEvent[] } {
  const published: PublishedEvent[] = [];
  const publish = bus.publish.bind(bus);
  bus.publish = async <T>(topic: string, payload: T) => {
    published.push({ topic, payload });
    return publish(topic, payload);
  };
  return { bus, published };
}

/** A subgraph's outbox (its `collection`) over `store`, relaying to `bus` (what each subgraph wires). */
export function outboxOf(collection: string, store: DocumentStore, bus: EventBus): Outbox {
  return createOutbox({ collection, store, bus, logger: silentLogger });
}
