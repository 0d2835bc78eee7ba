import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** Values real enough to reach resolvers (ids that exist), mixed with junk by the generator. */
export interface ValuePools {
  ids: string[];
  strings: string[];
}

const JUNK_STRINGS = ['', ' ', 'x'.repeat(300), 'ünï©ødé ✓', '0', '-1', '../../etc', '"quoted"', 'a\nb'];
const INTS = [0, 1, 2, 5, 20, 50, 100, 101, 1000, -1, 1_000_000, 2_147_483_647, -2_147_483_648];

type Gen = fc.GeneratorValue;

function literal(g: Gen, type: GraphQLInputType, pools: ValuePools, depth: number): string {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const n = g(fc.integer, { min: 0, max: 3 });
    return `[${Array.from({ length: n }, () => literal(g, nullable.ofType, pools, depth + 1)).join(', ')}]`;
  }
  const named = getNamedType(type);
  if (isEnumType(named)) {
    const values = named.getValues();
    return values[g(fc.integer, { min: 0, max: values.length - 1 })]!.name;
  }
  if (isInputObjectType(named)) {
    const parts: string[] = [];
    for (const field of Object.values(named.getFields())) {
      if (isNonNullType(field.type) || (depth < 3 && g(fc.boolean))) {
        parts.push(`${field.name}: ${literal(g, field.type, pools, depth + 1)}`);
      }
    }
    return `{ ${parts.join(', ')} }`;
  }
  switch (named.name) {
    case 'Int':
      return String(g(fc.constantFrom, ...INTS));
    case 'Float':
      return String(g(fc.constantFrom, 0, 1.5, -3, 48.85, 2.35, 500, 1e9));
    case 'Boolean':
      return String(g(fc.boolean));
    case 'ID':
      return JSON.stringify(g(fc.constantFrom, ...pools.ids, ...JUNK_STRINGS));
    default:
      return JSON.stringify(g(fc.constantFrom, ...pools.strings, ...pools.ids, ...JUNK_STRINGS));
  }
}

function args(g: Gen, defs: readonly GraphQLArgument[], pools: ValuePools): string {
  const given = defs.filter((a) => isNonNullType(a.type) || g(fc.integer, { min: 0, max: 9 }) < 3);
  return given.length ? `(${given.map((a) => `${a.name}: ${literal(g, a.type, pools, 0)}`).join(', ')})` : '';
}

function selection(g: Gen, schema: GraphQLSchema, type: GraphQLObjectType, pools: ValuePools, depth: number): string {
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const count = g(fc.integer, { min: 1, max: 3 });
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const field = fields[g(fc.integer, { min: 0, max: fields.length - 1 })]!;
    parts.push(
      `f${depth}_${i}: ${field.name}${args(g, field.args, pools)}${subSelection(g, schema, field, pools, depth)}`,
    );
  }
  return `{ ${parts.join(' ')} }`;
}

function subSelection(
  g: Gen,
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  pools: ValuePools,
  depth: number,
): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  if (depth >= 5) return ' { __typename }';
  if (isAbstractType(named)) {
    const possible = schema.getPossibleTypes(named);
    const pick = possible[g(fc.integer, { min: 0, max: possible.length - 1 })]!;
    return ` { __typename ... on ${pick.name} ${selection(g, schema, pick, pools, depth + 1)} }`;
  }
  return ` ${selection(g, schema, named as GraphQLObjectType, pools, depth + 1)}`;
}

/** A random operation on `schema`'s query or mutation root: valid in shape, random in values. */
export function randomOperation(g: Gen, schema: GraphQLSchema, pools: ValuePools): string {
  const mutation = schema.getMutationType();
  const root = mutation && g(fc.integer, { min: 0, max: 3 }) === 0 ? mutation : schema.getQueryType()!;
  const keyword = root === mutation ? 'mutation' : 'query';
  return `${keyword} ${selection(g, schema, root, pools, 0)}`;
}

/** The same operation broken in one of a few ways a careless or hostile client might send. */
export function corrupt(g: Gen, text: string): string {
  const at = g(fc.integer, { min: 0, max: Math.max(0, text.length - 1) });
  switch (g(fc.integer, { min: 0, max: 4 })) {
    case 0:
      return text.slice(0, at);
    case 1:
      return `${text.slice(0, at)}${g(fc.constantFrom, '}', '{', '(', ')', '$x', '@skip', '...', '"', '#', 'fragment')}${text.slice(at)}`;
    case 2:
      return text.replace(/"[^"]*"/, '12345');
    case 3:
      return text.replace(/\d+/, '"nine"');
    default:
      return `${text} ${text}`;
  }
}
