import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isLeafType,
  isListType,
  isUnionType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * What an operation may cost before it runs, Shopify-style: every field returning an object costs
 * 1, a scalar or enum costs 0, and a list multiplies the cost of what is selected inside it by its
 * size. A list's size is the field's `first` argument when it has one (its default when omitted),
 * the length of a list argument such as `locationIds`, and otherwise `defaultListSize`. Lists
 * inside a `…Connection` type (its `edges`) were already counted by the connection's `first`.
 * Computed from the document and its variables alone, so it is the same on every instance.
 */
export interface CostOptions {
  /** Size assumed for a list field with no argument that bounds it. */
  defaultListSize: number;
  /** Size assumed for `first` when the field declares no default (the project's `pageSize`). */
  defaultFirst: number;
}

export const DEFAULT_COST_OPTIONS: CostOptions = { defaultListSize: 10, defaultFirst: 20 };

function numberValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  }
  return undefined;
}

function listLength(node: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (node.kind === Kind.LIST) return node.values.length;
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return Array.isArray(v) ? v.length : undefined;
  }
  return undefined;
}

function listSize(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
  options: CostOptions,
): number {
  const firstArg = field.args.find((a) => a.name === 'first');
  if (firstArg) {
    const given = numberValue(node.arguments?.find((a) => a.name.value === 'first')?.value, variables);
    const fallback = typeof firstArg.defaultValue === 'number' ? firstArg.defaultValue : options.defaultFirst;
    return Math.max(0, given ?? fallback);
  }
  for (const arg of node.arguments ?? []) {
    const def = field.args.find((a) => a.name === arg.name.value);
    if (def && isListType(getNullableType(def.type))) {
      const n = listLength(arg.value, variables);
      if (n !== undefined) return n;
    }
  }
  return options.defaultListSize;
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  options: CostOptions = DEFAULT_COST_OPTIONS,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  function selectionCost(set: SelectionSetNode, parent: GraphQLCompositeType, seen: ReadonlySet<string>): number {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? typeFromAST(schema, sel.typeCondition) : parent;
        if (type && isCompositeType(type)) total += selectionCost(sel.selectionSet, type, seen);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (!frag || seen.has(frag.name.value)) continue; // unknown or cyclic: validation refuses it
        const type = typeFromAST(schema, frag.typeCondition);
        if (type && isCompositeType(type)) {
          total += selectionCost(frag.selectionSet, type, new Set([...seen, frag.name.value]));
        }
        continue;
      }
      if (isUnionType(parent) || sel.name.value.startsWith('__')) continue;
      const field = parent.getFields()[sel.name.value];
      if (!field) continue;
      const named = getNamedType(field.type);
      const own = isLeafType(named) ? 0 : 1;
      const inner = sel.selectionSet && isCompositeType(named) ? selectionCost(sel.selectionSet, named, seen) : 0;
      const list = isListType(getNullableType(field.type)) && !parent.name.endsWith('Connection');
      const size = list || field.args.some((a) => a.name === 'first') ? listSize(field, sel, variables, options) : 1;
      total += size * (own + inner);
    }
    return total;
  }

  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return root ? selectionCost(operation.selectionSet, root, new Set()) : 0;
}

/**
 * The variables an operation's cost can depend on: those given directly as a field argument (a
 * `first`, or a list argument whose length bounds a list). `operationCost` reads nothing else
 * from the variables, and from these only a finite number or a list's length.
 */
function costVariables(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        for (const arg of sel.arguments ?? []) if (arg.value.kind === Kind.VARIABLE) names.add(arg.value.name.value);
      }
      if (sel.kind !== Kind.FRAGMENT_SPREAD && sel.selectionSet) visit(sel.selectionSet);
    }
  };
  visit(operation.selectionSet);
  // Every fragment of the document, whether or not this operation reaches it: a superset is safe.
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) visit(def.selectionSet);
  return [...names].sort();
}

/** What of a variable's value `operationCost` can see: a finite number, or a list's length. */
function costRelevant(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return `n${value}`;
  return Array.isArray(value) ? `l${value.length}` : '-';
}

interface CostEntry {
  schema: GraphQLSchema;
  document: DocumentNode;
  options: CostOptions;
  variables: string[];
  costs: Map<string, number>;
}

/** Distinct cost-relevant variable values remembered per operation (the rest are computed each time). */
const COSTS_PER_OPERATION = 32;

/**
 * `operationCost`, remembered per parsed operation: Apollo Server keeps each validated document and
 * hands the same object to every request with the same text, so the cost of an operation is
 * computed once per document and per distinct value of the variables it depends on (none, for most
 * operations). The answer is exactly `operationCost`'s: the key holds everything it reads from the
 * variables.
 */
export function costCalculator(): typeof operationCost {
  const cache = new WeakMap<OperationDefinitionNode, CostEntry>();
  return (schema, document, operation, variables = {}, options = DEFAULT_COST_OPTIONS) => {
    let entry = cache.get(operation);
    if (entry === undefined || entry.schema !== schema || entry.document !== document || entry.options !== options) {
      entry = { schema, document, options, variables: costVariables(document, operation), costs: new Map() };
      cache.set(operation, entry);
    }
    let key = '';
    for (const name of entry.variables) key += `${costRelevant(variables[name])},`;
    const known = entry.costs.get(key);
    if (known !== undefined) return known;
    const cost = operationCost(schema, document, operation, variables, options);
    if (entry.costs.size < COSTS_PER_OPERATION) entry.costs.set(key, cost);
    return cost;
  };
}
