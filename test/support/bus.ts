import { createMemoryBus } from '../../platform/bus/memory';
import type { EventBus } from '../../platform/bus/port';

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
