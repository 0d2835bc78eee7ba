/**
 * `npm run bench:gateway`'s configuration (d): Hive Gateway (`@graphql-hive/gateway-runtime`,
 * `createGatewayRuntime`) over the same five subgraph processes, served by `node:http`
 * `createServer`, as its own process. The supergraph is `BENCH_SUPERGRAPH` (the checked-in one
 * with the bench's subgraph URLs).
 *
 * `BENCH_HIVE_DEDUP`: `default` keeps Hive's defaults (identical in-flight subgraph queries are
 * deduplicated by its HTTP executor; incoming requests are not); `off` turns the subgraph-request
 * deduplication off too; `inbound` adds Hive's `inboundInflightRequestDeduplication`.
 * `BENCH_HIVE_PLANNER=rust` plans with the Rust query planner (`@graphql-hive/router-runtime`'s
 * `unifiedGraphHandler`) instead of the default JavaScript one.
 *
 * The HTTP transport is given here (the same `buildHTTPExecutor` that
 * `@graphql-mesh/transport-http` wraps, which is not installed): one executor per subgraph, its
 * deduplication as above. Like the stock Apollo configuration, a small hook verifies the client's
 * bearer JWT once per request (`onContextBuilding`) and the executor sends the principal signed
 * with `INTERNAL_SECRET` in the header our gateway uses, so every configuration does the same work.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { TransportGetSubgraphExecutorOptions } from '@graphql-mesh/transport-common';
import { buildHTTPExecutor } from '@graphql-tools/executor-http';
import { principalFromBearer } from '../platform/auth/headers';
import { createTokenVerifier } from '../platform/auth/jwt';
import { ANONYMOUS, type Principal } from '../platform/auth/principal';
import { PRINCIPAL_HEADER, signPrincipal } from '../platform/auth/signing';
import { loadConfigOrExit } from '../platform/cli';
import { processEnv } from '../platform/config';

interface PrincipalContext {
  principal?: Principal;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const env = processEnv();
  const dedup = env.BENCH_HIVE_DEDUP ?? 'default';
  const supergraph = readFileSync(env.BENCH_SUPERGRAPH ?? 'schema/supergraph.graphql', 'utf8');
  const verify = createTokenVerifier(config.jwt);
  const secret = config.internalSecret;

  const forwardPrincipal: GatewayPlugin<PrincipalContext> = {
    async onContextBuilding({ context, extendContext }) {
      const request = (context as { request?: Request }).request;
      extendContext({
        principal: await principalFromBearer(request?.headers.get('authorization') ?? undefined, verify),
      });
    },
  };
  const getSubgraphExecutor = ({ transportEntry, fetch }: TransportGetSubgraphExecutorOptions) =>
    buildHTTPExecutor({
      endpoint: transportEntry.location!,
      fetch: fetch as never,
      deduplicateInflightRequests: dedup !== 'off',
      headers: (request) => {
        const principal = (request?.context as PrincipalContext | undefined)?.principal ?? ANONYMOUS;
        return { [PRINCIPAL_HEADER]: signPrincipal(principal, secret, 'subgraph', 60) };
      },
    });
  const gateway = createGatewayRuntime<PrincipalContext>({
    supergraph,
    transports: { http: { getSubgraphExecutor } },
    plugins: () => [forwardPrincipal],
    inboundInflightRequestDeduplication: dedup === 'inbound',
    logging: 'error',
    ...(env.BENCH_HIVE_PLANNER === 'rust' ? { unifiedGraphHandler } : {}),
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(config.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ msg: 'gateway ready', url: `http://127.0.0.1:${port}/graphql` })}\n`);
  const stop = () => {
    server.close();
    void Promise.resolve(gateway.dispose()).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
