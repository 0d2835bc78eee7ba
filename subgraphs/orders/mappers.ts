/** Orders' view of a Customer: the key, plus the orders field orders contributes. */
export interface CustomerRef {
  id: string;
}
