import type { GraphQLError } from 'graphql';
import { notFound } from '../../platform/errors';
import type { CatalogContext } from './context';

/**
 * The one rule for reads that name a SKU and/or a location (`inventoryLevel`,
 * `Location.inventoryLevel`, `inventoryMovements`, `availabilityAt`): an unknown SKU (no variant)
 * or an unknown location (not in fulfillment's network, catalog's cached read model) is a
 * NOT_FOUND error naming the entity, which the caller throws (null plus the error). A known SKU
 * at a known location that has never been stocked is not an error: the zero position.
 */
export async function unknownIds(
  ctx: CatalogContext,
  ids: { sku?: string; locationId?: string },
): Promise<GraphQLError | null> {
  const [variant, location] = await Promise.all([
    ids.sku === undefined ? true : ctx.loaders.variantBySku.load(ids.sku),
    ids.locationId === undefined ? true : ctx.network.byId(ids.locationId),
  ]);
  if (!variant) return notFound('Variant', ids.sku!);
  if (!location) return notFound('Location', ids.locationId!);
  return null;
}

/** `unknownIds`, thrown. */
export async function requireKnown(ctx: CatalogContext, ids: { sku?: string; locationId?: string }): Promise<void> {
  const error = await unknownIds(ctx, ids);
  if (error) throw error;
}
