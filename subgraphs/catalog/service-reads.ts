import { badInput } from '../../platform/errors';
import { SALES_CHANNELS } from '../../platform/shared/commerce';
import { InvalidCursorError, type Filter } from '../../platform/store/port';
import type { SalesChannel } from '../../platform/shared/commerce';
import { channelAtp, sourcingFor, type LocationAtp, type SourcingProfile } from './domain/atp';
import { searchTokens } from './domain/search';
import { requireKey } from '../../platform/validation';
import { handedOver, replacementProblem, withReleased, type ReplacedRef } from './domain/reservation-replacement';
import type { InventoryLevelDoc, InventoryMovementDoc, ProductDoc, ReservationDoc } from './model';
import type { ServiceDeps } from './service-deps';

export interface ProductFilter {
  category?: string | null;
  brand?: string | null;
  status?: ProductDoc['status'] | null;
  text?: string | null;
}

/** Most SKUs one network stock snapshot (`availableStock`) may name. */
export const MAX_STOCK_SKUS = 100;

/**
 * Units of a SKU available to a channel at one location (after safety stock and the channel's
 * buffer), with the position's safety stock and its incoming deliveries (soonest first).
 */
export interface ChannelStock extends LocationAtp {
  sku: string;
}

export interface Page<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

function invalidCursor(err: unknown): never {
  if (err instanceof InvalidCursorError) throw badInput('after is not a valid cursor', 'after');
  throw err;
}

/** Catalog's reads that are more than a keyed load (those go through the request's loaders). */
export function createReadUseCases({ store, network }: Pick<ServiceDeps, 'store' | 'network'>) {
  return {
    /**
     * The network stock of `skus` for `channel` in one read: per SKU (in request order, each once),
     * every position at a location the channel may sell from, with its units after the channel's
     * buffer, exactly as `Variant.availability(channel).locations` reports them, its safety stock
     * and its incoming deliveries (a position with nothing available is listed too). An unknown SKU
     * has no positions. 1..100 SKUs.
     */
    async availableStock(
      skus: readonly string[],
      channel: SalesChannel,
      releasing: ReplacedRef | null = null,
      mayActOn: (reservation: ReservationDoc) => boolean = () => true,
    ): Promise<ChannelStock[]> {
      if (skus.length === 0 || skus.length > MAX_STOCK_SKUS) {
        throw badInput(`skus must name 1..${MAX_STOCK_SKUS} SKUs`, 'skus');
      }
      const ref = releasing && {
        reservationId: requireKey(releasing.reservationId, 'releasing.reservationId'),
        ownerId: requireKey(releasing.ownerId, 'releasing.ownerId'),
      };
      const unique = [...new Set(skus)];
      const [levels, [stored], nodes, held] = await Promise.all([
        store.levelsBySkus(unique),
        store.sourcingByChannels([channel]),
        network(),
        ref ? store.reservations.byId(ref.reservationId) : null,
      ]);
      const profile = sourcingFor(channel, stored ?? null);
      const bySku = new Map<string, InventoryLevelDoc[]>();
      for (const l of levels) bySku.set(l.sku, [...(bySku.get(l.sku) ?? []), l]);
      const stock = unique.flatMap((sku) =>
        channelAtp(bySku.get(sku) ?? [], profile, nodes).locations.map((l) => ({ sku, ...l })),
      );
      // A hold the caller may not act on, or that a replacement could not take over, counts nothing.
      if (!ref || !held || !mayActOn(held) || replacementProblem(held, ref)) return stock;
      return withReleased(
        stock,
        unique,
        handedOver(held).map(({ line }) => line),
      ) as ChannelStock[];
    },

    /** The prices of `skus` on `channel` (request order, each once); a SKU without one is left out. 1..100 SKUs. */
    async channelPrices(
      skus: readonly string[],
      channel: SalesChannel,
      currencyCode = 'EUR',
    ): Promise<{ sku: string; amount: number; currencyCode: string }[]> {
      if (skus.length === 0 || skus.length > MAX_STOCK_SKUS) {
        throw badInput(`skus must name 1..${MAX_STOCK_SKUS} SKUs`, 'skus');
      }
      const unique = [...new Set(skus)];
      const variants = await store.variantsBySkus(unique);
      return unique.flatMap((sku, i) => {
        const price = variants[i]?.prices.find((p) => p.channel === channel && p.currencyCode === currencyCode);
        return price ? [{ sku, amount: price.amount, currencyCode: price.currencyCode }] : [];
      });
    },

    productByHandle: (handle: string) => store.productByHandle(handle),

    /** A page of products, ordered by id; `text` must hold a word and requires all of them. */
    async listProducts(filter: ProductFilter, limit: number, after?: string): Promise<Page<ProductDoc>> {
      const where: Filter = {};
      if (filter.category) where.category = filter.category;
      if (filter.brand) where.brand = filter.brand;
      if (filter.status) where.status = filter.status;
      if (filter.text != null) {
        const tokens = searchTokens(filter.text);
        if (tokens.length === 0) throw badInput('text must contain at least one word', 'filter.text');
        where.searchTerms = { $all: tokens };
      }
      const page = await store.productsPage(where, limit, after).catch(invalidCursor);
      return {
        edges: page.items.map((node) => ({ node, cursor: store.productCursor(node) })),
        pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      };
    },

    /** Every change of one position, newest first (the caller checks the ids are known). */
    async positionHistory(
      sku: string,
      locationId: string,
      limit: number,
      after?: string,
    ): Promise<Page<InventoryMovementDoc>> {
      const page = await store.movements.history(sku, locationId, limit, after).catch(invalidCursor);
      return {
        edges: page.items.map((node) => ({ node, cursor: store.movements.cursorOf(node) })),
        pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      };
    },

    /** Where each channel may sell from: the stored profile, or the default. */
    async channelSourcing(): Promise<SourcingProfile[]> {
      const stored = await store.sourcingByChannels(SALES_CHANNELS);
      return SALES_CHANNELS.map((channel, i) => sourcingFor(channel, stored[i] ?? null));
    },
  };
}
