import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { ErrorCode } from '../errors';

/** At most this many offending coordinates are named in one refusal. */
const NAMED = 20;

/**
 * The field coordinates (`Type.field`) `operation` selects that `contract` does not allow: a
 * coordinate is allowed when it, or `Type.*`, is in the contract; `__typename` always is. Walks
 * the operation and the fragments the document defines.
 */
export function fieldsOutsideContract(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  contract: ReadonlySet<string>,
): string[] {
  const outside = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const name = node.name.value;
      if (name === '__typename') return;
      const parent = typeInfo.getParentType()?.name ?? '?';
      if (!contract.has(`${parent}.${name}`) && !contract.has(`${parent}.*`)) outside.add(`${parent}.${name}`);
    },
  });
  visit(operation, visitor);
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) visit(def, visitor);
  return [...outside].sort();
}

/**
 * Refuses, before execution, an operation that selects a field outside the caller's field
 * contract (403 FIELD_NOT_IN_CONTRACT naming the fields); callers without a contract pass.
 */
export function contractPlugin<TContext extends BaseContext>(
  contractOf: (context: TContext) => ReadonlySet<string> | null,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, contextValue }) {
          const contract = contractOf(contextValue);
          if (!contract || !operation) return;
          const outside = fieldsOutsideContract(schema, document, operation, contract);
          if (outside.length === 0) return;
          throw new GraphQLError(
            `the operation selects ${outside.length} field(s) outside your key's field contract: ${outside.slice(0, NAMED).join(', ')}`,
            {
              extensions: {
                code: ErrorCode.FIELD_NOT_IN_CONTRACT,
                fields: outside.slice(0, NAMED),
                http: { status: 403 },
              },
            },
          );
        },
      };
    },
  };
}
