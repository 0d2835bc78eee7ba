import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import { fieldsOutsideContract } from '../../platform/auth/contract';
import type { Principal } from '../../platform/auth/principal';
import { ErrorCode } from '../../platform/errors';
import type { GatewayContext } from '../context';
import type { SubscriptionEngine } from './engine';
import { sharedSubscriptions, type DirectSink } from './shared';

/** Refuses a partner's operation that is not on its safelist (null: it may run). */
export type SafelistCheck = (
  principal: Principal,
  document: DocumentNode,
  operation: OperationDefinitionNode,
) => GraphQLError | null;

const refused = (message: string, code: string): ExecutionResult => ({
  errors: [new GraphQLError(message, { extensions: { code } })],
});

/**
 * What both transports (graphql-ws and SSE) run for a parsed, validated operation: subscriptions
 * only (queries and mutations are served over HTTP), a partner's safelist and field contract, then
 * the federated subscription engine, shared by identical subscriptions (`shared.ts`).
 */
export function subscriptionRunner(engine: SubscriptionEngine, safelisted: SafelistCheck | null) {
  // Identical subscriptions (operation, variables, principal) share one execution per event.
  const shared = sharedSubscriptions((args) => engine.subscribe(args));
  return {
    stats: shared.stats,
    refuseOperation: (): ExecutionResult =>
      refused(
        'queries and mutations are served over HTTP (POST /graphql); subscriptions over this transport',
        'BAD_REQUEST',
      ),
    /** Runs a subscription; a transport that can write a message's text itself passes `sink` (`DirectSink`). */
    async subscribe(args: ExecutionArgs, sink?: DirectSink): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
      const context = args.contextValue as GatewayContext;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return refused('not a subscription', 'BAD_REQUEST');
      const notListed = safelisted?.(context.principal, args.document, operation);
      if (notListed) return { errors: [notListed] };
      if (context.contract) {
        const outside = fieldsOutsideContract(engine.schema, args.document, operation, context.contract);
        if (outside.length > 0) {
          return refused(
            `the subscription selects field(s) outside your key's field contract: ${outside.slice(0, 5).join(', ')}`,
            ErrorCode.FIELD_NOT_IN_CONTRACT,
          );
        }
      }
      return shared.subscribe(
        {
          document: args.document,
          operationName: args.operationName ?? undefined,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          context,
        },
        sink,
      );
    },
  };
}

export type SubscriptionRunner = ReturnType<typeof subscriptionRunner>;
