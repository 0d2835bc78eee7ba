/** Orders' view of a Customer: the key, plus the orders field orders contributes. */
export interface CustomerRef {
  id: string;
}

/** A cart line as resolved: the stored line and its cart's channel (for its price). */
export type CartLineRef = import('./model').CartLineDoc & {
  channel: import('../../platform/shared/commerce').SalesChannel;
};
