/**
 * `npm run bench:gateway`'s configuration (c): a stock `@apollo/gateway` with `@apollo/server`
 * defaults (`startStandaloneServer`), over the same five subgraph processes as our distributed
 * gateway, as its own process. The supergraph is the checked-in `schema/supergraph.graphql` with
 * the subgraph URLs the bench gives (`BENCH_SUPERGRAPH`, a copy with the bench's ports).
 *
 * The only addition is the one every federation gateway in front of these subgraphs needs: the
 * client's bearer JWT is verified with the same settings as ours (`platform/auth/jwt`) in the
 * context function, and a `RemoteGraphQLDataSource.willSendRequest` hook forwards the principal
 * signed with `INTERNAL_SECRET` in the header our gateway uses, so the subgraphs do the same work
 * and answer the same data. No operation limits, cost accounting, throttling or audit: stock.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { principalFromBearer } from '../platform/auth/headers';
import { createTokenVerifier } from '../platform/auth/jwt';
import type { Principal } from '../platform/auth/principal';
import { PRINCIPAL_HEADER, signPrincipal } from '../platform/auth/signing';
import { loadConfigOrExit } from '../platform/cli';
import { processEnv } from '../platform/config';

interface Context {
  principal: Principal;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const supergraphSdl = readFileSync(processEnv().BENCH_SUPERGRAPH ?? 'schema/supergraph.graphql', 'utf8');
  const verify = createTokenVerifier(config.jwt);
  const secret = config.internalSecret;
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<Context>({
        url,
        willSendRequest({ request, context }) {
          const principal = context?.principal ?? { kind: 'service' as const, service: 'gateway' };
          request.http!.headers.set(PRINCIPAL_HEADER, signPrincipal(principal, secret, 'subgraph', 60));
        },
      }),
  });
  const server = new ApolloServer<Context>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: config.port, host: '127.0.0.1' },
    context: async ({ req }) => ({ principal: await principalFromBearer(req.headers.authorization, verify) }),
  });
  process.stdout.write(`${JSON.stringify({ msg: 'gateway ready', url })}\n`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
