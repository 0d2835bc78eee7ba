/** Fulfillment's view of an Order: the key; orders owns the rest. */
export interface OrderRef {
  id: string;
}
