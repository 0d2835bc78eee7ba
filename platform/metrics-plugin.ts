import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { UNKNOWN, type Metrics } from './metrics';

/** An error's `extensions.code`, or INTERNAL_SERVER_ERROR (what masking answers for one without). */
export function errorCode(error: unknown): string {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * Records every GraphQL request Apollo processes: its operation (name, type), outcome and time
 * from `requestDidStart` to `willSendResponse`, the codes of the errors the client receives, and
 * whether Apollo's parsed-document store and the persisted-query store had the operation (Apollo
 * parses only when its document store missed). A request whose context could not be built (a
 * bad credential) counts as refused.
 */
export function metricsPlugin<TContext extends BaseContext>(metrics: Metrics): ApolloServerPlugin<TContext> {
  const documents = metrics.cacheObserver('graphql_documents');
  const persisted = metrics.cacheObserver('persisted_queries');
  return {
    async contextCreationDidFail({ error }) {
      metrics.refused(errorCode(error));
    },
    async requestDidStart({ request }) {
      const started = performance.now();
      let parsed = false;
      return {
        async parsingDidStart() {
          parsed = true;
        },
        async willSendResponse({ response, operation, document, metrics: apollo }) {
          const seconds = (performance.now() - started) / 1000;
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const errors = result.errors;
          if (errors) for (const error of errors) metrics.error(errorCode(error));
          const outcome = !errors?.length ? 'ok' : result.data ? 'partial' : 'error';
          const name = operation ? (operation.name?.value ?? null) : undefined;
          metrics.request(name, operation?.operation ?? UNKNOWN, outcome, seconds);
          if (parsed || document) documents(!parsed);
          if (request.extensions?.persistedQuery && request.query === undefined) {
            persisted(apollo.persistedQueryHit === true);
          }
        },
      };
    },
  };
}
