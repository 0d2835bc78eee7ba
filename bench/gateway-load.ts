/**
 * Load for `npm run bench:gateway`: autocannon, run in this process (the servers run in their
 * own), with every response body checked while under load; the server process's CPU time and
 * memory are read from /proc around and during each run.
 */
import autocannon from 'autocannon';
import { mintToken } from '../platform/auth/jwt';
import type { Principal } from '../platform/auth/principal';
import { PRINCIPAL_HEADER, signPrincipal } from '../platform/auth/signing';
import { cpuMs, rssMb, SECRET, type Config } from './gateway-configs';
import type { Operation } from './gateway-operations';
import type { Measurement } from './gateway-report';

/** Mutations' variables are numbered across every run, so no idempotency key is ever used twice. */
let issued = 0;
const JWT = {
  issuer: 'commerce-gateway',
  audience: 'commerce-gateway',
  secret: SECRET,
  jwksUrl: null,
  clockToleranceSeconds: 30,
};

/** The headers a client sends as `principal`: a bearer JWT to a gateway, the signed principal to a subgraph. */
export async function headersFor(principal: Principal, config: Config): Promise<Record<string, string>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (config.subgraph) headers[PRINCIPAL_HEADER] = signPrincipal(principal, SECRET, 'subgraph', 6 * 3600);
  else if (principal.kind !== 'anonymous')
    headers.authorization = `Bearer ${await mintToken(principal, JWT, 6 * 3600)}`;
  return headers;
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

/** One request, for the equality check before any load: the answer's data, or why it is not right. */
export async function probe(config: Config, op: Operation): Promise<{ data?: string; problem?: string }> {
  const res = await fetch(config.url, {
    method: 'POST',
    headers: await headersFor(op.principal, config),
    body: JSON.stringify({ query: op.query, variables: op.fresh ? op.fresh(issued++) : op.variables }),
  });
  const text = await res.text();
  let body: Answer;
  try {
    body = JSON.parse(text) as Answer;
  } catch {
    return { problem: `HTTP ${res.status}, not JSON: ${text.slice(0, 200)}` };
  }
  if (res.status !== 200 || body.errors || !body.data)
    return { problem: `HTTP ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}` };
  if (op.shape && !op.shape(body.data))
    return { problem: `unexpected answer ${JSON.stringify(body.data).slice(0, 300)}` };
  return { data: JSON.stringify(body.data) };
}

/** A response body is right: JSON, no errors, and the reference data (or, for a mutation, its shape). */
export function verifier(op: Operation, expected: string | null): (body: string | Buffer | undefined) => boolean {
  return (body) => {
    try {
      const parsed = JSON.parse(String(body)) as Answer;
      if (parsed.errors || !parsed.data) return false;
      if (op.shape) return op.shape(parsed.data);
      return JSON.stringify(parsed.data) === expected;
    } catch {
      return false;
    }
  };
}

/**
 * One autocannon run of `op` against `config`: `connections` at once for `seconds` (or at
 * `overallRate` requests/s); the server process's CPU over the run and its peak RSS during it.
 */
export async function measure(args: {
  config: Config;
  op: Operation;
  expected: string | null;
  connections: number;
  seconds: number;
  overallRate?: number;
}): Promise<Measurement> {
  const { config, op } = args;
  const headers = await headersFor(op.principal, config);
  const body = JSON.stringify({ query: op.query, variables: op.variables });
  const fresh = op.fresh;
  const requests = fresh
    ? [
        {
          method: 'POST' as const,
          setupRequest: (req: autocannon.Request) => ({
            ...req,
            body: JSON.stringify({ query: op.query, variables: fresh(issued++) }),
          }),
        },
      ]
    : undefined;
  let peakRss = rssMb(config.pid);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMb(config.pid));
  }, 200);
  const cpuBefore = cpuMs(config.pid);
  const result = await autocannon({
    url: config.url,
    method: 'POST',
    headers,
    body,
    connections: args.connections,
    duration: args.seconds,
    timeout: 10,
    verifyBody: verifier(op, args.expected),
    ...(requests ? { requests } : {}),
    ...(args.overallRate ? { overallRate: args.overallRate } : {}),
  });
  const cpu = cpuMs(config.pid) - cpuBefore;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, rssMb(config.pid));
  const total = result.requests.total;
  return {
    config: config.name,
    op: op.name,
    connections: args.connections,
    requestsPerSecond: total / result.duration,
    total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    wrong: result.mismatches,
    rssMb: peakRss,
    cpuMsPerRequest: total > 0 ? cpu / total : NaN,
  };
}
