/**
 * The clients of `npm run bench:checkout` (bench/checkout.ts): keep-alive HTTP to the embedded
 * gateways, one signed JWT per caller, the two operations raced (placeOrder for shoppers,
 * reserveStock for internal callers) and what each attempt came to.
 */
import { Agent, request } from 'node:http';
import type { Principal } from '../platform/auth/principal';
import { jwtFor } from '../test/support/http';

/** Callers at once per operation: shoppers on one gateway, internal callers on the other. */
export const SHOPPERS = 200;
const CHANNEL = 'WEB';
const PARIS = { lat: 48.8566, lng: 2.3522, countryCode: 'FR' };
export const progress = (line: string) => process.stderr.write(`${line}\n`);

export type Headers = Record<string, string>;
export interface Line {
  sku: string;
  quantity: number;
}
/** One attempt: the lines a shopper orders (reserveStock holds the same, each at a chosen position). */
export interface Attempt {
  lines: Line[];
}
interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export const authorization = (principal: Principal): Headers => ({
  authorization: `Bearer ${jwtFor(principal, { ttlSeconds: 3600 })}`,
});
const SERVICE = authorization({ kind: 'service', service: 'bench-checkout' });

/**
 * Keep-alive connections, as many as callers: each caller keeps its own, as a browser or an app
 * would. node:http rather than fetch: the clients share the gateways' process and 2 cores, and
 * fetch (undici) leaves the gateway much less of them (`{ __typename }` at 200 at once, warm:
 * ~1,600 req/s through fetch, ~3,700 through node:http) and stalls some requests of its first
 * bursts for seconds.
 */
export const agent = new Agent({ keepAlive: true, maxSockets: SHOPPERS + 8 });

function post<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Headers,
): Promise<{ status: number; body: GraphQLBody<T> }> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLBody<T>,
            });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** For reads the bench itself needs: anything but data is a failure of the bench. */
export async function read<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await post<T>(url, query, variables, SERVICE);
  if (res.status !== 200 || res.body.errors || !res.body.data)
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body.errors ?? res.body).slice(0, 400)}`);
  return res.body.data;
}

/** checkout's placeOrder as a storefront sends it (also used by bench:gateway). */
export const PLACE = /* GraphQL */ `
  mutation Checkout($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on PlacedOrder {
        replay
        order {
          id
          number
          status
          total {
            amount
            currencyCode
          }
          lines {
            quantity
          }
        }
      }
      ... on OrderPlacementError {
        code
        message
        missingStock {
          sku
          missing
        }
      }
    }
  }
`;
type PlaceResult = {
  placeOrder:
    | {
        __typename: 'PlacedOrder';
        replay: boolean;
        order: { id: string; status: string; lines: { quantity: number }[] };
      }
    | { __typename: 'OrderPlacementError'; code: string; message: string }
    | null;
};

const RESERVE = /* GraphQL */ `
  mutation Reserve($input: ReserveStockInput!) {
    reserveStock(input: $input) {
      __typename
      ... on Reservation {
        id
        status
        lines {
          sku
          locationId
          quantity
        }
      }
      ... on InsufficientStockError {
        code
      }
      ... on CatalogError {
        code
        message
      }
    }
  }
`;
type ReserveResult = {
  reserveStock:
    | { __typename: 'Reservation'; id: string; status: string; lines: { quantity: number }[] }
    | { __typename: 'InsufficientStockError' | 'CatalogError'; code: string; message?: string }
    | null;
};

export interface Outcome {
  /** The attempt won (order placed, or stock held): its units. */
  won: boolean;
  /** PlacedOrder:CONFIRMED, OUT_OF_STOCK, Reservation, INSUFFICIENT_STOCK…; `error:…` for a failed request. */
  label: string;
  ms: number;
  /** When it was answered, from the start of its round (s). */
  endedAt: number;
  units: Line[];
}
export type Operation = (i: number, worker: number) => Promise<Omit<Outcome, 'ms' | 'endedAt'>>;

export interface Run {
  seconds: number;
  outcomes: Outcome[];
  /** When the last winning attempt finished, from the start (s): stock had run out by then. */
  lastWinAt: number;
}

/** `count` attempts by `workers` callers at once, each taking the next attempt when its last one is answered. */
export async function race(name: string, count: number, workers: number, op: Operation): Promise<Run> {
  const outcomes: Outcome[] = new Array(count);
  let next = 0;
  let done = 0;
  let lastWinAt = 0;
  const started = process.hrtime.bigint();
  const since = () => Number(process.hrtime.bigint() - started) / 1e9;
  const step = Math.max(1, Math.ceil(count / 4));
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = next++; i < count; i = next++) {
        const t = process.hrtime.bigint();
        const result = await op(i, worker);
        const endedAt = since();
        outcomes[i] = { ...result, ms: Number(process.hrtime.bigint() - t) / 1e6, endedAt };
        if (result.won) lastWinAt = endedAt;
        if (++done % step === 0) progress(`  ${name}: ${done}/${count} (${since().toFixed(1)} s)`);
      }
    }),
  );
  return { seconds: since(), outcomes, lastWinAt };
}

export function placeOrderOp(url: string, attempts: Attempt[], shoppers: Headers[], tag: string): Operation {
  return async (i, worker) => {
    const lines = attempts[i]!.lines;
    const res = await post<PlaceResult>(
      url,
      PLACE,
      { input: { channel: CHANNEL, destination: PARIS, lines, idempotencyKey: `${tag}-${i}` } },
      shoppers[worker]!,
    );
    const result = res.body.data?.placeOrder;
    if (res.status !== 200 || res.body.errors || !result)
      return {
        won: false,
        label: `error:${res.body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`}`,
        units: [],
      };
    if (result.__typename === 'OrderPlacementError') return { won: false, label: result.code, units: [] };
    const ordered = lines.reduce((s, l) => s + l.quantity, 0);
    const got = result.order.lines.reduce((s, l) => s + l.quantity, 0);
    if (result.replay || got !== ordered)
      return { won: false, label: `error:unexpected order (replay ${result.replay}, ${got} units)`, units: [] };
    return { won: true, label: `PlacedOrder:${result.order.status}`, units: lines };
  };
}

export function reserveOp(
  url: string,
  attempts: Attempt[],
  callers: Headers[],
  slots: Map<string, string[]>,
  tag: string,
) {
  const asked = new Map<string, number>();
  // Positions are assigned in attempt order, up front, so they do not depend on which caller is faster.
  const located = attempts.map((a) =>
    a.lines.map((l) => {
      const k = asked.get(l.sku) ?? 0;
      asked.set(l.sku, k + 1);
      const at = slots.get(l.sku)!;
      return { ...l, locationId: at[k % at.length]! };
    }),
  );
  const op: Operation = async (i, worker) => {
    const res = await post<ReserveResult>(
      url,
      RESERVE,
      { input: { kind: 'ORDER', ownerId: `${tag}-${i}`, lines: located[i], idempotencyKey: `${tag}-${i}` } },
      callers[worker]!,
    );
    const result = res.body.data?.reserveStock;
    if (res.status !== 200 || res.body.errors || !result)
      return {
        won: false,
        label: `error:${res.body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`}`,
        units: [],
      };
    if (result.__typename !== 'Reservation') return { won: false, label: result.code, units: [] };
    const got = result.lines.reduce((s, l) => s + l.quantity, 0);
    if (got !== located[i]!.reduce((s, l) => s + l.quantity, 0))
      return { won: false, label: `error:unexpected hold (${got} units)`, units: [] };
    return { won: true, label: 'Reservation', units: attempts[i]!.lines };
  };
  return op;
}
