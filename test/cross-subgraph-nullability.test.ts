import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DocumentNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import type { SubgraphName } from '../platform/config';
import { readSdl } from '../subgraphs/sdl';

/**
 * Fields that cross a subgraph boundary are nullable, so a subgraph that fails nulls only the
 * part it owns: an order whose catalog data is missing still shows, with `variant: null`.
 * Checked statically on the SDL: (a) a field whose value is an entity owned by another subgraph,
 * and (b) a field a subgraph contributes to another subgraph's entity, must not be non-null.
 */
const OWNER: Record<string, SubgraphName> = {
  Customer: 'identity',
  Product: 'catalog',
  Variant: 'catalog',
  InventoryLevel: 'catalog',
  Reservation: 'catalog',
  Location: 'fulfillment',
  FulfillmentOrder: 'fulfillment',
  Order: 'orders',
  Campaign: 'attribution',
};

const CHECKED: SubgraphName[] = ['identity', 'catalog', 'orders', 'fulfillment', 'attribution'];

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

function keyFields(type: ObjectNode): Set<string> {
  const keys = (type.directives ?? []).filter((d: ConstDirectiveNode) => d.name.value === 'key');
  const fields = keys.flatMap((d) => {
    const arg = d.arguments?.find((a) => a.name.value === 'fields');
    return arg?.value.kind === Kind.STRING ? arg.value.value.split(/\s+/) : [];
  });
  return new Set(fields);
}

/** Every violation in one subgraph's SDL, as `Type.field`. */
function crossingNonNullFields(subgraph: SubgraphName, doc: DocumentNode): string[] {
  const violations: string[] = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const foreignEntity = OWNER[def.name.value] !== undefined && OWNER[def.name.value] !== subgraph;
    const keys = keyFields(def);
    for (const field of def.fields ?? []) {
      let named = field.type;
      while (named.kind !== Kind.NAMED_TYPE) named = named.type;
      const returnsForeign = OWNER[named.name.value] !== undefined && OWNER[named.name.value] !== subgraph;
      const contributed = foreignEntity && !keys.has(field.name.value);
      if ((returnsForeign || contributed) && field.type.kind === Kind.NON_NULL_TYPE) {
        violations.push(`${def.name.value}.${field.name.value}`);
      }
    }
  }
  return violations;
}

describe('cross-subgraph fields are nullable', () => {
  it.each(CHECKED)('%s: no non-null field crosses a subgraph boundary', (name) => {
    expect(crossingNonNullFields(name, parse(readSdl(name)))).toEqual([]);
  });

  it('every entity (@key type) of every subgraph has a declared owner', () => {
    const names: SubgraphName[] = ['identity', 'catalog', 'orders', 'fulfillment', 'attribution'];
    const entities = names.flatMap((n) =>
      parse(readSdl(n)).definitions.flatMap((d) =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION && d.directives?.some((x) => x.name.value === 'key')
          ? [d.name.value]
          : [],
      ),
    );
    expect(entities.filter((e) => !OWNER[e])).toEqual([]);
  });

  it('the check finds both kinds of violation (and leaves keys and own entities alone)', () => {
    const sdl = `
      type Order @key(fields: "id") { id: ID! lines: [OrderLine!]! owner: Customer! }
      type OrderLine { variant: Variant! quantity: Int! }
      type Customer @key(fields: "id") { id: ID! orders: [Order!]! }
      type Variant @key(fields: "sku", resolvable: false) { sku: String! }
    `;
    expect(crossingNonNullFields('orders', parse(sdl)).sort()).toEqual([
      'Customer.orders',
      'Order.owner',
      'OrderLine.variant',
    ]);
  });
});
