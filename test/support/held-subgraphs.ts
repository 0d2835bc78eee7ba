import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../platform/config';

/**
 * Fake subgraphs for a distributed gateway: one local HTTP server answering at `/<name>/graphql`,
 * attribution's `campaign` and fulfillment's `locations`; attribution's answers wait until the
 * test calls `release()`, so requests can be held in flight.
 */
export const ANSWERS: Partial<Record<SubgraphName, unknown>> = {
  attribution: { campaign: { id: 'cmp_001' } },
  fulfillment: { locations: [{ id: 'loc_dc_01' }] },
};

/** Fake subgraphs at `/<name>/graphql`; attribution's answers wait until `release()`. */
export interface FakeSubgraphs {
  urls: Record<SubgraphName, string>;
  /** Attribution requests received so far (answered or not). */
  received: () => number;
  release: () => void;
  close: () => Promise<void>;
}

export async function fakeSubgraphs(): Promise<FakeSubgraphs> {
  let held: (() => void)[] | null = [];
  let received = 0;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const name = req.url!.split('/')[1] as SubgraphName;
    req.resume();
    req.on('end', () => {
      const answer = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: ANSWERS[name] ?? null }));
      };
      if (name !== 'attribution') return answer();
      received++;
      if (held) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    urls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, `http://127.0.0.1:${port}/${n}/graphql`])) as Record<
      SubgraphName,
      string
    >,
    received: () => received,
    release() {
      const waiting = held ?? [];
      held = null;
      for (const answer of waiting) answer();
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
