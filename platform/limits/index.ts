import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, Lexer, Source, TokenKind, type ValidationContext, type ValidationRule } from 'graphql';
import { LRUCache } from 'lru-cache';
import { costCalculator, type CostOptions } from './cost';
import type { CostBucket, ThrottleSettings, ThrottleStatus } from './throttle';

import type { OperationLimits } from '../config';
import { ErrorCode } from '../errors';

export type { OperationLimits };

const LIMIT_EXCEEDED = ErrorCode.LIMIT_EXCEEDED;

function refused(message: string, limit: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: LIMIT_EXCEEDED, limit, ...extra, http: { status: 400 } },
  });
}

/**
 * The validation rules (graphql-armor's: depth, aliases, directives), run by Apollo Server with
 * the other validation rules, so a refused operation never reaches the query planner.
 */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  // Reported as validation errors (a 400, nothing executed) rather than thrown, which Apollo would
  // treat as a server fault; graphql-armor words them as syntax errors, which they are not.
  const report = (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { code: LIMIT_EXCEEDED, http: { status: 400 } },
      }),
    );
  const common = { exposeLimits: true, propagateOnRejection: false, onReject: [report] };
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, flattenFragments: true }),
    maxAliasesRule({ ...common, n: limits.maxAliases }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives }),
  ];
}

/**
 * Counts tokens with graphql-js's own lexer, stopping at the limit, before any AST is built. A
 * lexing error is left to Apollo's parser, which reports it as GRAPHQL_PARSE_FAILED.
 */
export function tokensExceed(source: string, max: number): boolean {
  const lexer = new Lexer(new Source(source));
  try {
    for (let n = 0; lexer.advance().kind !== TokenKind.EOF; n++) if (n >= max) return true;
  } catch {
    return false;
  }
  return false;
}

/** Operation texts remembered as within the token limit: how many, and their total length. */
const KNOWN_TEXTS = 1_000;
const KNOWN_TEXTS_CHARS = 2_000_000;
/**
 * Longer texts are counted every time. Below V8's full-hash length (16,383 characters), so every
 * remembered text is looked up by a hash of its whole content.
 */
const KNOWN_TEXT_MAX_CHARS = 10_000;

/**
 * The HTTP edge's check before parsing: a token flood is refused before an AST is built (Apollo
 * does not let a plugin refuse a request cleanly before parsing). Clients send the same few texts
 * again and again, so a text found within the limit is remembered (bounded) and not counted again;
 * the count depends on the text alone, and a refused text is counted every time.
 */
export function tokenLimit(limits: OperationLimits) {
  const withinLimit = new LRUCache<string, true>({
    max: KNOWN_TEXTS,
    maxSize: KNOWN_TEXTS_CHARS,
    sizeCalculation: (_value, key) => key.length + 1,
  });
  return (source: string) => {
    if (withinLimit.get(source)) return null;
    if (tokensExceed(source, limits.maxTokens)) {
      return {
        message: `operation has more than ${limits.maxTokens} tokens`,
        extensions: { code: LIMIT_EXCEEDED, limit: 'maxTokens' },
      };
    }
    if (source.length <= KNOWN_TEXT_MAX_CHARS) withinLimit.set(source, true);
    return null;
  };
}

/**
 * The operation's calculated cost with its variables, refused above `maxCost` before execution
 * and reported in `extensions.cost`.
 */
export function limitsPlugin<TContext extends BaseContext>(
  limits: OperationLimits,
  throttle?: {
    bucket: CostBucket;
    keyOf: (context: TContext) => string;
    /** A caller's own budget (a partner key's), or null for the configured one. */
    budgetOf?: (context: TContext) => ThrottleSettings | null;
  },
  costOptions?: CostOptions,
): ApolloServerPlugin<TContext> {
  const operationCost = costCalculator();
  return {
    async requestDidStart() {
      let requested: number | null = null;
      let throttleStatus: ThrottleStatus | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          requested = operationCost(schema, document, operation, request.variables ?? {}, costOptions);
          if (requested > limits.maxCost) {
            throw refused(`operation cost ${requested} exceeds the maximum of ${limits.maxCost}`, 'maxCost', {
              cost: { requestedQueryCost: requested, maximumAvailable: limits.maxCost },
            });
          }
          if (!throttle) return;
          const taken = await throttle.bucket.take(
            throttle.keyOf(contextValue),
            requested,
            undefined,
            throttle.budgetOf?.(contextValue),
          );
          throttleStatus = taken.status;
          if (!taken.allowed) {
            throw new GraphQLError('Throttled: the cost budget is spent for now; retry once it refills', {
              extensions: {
                code: ErrorCode.THROTTLED,
                cost: { requestedQueryCost: requested, maximumAvailable: limits.maxCost, throttleStatus },
                http: { status: 429 },
              },
            });
          }
        },
        async willSendResponse({ response }) {
          if (requested === null || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: {
              requestedQueryCost: requested,
              maximumAvailable: limits.maxCost,
              ...(throttleStatus ? { throttleStatus } : {}),
            },
          };
        },
      };
    },
  };
}
