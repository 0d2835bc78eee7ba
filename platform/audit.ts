import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind } from 'graphql';
import { describePrincipal, type Principal } from './auth/principal';
import type { Logger } from './logger';

/**
 * The audit log: every mutation by an audited kind of principal (operators and partners) is one
 * structured `audit` log line — who, when (the log's time), which request, which root fields and
 * how each ended. Argument values are not logged (they may carry personal data); their names are.
 */
export function auditPlugin<TContext extends BaseContext & { principal: Principal; requestId: string }>(
  logger: Logger,
  audited: ReadonlySet<Principal['kind']> = new Set(['operator', 'partner']),
): ApolloServerPlugin<TContext> {
  const audit = logger.child({ channel: 'audit' });
  return {
    async requestDidStart({ contextValue }) {
      if (!audited.has(contextValue.principal.kind)) return;
      return {
        async willSendResponse({ operation, operationName, response, errors }) {
          if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
          const data = response.body.singleResult.data ?? {};
          const fields = operation.selectionSet.selections.flatMap((s) =>
            s.kind === Kind.FIELD
              ? [
                  {
                    field: s.name.value,
                    arguments: (s.arguments ?? []).map((a) => a.name.value),
                    outcome: outcomeOf(data[s.alias?.value ?? s.name.value]),
                  },
                ]
              : [],
          );
          audit.info(
            {
              principal: describePrincipal(contextValue.principal),
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              fields,
              errors: (errors ?? response.body.singleResult.errors ?? []).map((e) => String(e.extensions?.code)),
            },
            'audit',
          );
        },
      };
    },
  };
}

/**
 * What a mutation's result says happened: `refused` (null), its error code or `__typename` when the
 * client selected them (e.g. `INSUFFICIENT_STOCK`, `Reservation`), else `answered`.
 */
function outcomeOf(value: unknown): string {
  if (value === null || value === undefined) return 'refused';
  const { code, __typename } = value as { code?: unknown; __typename?: unknown };
  if (typeof code === 'string') return code;
  return typeof __typename === 'string' ? __typename : 'answered';
}
